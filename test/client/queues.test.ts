/**
 * The queue and group calls against the emulator (src/client/queues.ts): a queue's groups answered as
 * `{count, groups}` read back as ids, conditions decoded as a trigger's, every group and queue listed across pages,
 * and an answer of another shape a ZendeskResponseError naming the part that was wrong.
 */
import { type AuthOptions, createZendeskClient } from '../../src/client';
import { listAccountGroups as listGroups } from '../../src/client/groups';
import { createQueue, deleteQueue, getQueue, getQueueDefinitions, listQueues, queueAnswer, updateQueue } from '../../src/client/queues';
import { decodeAnswer } from '../../src/client/answer-shape';
import { sharedEmulator } from './emulator-control';

const shared = sharedEmulator();
const AUTH: AuthOptions = { kind: 'api-token', email: 'admin@acme.test', token: 'emulator-token' };
const client = () => createZendeskClient({ baseUrl: shared.emu.accountUrl('acme'), auth: AUTH, sleep: async () => {} });
const URGENT = { field: 'priority', operator: 'is', value: 'urgent' };

it('creates, reads, updates and deletes a queue, its groups read as ids', async () => {
  const c = client();
  const groups = await listGroups(c);
  expect(groups.map((g) => g.name)).toEqual(['Support', 'Billing', 'Messaging']);
  const [support, billing] = groups;
  const created = await createQueue(c, { name: 'Urgent', description: '', priority: 3, definition: { all: [URGENT], any: [] }, primary_groups_id: [billing.id, support.id], secondary_groups_id: [] });
  expect(created).toMatchObject({ name: 'Urgent', priority: 3, definition: { all: [URGENT], any: [] }, secondaryGroupIds: [] });
  expect([...created.primaryGroupIds].sort()).toEqual([support.id, billing.id].sort());
  expect(created.id).toMatch(/^[0-9A-Z]{26}$/);
  expect(await getQueue(c, created.id)).toEqual(created);

  const updated = await updateQueue(c, created.id, { name: 'Very urgent', definition: { all: [], any: [URGENT] } });
  expect(updated).toMatchObject({ name: 'Very urgent', priority: 3, definition: { all: [], any: [URGENT] } });
  expect((await listQueues(c)).map((q) => q.id)).toEqual([created.id]);

  await deleteQueue(c, created.id);
  await expect(getQueue(c, created.id)).rejects.toMatchObject({ status: 404 });
});

it('reads the queue condition definitions (conditions_all and conditions_any, no actions)', async () => {
  const defs = await getQueueDefinitions(client());
  expect(defs.conditions_all.some((d) => d.subject === 'priority' && d.values?.some((v) => v.value === 'urgent'))).toBe(true);
  expect(defs.conditions_any.length).toBeGreaterThan(0);
});

it('lists every queue across offset pages, in the account\'s order', async () => {
  const c = client();
  const [support] = await listGroups(c);
  const ids: string[] = [];
  for (let i = 0; i < 105; i++) ids.push((await createQueue(c, { name: `Q${i}`, primary_groups_id: [support.id] })).id);
  expect((await listQueues(c)).map((q) => q.id)).toEqual(ids);
});

it('turns an answer of another shape into an error naming the part that was wrong', () => {
  const ctx = { method: 'GET', path: '/api/v2/queues/1', status: 200, attempts: 1 };
  const answer = { queue: { id: '01HG80ATNNZK1N7XRFVKX48XD6', name: 'Q', priority: 1, primary_groups: { count: 1, groups: [{ id: 'x' }] } } };
  expect(() => decodeAnswer(answer, ctx, queueAnswer)).toThrow(/queue\.primary_groups\.groups\[0\]\.id is not a whole number/);
  expect(() => decodeAnswer({ queue: { ...answer.queue, primary_groups: undefined, definition: { all: 'x' } } }, ctx, queueAnswer)).toThrow(/queue\.definition\.all is not a list/);
});
