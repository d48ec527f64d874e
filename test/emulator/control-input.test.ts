/**
 * The control API refuses a request whose body it cannot read as meant (not JSON, a wrong type, an unknown key, a
 * fault that does nothing or contradicts itself) with 400 and a sentence naming what is wrong, and changes nothing:
 * no fault installed, no account created, no trigger or setting touched.
 */
import { startEmulator, type EmulatorHandle } from '../../src/emulator';
import { send } from './http';

describe('emulator control API: malformed bodies', () => {
  let emu: EmulatorHandle;
  beforeAll(async () => {
    emu = await startEmulator({ port: 0 });
  });
  afterAll(() => emu.close());

  const control = (method: string, path: string, body?: unknown) => send(`${emu.url}/__emulator${path}`, { method, body });
  const state = async () => ({
    faults: (await control('GET', '/faults')).json().faults,
    accounts: (await control('GET', '/accounts')).json().accounts.map((a: { name: string }) => a.name),
  });

  it.each([
    ['a body that is not JSON', 'POST', '/faults', '{status: 503', /^The body is not valid JSON \(it starts "\{status: 503"\); send a JSON object/],
    ['a JSON array', 'POST', '/faults', [{ status: 503 }], /^The body must be a JSON object, got \[\{"status":503\}\]\.$/],
    ['a status given as a string', 'POST', '/faults', { status: '503' }, /^"status" must be an HTTP status from 100 to 599, got "503"\.$/],
    ['a negative count', 'POST', '/faults', { status: 503, count: -1 }, /^"count" must be a whole number of at least 1, got -1\.$/],
    ['a fractional skip', 'POST', '/faults', { status: 503, skip: 0.5 }, /^"skip" must be a whole number of at least 0, got 0\.5\.$/],
    ['an unknown kind of fault', 'POST', '/faults', { kind: 'explode', count: 1 }, /^the fault has an unknown key "kind"; expected a fault with some of account, method, path, count/],
    ['a fault that does nothing', 'POST', '/faults', { account: 'acme', count: 2 }, /^the fault does nothing: give at least one of status, reset, latencyMs, dropKeys/],
    ['an answer without a status', 'POST', '/faults', { rawBody: '<html>', latencyMs: 10 }, /^"rawBody" shapes the injected answer, so it needs "status" too\.$/],
    ['a reset that also answers', 'POST', '/faults', { reset: true, status: 503 }, /^"reset" drops the connection, so it cannot answer with status 503 too/],
    ['headers that are not strings', 'POST', '/faults', { status: 302, headers: { Location: 5 } }, /^"headers" must be an object of header names to string values/],
    ['dropKeys that are not section.key', 'POST', '/faults', { dropKeys: 'messaging' }, /^"dropKeys" must be a list of "section.key" strings, got "messaging"\.$/],
    ['an account flag given as a string', 'POST', '/accounts', { name: 'flagged', legacy: 'yes' }, /^"legacy" must be true or false, got "yes"\.$/],
    ['a fractional rate limit', 'POST', '/accounts', { name: 'fraction', rateLimitPerMinute: 1.5 }, /^"rateLimitPerMinute" must be a whole number of at least 1, got 1\.5\.$/],
    ['an account without a name', 'POST', '/accounts', { legacy: true }, /^the body needs "name": an account name/],
    ['an unknown account option', 'POST', '/accounts', { name: 'typo', sanbox: true }, /^the body has an unknown key "sanbox"; expected \{"name": "…"/],
    ['a rate limit given as a string', 'PUT', '/accounts/limited/rate-limit', { perMinute: '10' }, /^"perMinute" must be a whole number of at least 1, got "10"\.$/],
    ['a settings section that is not an object', 'PATCH', '/accounts/patched/settings', { settings: { messaging: true } }, /^"settings" must be an object of sections/],
    ['an actor without a name or an email', 'PATCH', '/accounts/patched/settings', { settings: {}, actor: { ipAddress: '10.0.0.1' } }, /^"actor" must be \{"name"\?/],
    ['a body on a route that takes none', 'POST', '/reset', { everything: true }, /^the body has an unknown key "everything"; expected no body\.$/],
    ['a trigger that is not an object', 'POST', '/accounts/oob/triggers', { trigger: 'Urgent' }, /^"trigger" must be a JSON object, got "Urgent"\.$/],
  ])('refuses %s with 400, changing nothing', async (_case, method, path, body, description) => {
    const before = await state();
    const res = await control(method, path, body);
    expect(res.status).toBe(400);
    expect(res.json()).toEqual({ error: 'InvalidRequest', description: expect.stringMatching(description) });
    expect(await state()).toEqual(before);
  });

  it('still installs a well-formed fault and creates a well-formed account', async () => {
    expect((await control('POST', '/faults', { account: 'fine', method: 'GET', path: '/api/v2/triggers', status: 503, count: 2, skip: 1 })).status).toBe(201);
    expect((await control('POST', '/accounts', { name: 'fine', legacy: true, rateLimitPerMinute: 10 })).json()).toMatchObject({ name: 'fine', legacy: true, rateLimitPerMinute: 10 });
    await control('DELETE', '/faults');
  });

  it('refuses an out-of-band trigger edit that Zendesk would refuse, and keeps the trigger as it was', async () => {
    const [first] = await emu.control.triggers('edited');
    const edits = [{ title: 7 }, { conditions: { all: 'x', any: 7 } }, { actions: [] }, { conditions: { all: [], any: [] } }, { category_id: '404' }];
    for (const trigger of edits) {
      const res = await control('PATCH', `/accounts/edited/triggers/${first.id}`, { trigger });
      expect({ trigger, status: res.status, error: res.json().error }).toEqual({ trigger, status: 422, error: 'RecordInvalid' });
    }
    expect((await emu.control.triggers('edited'))[0]).toEqual(first);
    // Only what is given changes: a new title keeps the conditions and actions.
    await emu.control.changeTrigger('edited', first.id as number, { title: 'Renamed in Admin Center' });
    expect((await emu.control.triggers('edited'))[0]).toMatchObject({ title: 'Renamed in Admin Center', raw_title: 'Renamed in Admin Center', conditions: first.conditions, actions: first.actions });
  });
});
