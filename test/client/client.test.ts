import { inspect } from 'node:util';
import { createServer } from 'node:net';
import {
  type AuthOptions,
  ZendeskApiError,
  ZendeskAuthError,
  ZendeskConfigError,
  ZendeskNetworkError,
  ZendeskRateLimitError,
  ZendeskServerError,
  createZendeskClient,
  API_TOKEN_DEPRECATION_WARNING,
  type ZendeskClientOptions,
} from '../../src/client';
import { type FakeServer, json, startFakeServer } from './fake-server';

/** Client-level behaviour against a scripted loopback server (the emulator tests cover the real shapes). */

let server: FakeServer;
beforeEach(async () => {
  server = await startFakeServer();
});
afterEach(() => server.close());

const SETTINGS = { messaging: { messaging_end_session: false }, routing: { enabled: true, transform_to_email_enabled: false } };
const sleeps: number[] = [];
beforeEach(() => {
  sleeps.length = 0;
});

function client(auth: AuthOptions, extra: Partial<ZendeskClientOptions> = {}) {
  return createZendeskClient({
    baseUrl: `${server.url}/acme`,
    auth,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
    ...extra,
  });
}

const apiToken: AuthOptions = { kind: 'api-token', email: 'admin@example.com', token: 'api-tok-123' };

