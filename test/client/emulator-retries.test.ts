import {
  type AuthOptions,
  ZendeskNetworkError,
  ZendeskServerError,
  type ZendeskClientOptions,
  createZendeskClient,
} from '../../src/client';
import { countOf, sharedEmulator } from './emulator-control';
import { recordFigure } from '../support/figures';

/**
 * Retries against the emulator over real HTTP. Waits are injected (recorded,
 * not slept) except where the test measures a real wait.
 */

const shared = sharedEmulator();
const SETTINGS = '/api/v2/account/settings';
const API_TOKEN: AuthOptions = { kind: 'api-token', email: 'admin@acme.test', token: 'emulator-token' };
const sleeps: number[] = [];
/** Server-side hold of the latency faults; the client's timeout is far below it. */
const LATENCY_MS = 1200;

beforeEach(() => {
  sleeps.length = 0;
});

function client(extra: Partial<ZendeskClientOptions> = {}) {
  return createZendeskClient({
    baseUrl: shared.emu.accountUrl('acme'),
    auth: API_TOKEN,
    sleep: async (ms) => void sleeps.push(ms),
    ...extra,
  });
}

it('honours Retry-After on a 429 (measured with real time)', async () => {
  await client().getSettings(); // create the account and warm up the connection first
  const before = await countOf(shared.control, 'acme', 'GET', SETTINGS);
  await shared.control.addFault({ account: 'acme', method: 'GET', path: SETTINGS, status: 429, retryAfterSeconds: 1, count: 1 });
  const c = createZendeskClient({ baseUrl: shared.emu.accountUrl('acme'), auth: API_TOKEN }); // default (real) sleep
  const started = performance.now();
  const settings = await c.getSettings();
  const elapsed = performance.now() - started;
  expect(settings).toHaveProperty('messaging');
  expect(elapsed).toBeGreaterThanOrEqual(990);
  expect(elapsed).toBeLessThan(5000);
  expect((await countOf(shared.control, 'acme', 'GET', SETTINGS)) - before).toBe(2);
  recordFigure('client retry', `Retry-After: 1 → measured ${Math.round(elapsed)} ms between the call and its success`);
});

it('retries 5xx for GET until it succeeds', async () => {
  await shared.control.addFault({ account: 'acme', method: 'GET', path: SETTINGS, status: 503, count: 2 });
  await expect(client().getSettings()).resolves.toHaveProperty('routing');
  expect(await countOf(shared.control, 'acme', 'GET', SETTINGS)).toBe(3);
  expect(sleeps).toHaveLength(2);
});

it('retries 5xx for PUT (idempotent) and gives up after maxRetries with the attempt count', async () => {
  await shared.control.addFault({ account: 'acme', method: 'PUT', path: SETTINGS, status: 500, count: 10 });
  const err = await client({ maxRetries: 2 })
    .updateSettings({ messaging: { messaging_end_session: false } })
    .catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ZendeskServerError);
  expect(err).toMatchObject({ status: 500, attempts: 3, method: 'PUT', path: SETTINGS });
  expect((err as Error).message).toMatch(/^PUT \/api\/v2\/account\/settings failed: 500 .* after 3 attempts\./);
  expect(await countOf(shared.control, 'acme', 'PUT', SETTINGS)).toBe(3);
});

it('does not retry a non-idempotent POST on 5xx', async () => {
  await shared.control.addFault({ account: 'acme', method: 'POST', path: '/api/v2/triggers', status: 502, count: 5 });
  const err = await client()
    .request('POST', '/api/v2/triggers', { body: { trigger: { title: 't', actions: [] } } })
    .catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ZendeskServerError);
  expect(err).toMatchObject({ status: 502, attempts: 1 });
  expect((err as Error).message).toMatch(/not retried because the request may have been processed/);
  expect(await countOf(shared.control, 'acme', 'POST', '/api/v2/triggers')).toBe(1);
  expect(sleeps).toEqual([]);
});

it('times out a slow answer and retries it (latency fault)', async () => {
  await shared.control.addFault({ account: 'acme', method: 'GET', path: SETTINGS, latencyMs: LATENCY_MS, count: 1 });
  const started = performance.now();
  await expect(client({ requestTimeoutMs: 300 }).getSettings()).resolves.toHaveProperty('messaging');
  expect(performance.now() - started).toBeLessThan(LATENCY_MS);
  expect(sleeps).toHaveLength(1);
});

it('reports a timeout as a ZendeskNetworkError once retries run out', async () => {
  await shared.control.addFault({ account: 'acme', method: 'GET', path: SETTINGS, latencyMs: LATENCY_MS, count: 5 });
  const err = await client({ requestTimeoutMs: 200, maxRetries: 1 }).getSettings().catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ZendeskNetworkError);
  expect(err).toMatchObject({ reason: 'timeout', attempts: 2 });
  expect((err as Error).message).toMatch(/no answer from 127\.0\.0\.1:\d+ within 200 ms after 2 attempts/);
});

it('retries a connection reset for GET and PUT', async () => {
  await shared.control.addFault({ account: 'acme', method: 'GET', path: SETTINGS, reset: true, count: 1 });
  await expect(client().getSettings()).resolves.toHaveProperty('messaging');
  expect(await countOf(shared.control, 'acme', 'GET', SETTINGS)).toBe(2);

  await shared.control.addFault({ account: 'acme', method: 'PUT', path: SETTINGS, reset: true, count: 2 });
  const result = await client().updateSettings({ messaging: { messaging_end_session: false } });
  expect(result.notKept).toEqual([]);
  expect(await countOf(shared.control, 'acme', 'PUT', SETTINGS)).toBe(3);
});

it('does not retry a connection reset for POST', async () => {
  await shared.control.addFault({ account: 'acme', method: 'POST', path: '/api/v2/triggers', reset: true, count: 1 });
  const err = await client()
    .request('POST', '/api/v2/triggers', { body: { trigger: { title: 't', actions: [] } } })
    .catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ZendeskNetworkError);
  expect(err).toMatchObject({ reason: 'connection-reset', attempts: 1 });
});
