import { startEmulator, type EmulatorHandle } from '../../src/emulator';
import { TOKEN, send } from './http';

/** Skills-based routing: attributes and values as recorded from a real account, Enterprise only. */
describe('emulator routing attributes (skills) API', () => {
  let emu: EmulatorHandle;
  beforeAll(async () => {
    emu = await startEmulator({ port: 0, accountsWithoutAuditLogs: ['skills-team'] });
  });
  afterAll(() => emu.close());

  const api = (account: string, path: string, init: Parameters<typeof send>[1] = {}) => send(`${emu.accountUrl(account)}/api/v2/routing${path}`, { auth: TOKEN, ...init });
  const post = (account: string, path: string, body: unknown) => api(account, path, { method: 'POST', body });
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

  it('creates, reads, renames and deletes an attribute and its values', async () => {
    const made = await post('skills', '/attributes', { attribute: { name: 'Language' } });
    expect(made.status).toBe(201);
    const { attribute } = made.json();
    const root = emu.accountUrl('skills');
    expect(attribute).toEqual({ url: `${root}/api/v2/routing/attributes/${attribute.id}.json`, id: expect.stringMatching(UUID), name: 'Language', created_at: expect.any(String), updated_at: expect.any(String) });
    const list = (await api('skills', '/attributes')).json();
    expect(list).toEqual({ attributes: [attribute], count: 1, next_page: null, previous_page: null });

    const value = (await post('skills', `/attributes/${attribute.id}/values`, { attribute_value: { name: 'Italian' } })).json().attribute_value;
    expect(value).toEqual({ url: `${root}/api/v2/routing/attributes/${attribute.id}/values/${value.id}.json`, id: expect.stringMatching(UUID), name: 'Italian', created_at: expect.any(String), updated_at: expect.any(String) });
    const patched = await api('skills', `/attributes/${attribute.id}/values/${value.id}`, { method: 'PATCH', body: { attribute_value: { conditions: { all: [{ subject: 'priority', operator: 'is', value: 'urgent' }], any: [] } } } });
    expect(patched.json().attribute_value).toMatchObject({ name: 'Italian', conditions: { all: [{ subject: 'priority', operator: 'is', value: 'urgent' }], any: [] } });
    expect((await api('skills', `/attributes/${attribute.id}/values`)).json().attribute_values).toHaveLength(1);
    expect((await api('skills', `/attributes/${attribute.id}`, { method: 'PUT', body: { attribute: { name: 'Languages' } } })).json().attribute.name).toBe('Languages');

    expect((await api('skills', `/attributes/${attribute.id}/values/${value.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await api('skills', `/attributes/${attribute.id}/values/${value.id}`)).status).toBe(404);
    expect((await api('skills', `/attributes/${attribute.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await api('skills', `/attributes/${attribute.id}`)).json()).toEqual({ error: 'RecordNotFound', description: 'Not found' });
    const log = (await send(`${root}/api/v2/audit_logs`, { auth: TOKEN })).json().audit_logs;
    expect(log.map((e: { source_type: string; change_description: string }) => [e.source_type, e.change_description])).toEqual([
      ['routing_attribute', 'Deleted'],
      ['routing_attribute_value', 'Deleted'],
      ['routing_attribute', 'Changed name'],
      ['routing_attribute_value', 'Changed conditions'],
      ['routing_attribute_value', 'Created'],
      ['routing_attribute', 'Created'],
    ]);
  });

  it('refuses a blank name and conditions the definitions do not offer, with 422 details', async () => {
    expect((await post('skills-bad', '/attributes', { attribute: { name: ' ' } })).json().details).toEqual({ name: [{ description: 'Name: cannot be blank', error: 'BlankValue' }] });
    const { attribute } = (await post('skills-bad', '/attributes', { attribute: { name: 'Language' } })).json();
    const bad = await post('skills-bad', `/attributes/${attribute.id}/values`, { attribute_value: { name: 'Klingon', conditions: { all: [{ subject: 'brand_id', operator: 'is', value: '1' }] } } });
    expect(bad.status).toBe(422);
    expect(bad.json().details.base[0].description).toMatch(/'1'/);
    expect((await api('skills-bad', `/attributes/${attribute.id}/values`)).json().attribute_values).toEqual([]);
    expect((await post('skills-bad', '/attributes', { name: 'unwrapped' })).status).toBe(400);
  });

  it('answers its definitions, and refuses every skills call on a non-Enterprise account with a 403', async () => {
    const { definitions } = (await api('skills-defs', '/attributes/definitions')).json();
    expect(definitions.conditions_any.map((d: { subject: string }) => d.subject)).toContain('subject_includes_word');
    for (const [method, path] of [['GET', '/attributes'], ['POST', '/attributes'], ['GET', '/attributes/definitions']]) {
      const res = await api('skills-team', path, { method, body: method === 'POST' ? { attribute: { name: 'x' } } : undefined });
      expect([method, path, res.status, res.json().error.title]).toEqual([method, path, 403, 'Forbidden']);
    }
  });

  it('replays the recorded attributes and values (Salto\'s real account): created from their shapes, read back unchanged', async () => {
    // salto-io/salto packages/zendesk-adapter/test/mock_replies/myBrand_mock_replies.json: GET /api/v2/routing/attributes
    // and …/values. The brand id is that account's, so it is mapped to this account's brand.
    const brand = (await emu.control.directory('skills-replay')).brands[0].id;
    const recorded: Record<string, { name: string; conditions?: unknown }[]> = {
      Language: [
        { name: 'Italian' },
        { name: 'Spanish', conditions: { all: [{ subject: 'brand_id', operator: 'is', value: String(brand) }, { subject: 'subject_includes_word', operator: 'includes', value: 'Spain Spanish' }], any: [] } },
      ],
      Location: [{ name: 'San Francisco', conditions: { all: [], any: [] } }, { name: 'Tel Aviv' }],
    };
    for (const [name, values] of Object.entries(recorded)) {
      const { attribute } = (await post('skills-replay', '/attributes', { attribute: { name } })).json();
      for (const value of values) expect((await post('skills-replay', `/attributes/${attribute.id}/values`, { attribute_value: value })).status).toBe(201);
      const read = (await api('skills-replay', `/attributes/${attribute.id}/values`)).json().attribute_values;
      expect(read.map(({ name: n, conditions }: { name: string; conditions?: unknown }) => (conditions ? { name: n, conditions } : { name: n }))).toEqual(values);
    }
  });

  it('changes skills out of band as an admin in Admin Center, values included', async () => {
    const { attribute } = await emu.control.createRouting<{ attribute: { id: string } }>('skills-oob', 'attributes', { attribute: { name: 'Tier' } });
    const { attribute_value } = await emu.control.createRouting<{ attribute_value: { id: string } }>('skills-oob', `attributes/${attribute.id}/values`, { attribute_value: { name: 'Gold' } });
    await emu.control.changeRouting('skills-oob', `attributes/${attribute.id}/values`, attribute_value.id, { attribute_value: { name: 'Platinum' } });
    expect((await api('skills-oob', `/attributes/${attribute.id}/values/${attribute_value.id}`)).json().attribute_value.name).toBe('Platinum');
    await emu.control.deleteRouting('skills-oob', 'attributes', attribute.id);
    expect((await api('skills-oob', '/attributes')).json().attributes).toEqual([]);
  });
});