describe('authentication', () => {
  it('sends Basic {email}/token:{token} for API tokens, plus Accept and User-Agent', async () => {
    server.handle((_req, res) => json(res, 200, { settings: SETTINGS }));
    await client(apiToken, { userAgent: 'terraform-provider-zendesk/1.2.3' }).getSettings();
    const [req] = server.requests;
    expect(req.method).toBe('GET');
    expect(req.url).toBe('/acme/api/v2/account/settings');
    expect(req.headers.authorization).toBe(`Basic ${Buffer.from('admin@example.com/token:api-tok-123').toString('base64')}`);
    expect(req.headers.accept).toBe('application/json');
    expect(req.headers['user-agent']).toBe('terraform-provider-zendesk/1.2.3');
  });

  it('sends Bearer for an OAuth token and does not retry its 401', async () => {
    server.handle((_req, res) => json(res, 401, { error: "Couldn't authenticate you" }));
    const err = await client({ kind: 'oauth-token', token: 'oauth-abc' }).getSettings().catch((e: unknown) => e);
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(['Bearer oauth-abc']);
    expect(err).toBeInstanceOf(ZendeskAuthError);
    expect(err).toMatchObject({ status: 401, attempts: 1 });
  });

  it('mints one OAuth token for concurrent calls with the client credentials grant', async () => {
    let minted = 0;
    server.handle((req, res) => {
      if (req.url === '/acme/oauth/tokens') {
        minted += 1;
        return void setTimeout(() => json(res, 200, { access_token: `at-${minted}`, token_type: 'bearer', scope: 'read write', expires_in: 3600 }), 20);
      }
      json(res, 200, { settings: SETTINGS });
    });
    const c = client({ kind: 'oauth-client', clientId: 'cid', clientSecret: 'csecret' });
    await Promise.all([c.getSettings(), c.getSettings(), c.getSettings()]);
    await c.getSettings();
    expect(minted).toBe(1);
    const grant = server.requests.find((r) => r.url === '/acme/oauth/tokens')!;
    expect(grant.method).toBe('POST');
    expect(grant.headers.authorization).toBeUndefined();
    expect(grant.headers['content-type']).toBe('application/json');
    expect(JSON.parse(grant.body)).toEqual({ grant_type: 'client_credentials', client_id: 'cid', client_secret: 'csecret', scope: 'read write' });
    expect(server.requests.filter((r) => r.url.endsWith('/settings')).every((r) => r.headers.authorization === 'Bearer at-1')).toBe(true);
  });

  it('renews the OAuth token shortly before it expires', async () => {
    let clock = 1_000_000;
    let minted = 0;
    server.handle((req, res) => {
      if (req.url.endsWith('/oauth/tokens')) return json(res, 200, { access_token: `at-${++minted}`, token_type: 'bearer', expires_in: 600 });
      json(res, 200, { settings: SETTINGS });
    });
    const c = client({ kind: 'oauth-client', clientId: 'cid', clientSecret: 'csecret', scope: 'read' }, { now: () => clock });
    await c.getSettings();
    clock += 500_000; // 100 s left: more than the 60 s margin
    await c.getSettings();
    expect(minted).toBe(1);
    clock += 45_000; // 55 s left: renew first
    await c.getSettings();
    expect(minted).toBe(2);
    expect(server.requests.at(-1)!.headers.authorization).toBe('Bearer at-2');
    expect(JSON.parse(server.requests[0].body).scope).toBe('read');
  });

  it('renews once and retries once after a 401, then gives up', async () => {
    let minted = 0;
    server.handle((req, res) => {
      if (req.url.endsWith('/oauth/tokens')) return json(res, 200, { access_token: `at-${++minted}`, token_type: 'bearer', expires_in: 3600 });
      json(res, 401, { error: "Couldn't authenticate you" });
    });
    const err = await client({ kind: 'oauth-client', clientId: 'cid', clientSecret: 'csecret' }).getSettings().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ZendeskAuthError);
    expect(err).toMatchObject({ attempts: 2, status: 401 });
    expect(minted).toBe(2);
    expect(server.requests.map((r) => `${r.method} ${r.url} ${r.headers.authorization ?? ''}`)).toEqual([
      'POST /acme/oauth/tokens ',
      'GET /acme/api/v2/account/settings Bearer at-1',
      'POST /acme/oauth/tokens ',
      'GET /acme/api/v2/account/settings Bearer at-2',
    ]);
    expect(sleeps).toEqual([]);
  });

  it('reports rejected client credentials as an auth error about the client', async () => {
    server.handle((_req, res) => json(res, 401, { error: 'invalid_client', error_description: 'Client authentication failed.' }));
    const err = await client({ kind: 'oauth-client', clientId: 'cid', clientSecret: 'csecret' }).getSettings().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ZendeskAuthError);
    expect((err as Error).message).toMatch(/^POST \/oauth\/tokens failed: 401 invalid_client \(Client authentication failed\.\)\. Zendesk rejected the OAuth client credentials/);
    expect(server.requests).toHaveLength(1);
  });

  it('refuses missing or malformed credentials up front', () => {
    expect(() => createZendeskClient({ subdomain: 'acme' } as ZendeskClientOptions)).toThrow(ZendeskConfigError);
    expect(() => createZendeskClient({ subdomain: 'acme', auth: { kind: 'api-token', email: 'a@b.c', token: '' } })).toThrow(/API token is empty/);
    expect(() => createZendeskClient({ subdomain: 'acme', auth: { kind: 'oauth-token', token: 'abc\n' } })).toThrow(/whitespace or control/);
    expect(() => createZendeskClient({ subdomain: 'acme', auth: { kind: 'oauth-client', clientId: 'x', clientSecret: ' ' } })).toThrow(ZendeskConfigError);
    expect(() => createZendeskClient({ subdomain: 'acme', auth: apiToken, maxRetries: -1 })).toThrow(/maxRetries/);
  });

  it('warns about API tokens once and exposes the text', () => {
    const warn = jest.fn();
    const c = createZendeskClient({ subdomain: 'acme', auth: apiToken, logger: { debug: () => {}, warn } });
    expect(c.deprecationWarning).toBe(API_TOKEN_DEPRECATION_WARNING);
    expect(API_TOKEN_DEPRECATION_WARNING).toMatch(/2026-10-27/);
    expect(API_TOKEN_DEPRECATION_WARNING).toMatch(/2027-04-30/);
    expect(API_TOKEN_DEPRECATION_WARNING).toMatch(/OAuth/);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(createZendeskClient({ subdomain: 'acme', auth: { kind: 'oauth-token', token: 't' } }).deprecationWarning).toBeUndefined();
  });
});

