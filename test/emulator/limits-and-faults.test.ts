import { startEmulator, type EmulatorHandle } from '../../src/emulator';
import { TOKEN, send } from './http';

describe('emulator rate limits, faults and counters', () => {
  let emu: EmulatorHandle;
  beforeAll(async () => {
    emu = await startEmulator({ port: 0, rateLimitPerMinute: 3, rateLimitWindowMs: 1500 });
  });
  afterEach(() => emu.control.clearFaults());
  afterAll(() => emu.close());

  const url = (account: string) => `${emu.accountUrl(account)}/api/v2/account/settings`;

  it('answers 429 with Retry-After and rate-limit headers over the per-account limit, then recovers', async () => {
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await send(url('limited'), { auth: TOKEN }));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429]);
    expect(answers.map((a) => a.headers.get('x-rate-limit-remaining'))).toEqual(['2', '1', '0', '0']);
    const limited = answers[3];
    expect(limited.headers.get('content-type')).toBe('text/plain; charset=UTF-8');
    expect(limited.text).toBe('Number of allowed API requests per minute exceeded');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await emu.control.requests()).rateLimited).toEqual({ count: 1, retryAfterSeconds: Number(limited.headers.get('retry-after')) });
    // Other accounts have their own budget.
    expect((await send(url('other'), { auth: TOKEN })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1600));
    expect((await send(url('limited'), { auth: TOKEN })).status).toBe(200);
  });

  it('sends the account-wide rate-limit headers with every API answer, errors and 429s included', async () => {
    const headerSets = [];
    for (const [path, auth] of [['/api/v2/triggers', TOKEN], ['/api/v2/triggers/999', TOKEN], ['/api/v2/account/settings', undefined], ['/api/v2/account/settings', TOKEN]] as const) {
      const res = await send(`${emu.accountUrl('headers')}${path}`, { auth });
      headerSets.push([res.status, ...['x-rate-limit', 'x-rate-limit-remaining', 'ratelimit-limit', 'ratelimit-remaining'].map((h) => res.headers.get(h))]);
      const reset = Number(res.headers.get('ratelimit-reset'));
      expect(reset).toBeGreaterThanOrEqual(1);
      expect(reset).toBeLessThanOrEqual(2); // seconds left of the 1.5 s window
    }
    expect(headerSets).toEqual([
      [200, '3', '2', '3', '2'],
      [404, '3', '1', '3', '1'],
      [401, '3', '0', '3', '0'],
      [429, '3', '0', '3', '0'],
    ]);
  });

  it('lets an account have its own limit', async () => {
    await emu.control.setRateLimit('tight', 1);
    expect((await send(url('tight'), { auth: TOKEN })).status).toBe(200);
    expect((await send(url('tight'), { auth: TOKEN })).status).toBe(429);
  });

  it('injects a status for the next N matching requests', async () => {
    await emu.control.addFault({ account: 'faulty', method: 'GET', status: 503, count: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await send(url('faulty'), { auth: TOKEN })).status);
    expect(statuses).toEqual([503, 503, 200]);
  });

  it('injects a 429 with a chosen Retry-After', async () => {
    await emu.control.addFault({ account: 'faulty-429', status: 429, retryAfterSeconds: 7 });
    const res = await send(url('faulty-429'), { auth: TOKEN });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('7');
  });

  it('injects a verbatim body with its own content type and headers (HTML pages, truncated JSON, redirects)', async () => {
    await emu.control.addFault({ account: 'raw', status: 200, rawBody: '{"settings": {"messag' });
    const truncated = await send(url('raw'), { auth: TOKEN });
    expect([truncated.status, truncated.text, truncated.headers.get('content-type')]).toEqual([200, '{"settings": {"messag', 'application/json; charset=UTF-8']);
    await emu.control.addFault({ account: 'raw', status: 302, rawBody: '', headers: { Location: 'https://login.example/' } });
    const redirect = await fetch(url('raw'), { headers: { authorization: TOKEN }, redirect: 'manual' });
    expect([redirect.status, redirect.headers.get('location')]).toEqual([302, 'https://login.example/']);
    await emu.control.addFault({ account: 'raw', status: 502, rawBody: '<html><body>Bad gateway</body></html>', contentType: 'text/html' });
    const html = await send(url('raw'), { auth: TOKEN });
    expect([html.status, html.headers.get('content-type')]).toEqual([502, 'text/html']);
  });

  it('skip lets the first matching requests through before the fault hits', async () => {
    await emu.control.addFault({ account: 'skipping', method: 'GET', status: 503, skip: 2, count: 1 });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await send(url('skipping'), { auth: TOKEN })).status);
    expect(statuses).toEqual([200, 200, 503, 200]);
  });

  it('afterHandling applies the request, then answers with the injected status and body', async () => {
    await emu.control.addFault({ account: 'applied', method: 'PUT', status: 200, body: { settings: { routing: {} } }, afterHandling: true });
    const put = await send(url('applied'), { method: 'PUT', auth: TOKEN, body: { settings: { messaging: { messaging_end_session: false } } } });
    expect([put.status, put.json()]).toEqual([200, { settings: { routing: {} } }]);
    // The write took effect although the answer did not show it.
    expect((await emu.control.settings('applied')).messaging.messaging_end_session).toBe(false);
  });

  it('injects latency', async () => {
    await emu.control.addFault({ account: 'slow', latencyMs: 300 });
    const started = Date.now();
    expect((await send(url('slow'), { auth: TOKEN })).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('resets the connection', async () => {
    await emu.control.addFault({ account: 'flaky', reset: true });
    await expect(send(url('flaky'), { auth: TOKEN })).rejects.toThrow();
    expect((await send(url('flaky'), { auth: TOKEN })).status).toBe(200);
  });

  it('resets the connection after applying the request with afterHandling', async () => {
    await emu.control.addFault({ account: 'reset-after', method: 'PUT', reset: true, afterHandling: true });
    await expect(send(url('reset-after'), { method: 'PUT', auth: TOKEN, body: { settings: { messaging: { messaging_end_session: false } } } })).rejects.toThrow();
    // The client heard nothing, but the write took effect.
    expect((await emu.control.settings('reset-after')).messaging.messaging_end_session).toBe(false);
  });

  it('accepts a PUT but drops chosen keys silently', async () => {
    await emu.control.addFault({ account: 'dropper', method: 'PUT', dropKeys: ['messaging.messaging_end_session'] });
    const res = await send(url('dropper'), {
      method: 'PUT',
      auth: TOKEN,
      body: { settings: { messaging: { messaging_end_session: false }, routing: { transform_to_email_enabled: true } } },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-zendesk-api-warn')).toBeNull();
    expect(res.json().settings.messaging.messaging_end_session).toBe(true);
    expect(res.json().settings.routing.transform_to_email_enabled).toBe(true);
  });

  it('counts API requests per method and path, including failed ones', async () => {
    await emu.control.resetRequests();
    await send(url('counted'));
    await send(url('counted'), { auth: TOKEN });
    await send(url('counted'), { method: 'PUT', auth: TOKEN, body: { settings: {} } });
    expect(await emu.control.requests()).toEqual({
      total: 3,
      counts: [
        { account: 'counted', method: 'GET', path: '/api/v2/account/settings', count: 2 },
        { account: 'counted', method: 'PUT', path: '/api/v2/account/settings', count: 1 },
      ],
      rateLimited: { count: 0, retryAfterSeconds: 0 },
    });
  });

  it('changes settings out of band and resets everything', async () => {
    await emu.control.changeSettings('admin', { messaging: { messaging_end_session: false } });
    expect((await send(url('admin'), { auth: TOKEN })).json().settings.messaging.messaging_end_session).toBe(false);
    await emu.control.reset();
    expect((await emu.control.accounts()).accounts).toEqual([]);
    expect((await emu.control.requests()).total).toBe(0);
    expect((await send(url('admin'), { auth: TOKEN })).json().settings.messaging.messaging_end_session).toBe(true);
  });

  it('creates accounts once', async () => {
    await emu.control.createAccount({ name: 'once' });
    await expect(emu.control.createAccount({ name: 'once' })).rejects.toThrow('409');
  });
});

describe('control API access', () => {
  it('answers loopback clients only', async () => {
    const { isLoopback } = await import('../../src/emulator/http');
    expect(['127.0.0.1', '127.8.0.1', '::1', '::ffff:127.0.0.1'].map(isLoopback)).toEqual([true, true, true, true]);
    expect(['10.0.0.2', '::ffff:192.168.1.1', '2001:db8::1', undefined].map(isLoopback)).toEqual([false, false, false, false]);
  });
});
