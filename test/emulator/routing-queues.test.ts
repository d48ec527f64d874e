import { startEmulator, type EmulatorHandle } from '../../src/emulator';
import { TOKEN, send } from './http';

/** Omnichannel routing queues: the OpenAPI spec's shapes, conditions checked like a trigger's, groups the account's. */
describe('emulator queues API', () => {
  let emu: EmulatorHandle;
  beforeAll(async () => {
    emu = await startEmulator({ port: 0, accountsWithoutAuditLogs: ['queue-team'] });
  });
  afterAll(() => emu.close());

  const api = (account: string, path: string, init: Parameters<typeof send>[1] = {}) => send(`${emu.accountUrl(account)}/api/v2${path}`, { auth: TOKEN, ...init });
  const groups = async (account: string) => (await emu.control.directory(account)).groups;
  const URGENT = { field: 'priority', operator: 'is', value: 'urgent' };
  const create = (account: string, queue: Record<string, unknown>) => api(account, '/queues', { method: 'POST', body: { queue } });

  it('creates a queue and answers it as the spec shows: a ULID, groups by id and name, a url', async () => {
    const [support, billing] = await groups('queue-crud');
    const res = await create('queue-crud', { name: 'Urgent', description: 'Urgent tickets', priority: 2, definition: { all: [URGENT], any: [] }, primary_groups_id: [support.id], secondary_groups_id: [billing.id] });
    expect(res.status).toBe(201);
    const { queue } = res.json();
    expect(queue).toEqual({
      url: `${emu.accountUrl('queue-crud')}/api/v2/queues/${queue.id}.json`,
      id: expect.stringMatching(/^[0-9A-HJKMNP-TV-Z]{26}$/),
      name: 'Urgent',
      description: 'Urgent tickets',
      priority: 2,
      order: 1,
      definition: { all: [URGENT], any: [] },
      primary_groups: { count: 1, groups: [{ id: support.id, name: 'Support' }] },
      secondary_groups: { count: 1, groups: [{ id: billing.id, name: 'Billing' }] },
      created_at: expect.stringMatching(/Z$/),
      updated_at: expect.stringMatching(/Z$/),
    });
    expect((await api('queue-crud', `/queues/${queue.id}`)).json()).toEqual({ queue });

    const updated = await api('queue-crud', `/queues/${queue.id}`, { method: 'PUT', body: { queue: { name: 'Very urgent', secondary_groups_id: [] } } });
    expect(updated.status).toBe(200);
    expect(updated.json().queue).toMatchObject({ name: 'Very urgent', priority: 2, secondary_groups: { count: 0, groups: [] }, definition: { all: [URGENT] } });

    expect((await api('queue-crud', `/queues/${queue.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await api('queue-crud', `/queues/${queue.id}`)).status).toBe(404);
    const log = (await api('queue-crud', '/audit_logs?filter[source_type]=queue')).json().audit_logs;
    expect(log.map((e: { action: string; change_description: string }) => [e.action, e.change_description])).toEqual([
      ['destroy', 'Deleted'],
      ['update', 'Changed name, secondary_group_ids'],
      ['create', 'Created'],
    ]);
  });

  it('answers its definitions as the conditions a trigger can test, and refuses conditions they do not offer', async () => {
    const { definitions } = (await api('queue-defs', '/queues/definitions')).json();
    expect(Object.keys(definitions)).toEqual(['conditions_all', 'conditions_any']);
    expect(definitions.conditions_all.map((d: { subject: string }) => d.subject)).toContain('priority');
    const [support] = await groups('queue-defs');
    const res = await create('queue-defs', { name: 'Bad', definition: { all: [{ field: 'priority', operator: 'is', value: 'critical' }, { field: 'no_such_field', operator: 'is', value: 'x' }] }, primary_groups_id: [support.id] });
    expect(res.status).toBe(422);
    expect(res.json()).toMatchObject({ error: 'RecordInvalid', description: 'Record validation errors' });
    expect(res.json().details.base.map((d: { description: string }) => d.description).join('\n')).toMatch(/critical[\s\S]*no_such_field/);
  });

  it('refuses a queue without a name or primary groups, with unknown groups, a bad shape or a bad body', async () => {
    const refusal = async (queue: Record<string, unknown>) => {
      const res = await create('queue-bad', queue);
      return [res.status, Object.keys(res.json().details ?? {}).sort()];
    };
    expect(await refusal({ definition: { all: [URGENT] } })).toEqual([422, ['name', 'primary_groups']]);
    expect(await refusal({ name: 'x', primary_groups_id: [1] })).toEqual([422, ['primary_groups']]);
    expect(await refusal({ name: 'x', primary_groups_id: [(await groups('queue-bad'))[0].id], secondary_groups_id: 'all', definition: [] })).toEqual([422, ['definition', 'secondary_groups']]);
    expect(await refusal({ name: 'x', primary_groups_id: [(await groups('queue-bad'))[0].id], priority: -1 })).toEqual([422, ['priority']]);
    const noWrapper = await api('queue-bad', '/queues', { method: 'POST', body: { name: 'x' } });
    expect([noWrapper.status, noWrapper.json().description]).toEqual([400, expect.stringMatching(/\{"queue": \{…\}\}/)]);
    expect((await api('queue-bad', '/queues')).json().queues).toEqual([]);
    expect((await api('queue-bad', '/queues/01HZZZZZZZZZZZZZZZZZZZZZZZ', { method: 'PUT', body: { queue: { name: 'x' } } })).status).toBe(404);
  });

  it('reorders queues only when every queue is named, and pages the list by cursor', async () => {
    const [support] = await groups('queue-order');
    const ids: string[] = [];
    for (const name of ['A', 'B', 'C']) ids.push((await create('queue-order', { name, primary_groups_id: [support.id] })).json().queue.id);
    const partial = await api('queue-order', '/queues/order', { method: 'PATCH', body: { queue_ids: [ids[2], ids[0]] } });
    expect([partial.status, partial.json().description]).toEqual([400, expect.stringMatching(/every queue id/)]);
    expect((await api('queue-order', '/queues/order', { method: 'PATCH', body: { queue_ids: [ids[2], ids[0], ids[1]] } })).status).toBe(204);
    const first = (await api('queue-order', '/queues?page[size]=2')).json();
    expect(first.queues.map((q: { name: string; order: number }) => [q.name, q.order])).toEqual([['C', 1], ['A', 2]]);
    expect(first.meta.has_more).toBe(true);
    const next = (await send(first.links.next, { auth: TOKEN })).json();
    expect(next.queues.map((q: { name: string }) => q.name)).toEqual(['B']);
  });

  it('takes percentage subqueues on Enterprise, totalling 100, and refuses them on other plans with the 403 of a page out of reach', async () => {
    const [support, billing] = await groups('queue-pct');
    const subqueues = [
      { name: 'Most', percentage: 70, priority: 1, primary_groups_id: [support.id] },
      { name: 'Some', percentage: 30, priority: 1, primary_groups_id: [billing.id] },
    ];
    const made = await create('queue-pct', { name: 'Split', definition: { all: [URGENT] }, subqueues });
    expect(made.status).toBe(201);
    expect(made.json().queue.subqueues).toEqual([
      { id: expect.any(String), name: 'Most', percentage: 70, priority: 1, primary_groups: { count: 1, groups: [{ id: support.id, name: 'Support' }] }, secondary_groups: { count: 0, groups: [] } },
      { id: expect.any(String), name: 'Some', percentage: 30, priority: 1, primary_groups: { count: 1, groups: [{ id: billing.id, name: 'Billing' }] }, secondary_groups: { count: 0, groups: [] } },
    ]);
    const off = await create('queue-pct', { name: 'Off', subqueues: [{ ...subqueues[0], percentage: 60 }, subqueues[1]] });
    expect([off.status, off.json().details.subqueues[0].description]).toEqual([422, expect.stringMatching(/total 90; they must total 100/)]);
    const team = await create('queue-team', { name: 'Split', subqueues });
    expect([team.status, team.json().error.title]).toEqual([403, 'Forbidden']);
    expect((await create('queue-team', { name: 'Plain', primary_groups_id: [(await groups('queue-team'))[0].id] })).status).toBe(201);
  });

  it('replays the recorded queue (Salto\'s real account): created from its shape, read back unchanged', async () => {
    // salto-io/salto packages/zendesk-adapter/test/mock_replies/myBrand_mock_replies.json, GET /api/v2/queues: its
    // custom field and group ids are that account's, so they are mapped to this account's own.
    const field = await emu.control.addTicketField('queue-replay', { type: 'text', title: 'Order reference' });
    const [support] = await groups('queue-replay');
    const recorded = {
      name: 'test queue',
      description: null,
      priority: 100,
      definition: { all: [{ field: `custom_fields_${field.id}`, operator: 'is_not', value: '' }], any: [] },
      primary_groups: { count: 1, groups: [{ id: support.id, name: 'Support' }] },
      secondary_groups: { count: 0, groups: [] },
    };
    const made = await create('queue-replay', { ...recorded, primary_groups: undefined, secondary_groups: undefined, primary_groups_id: [support.id], secondary_groups_id: [] });
    expect(made.status).toBe(201);
    const read = (await api('queue-replay', `/queues/${made.json().queue.id}`)).json().queue;
    expect(read).toMatchObject({ ...recorded, order: 1 });
  });

  it('changes queues out of band as an admin in Admin Center', async () => {
    const [support] = await groups('queue-oob');
    const { queue } = await emu.control.createRouting<{ queue: { id: string } }>('queue-oob', 'queues', { queue: { name: 'From Admin Center', primary_groups_id: [support.id] } });
    await emu.control.changeRouting('queue-oob', 'queues', queue.id, { queue: { priority: 9 } }, { name: 'Kim Agent' });
    expect((await api('queue-oob', `/queues/${queue.id}`)).json().queue.priority).toBe(9);
    await emu.control.deleteRouting('queue-oob', 'queues', queue.id);
    const log = (await api('queue-oob', '/audit_logs?filter[source_type]=queue')).json().audit_logs;
    expect(log.map((e: { actor_name: string; change_description: string }) => [e.actor_name, e.change_description])).toEqual([
      ['Queue-oob Admin', 'Deleted'],
      ['Kim Agent', 'Changed priority'],
      ['Queue-oob Admin', 'Created'],
    ]);
  });
});
