import { startEmulator, type EmulatorHandle } from '../../src/emulator';
import { TOKEN, send } from './http';

/** How trigger writes are read before validation: legacy conditions, inline categories, unpermitted keys. */
describe('emulator trigger writes', () => {
  let emu: EmulatorHandle;
  beforeAll(async () => {
    emu = await startEmulator({ port: 0 });
  });
  afterAll(() => emu.close());

  const api = (account: string, path: string, init: Parameters<typeof send>[1] = {}) => send(`${emu.accountUrl(account)}/api/v2${path}`, { auth: TOKEN, ...init });
  const ACTIONS = [{ field: 'status', value: 'open' }];
  const URGENT = { field: 'priority', operator: 'is', value: 'urgent' };
  const HIGH = { field: 'priority', operator: 'is', value: 'high' };
  const categories = async (account: string) => (await api(account, '/trigger_categories')).json().trigger_categories as { id: string; name: string; position: number; url: string }[];

  it('fills conditions from legacy top-level all and any, on create and on update', async () => {
    const created = await api('legacy', '/triggers', { method: 'POST', body: { trigger: { title: 'Legacy', all: [URGENT], any: [HIGH], actions: ACTIONS } } });
    expect(created.status).toBe(201);
    expect(created.json().trigger.conditions).toEqual({ all: [URGENT], any: [HIGH] });
    expect(created.json().trigger).not.toHaveProperty('all');
    expect(created.headers.get('x-zendesk-api-warn')).toBeNull();
    const id = created.json().trigger.id;
    expect((await api('legacy', `/triggers/${id}`)).json().trigger.conditions).toEqual({ all: [URGENT], any: [HIGH] });

    const updated = await api('legacy', `/triggers/${id}`, { method: 'PUT', body: { trigger: { any: [URGENT], actions: ACTIONS } } });
    expect(updated.json().trigger.conditions).toEqual({ all: [], any: [URGENT] }); // conditions replace as a whole

    const invalid = await api('legacy', '/triggers', { method: 'POST', body: { trigger: { title: 'Bad', all: [{ field: 'nope', operator: 'is', value: 'x' }], actions: ACTIONS } } });
    expect(invalid.status).toBe(422); // legacy conditions are checked like any others
  });

  it('keeps conditions over a legacy list given twice, and names the legacy key as removed', async () => {
    const res = await api('legacy-both', '/triggers', {
      method: 'POST',
      body: { trigger: { title: 'Both', conditions: { all: [URGENT] }, all: [HIGH], any: [HIGH], actions: ACTIONS } },
    });
    expect(res.json().trigger.conditions).toEqual({ all: [URGENT], any: [HIGH] });
    expect(res.headers.get('x-zendesk-api-warn')).toBe(`Removed Params: Unpermitted parameter keys: '["trigger.all"]'`);
  });

  it('creates and assigns an inline category on create and on update', async () => {
    const before = await categories('inline');
    const created = await api('inline', '/triggers', { method: 'POST', body: { trigger: { title: 'Inline', conditions: { all: [URGENT] }, category: { name: 'Messaging', position: 7 }, actions: ACTIONS } } });
    expect(created.status).toBe(201);
    const after = await categories('inline');
    expect(after).toHaveLength(before.length + 1);
    const messaging = after.find((c) => c.name === 'Messaging')!;
    expect(messaging).toMatchObject({ position: 7, url: `${emu.accountUrl('inline')}/api/v2/trigger_categories/${messaging.id}.json` });
    expect(created.json().trigger.category_id).toBe(messaging.id);

    const moved = await api('inline', `/triggers/${created.json().trigger.id}`, { method: 'PUT', body: { trigger: { category: { name: 'Email' } } } });
    const email = (await categories('inline')).find((c) => c.name === 'Email')!;
    expect(moved.json().trigger.category_id).toBe(email.id);
    expect(email.position).toBe(after.length + 1); // last by default
  });

  it.each([
    ['a blank name', 'blank', { category: { name: ' ' } }, { description: 'Category name: cannot be blank', error: 'BlankValue' }],
    ['no object', 'text', { category: 'Messaging' }, { description: 'Category name: cannot be blank', error: 'BlankValue' }],
    ['a fractional position', 'fraction', { category: { name: 'X', position: 1.5 } }, { description: 'Category position: must be a whole number', error: 'InvalidValue' }],
    ['category_id as well', 'both', { category: { name: 'X' }, category_id: '1' }, { description: 'Category: give either category_id or category, not both', error: 'InvalidValue' }],
  ])('refuses an inline category with %s, creating nothing', async (_case, name, extra, problem) => {
    const account = `inline-bad-${name}`;
    const before = await categories(account);
    const triggers = (await api(account, '/triggers')).json().count;
    const res = await api(account, '/triggers', { method: 'POST', body: { trigger: { title: 'T', conditions: { all: [URGENT] }, actions: ACTIONS, ...extra } } });
    expect(res.status).toBe(422);
    expect(res.json()).toEqual({ error: 'RecordInvalid', description: 'Record validation errors', details: { category: [problem] } });
    expect(await categories(account)).toEqual(before);
    expect((await api(account, '/triggers')).json().count).toBe(triggers);
  });

  it('names read-only, unknown and unmodelled keys in X-Zendesk-API-Warn, and only on writes that send them', async () => {
    const body = { trigger: { id: 1, url: 'x', default: true, created_at: 'x', restriction: null, raw_title: 'R', colour: 'red', title: 'Warned', conditions: { all: [URGENT] }, actions: ACTIONS } };
    const created = await api('warn', '/triggers', { method: 'POST', body });
    expect(created.status).toBe(201);
    expect(created.headers.get('x-zendesk-api-warn')).toBe(
      `Removed Params: Unpermitted parameter keys: '["trigger.id","trigger.url","trigger.default","trigger.created_at","trigger.restriction","trigger.raw_title","trigger.colour"]'`,
    );
    const trigger = created.json().trigger;
    expect(trigger).toMatchObject({ title: 'Warned', default: false, raw_title: 'Warned' });
    expect(trigger.id).not.toBe(1);

    const updated = await api('warn', `/triggers/${trigger.id}`, { method: 'PUT', body: { trigger: { title: 'Again', updated_at: 'x', category: { name: 'C', colour: 'red' } } } });
    expect(updated.status).toBe(200);
    expect(updated.headers.get('x-zendesk-api-warn')).toBe(`Removed Params: Unpermitted parameter keys: '["trigger.updated_at","trigger.category.colour"]'`);
    const clean = await api('warn', `/triggers/${trigger.id}`, { method: 'PUT', body: { trigger: { title: 'Clean', active: false, position: 3, description: 'd' } } });
    expect(clean.headers.get('x-zendesk-api-warn')).toBeNull();
  });
});
