import type { ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import {
  type AuthOptions,
  ZendeskNetworkError,
  ZendeskNotFoundError,
  ZendeskServerError,
  createZendeskClient,
  type ZendeskClientOptions,
} from '../../src/client';
import { type FakeServer, json, startFakeServer } from './fake-server';

/**
 * Answers whose status line and headers arrive but whose body does not all
 * arrive: the connection is closed or reset mid-body (a proxy or load balancer
 * cutting responses). A real loopback server sends them; the client must retry
 * what is safe to retry and, in the end, say what happened in words.
 */

let server: FakeServer;
beforeEach(async () => {
  server = await startFakeServer();
});
afterEach(() => server.close());

const SETTINGS = { messaging: { messaging_end_session: false }, routing: { enabled: true, transform_to_email_enabled: false } };
const CUT_AT = 20;
const sleeps: number[] = [];
beforeEach(() => {
  sleeps.length = 0;
});

const apiToken: AuthOptions = { kind: 'api-token', email: 'admin@example.com', token: 'api-tok-123' };
const client = (extra: Partial<ZendeskClientOptions> = {}) =>
  createZendeskClient({ baseUrl: `${server.url}/acme`, auth: apiToken, sleep: async (ms) => void sleeps.push(ms), random: () => 0.5, ...extra });

/**
 * Sends the status, the headers (with the whole body's Content-Length unless `chunked`) and the first
 * CUT_AT bytes of `body`, then closes the connection (FIN) once those bytes are out, or with `reset`
 * resets it (RST) a moment later, so the client has read what came before the reset arrives.
 */
function cutMidBody(res: ServerResponse, status: number, body: unknown, how: { reset?: boolean; chunked?: boolean } = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=UTF-8', ...(how.chunked ? {} : { 'Content-Length': Buffer.byteLength(text) }) });
  res.write(text.slice(0, CUT_AT), () => {
    if (how.reset) setTimeout(() => res.socket?.resetAndDestroy(), 50);
    else res.socket?.destroy();
  });
}

/** A handler that cuts the first `times` answers mid-body and answers the rest in full. */
function cutFirst(times: number, status: number, body: unknown, how: { reset?: boolean; chunked?: boolean } = {}) {
  let n = 0;
  return (_req: unknown, res: ServerResponse) => (++n <= times ? cutMidBody(res, status, body, how) : json(res, status, body));
}

describe('a connection cut mid-body', () => {
  it.each([
    ['closed after a Content-Length body began', {}],
    ['reset after a Content-Length body began', { reset: true }],
    ['closed during a chunked body', { chunked: true }],
  ])('%s: an idempotent GET is retried once and succeeds', async (_name, how) => {
    server.handle(cutFirst(1, 200, { settings: SETTINGS }, how));
    await expect(client().getSettings()).resolves.toMatchObject(SETTINGS);
    expect(server.requests.map((r) => r.method)).toEqual(['GET', 'GET']);
    expect(sleeps).toEqual([250]); // the usual backoff: random 0.5 × 500 ms
  });

  it('every time: the GET gives up after max_retries and says the 200 arrived but its body did not', async () => {
    server.handle((_req, res) => cutMidBody(res, 200, { settings: SETTINGS }));
    const err = await client({ maxRetries: 2 }).getSettings().catch((e: unknown) => e);
    expect(server.requests).toHaveLength(3);
    expect(err).toBeInstanceOf(ZendeskNetworkError);
    expect(err).toMatchObject({ reason: 'connection-reset', status: 200, attempts: 3, method: 'GET', path: '/api/v2/account/settings' });
    const bytes = Buffer.byteLength(JSON.stringify({ settings: SETTINGS }));
    const message = (err as Error).message;
    expect(message).toContain(
      `GET /api/v2/account/settings failed: the connection was reset or closed after Zendesk answered 200 OK, before the whole body arrived (${CUT_AT} of ${bytes} bytes) after 3 attempts.`,
    );
    expect(message).toMatch(/Retry; if it keeps happening, a proxy, firewall or load balancer between here and Zendesk is cutting responses off/);
    // Neither the generic network words nor JavaScript's or axios' own error text.
    expect(message).not.toMatch(/network error|Check network connectivity|aborted|ERR_BAD_RESPONSE|api-tok-123/);
  });

  it('a compressed body cut mid-way is a cut too; the sizes are left out (Content-Length counts the compressed bytes)', async () => {
    server.handle((_req, res) => {
      const gzipped = gzipSync(JSON.stringify({ settings: SETTINGS }));
      res.writeHead(200, { 'Content-Type': 'application/json; charset=UTF-8', 'Content-Encoding': 'gzip', 'Content-Length': gzipped.length });
      res.write(gzipped.subarray(0, CUT_AT), () => res.socket?.destroy());
    });
    const err = await client({ maxRetries: 1 }).getSettings().catch((e: unknown) => e);
    expect(err).toMatchObject({ reason: 'connection-reset', status: 200, attempts: 2 });
    expect((err as Error).message).toContain('after Zendesk answered 200 OK, before the whole body arrived after 2 attempts.');
  });

  it('a body that stops coming is timed out per attempt, retried, and the message says the status had come', async () => {
    server.handle((_req, res) => {
      const text = JSON.stringify({ settings: SETTINGS });
      res.writeHead(200, { 'Content-Type': 'application/json; charset=UTF-8', 'Content-Length': Buffer.byteLength(text) });
      res.write(text.slice(0, CUT_AT)); // and nothing more: the server closes it in afterEach
    });
    const started = Date.now();
    const err = await client({ requestTimeoutMs: 150, maxRetries: 1 }).getSettings().catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(server.requests).toHaveLength(2);
    expect(err).toMatchObject({ reason: 'timeout', status: 200, attempts: 2 });
    expect((err as Error).message).toContain(`failed: Zendesk answered 200 OK, but the whole body did not arrive within 150 ms (${CUT_AT} bytes did) after 2 attempts.`);
  });

  it('a PUT of settings (idempotent: it sets the same values again) is retried', async () => {
    server.handle((req, res) => (req.method === 'PUT' && server.requests.filter((r) => r.method === 'PUT').length === 1 ? cutMidBody(res, 200, { settings: SETTINGS }) : json(res, 200, { settings: SETTINGS })));
    await client().updateSettings({ messaging: { messaging_end_session: false } }, { current: { ...SETTINGS, messaging: { messaging_end_session: true } } });
    expect(server.requests.map((r) => r.method)).toEqual(['PUT', 'PUT']);
  });

  it('a POST is not retried: Zendesk answered, so it processed the request, and a repeat could create a second record', async () => {
    server.handle((_req, res) => cutMidBody(res, 201, { trigger: { id: 1, title: 'a trigger with a long enough title' } }));
    const err = await client().request('POST', '/api/v2/triggers', { body: { trigger: {} } }).catch((e: unknown) => e);
    expect(server.requests).toHaveLength(1);
    expect(err).toMatchObject({ reason: 'connection-reset', status: 201, attempts: 1 });
    expect((err as Error).message).toContain('after Zendesk answered 201 Created, before the whole body arrived');
    expect((err as Error).message).toMatch(/It was not retried because Zendesk had answered, so it processed the request; check the result before repeating it\./);
  });

  it('an error status whose body is cut is that status: a 404 is not found, a 503 is retried as one', async () => {
    server.handle((_req, res) => cutMidBody(res, 404, { error: 'RecordNotFound', description: 'Not found' }));
    const notFound = await client().getSettings().catch((e: unknown) => e);
    expect(notFound).toBeInstanceOf(ZendeskNotFoundError);
    expect(notFound).toMatchObject({ status: 404, attempts: 1 });

    server.handle((_req, res) => cutMidBody(res, 503, { error: 'ServiceUnavailable', description: 'Down for maintenance' }));
    const unavailable = await client({ maxRetries: 1 }).getSettings().catch((e: unknown) => e);
    expect(unavailable).toBeInstanceOf(ZendeskServerError);
    expect(unavailable).toMatchObject({ status: 503, attempts: 2 });
  });
});
