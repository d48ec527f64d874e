import { startEmulator, type EmulatorHandle } from '../../src/emulator';
import { send, TOKEN } from '../emulator/http';
import { checkAgainst, contract, schemaNameFor } from './registry';

/**
 * The emulator's answers for the omnichannel routing objects (capacity rules, queues, skills, custom statuses) and
 * the groups and users they refer to, checked against the contract: Zendesk's OpenAPI schemas
 * (schemas/routing-objects.json), the capacity rules reference transcribed (schemas/capacity-rules.json) and the
 * error bodies of errors.json. Every answer the contract lists for these endpoints is exercised.
 */
interface Ids {
  rule: string;
  defaultRule: string;
  queue: string;
  attribute: string;
  value: string;
  status: number;
  group: number;
  agent: number;
  /** The one queue of the account the reorder case runs against. */
  orderQueue: string;
  /** A second queue: the cursor page of one has a next page; then it is deleted. */
  spareQueue: string;
}

interface RoutingCase {
  name: string;
  endpoint: string;
  path: (ids: Ids) => string;
  body?: (ids: Ids) => unknown;
  status: number;
  account?: string;
}

const Q = '/api/v2/queues';
const A = '/api/v2/routing/attributes';
const R = '/api/v2/capacity/rules';
const URGENT = { field: 'priority', operator: 'is', value: 'urgent' };
const MISSING_ULID = '01HZZZZZZZZZZZZZZZZZZZZZZZ';
const MISSING_UUID = '00000000-0000-1000-8000-000000000000';

