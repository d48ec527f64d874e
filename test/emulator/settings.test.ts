import { startEmulator, type EmulatorHandle } from '../../src/emulator';
import { TOKEN, send } from './http';

describe('emulator account settings', () => {
  let emu: EmulatorHandle;
  beforeAll(async () => {
    emu = await startEmulator({ port: 0 });
  });
  afterAll(() => emu.close());

  const url = (account: string) => `${emu.accountUrl(account)}/api/v2/account/settings`;
  const get = async (account: string) => (await send(url(account), { auth: TOKEN })).json().settings;
  const put = (account: string, body: unknown) => send(url(account), { method: 'PUT', auth: TOKEN, body });

  it('creates an account on first use with a new account\'s defaults', async () => {
    const res = await send(url('fresh'), { auth: TOKEN });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-zendesk-api-version')).toBe('v2');
    expect(res.headers.get('x-rate-limit')).toBe('700');
    const { settings } = res.json();
    expect(settings.messaging).toEqual({ messaging_end_session: true });
    expect(settings.routing).toMatchObject({ enabled: true, transform_to_email_enabled: false });
    expect(settings.messaging_inactivity).toMatchObject({ enabled: true, timeout: 5, end_session: false });
    expect(settings.messaging_inactivity.reminders).toHaveLength(3);
    // Looks like a real account: every documented section is there.
    for (const section of ['active_features', 'agents', 'api', 'branding', 'brands', 'localization', 'tickets', 'user', 'voice']) {
      expect(settings).toHaveProperty(section);
    }
  });

  it('starts a legacy account (messaging before the feature) with agents unable to end sessions', async () => {
    await emu.control.createAccount({ name: 'old-timer', legacy: true });
    expect((await get('old-timer')).messaging.messaging_end_session).toBe(false);
  });

  it('deep-merges a partial PUT and answers the full settings', async () => {
    const before = await get('merge');
    const res = await put('merge', { settings: { routing: { transform_to_email_enabled: true } } });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-zendesk-api-warn')).toBeNull();
    const after = res.json().settings;
    expect(after.routing).toEqual({ ...before.routing, transform_to_email_enabled: true });
    expect({ ...after, routing: before.routing }).toEqual(before);
    expect(await get('merge')).toEqual(after);
  });

  it('replaces arrays as a whole', async () => {
    await put('arrays', { settings: { messaging_inactivity: { reminders: [{ message: 'only one' }] } } });
    expect((await get('arrays')).messaging_inactivity.reminders).toEqual([{ message: 'only one' }]);
  });

  it('drops unknown and read-only keys with 200, naming them in X-Zendesk-API-Warn', async () => {
    const res = await put('drops', {
      settings: { messaging: { messaging_end_session: false, bogus: 1 }, voice: { enabled: false }, nonsense: { x: 1 } },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-zendesk-api-warn')).toBe(
      `Removed Params: Unpermitted parameter keys: '["settings.messaging.bogus","settings.voice.enabled","settings.nonsense"]'`,
    );
    const settings = res.json().settings;
    expect(settings.messaging).toEqual({ messaging_end_session: false });
    expect(settings.voice.enabled).toBe(true);
    expect(settings).not.toHaveProperty('nonsense');
  });

  it('rejects type and range errors with 422 RecordInvalid naming the key, and writes nothing', async () => {
    const before = await get('invalid');
    const res = await put('invalid', {
      settings: {
        messaging: { messaging_end_session: 'yes' },
        messaging_inactivity: { timeout: 20, reminders: [{ message: 'a' }, { message: 'b', timeout: 10, ticket_status_id: null }] },
        routing: { enabled: false },
      },
    });
    expect(res.status).toBe(422);
    const body = res.json();
    expect(body.error).toBe('RecordInvalid');
    expect(body.description).toBe('Record validation errors');
    expect(Object.keys(body.details).sort()).toEqual(['messaging.messaging_end_session', 'messaging_inactivity.reminders', 'messaging_inactivity.timeout']);
    expect(body.details['messaging_inactivity.timeout'][0]).toEqual({ description: expect.stringContaining('3 to 15'), error: 'InvalidValue' });
    expect(await get('invalid')).toEqual(before);
  });

  it.each([
    ['more than 3 reminders', { reminders: [1, 2, 3, 4].map((i) => ({ message: `m${i}`, timeout: 60, ticket_status_id: null })) }],
    ['a reminder without message', { reminders: [{ tags: [] }] }],
    ['a later reminder without status key', { reminders: [{ message: 'a' }, { message: 'b', timeout: 60 }] }],
    ['a fractional timeout', { timeout: 5.5 }],
  ])('rejects %s', async (_name, inactivity) => {
    expect((await put('rules', { settings: { messaging_inactivity: inactivity } })).status).toBe(422);
  });

  it('answers a malformed body with 400', async () => {
    expect((await put('bad', 'not json')).status).toBe(400);
    expect((await put('bad', { notSettings: {} })).status).toBe(400);
  });

  it('answers unknown paths and bad account names with 404 InvalidEndpoint', async () => {
    const unknown = await send(`${emu.accountUrl('acme')}/api/v2/nothing`, { auth: TOKEN });
    expect(unknown.status).toBe(404);
    expect(unknown.json()).toEqual({ error: 'InvalidEndpoint', description: 'Not found' });
    expect((await send(`${emu.url}/Not_An_Account/api/v2/account/settings`, { auth: TOKEN })).status).toBe(404);
  });

  it('keeps accounts apart', async () => {
    await put('alpha', { settings: { messaging: { messaging_end_session: false } } });
    expect((await get('alpha')).messaging.messaging_end_session).toBe(false);
    expect((await get('beta')).messaging.messaging_end_session).toBe(true);
  });

  it('loses no key under concurrent PUTs to one account', async () => {
    const keys = ['transform_to_email_enabled', 'reassignment_messaging_enabled', 'auto_accept_messaging_enabled', 'focus_mode_enabled', 'skills_enabled'];
    await Promise.all(
      keys.flatMap((key) => [put('busy', { settings: { routing: { [key]: true } } }), put('busy', { settings: { messaging: { messaging_end_session: false } } })]),
    );
    const routing = (await get('busy')).routing;
    for (const key of keys) expect(routing[key]).toBe(true);
  });
});
