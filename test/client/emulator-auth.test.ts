import http from 'node:http';
import { inspect } from 'node:util';
import { startEmulator } from '../../src/emulator';
import {
  type AuthOptions,
  ZendeskApiError,
  ZendeskAuthError,
  ZendeskConfigError,
  type ZendeskClientOptions,
  createZendeskClient,
} from '../../src/client';
import { countOf, sharedEmulator } from './emulator-control';

const shared = sharedEmulator();
const SETTINGS = '/api/v2/account/settings';
const TOKENS = '/oauth/tokens';
const OAUTH_CLIENT: AuthOptions = { kind: 'oauth-client', clientId: 'emulator-client', clientSecret: 'emulator-secret' };
const API_TOKEN: AuthOptions = { kind: 'api-token', email: 'admin@acme.test', token: 'emulator-token' };


function client(auth: AuthOptions, extra: Partial<ZendeskClientOptions> = {}) {
  return createZendeskClient({ baseUrl: shared.emu.accountUrl('acme'), auth, sleep: async () => {}, ...extra });
}

describe('OAuth client credentials', () => {
  it('mints one token and reuses it across calls', async () => {
    const c = client(OAUTH_CLIENT);
    await c.getSettings();
    await Promise.all([c.getSettings(), c.getSettings()]);
    await c.updateSettings({ messaging: { messaging_end_session: true } });
    expect(await countOf(shared.control, 'acme', 'POST', TOKENS)).toBe(1);
    expect(await countOf(shared.control, 'acme', 'GET', SETTINGS)).toBe(3);
  });

  it('renews exactly once after the token was expired out of band, then succeeds', async () => {
    const c = client(OAUTH_CLIENT);
    await c.getSettings();
    await shared.control.expireTokens('acme');
    await expect(c.getSettings()).resolves.toHaveProperty('messaging');
    expect(await countOf(shared.control, 'acme', 'POST', TOKENS)).toBe(2);
    expect(await countOf(shared.control, 'acme', 'GET', SETTINGS)).toBe(3); // ok, 401, ok
  });

  it('renews a short-lived token before it runs out (2-second TTL)', async () => {
    const shortLived = await startEmulator({ port: 0, accessTokenTtlSeconds: 2 });
    try {
      const ctl = shortLived.control;
      const c = createZendeskClient({ baseUrl: shortLived.accountUrl('acme'), auth: OAUTH_CLIENT });
      await c.getSettings();
      await new Promise((r) => setTimeout(r, 2100));
      await c.getSettings();
      expect(await countOf(ctl, 'acme', 'POST', TOKENS)).toBe(2);
      expect(await countOf(ctl, 'acme', 'GET', SETTINGS)).toBe(2); // renewed ahead of time: no 401 round trip
    } finally {
      await shortLived.close();
    }
  });

  it('renews once on 401 invalid_token and then reports Zendesk\'s invalid_token, without a loop', async () => {
    // Tokens that are dead on arrival: every Bearer request meets 401 invalid_token with WWW-Authenticate.
    const dead = await startEmulator({ port: 0, accessTokenTtlSeconds: 0 });
    try {
      const c = createZendeskClient({ baseUrl: dead.accountUrl('acme'), auth: OAUTH_CLIENT, sleep: async () => {} });
      const err = await c.getSettings().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ZendeskAuthError);
      expect(err).toMatchObject({
        status: 401,
        zendeskError: 'invalid_token',
        description: 'The access token provided is expired, revoked, malformed or invalid for other reasons.',
        attempts: 2,
      });
      expect(await countOf(dead.control, 'acme', 'POST', TOKENS)).toBe(2); // the first token and one renewal
      expect(await countOf(dead.control, 'acme', 'GET', SETTINGS)).toBe(2);
    } finally {
      await dead.close();
    }
  });

  it('keeps a minted token for the lifetime Zendesk grants (30 minutes by default) and renews it ahead of expiry', async () => {
    // One clock for both sides: the emulator reads Date.now, and the client takes it as its clock when created.
    const start = Date.now();
    const clock = jest.spyOn(Date, 'now');
    try {
      const c = client(OAUTH_CLIENT);
      await c.getSettings();
      clock.mockReturnValue(start + 28 * 60_000);
      await c.getSettings();
      expect(await countOf(shared.control, 'acme', 'POST', TOKENS)).toBe(1);
      clock.mockReturnValue(start + 29.5 * 60_000); // past the renewal margin (a minute before expiry)
      await c.getSettings();
      expect(await countOf(shared.control, 'acme', 'POST', TOKENS)).toBe(2);
      expect(await countOf(shared.control, 'acme', 'GET', SETTINGS)).toBe(3); // renewed ahead of expiry: no 401 round trip
    } finally {
      clock.mockRestore();
    }
  });

  it('reports a wrong client secret as an auth error without retrying', async () => {
    const err = await client({ ...OAUTH_CLIENT, clientSecret: 'wrong-secret-123' }).getSettings().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ZendeskAuthError);
    expect(err).toMatchObject({ method: 'POST', path: TOKENS, attempts: 1 });
    expect(await countOf(shared.control, 'acme', 'POST', TOKENS)).toBe(1);
    expect(await countOf(shared.control, 'acme', 'GET', SETTINGS)).toBe(0);
  });
});