describe('retries', () => {
  it('retries 5xx for GET with jittered, doubling backoff and reports attempts', async () => {
    server.handle((_req, res) => json(res, 503, { error: 'ServiceUnavailable' }));
    const err = await client(apiToken, { maxRetries: 3 }).getSettings().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ZendeskServerError);
    expect(err).toMatchObject({ attempts: 4, status: 503 });
    expect((err as Error).message).toMatch(/after 4 attempts/);
    expect(server.requests).toHaveLength(4);
    expect(sleeps).toEqual([250, 500, 1000]); // random 0.5 × 500·2^(n-1)
  });

  it('does not retry POST on 5xx but does on 429', async () => {
    server.handle((_req, res) => json(res, 500, { error: 'InternalError' }));
    await expect(client(apiToken).request('POST', '/api/v2/triggers', { body: { trigger: {} } })).rejects.toMatchObject({ attempts: 1, status: 500 });
    let n = 0;
    server.handle((_req, res) => (++n === 1 ? json(res, 429, undefined, { 'Retry-After': '2' }) : json(res, 201, { trigger: { id: 1 } })));
    await expect(client(apiToken).request('POST', '/api/v2/triggers', { body: { trigger: {} } })).resolves.toEqual({ trigger: { id: 1 } });
    expect(sleeps).toEqual([2000]);
  });

  it('understands an HTTP-date Retry-After', async () => {
    let n = 0;
    const now = Date.parse('2026-05-01T00:00:00Z');
    server.handle((_req, res) =>
      ++n === 1 ? json(res, 429, undefined, { 'Retry-After': new Date(now + 3000).toUTCString() }) : json(res, 200, { settings: {} }),
    );
    await client(apiToken, { now: () => now }).getSettings();
    expect(sleeps).toEqual([3000]);
  });

  it('stops at once when Retry-After exceeds the remaining budget', async () => {
    server.handle((_req, res) => {
      res.writeHead(429, { 'Content-Type': 'text/plain', 'Retry-After': '90' });
      res.end('Number of allowed API requests per minute exceeded');
    });
    const err = await client(apiToken, { retryDeadlineMs: 10_000 }).getSettings().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ZendeskRateLimitError);
    expect(err).toMatchObject({ attempts: 1, retryAfterSeconds: 90, description: 'Number of allowed API requests per minute exceeded' });
    expect((err as Error).message).toMatch(/longer than the retry time budget left/);
    expect(sleeps).toEqual([]);
  });

  it('retries a refused connection for GET and says so in the end', async () => {
    const port = await freePort();
    const c = createZendeskClient({
      baseUrl: `http://127.0.0.1:${port}/acme`,
      auth: apiToken,
      maxRetries: 2,
      sleep: async (ms) => void sleeps.push(ms),
    });
    const err = await c.getSettings().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ZendeskNetworkError);
    expect(err).toMatchObject({ reason: 'connection-refused', code: 'ECONNREFUSED', attempts: 3 });
    expect((err as Error).message).toContain(`connection refused by 127.0.0.1:${port} (ECONNREFUSED) after 3 attempts`);
  });

  it('times out a slow answer per attempt', async () => {
    // unref: the answer is never awaited, so its timer must not keep the worker alive after the test
    server.handle((_req, res) => void setTimeout(() => json(res, 200, { settings: {} }), 1000).unref());
    const started = Date.now();
    const err = await client(apiToken, { requestTimeoutMs: 100, maxRetries: 1 }).getSettings().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ZendeskNetworkError);
    expect(err).toMatchObject({ reason: 'timeout', attempts: 2 });
    expect(Date.now() - started).toBeLessThan(900);
  });
});