const CASES: RoutingCase[] = [
  // ---- capacity rules (bare bodies)
  { name: 'capacity rules', endpoint: `GET ${R}`, path: () => R, status: 200 },
  { name: 'a capacity rule created', endpoint: `POST ${R}`, path: () => R, body: (i) => ({ name: 'Contract', capacities: { email: 2, messaging: 1, voice: 0 }, agent_ids: [i.agent] }), status: 201 },
  { name: 'a capacity rule without a name', endpoint: `POST ${R}`, path: () => R, body: () => ({ capacities: { email: 1 } }), status: 400 },
  { name: 'a capacity rule', endpoint: `GET ${R}/{capacity_rule_id}`, path: (i) => `${R}/${i.rule}`, status: 200 },
  { name: 'an unknown capacity rule', endpoint: `GET ${R}/{capacity_rule_id}`, path: () => `${R}/${MISSING_ULID}`, status: 404 },
  { name: 'a capacity rule updated', endpoint: `PUT ${R}/{capacity_rule_id}`, path: (i) => `${R}/${i.rule}`, body: () => ({ capacities: { messaging: 3 } }), status: 200 },
  { name: 'a capacity rule updated badly', endpoint: `PUT ${R}/{capacity_rule_id}`, path: (i) => `${R}/${i.rule}`, body: () => ({ capacities: { voice: 5 } }), status: 400 },
  { name: 'the default capacity rule deleted', endpoint: `DELETE ${R}/{capacity_rule_id}`, path: (i) => `${R}/${i.defaultRule}`, status: 400 },
  { name: 'an unknown capacity rule deleted', endpoint: `DELETE ${R}/{capacity_rule_id}`, path: () => `${R}/${MISSING_ULID}`, status: 404 },
  { name: 'a capacity rule deleted', endpoint: `DELETE ${R}/{capacity_rule_id}`, path: (i) => `${R}/${i.rule}`, status: 204 },
  // ---- queues
  { name: 'queues (offset)', endpoint: `GET ${Q}`, path: () => Q, status: 200 },
  { name: 'queues (cursor)', endpoint: `GET ${Q}`, path: () => `${Q}?page[size]=1`, status: 200 },
  { name: 'a queue created', endpoint: `POST ${Q}`, path: () => Q, body: (i) => ({ queue: { name: 'Created', definition: { all: [URGENT], any: [] }, primary_groups_id: [i.group] } }), status: 201 },
  { name: 'a queue without its wrapper', endpoint: `POST ${Q}`, path: () => Q, body: () => ({ name: 'x' }), status: 400 },
  { name: 'percentage subqueues on a non-Enterprise account', endpoint: `POST ${Q}`, path: () => Q, account: 'routing-team', body: () => ({ queue: { name: 'x', subqueues: [] } }), status: 403 },
  { name: 'a queue with unknown groups', endpoint: `POST ${Q}`, path: () => Q, body: () => ({ queue: { name: 'x', primary_groups_id: [1] } }), status: 422 },
  { name: 'a queue', endpoint: `GET ${Q}/{queue_id}`, path: (i) => `${Q}/${i.queue}`, status: 200 },
  { name: 'an unknown queue', endpoint: `GET ${Q}/{queue_id}`, path: () => `${Q}/${MISSING_ULID}`, status: 404 },
  { name: 'a queue updated', endpoint: `PUT ${Q}/{queue_id}`, path: (i) => `${Q}/${i.queue}`, body: () => ({ queue: { priority: 3 } }), status: 200 },
  { name: 'an unknown queue updated', endpoint: `PUT ${Q}/{queue_id}`, path: () => `${Q}/${MISSING_ULID}`, body: () => ({ queue: { priority: 3 } }), status: 404 },
  { name: 'a queue given a bad condition', endpoint: `PUT ${Q}/{queue_id}`, path: (i) => `${Q}/${i.queue}`, body: () => ({ queue: { definition: { all: [{ field: 'priority', operator: 'is', value: 'critical' }] } } }), status: 422 },
  { name: 'queue definitions', endpoint: `GET ${Q}/definitions`, path: () => `${Q}/definitions`, status: 200 },
  { name: 'queues reordered', endpoint: `PATCH ${Q}/order`, path: () => `${Q}/order`, body: (i) => ({ queue_ids: [i.orderQueue] }), account: 'routing-order', status: 204 },
  { name: 'queues reordered without every queue', endpoint: `PATCH ${Q}/order`, path: () => `${Q}/order`, body: () => ({ queue_ids: [] }), status: 400 },
  { name: 'a queue deleted', endpoint: `DELETE ${Q}/{queue_id}`, path: (i) => `${Q}/${i.spareQueue}`, status: 204 },
  { name: 'an unknown queue deleted', endpoint: `DELETE ${Q}/{queue_id}`, path: () => `${Q}/${MISSING_ULID}`, status: 404 },
  // ---- skills
  { name: 'attributes', endpoint: `GET ${A}`, path: () => A, status: 200 },
  { name: 'an attribute created', endpoint: `POST ${A}`, path: () => A, body: () => ({ attribute: { name: 'Region' } }), status: 201 },
  { name: 'an attribute without a name', endpoint: `POST ${A}`, path: () => A, body: () => ({ attribute: {} }), status: 422 },
  { name: 'an attribute', endpoint: `GET ${A}/{attribute_id}`, path: (i) => `${A}/${i.attribute}`, status: 200 },
  { name: 'an unknown attribute', endpoint: `GET ${A}/{attribute_id}`, path: () => `${A}/${MISSING_UUID}`, status: 404 },
  { name: 'an attribute renamed', endpoint: `PUT ${A}/{attribute_id}`, path: (i) => `${A}/${i.attribute}`, body: () => ({ attribute: { name: 'Languages' } }), status: 200 },
  { name: 'attribute values', endpoint: `GET ${A}/{attribute_id}/values`, path: (i) => `${A}/${i.attribute}/values`, status: 200 },
  { name: 'a value created', endpoint: `POST ${A}/{attribute_id}/values`, path: (i) => `${A}/${i.attribute}/values`, body: () => ({ attribute_value: { name: 'German', conditions: { all: [{ subject: 'priority', operator: 'is', value: 'high' }], any: [] } } }), status: 201 },
  { name: 'a value with a bad condition', endpoint: `POST ${A}/{attribute_id}/values`, path: (i) => `${A}/${i.attribute}/values`, body: () => ({ attribute_value: { name: 'x', conditions: { all: [{ subject: 'nope', operator: 'is', value: 1 }] } } }), status: 422 },
  { name: 'a value', endpoint: `GET ${A}/{attribute_id}/values/{attribute_value_id}`, path: (i) => `${A}/${i.attribute}/values/${i.value}`, status: 200 },
  { name: 'a value renamed', endpoint: `PATCH ${A}/{attribute_id}/values/{attribute_value_id}`, path: (i) => `${A}/${i.attribute}/values/${i.value}`, body: () => ({ attribute_value: { name: 'French' } }), status: 200 },
  { name: 'a value deleted', endpoint: `DELETE ${A}/{attribute_id}/values/{attribute_value_id}`, path: (i) => `${A}/${i.attribute}/values/${i.value}`, status: 204 },
  { name: 'attribute definitions', endpoint: `GET ${A}/definitions`, path: () => `${A}/definitions`, status: 200 },
  { name: 'skills on a non-Enterprise account', endpoint: `GET ${A}`, path: () => A, account: 'routing-team', status: 403 },
  { name: 'an attribute deleted', endpoint: `DELETE ${A}/{attribute_id}`, path: (i) => `${A}/${i.attribute}`, status: 204 },
  // ---- custom statuses
  { name: 'custom statuses', endpoint: 'GET /api/v2/custom_statuses', path: () => '/api/v2/custom_statuses', status: 200 },
  { name: 'custom statuses filtered', endpoint: 'GET /api/v2/custom_statuses', path: () => '/api/v2/custom_statuses?status_categories=open,pending&active=true', status: 200 },
  { name: 'a status created', endpoint: 'POST /api/v2/custom_statuses', path: () => '/api/v2/custom_statuses', body: () => ({ custom_status: { status_category: 'hold', agent_label: 'Parked', end_user_label: 'In progress' } }), status: 201 },
  { name: 'a status without a label', endpoint: 'POST /api/v2/custom_statuses', path: () => '/api/v2/custom_statuses', body: () => ({ custom_status: { status_category: 'open' } }), status: 422 },
  { name: 'a status', endpoint: 'GET /api/v2/custom_statuses/{custom_status_id}', path: (i) => `/api/v2/custom_statuses/${i.status}`, status: 200 },
  { name: 'an unknown status', endpoint: 'GET /api/v2/custom_statuses/{custom_status_id}', path: () => '/api/v2/custom_statuses/1', status: 404 },
  { name: 'a status deactivated', endpoint: 'PUT /api/v2/custom_statuses/{custom_status_id}', path: (i) => `/api/v2/custom_statuses/${i.status}`, body: () => ({ custom_status: { active: false } }), status: 200 },
  { name: 'a status given too long a label', endpoint: 'PUT /api/v2/custom_statuses/{custom_status_id}', path: (i) => `/api/v2/custom_statuses/${i.status}`, body: () => ({ custom_status: { agent_label: 'x'.repeat(49) } }), status: 422 },
  // ---- groups and users
  { name: 'groups (offset)', endpoint: 'GET /api/v2/groups', path: () => '/api/v2/groups', status: 200 },
  { name: 'groups (cursor)', endpoint: 'GET /api/v2/groups', path: () => '/api/v2/groups?page[size]=2', status: 200 },
  { name: 'a group', endpoint: 'GET /api/v2/groups/{group_id}', path: (i) => `/api/v2/groups/${i.group}`, status: 200 },
  { name: 'an unknown group', endpoint: 'GET /api/v2/groups/{group_id}', path: () => '/api/v2/groups/1', status: 404 },
  { name: 'agents and admins', endpoint: 'GET /api/v2/users', path: () => '/api/v2/users?role[]=agent&role[]=admin', status: 200 },
  { name: 'an agent', endpoint: 'GET /api/v2/users/{user_id}', path: (i) => `/api/v2/users/${i.agent}`, status: 200 },
  { name: 'an unknown user', endpoint: 'GET /api/v2/users/{user_id}', path: () => '/api/v2/users/1', status: 404 },
];