describe('401 is not retried', () => {
  it.each<[string, AuthOptions, Record<string, unknown>]>([
    ['api-token', { ...API_TOKEN, token: 'not-the-token' }, { zendeskError: undefined, description: "Couldn't authenticate you" }],
    ['oauth-token', { kind: 'oauth-token', token: 'not-a-token' }, { zendeskError: 'invalid_token' }],
  ])('%s', async (_kind, auth, answer) => {
    const err = await client(auth).getSettings().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ZendeskAuthError);
    expect(err).toMatchObject({ status: 401, attempts: 1, ...answer });
    expect(await countOf(shared.control, 'acme', 'GET', SETTINGS)).toBe(1);
  });
});

describe('secrets never appear in errors or logs', () => {
  /** Every Authorization value actually sent, captured at the socket API (the minted access tokens included). */
  let sentAuthorizations: string[];
  let spy: jest.SpyInstance;
  beforeEach(() => {
    sentAuthorizations = [];
    const original = http.request;
    spy = jest.spyOn(http, 'request').mockImplementation(((...args: unknown[]) => {
      const options = args.find((a) => typeof a === 'object' && a !== null && 'headers' in (a as object)) as { headers?: Record<string, unknown> } | undefined;
      const value = options?.headers && Object.entries(options.headers).find(([k]) => k.toLowerCase() === 'authorization')?.[1];
      if (typeof value === 'string') sentAuthorizations.push(value);
      return (original as (...a: unknown[]) => http.ClientRequest)(...args);
    }) as typeof http.request);
  });
  afterEach(() => spy.mockRestore());

  function forms(err: unknown, logs: string[], extra: unknown[] = []): string[] {
    const out = [
      String(err),
      (err as Error).message,
      (err as Error).stack ?? '',
      JSON.stringify(err),
      inspect(err, { showHidden: true, depth: Infinity }),
      inspect(err, { showHidden: true, depth: Infinity, getters: true }),
      ...logs,
      ...extra.map((x) => inspect(x, { showHidden: true, depth: Infinity })),
      ...extra.map((x) => JSON.stringify(x)),
    ];
    for (let cause = (err as { cause?: unknown }).cause; cause !== undefined && cause !== null; cause = (cause as { cause?: unknown }).cause) {
      out.push(inspect(cause, { showHidden: true, depth: Infinity }), String(cause));
    }
    return out;
  }

  function expectClean(texts: string[], secrets: string[]) {
    const all = texts.join('\n');
    for (const secret of secrets.filter(Boolean)) {
      expect(all).not.toContain(secret);
      const token = secret.replace(/^(Bearer|Basic) /, '');
      expect(all).not.toContain(token);
    }
  }

  const cases: [string, AuthOptions, string[]][] = [
    ['api-token', API_TOKEN, ['emulator-token', Buffer.from('admin@acme.test/token:emulator-token').toString('base64')]],
    ['oauth-client', OAUTH_CLIENT, ['emulator-secret']],
    ['oauth-token', { kind: 'oauth-token', token: 'placeholder' }, []],
  ];

  it.each(cases)('%s', async (kind, authIn, staticSecrets) => {
    let auth = authIn;
    if (kind === 'oauth-token') {
      // A real access token from the emulator's grant, so the failing calls below carry a valid one.
      const res = await fetch(`${shared.emu.accountUrl('acme')}/oauth/tokens`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ grant_type: 'client_credentials', client_id: 'emulator-client', client_secret: 'emulator-secret', scope: 'read write' }),
      });
      const token = ((await res.json()) as { access_token: string }).access_token;
      auth = { kind: 'oauth-token', token };
      staticSecrets = [token];
    }
    const logs: string[] = [];
    const logger = { debug: (m: string) => logs.push(m), warn: (m: string) => logs.push(m) };
    const errors: unknown[] = [];
    const c = client(auth, { logger, maxRetries: 1 });

    // 0. one good call, so the Authorization values actually sent (a minted access token included) are known
    await c.getSettings();
    expect(sentAuthorizations.length).toBeGreaterThan(0);
    // 1. the server fails with the credentials accepted, echoing every secret back in its body
    await shared.control.addFault({
      account: 'acme',
      method: 'GET',
      path: SETTINGS,
      status: 400,
      count: 1,
      body: { error: 'BadRequest', description: `echo: ${staticSecrets.join(' ')} ${sentAuthorizations.join(' ')}` },
    });
    errors.push(await c.getSettings().catch((e: unknown) => e));
    // 2. a 5xx with retries (debug log lines for each attempt)
    await shared.control.addFault({ account: 'acme', method: 'GET', path: SETTINGS, status: 500, count: 5 });
    errors.push(await c.getSettings().catch((e: unknown) => e));
    await shared.control.clearFaults();
    // 3. a 422 from a PUT
    await shared.control.addFault({
      account: 'acme',
      method: 'PUT',
      path: SETTINGS,
      status: 422,
      count: 1,
      body: { error: 'RecordInvalid', description: 'Record validation errors', details: { base: [{ description: `nope ${staticSecrets[0]}` }] } },
    });
    errors.push(await c.updateSettings({ messaging: { messaging_end_session: true } }).catch((e: unknown) => e));
    // 4. rejected credentials
    const badAuth: AuthOptions =
      auth.kind === 'oauth-client' ? { ...auth, clientSecret: `${auth.clientSecret}-x` } : auth.kind === 'api-token' ? { ...auth, token: `${auth.token}-x` } : { ...auth, token: `${auth.token}x` };
    const bad = client(badAuth, { logger });
    errors.push(await bad.getSettings().catch((e: unknown) => e));
    // 5. a network failure (nothing listens on port 9 of loopback)
    const down = createZendeskClient({ baseUrl: 'http://127.0.0.1:9/acme', auth, logger, maxRetries: 0 });
    errors.push(await down.getSettings().catch((e: unknown) => e));

    for (const err of errors) expect(err).toBeInstanceOf(ZendeskApiError);
    expect((errors[0] as Error).message).toContain('echo: [REDACTED]'); // echoed, and scrubbed
    expect(sentAuthorizations.length).toBeGreaterThan(0);
    const badSecrets =
      badAuth.kind === 'oauth-client' ? [badAuth.clientSecret] : badAuth.kind === 'api-token' ? [badAuth.token] : [badAuth.token];
    const texts = errors.flatMap((err) => forms(err, [], [c, bad, down]));
    expectClean([...texts, ...logs], [...staticSecrets, ...badSecrets, ...sentAuthorizations]);
    expect(logs.length).toBeGreaterThan(0);
  });
});

it('refuses plain http for a non-loopback base URL before any request', async () => {
  const before = (await shared.control.requests()).total;
  for (const baseUrl of ['http://acme.zendesk.com', 'http://192.168.1.20:8080/acme', `http://localhost.example.com:${new URL(shared.emu.url).port}/acme`]) {
    expect(() => createZendeskClient({ baseUrl, auth: API_TOKEN })).toThrow(ZendeskConfigError);
    expect(() => createZendeskClient({ baseUrl, auth: API_TOKEN })).toThrow(/clear text/);
  }
  expect((await shared.control.requests()).total).toBe(before);
  // the same emulator over loopback is fine
  await expect(createZendeskClient({ baseUrl: shared.emu.accountUrl('acme').replace('127.0.0.1', 'localhost'), auth: API_TOKEN }).getSettings()).resolves.toBeDefined();
});