describe('responses', () => {
  it('does not follow redirects (credentials stay on the configured host)', async () => {
    server.handle((_req, res) => {
      res.writeHead(301, { Location: 'https://elsewhere.example/api/v2/account/settings?x=1' });
      res.end();
    });
    const err = await client(apiToken).getSettings().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ZendeskApiError);
    expect((err as Error).message).toContain('301 redirect to https://elsewhere.example/api/v2/account/settings');
    expect(server.requests).toHaveLength(1);
  });

  it('reads back with a GET when the PUT answer carries no settings', async () => {
    server.handle((req, res) => (req.method === 'PUT' ? json(res, 200, {}) : json(res, 200, { settings: { messaging: { messaging_end_session: true } } })));
    const result = await client(apiToken).updateSettings({ messaging: { messaging_end_session: true } });
    expect(server.requests.map((r) => r.method)).toEqual(['PUT', 'GET']);
    expect(JSON.parse(server.requests[0].body)).toEqual({ settings: { messaging: { messaging_end_session: true } } });
    expect(result).toEqual({
      settings: { messaging: { messaging_end_session: true } },
      sent: { messaging: { messaging_end_session: true } },
      notKept: [],
      warnings: [],
    });
  });

  it('uses the PUT answer when it carries the settings, and sends only what differs', async () => {
    server.handle((_req, res) => json(res, 200, { settings: { ...SETTINGS, routing: { enabled: true, transform_to_email_enabled: true } } }));
    const result = await client(apiToken).updateSettings(
      { messaging: { messaging_end_session: false }, routing: { enabled: true, transform_to_email_enabled: true } },
      { current: SETTINGS },
    );
    expect(server.requests.map((r) => r.method)).toEqual(['PUT']);
    expect(JSON.parse(server.requests[0].body)).toEqual({ settings: { routing: { transform_to_email_enabled: true } } });
    expect(result.sent).toEqual({ routing: { transform_to_email_enabled: true } });
    expect(result.notKept).toEqual([]);
  });

  it('makes no request for a no-op patch', async () => {
    const result = await client(apiToken).updateSettings({ messaging: { messaging_end_session: false } }, { current: SETTINGS });
    expect(server.requests).toHaveLength(0);
    expect(result).toEqual({ settings: SETTINGS, sent: {}, notKept: [], warnings: [] });
  });

  it('paginates with links.next and refuses to leave the API root', async () => {
    server.handle((req, res) => {
      const after = new URL(req.url, server.url).searchParams.get('page[after]');
      if (!after) {
        return json(res, 200, { triggers: [{ id: 1 }, { id: 2 }], meta: { has_more: true, after_cursor: 'c1' }, links: { next: `${server.url}/acme/api/v2/triggers?page%5Bafter%5D=c1&page%5Bsize%5D=2` } });
      }
      if (after === 'c1') {
        // a link to another host: the client must use the cursor on its own root instead
        return json(res, 200, { triggers: [{ id: 3 }], meta: { has_more: true, after_cursor: 'c2' }, links: { next: 'https://evil.example/acme/api/v2/triggers?page[after]=c2' } });
      }
      json(res, 200, { triggers: [{ id: 4 }], meta: { has_more: false }, links: { next: null } });
    });
    const ids = (await client(apiToken).paginateAll<{ id: number }>('/api/v2/triggers', 'triggers', { pageSize: 2, query: { active: true } })).map((t) => t.id);
    expect(ids).toEqual([1, 2, 3, 4]);
    expect(server.requests.map((r) => decodeURIComponent(r.url))).toEqual([
      '/acme/api/v2/triggers?active=true&page[size]=2',
      '/acme/api/v2/triggers?page[after]=c1&page[size]=2',
      '/acme/api/v2/triggers?page[after]=c2&page[size]=2',
    ]);
    expect(server.requests.every((r) => r.headers.host === new URL(server.url).host)).toBe(true);
  });

  it('stops a pagination loop', async () => {
    server.handle((_req, res) => json(res, 200, { triggers: [], meta: { has_more: true }, links: { next: `${server.url}/acme/api/v2/triggers?page%5Bsize%5D=100` } }));
    await expect(client(apiToken).paginateAll('/api/v2/triggers', 'triggers')).rejects.toThrow(/repeats a page/);
  });

  it('refuses a path that could leave the API root', async () => {
    await expect(client(apiToken).request('GET', '//evil.example/x')).rejects.toThrow(TypeError);
    await expect(client(apiToken).request('GET', 'https://evil.example/x')).rejects.toThrow(TypeError);
    expect(server.requests).toHaveLength(0);
  });
});

describe('secrets', () => {
  it('never reach the logger, even when the server echoes them', async () => {
    const lines: string[] = [];
    const logger = { debug: (m: string) => lines.push(m), warn: (m: string) => lines.push(m) };
    server.handle((req, res) => json(res, 400, { error: 'Bad', description: `you sent ${req.headers.authorization}` }, { 'X-Zendesk-API-Warn': `auth was ${req.headers.authorization}` }));
    const err = await client({ kind: 'oauth-token', token: 'oauth-secret-777' }, { logger }).getSettings().catch((e: unknown) => e);
    const forms = [...lines, (err as Error).message, (err as Error).stack ?? '', JSON.stringify(err), inspect(err, { showHidden: true, depth: 10 }), String(err)];
    expect(forms.join('\n')).not.toContain('oauth-secret-777');
    expect((err as Error).message).toContain('[REDACTED]');
  });

  it('are not visible on the client object', () => {
    const c = createZendeskClient({ subdomain: 'acme', auth: { kind: 'oauth-client', clientId: 'cid', clientSecret: 'very-secret-1' } });
    for (const form of [inspect(c, { showHidden: true, depth: Infinity }), JSON.stringify(c), String(c), Object.values(c).join(' ')]) {
      expect(form).not.toContain('very-secret-1');
    }
    expect(inspect(c)).toBe("ZendeskClient { baseUrl: 'https://acme.zendesk.com', authKind: 'oauth-client' }");
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}
