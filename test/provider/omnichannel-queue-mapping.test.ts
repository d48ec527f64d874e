/**
 * zendesk_omnichannel_queue's mapping and the order-free conditions it uses (src/provider/conditions): what a plan
 * sends, the state Zendesk's answer becomes given the state before (groups and conditions in any order, a
 * condition's value spelt otherwise, an empty description), what a write did not keep, and the check of conditions
 * against the account's definitions with the closest name suggested.
 */
import type { ApiQueue, ApiSubqueue } from '../../src/client/queues';
import type { Definition } from '../../src/client/triggers';
import { Diagnostics, UNKNOWN } from '../../src/framework';
import { checkConditions } from '../../src/provider/conditions/check';
import { conditionsOf, conditionsToState } from '../../src/provider/conditions/state';
import { QUEUE_ATTRIBUTES } from '../../src/provider/omnichannel-queue/attribute-map';
import { queuePayload, queueToState, unkept } from '../../src/provider/omnichannel-queue/mapping';
import { unknownGroupIds } from '../../src/provider/omnichannel-queue/plan-check';
import { omnichannelQueueSchema } from '../../src/provider/omnichannel-queue/schema';
import { checkSubqueuesConfig, subqueuesToState } from '../../src/provider/omnichannel-queue/subqueues';
import { lookupProblem } from '../../src/provider/omnichannel-queue/data-source';

const URGENT = { field: 'priority', operator: 'is', value: 'urgent' };
const OPEN = { field: 'status', operator: 'is', value: 'open' };
const PRESENT = { field: 'assignee_id', operator: 'present', value: null };

const queue = (over: Partial<ApiQueue> = {}): ApiQueue => ({
  id: '01HG80ATNNZK1N7XRFVKX48XD6',
  name: 'Urgent',
  description: '',
  priority: 1,
  order: 1,
  definition: { all: [URGENT, OPEN], any: [] },
  primaryGroupIds: [30, 10],
  secondaryGroupIds: [],
  ...over,
});

describe('queue payload', () => {
  it.each([
    ['every attribute known', { name: 'Q', description: 'd', priority: 5, conditions: { all: [URGENT], any: [PRESENT] }, primary_group_ids: [20, 10], secondary_group_ids: [30] },
      { name: 'Q', description: 'd', priority: 5, definition: { all: [URGENT], any: [{ field: 'assignee_id', operator: 'present' }] }, primary_groups_id: [10, 20], secondary_groups_id: [30] }],
    ['left out: no description, no conditions, no secondary groups, Zendesk\'s priority', { name: 'Q', description: null, priority: UNKNOWN, conditions: null, primary_group_ids: [1], secondary_group_ids: null },
      { name: 'Q', description: '', definition: { all: [], any: [] }, primary_groups_id: [1], secondary_groups_id: [] }],
  ])('%s', (_, plan, expected) => {
    expect(queuePayload(plan, conditionsOf(plan)!)).toEqual(expected);
  });
});