describe('emulator routing answers fit the Zendesk contract', () => {
  let emu: EmulatorHandle;
  let ids: Ids;
  const json = async (account: string, path: string, init: Parameters<typeof send>[1] = {}) => (await send(`${emu.accountUrl(account)}${path}`, { auth: TOKEN, ...init })).json();

  beforeAll(async () => {
    emu = await startEmulator({ port: 0, accountsWithoutAuditLogs: ['routing-team'] });
    const groupOf = async (account: string) => (await emu.control.directory(account)).groups[0].id;
    const queue = async (account: string) =>
      (await json(account, Q, { method: 'POST', body: { queue: { name: 'Fixture', primary_groups_id: [await groupOf(account)], definition: { all: [URGENT], any: [] } } } })).queue.id as string;
    const attribute = (await json('routing-contract', A, { method: 'POST', body: { attribute: { name: 'Language' } } })).attribute.id as string;
    ids = {
      rule: (await json('routing-contract', R, { method: 'POST', body: { name: 'Fixture' } })).id,
      defaultRule: (await json('routing-contract', R)).find((r: { default: boolean }) => r.default).id,
      queue: await queue('routing-contract'),
      attribute,
      value: (await json('routing-contract', `${A}/${attribute}/values`, { method: 'POST', body: { attribute_value: { name: 'Italian' } } })).attribute_value.id,
      status: (await json('routing-contract', '/api/v2/custom_statuses', { method: 'POST', body: { custom_status: { status_category: 'open', agent_label: 'Fixture' } } })).custom_status.id,
      group: await groupOf('routing-contract'),
      agent: (await emu.control.directory('routing-contract')).agents[1].id,
      orderQueue: await queue('routing-order'),
      spareQueue: await queue('routing-contract'),
    };
  });
  afterAll(() => emu.close());

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const [method, template] = c.endpoint.split(' ');
    const path = c.path(ids);
    expect(path.split('?')[0]).toMatch(new RegExp(`^${template.replace(/\{[a-z_]+\}/g, '[^/]+')}(\\.json)?$`));
    const res = await send(`${emu.accountUrl(c.account ?? 'routing-contract')}${path}`, { method, auth: TOKEN, body: c.body?.(ids) });
    expect({ status: res.status, text: res.status === c.status ? '' : res.text }).toEqual({ status: c.status, text: '' });
    const schemaName = schemaNameFor(c.endpoint, res.status);
    if (schemaName === null) expect(res.text).toBe('');
    else {
      expect(res.headers.get('content-type')).toBe('application/json; charset=UTF-8');
      expect(checkAgainst(schemaName, res.json())).toEqual([]);
    }
  });

  it('exercises every answer the contract lists for these endpoints', () => {
    const { responses } = contract();
    const covered = new Set(CASES.map((c) => `${c.endpoint} ${c.status}`));
    const listed = [...new Set(CASES.map((c) => c.endpoint))].flatMap((e) => Object.keys(responses[e] ?? {}).map((status) => `${e} ${status}`));
    expect(listed.filter((kind) => !covered.has(kind))).toEqual([]);
  });

  it('refuses answers the schemas do not allow (the check can fail)', () => {
    expect(checkAgainst('CapacityRule', { id: 'x', name: 'n' })).not.toEqual([]);
    expect(checkAgainst('QueueResponse', { queue: { id: 42 } })).not.toEqual([]);
    expect(checkAgainst('CustomStatusResponse', { custom_status: { status_category: 'closed', agent_label: 'x' } })).not.toEqual([]);
  });
});
