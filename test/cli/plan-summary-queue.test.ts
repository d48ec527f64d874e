/**
 * What a pull-request plan summary says a zendesk_omnichannel_queue change does to routing, in words from its
 * attribute map (omnichannel-queue/attribute-map.ts) and descriptor, on hand-made plan JSON: one row per change.
 */
import { renderPlanSummary } from '../../src/cli/plan-summary/render';
import type { PlanJson } from '../../src/cli/report/plan-json';

const PROVIDER = 'registry.terraform.io/zendesk-iac/zendesk';
const URGENT = { field: 'priority', operator: 'is', value: 'urgent' };
const OPEN = { field: 'status_category', operator: 'is', value: 'open' };
const QUEUE = { id: '01HG80ATNNZK1N7XRFVKX48XD6', name: 'Urgent', description: null, priority: 2, conditions: { all: [URGENT, OPEN], any: null }, primary_group_ids: [11], secondary_group_ids: [12], subqueues: null };
const SPLIT = [{ name: 'Tier 1', percentage: 70, priority: null, primary_group_ids: [11], secondary_group_ids: null }, { name: 'Tier 2', percentage: 30, priority: null, primary_group_ids: [12], secondary_group_ids: null }];

function summaryOf(actions: string[], before: object | null, after: object | null): string {
  const type = 'zendesk_omnichannel_queue';
  const plan = {
    format_version: '1.2',
    resource_changes: [{ address: `${type}.this`, mode: 'managed', type, name: 'this', provider_name: PROVIDER, change: { actions, before, after, after_unknown: {}, before_sensitive: {}, after_sensitive: {} } }],
  } as unknown as PlanJson;
  return renderPlanSummary(plan, { marker: false });
}

const rows: Array<[string, string[], object | null, object | null, string[]]> = [
  ['a higher priority', ['update'], QUEUE, { ...QUEUE, priority: 1 }, [
    '  - Queue priority (1 is the highest): 2 → 1',
    "    - Effect: Priority 1 of 1 to 100 (1 is the highest): an agent who gets work from several queues is assigned tickets of the higher-priority queue first. Which queue a ticket enters is decided by the queues' order, not by priority.",
  ]],
  ['a condition removed from the middle: that one, by its words', ['update'], QUEUE, { ...QUEUE, conditions: { all: [URGENT], any: null } }, [
    '  - Queue conditions (meet ALL): removed Status category is Open',
    "    - Effect: Changes which new tickets enter this queue: a ticket enters the first queue, in the queues' order, whose conditions it meets.",
  ]],
  ['no fallback groups any more', ['update'], QUEUE, { ...QUEUE, secondary_group_ids: null }, [
    '    - Effect: The queue has no fallback groups: its tickets wait for agents of its primary groups.',
  ]],
  ['split across subqueues', ['update'], QUEUE, { ...QUEUE, subqueues: SPLIT }, [
    "    - Effect: The queue's tickets are shared across 2 subqueues by percentage, each routed to its own groups.",
  ]],
  ['a new queue', ['create'], null, { ...QUEUE, id: null }, [
    "  - A new custom queue, last in the queues' order: new tickets that meet its conditions and no earlier queue's enter it and are routed to its groups.",
    '  - Queue conditions (meet ALL): Priority is Urgent; Status category is Open',
    '    - Effect: Tickets in this queue are routed to agents of this group first.',
  ]],
  ['a queue deleted', ['delete'], QUEUE, null, [
    "  - ⚠️ the queue is deleted in Zendesk; new tickets that met its conditions go to a later queue they match, or to the standard queue (by the ticket's group).",
  ]],
]; // prettier-ignore

it.each(rows)('plan-summary of a queue: %s', (_, actions, before, after, expected) => {
  const lines = summaryOf(actions, before, after).split('\n');
  for (const line of expected) expect(lines).toContain(line);
});