describe('queue state', () => {
  it.each([
    ['groups as sorted sets, no description as null, no secondary groups as null', queue(), null,
      { id: '01HG80ATNNZK1N7XRFVKX48XD6', name: 'Urgent', description: null, priority: 1, conditions: { all: [URGENT, OPEN], any: null }, primary_group_ids: [10, 30], secondary_group_ids: null, subqueues: null }],
    ['an empty set and "" kept as the configuration wrote them', queue({ definition: { all: [], any: [] } }), { description: '', conditions: { all: [], any: null }, secondary_group_ids: [] },
      { id: '01HG80ATNNZK1N7XRFVKX48XD6', name: 'Urgent', description: '', priority: 1, conditions: { all: [], any: null }, primary_group_ids: [10, 30], secondary_group_ids: [], subqueues: null }],
  ])('%s', (_, answer, prior, expected) => {
    expect(queueToState(answer, prior)).toEqual(expected);
  });

  it.each([
    ['a valueless condition answered with ""', { all: [{ field: 'assignee_id', operator: 'present', value: '' }], any: [] }, { all: [PRESENT] }, { all: [PRESENT], any: null }],
    ['a number answered for a configured string', { all: [{ field: 'group_id', operator: 'is', value: 42 }], any: [] }, { all: [{ field: 'group_id', operator: 'is', value: '42' }] }, { all: [{ field: 'group_id', operator: 'is', value: '42' }], any: null }],
    ['a condition added in Admin Center shows as itself', { all: [URGENT, OPEN], any: [] }, { all: [URGENT] }, { all: [URGENT, OPEN], any: null }],
    ['no conditions, none configured', { all: [], any: [] }, null, null],
  ])('conditions: %s', (_, api, prior, expected) => {
    expect(conditionsToState(api, prior === null ? null : { conditions: prior })).toEqual(expected);
  });

  it('names what a write did not keep, and nothing when it kept the plan in another order', () => {
    const plan = { name: 'Urgent', priority: 2, conditions: { all: [OPEN, URGENT], any: null }, primary_group_ids: [10, 30], secondary_group_ids: [20] };
    const written = queueToState(queue(), plan);
    expect(unkept(plan, written)).toEqual(['priority 2', 'secondary groups 20']);
    expect(unkept({ ...plan, priority: UNKNOWN, secondary_group_ids: null }, written)).toEqual([]);
    expect(unkept({ ...plan, conditions: { all: [URGENT, PRESENT] } }, written)).toContain('ALL condition assignee_id present');
  });

  it('finds the planned group ids that are no groups of the account', () => {
    expect(unknownGroupIds([10, 99, 30, 98], [10, 20, 30])).toEqual([99, 98]);
  });
});

describe('queue conditions against the definitions', () => {
  const definition = (subject: string, title: string, over: Partial<Definition> = {}): Definition => ({
    subject, title, type: 'list', operators: [{ value: 'is', title: 'Is', terminal: false }, { value: 'is_not', title: 'Is not', terminal: false }, { value: 'present', title: 'Present', terminal: true }], ...over,
  });
  const priority = definition('priority', 'Priority', { values: [{ value: 'low', title: 'Low' }, { value: 'urgent', title: 'Urgent' }] });
  const defs = { conditions_all: [priority, definition('status', 'Status'), definition('via_id', 'Channel')], conditions_any: [definition('status', 'Status'), definition('tags', 'Tags')] };
  const check = (all: object[], any: object[] = []) => checkConditions({ all, any } as never, defs, 'Account "acme"').map((p) => `${p.which}: ${p.summary}: ${p.detail}`);

  it.each([
    ['a misspelt field, with the closest one', [{ ...URGENT, field: 'priorty' }], [], /all: Unknown ALL condition field: .*no ALL condition field "priorty".*Did you mean "priority" \(Priority\)\?/],
    ['a field by its title in Admin Center', [{ field: 'Channel', operator: 'is', value: '4' }], [], /"Channel" is how Admin Center names "via_id": write field = "via_id"/],
    ['an ANY-only field under ALL', [{ field: 'tags', operator: 'is', value: 'x' }], [], /"tags" is defined as an ANY condition only/],
    ['a misspelt operator, with the closest and the list', [{ ...URGENT, operator: 'is_nto' }], [], /no operator "is_nto".*did you mean "is_not" \(Is not\)\?.*Its operators are: is \(Is\), is_not \(Is not\), present \(Present\)/],
    ['a value by its title', [{ ...URGENT, value: 'Urgent' }], [], /"Urgent" is the title of "urgent": write value = "urgent"/],
    ['a misspelt value', [{ ...URGENT, value: 'urgnet' }], [], /no value "urgnet".*Did you mean "urgent" \(Urgent\)\?/],
  ])('reports %s', (_, all, any, expected) => {
    expect(check(all, any)).toEqual([expect.stringMatching(expected)]);
  });

  it('accepts known conditions, a terminal operator without a value, and a field of the ANY list', () => {
    expect(check([URGENT, { field: 'status', operator: 'present', value: null }], [{ field: 'tags', operator: 'is', value: 'vip' }])).toEqual([]);
  });
});

