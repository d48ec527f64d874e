/**
 * The queues' order between Terraform and Zendesk. Zendesk orders every queue at once (PATCH /api/v2/queues/order
 * takes every queue ID [documented: docs/design/zendesk-api.md#queues]), while a configuration may list only some:
 * the listed queues go first, the others keep their relative order after them. The state holds Zendesk's order up
 * to the last queue the configuration manages, so queues added later (in Admin Center, or by another configuration)
 * never read as a change, while an unlisted queue moved ahead of a listed one does.
 */
import type { ObjectValue, Value } from '../../framework';
import { isUnknown } from '../../framework';

/** The listed IDs, in order; undefined when the list itself is not known yet. Unknown elements stay as undefined. */
export function listedIds(model: ObjectValue | null | undefined): (string | undefined)[] | undefined {
  const ids = model?.queue_ids;
  if (!Array.isArray(ids)) return undefined;
  return (ids as Value[]).map((id) => (typeof id === 'string' ? id : undefined));
}

/** The listed IDs when every one is known; undefined otherwise. */
export function knownIds(model: ObjectValue | null | undefined): string[] | undefined {
  const ids = listedIds(model);
  return ids && !ids.some((id) => id === undefined) && !isUnknown(model?.queue_ids as Value) ? (ids as string[]) : undefined;
}

/** The IDs listed more than once, each once, in order of first repeat. */
export function repeatedIds(ids: readonly (string | undefined)[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const id of ids) {
    if (id === undefined) continue;
    if (seen.has(id)) repeated.add(id);
    seen.add(id);
  }
  return [...repeated];
}

/** What the PATCH sends: the listed queues, then every other queue of the account in its current relative order. */
export function fullOrder(listed: readonly string[], current: readonly string[]): string[] {
  const wanted = new Set(listed);
  return [...listed, ...current.filter((id) => !wanted.has(id))];
}

/**
 * The state's list, given Zendesk's order and the list managed before (`prior`; null after an import: every queue).
 * Zendesk's order up to the last previously listed queue still there: equal to the prior list when Zendesk kept it,
 * otherwise showing what moved, including an unlisted queue now ahead of a listed one. Empty when none is left.
 */
export function orderToState(zendeskOrder: readonly string[], prior: readonly (string | undefined)[] | null | undefined): string[] {
  if (!prior) return [...zendeskOrder];
  const managed = new Set(prior.filter((id): id is string => id !== undefined));
  let last = -1;
  zendeskOrder.forEach((id, i) => {
    if (managed.has(id)) last = i;
  });
  return zendeskOrder.slice(0, last + 1);
}

/** What a write did not keep of the planned order, in words (empty: kept). */
export function unkeptOrder(planned: readonly string[] | undefined, held: readonly string[]): string[] {
  if (!planned || planned.join(',') === held.join(',')) return [];
  return [`the order ${planned.join(', ')} (Zendesk holds ${held.join(', ') || 'none of them first'})`];
}
