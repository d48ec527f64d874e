/**
 * A queue between Terraform and Zendesk: the payload a plan sends, and the state a queue read from Zendesk becomes,
 * given the state (or plan) before, so Zendesk's order of groups and conditions, and its spelling of a condition's
 * value, never read as a change.
 */
import type { ObjectValue, Value } from '../../framework';
import { isUnknown } from '../../framework';
import type { ApiQueue, QueuePayload } from '../../client/queues';
import { type Conditions, conditionsOf, conditionsPayload, conditionsToState, unkeptConditions } from '../conditions/state';
import { subqueuesOf, subqueuesToState, unkeptSubqueues } from './subqueues';

const known = (v: Value | undefined): v is Exclude<Value, null> => v !== undefined && v !== null && !isUnknown(v);
const sorted = (ids: number[]) => [...new Set(ids)].sort((a, b) => a - b);

/** The group ids of a set attribute, sorted: undefined when unset or not yet known. */
export function groupIdsOf(model: ObjectValue, attribute: 'primary_group_ids' | 'secondary_group_ids'): number[] | undefined {
  const ids = model[attribute];
  if (!Array.isArray(ids) || ids.some((id) => !known(id))) return undefined;
  return sorted((ids as Value[]).map((id) => Number(String(id))));
}

/**
 * What a create or update sends: every attribute the plan knows. The description ("" clears it), the conditions (a
 * queue without any sends empty lists, so conditions removed from the configuration are removed in Zendesk) and the
 * secondary groups (none when left out) are always sent; the priority only when known (left out: Zendesk's stays);
 * the primary groups when given (a queue with subqueues may have none). Subqueues are sent when planned, and as null
 * only to remove those the queue had (`hadSubqueues`): an account without Enterprise is refused any mention of them.
 */
export function queuePayload(plan: ObjectValue, conditions: Conditions, hadSubqueues = false): QueuePayload {
  const payload: QueuePayload = {
    name: String(plan.name),
    description: typeof plan.description === 'string' ? plan.description : '',
    definition: conditionsPayload(conditions),
    secondary_groups_id: groupIdsOf(plan, 'secondary_group_ids') ?? [],
  };
  const primary = groupIdsOf(plan, 'primary_group_ids');
  if (primary?.length) payload.primary_groups_id = primary;
  if (typeof plan.priority === 'number') payload.priority = plan.priority;
  const subqueues = subqueuesOf(plan);
  if (subqueues?.length) payload.subqueues = subqueues;
  else if (hadSubqueues) payload.subqueues = null;
  return payload;
}

/** A set of group ids as state: null for none unless the prior wrote an empty set. */
function groupState(ids: number[], prior: ObjectValue | null, attribute: 'primary_group_ids' | 'secondary_group_ids'): Value {
  if (ids.length) return sorted(ids);
  return Array.isArray(prior?.[attribute]) ? [] : null;
}

/** The state of a queue read from Zendesk, given the prior state or the plan. */
export function queueToState(queue: ApiQueue, prior: ObjectValue | null): ObjectValue {
  // Zendesk answers "" or null for a queue without a description; a configuration that leaves it out is not a change.
  const description = queue.description === null || (queue.description === '' && !known(prior?.description)) ? null : queue.description;
  return {
    id: queue.id,
    name: queue.name,
    description,
    priority: queue.priority,
    conditions: conditionsToState(queue.definition, prior),
    primary_group_ids: groupState(queue.primaryGroupIds, prior, 'primary_group_ids'),
    secondary_group_ids: groupState(queue.secondaryGroupIds, prior, 'secondary_group_ids'),
    subqueues: subqueuesToState(queue.subqueues, prior),
  };
}

/** What a write did not keep of the plan (its known values), in words, given the state of Zendesk's answer. */
export function unkept(plan: ObjectValue, written: ObjectValue): string[] {
  const lost: string[] = [];
  if (known(plan.name) && plan.name !== written.name) lost.push(`name "${String(plan.name)}"`);
  if (typeof plan.priority === 'number' && plan.priority !== written.priority) lost.push(`priority ${plan.priority}`);
  const planned = conditionsOf(plan);
  const held = conditionsOf(written);
  if (planned && held) lost.push(...unkeptConditions(planned, held));
  for (const [attribute, words] of [
    ['primary_group_ids', 'primary groups'],
    ['secondary_group_ids', 'secondary groups'],
  ] as const) {
    const ids = groupIdsOf(plan, attribute);
    if (ids && ids.join(',') !== (groupIdsOf(written, attribute) ?? []).join(',')) lost.push(`${words} ${ids.join(', ') || '(none)'}`);
  }
  lost.push(...unkeptSubqueues(plan, written));
  return lost;
}
