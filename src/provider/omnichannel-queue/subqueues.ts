/**
 * Percentage subqueues (Zendesk Enterprise) [documented: docs/design/zendesk-api.md#queues]: 1 to 5 subqueues whose
 * percentages total 100, each with its own priority and groups. A set, since their order has no meaning; a subqueue
 * is known by its name, so Zendesk's new subqueue ids on every write and its default priority never read as a change.
 */
import type { Diagnostics, ObjectValue, Value } from '../../framework';
import { Path, isObjectValue, isUnknown } from '../../framework';
import type { ApiSubqueue, QueuePayload } from '../../client/queues';

export const MAX_SUBQUEUES = 5;
/** The priority Zendesk gives a subqueue the write leaves it out of [ASSUMPTION: the emulator's recorded/routing-assumptions.ts]. */
const DEFAULT_PRIORITY = 1;

type SubqueueBody = NonNullable<QueuePayload['subqueues']>[number];
const sorted = (ids: number[]) => [...new Set(ids)].sort((a, b) => a - b);
const idsOf = (v: Value | undefined): number[] | undefined => (Array.isArray(v) && !v.some(isUnknown) ? sorted((v as Value[]).map((id) => Number(String(id)))) : undefined);

/** The planned subqueues: undefined when unset, unknown, or partly unknown. */
export function subqueuesOf(model: ObjectValue): SubqueueBody[] | undefined {
  const given = model.subqueues;
  if (!Array.isArray(given) || given.some((s) => !isObjectValue(s) || Object.values(s).some(isUnknown))) return undefined;
  return (given as ObjectValue[]).map((s) => ({
    name: String(s.name),
    percentage: Number(s.percentage),
    priority: typeof s.priority === 'number' ? s.priority : DEFAULT_PRIORITY,
    primary_groups_id: idsOf(s.primary_group_ids) ?? [],
    secondary_groups_id: idsOf(s.secondary_group_ids) ?? [],
  }));
}

/** Whether the configuration gives subqueues (known or not yet known). */
export const hasSubqueues = (model: ObjectValue) => isUnknown(model.subqueues) || (Array.isArray(model.subqueues) && model.subqueues.length > 0);

/** Every group id the subqueues name (for the plan-time group check). */
export const subqueueGroupIds = (model: ObjectValue): number[] => sorted((subqueuesOf(model) ?? []).flatMap((s) => [...s.primary_groups_id, ...s.secondary_groups_id]));

/** The subqueues as state, each keeping the prior's spelling (a priority left out, an empty set) where Zendesk agrees. */
export function subqueuesToState(api: ApiSubqueue[] | undefined, prior: ObjectValue | null): Value {
  const before = Array.isArray(prior?.subqueues) ? (prior!.subqueues as Value[]).filter(isObjectValue) : [];
  if (!api?.length) return Array.isArray(prior?.subqueues) && prior!.subqueues.length === 0 ? [] : null;
  return api.map((s): Value => {
    const was = before.find((p) => p.name === s.name);
    const secondary = s.secondaryGroupIds.length ? sorted(s.secondaryGroupIds) : Array.isArray(was?.secondary_group_ids) ? [] : null;
    return {
      name: s.name,
      percentage: s.percentage,
      priority: was && (was.priority === null || was.priority === undefined) && s.priority === DEFAULT_PRIORITY ? null : s.priority,
      primary_group_ids: sorted(s.primaryGroupIds),
      secondary_group_ids: secondary,
    };
  });
}

/** The planned subqueues Zendesk did not keep, in words. */
export function unkeptSubqueues(plan: ObjectValue, written: ObjectValue): string[] {
  const planned = subqueuesOf(plan);
  if (!planned) return [];
  const held = subqueuesOf(written) ?? [];
  const same = (a: SubqueueBody, b: SubqueueBody) => JSON.stringify(a) === JSON.stringify(b);
  return planned.filter((s) => !held.some((h) => same(h, s))).map((s) => `subqueue "${s.name}" (${s.percentage}%)`);
}

/** Shape rules the schema cannot express: 1 to 5 subqueues, names unique, percentages totalling 100. */
export function checkSubqueuesConfig(config: ObjectValue, diagnostics: Diagnostics): void {
  const given = config.subqueues;
  if (!Array.isArray(given)) return;
  const at = Path.root('subqueues');
  if (given.length === 0 || given.length > MAX_SUBQUEUES) {
    diagnostics.addAttributeError(at, 'Give 1 to 5 subqueues', `A queue distributes its tickets across 1 to ${MAX_SUBQUEUES} subqueues; got ${given.length}. Leave subqueues out for a queue without them.`);
    return;
  }
  const items = (given as Value[]).filter(isObjectValue);
  const names = items.map((s) => s.name).filter((n): n is string => typeof n === 'string');
  const twice = names.filter((n, i) => names.indexOf(n) !== i);
  if (twice.length) diagnostics.addAttributeError(at, 'Subqueue names must differ', `Each subqueue has a name of its own; "${twice[0]}" is given more than once.`);
  const percentages = items.map((s) => s.percentage);
  if (percentages.every((p) => typeof p === 'number')) {
    const total = (percentages as number[]).reduce((sum, p) => sum + p, 0);
    if (total !== 100) {
      diagnostics.addAttributeError(at, 'Subqueue percentages must total 100', `The subqueues' percentages (${(percentages as number[]).join(' + ')}) total ${total}; Zendesk distributes all of the queue's tickets, so they must total 100.`);
    }
  }
}