describe('the attribute map of zendesk_omnichannel_queue', () => {
  it('has an entry for every schema attribute and nested list, and none the schema lacks', () => {
    const paths = Object.entries(omnichannelQueueSchema.attributes).flatMap(([name, a]) => [name, ...(a.kind === 'nested' ? Object.keys(a.attributes).map((k) => `${name}.${k}`) : [])]);
    expect(QUEUE_ATTRIBUTES.map((e) => e.attribute).sort()).toEqual(paths.sort());
  });
});

describe('percentage subqueues', () => {
  const sub = (over: Partial<ApiSubqueue> = {}): ApiSubqueue => ({ id: '01HG80ATNNZK1N7XRFVKX48XD7', name: 'Tier 1', percentage: 70, priority: 1, primaryGroupIds: [20, 10], secondaryGroupIds: [], ...over });
  const planned = (over: object = {}) => ({ name: 'Tier 1', percentage: 70, priority: null, primary_group_ids: [10, 20], secondary_group_ids: null, ...over });

  it.each([
    ['the default priority and no secondary groups read as the configuration left them', [sub()], { subqueues: [planned()] }, [planned()]],
    ['a priority Zendesk holds that the configuration set', [sub({ priority: 3 })], { subqueues: [planned({ priority: 3 })] }, [planned({ priority: 3 })]],
    ['an imported subqueue shows what Zendesk holds', [sub()], null, [planned({ priority: 1 })]],
    ['none, none configured', undefined, null, null],
  ])('state: %s', (_, api, prior, expected) => {
    expect(subqueuesToState(api, prior)).toEqual(expected);
  });

  it('sends planned subqueues with the default priority, null only to remove those the queue had, and nothing otherwise', () => {
    const plan = { name: 'Q', subqueues: [planned(), planned({ name: 'Tier 2', percentage: 30, secondary_group_ids: [30] })] };
    expect(queuePayload(plan, conditionsOf(plan)!).subqueues).toEqual([
      { name: 'Tier 1', percentage: 70, priority: 1, primary_groups_id: [10, 20], secondary_groups_id: [] },
      { name: 'Tier 2', percentage: 30, priority: 1, primary_groups_id: [10, 20], secondary_groups_id: [30] },
    ]);
    expect(queuePayload(plan, conditionsOf(plan)!)).not.toHaveProperty('primary_groups_id');
    expect(queuePayload({ name: 'Q', primary_group_ids: [1] }, { all: [], any: [] }, true).subqueues).toBeNull();
    expect(queuePayload({ name: 'Q', primary_group_ids: [1] }, { all: [], any: [] }, false)).not.toHaveProperty('subqueues');
  });

  it.each([
    ['percentages that do not total 100', [planned(), planned({ name: 'Tier 2', percentage: 20 })], /Subqueue percentages must total 100: .*\(70 \+ 20\) total 90/],
    ['a name given twice', [planned({ percentage: 50 }), planned({ percentage: 50 })], /Subqueue names must differ: .*"Tier 1" is given more than once/],
    ['six subqueues', Array.from({ length: 6 }, (_, i) => planned({ name: `S${i}` })), /Give 1 to 5 subqueues/],
  ])('refuses %s in the configuration', (_, subqueues, expected) => {
    const diagnostics = new Diagnostics();
    checkSubqueuesConfig({ subqueues }, diagnostics);
    expect(diagnostics.toArray().map((d) => `${d.summary}: ${d.detail}`)).toEqual([expect.stringMatching(expected)]);
  });
});

describe('data "zendesk_omnichannel_queue" lookup', () => {
  const queues = [queue({ id: 'A', name: 'Urgent email' }), queue({ id: 'B', name: 'Billing' }), queue({ id: 'C', name: 'Billing' })];
  it.each([
    ['one queue has the name', 'Urgent email', undefined],
    ['none has it: the closest name', 'Urgent emial', /has no queue named "Urgent emial"\. Did you mean "Urgent email"\?/],
    ['none has it, nor a close one', 'Voice', /has no queue named "Voice"\. Its queues are listed in Admin Center/],
    ['several have it: their IDs', 'Billing', /has 2 queues named "Billing" \(IDs B, C\)/],
  ])('%s', (_, name, expected) => {
    const problem = lookupProblem(queues, name, 'acme');
    if (expected === undefined) expect(problem).toBeUndefined();
    else expect(problem).toMatch(expected);
  });
});
