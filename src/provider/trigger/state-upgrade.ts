/**
 * zendesk_trigger's state versions.
 *
 * Version 1 changed nothing in this provider's own shape; it exists for the
 * states nukosuke/zendesk writes (nukosuke-state.ts), which carry version 0
 * because that resource declares no SchemaVersion. Had ours stayed at 0 too,
 * `terraform state replace-provider` would hand them over as states of the
 * current version, and from those Terraform strips every attribute the current
 * schema lacks before UpgradeResourceState (stripRemovedStateAttributes in its
 * upgrade_resource_state.go): their all/any/action blocks would never reach
 * the provider. A state older than the current version arrives as stored.
 * Version 0 is so both this provider's first shape and theirs, and the
 * upgrader tells them apart by shape.
 *
 * Version 2 made ALL/ANY conditions sets (schema.ts). Their JSON is the same
 * array of objects, so an older state reads as it is, except that a list may
 * have held the same condition twice and a set holds it once: the copies go
 * here (Zendesk fires the trigger alike with one of them).
 */
import type { StateUpgrader, Value } from '../../framework';
import { isNukosukeTriggerState, upgradeNukosukeTriggerState } from './nukosuke-state';

export const TRIGGER_SCHEMA_VERSION = 2;

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The same JSON for equal conditions whatever the order of their keys. */
const canonical = (v: unknown): string =>
  isRecord(v)
    ? `{${Object.keys(v)
        .sort()
        .map((k) => `${JSON.stringify(k)}:${canonical(v[k] ?? null)}`)
        .join(',')}}`
    : Array.isArray(v)
      ? `[${v.map(canonical).join(',')}]`
      : JSON.stringify(v ?? null);

function once(items: unknown): unknown {
  if (!Array.isArray(items)) return items;
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = canonical(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A list-shaped state (versions 0 and 1) as version 2 holds it: each ALL and ANY condition once. */
export function conditionsAsSets(state: Record<string, unknown>): Record<string, Value> {
  const conditions = state.conditions;
  if (!isRecord(conditions)) return state as Record<string, Value>;
  return { ...state, conditions: { ...conditions, all: once(conditions.all), any: once(conditions.any) } } as Record<string, Value>;
}

export const triggerStateUpgraders: Readonly<Record<number, StateUpgrader>> = {
  0: {
    upgrade: (raw, diagnostics) => {
      // Our own version 0 is version 1's shape; nukosuke's becomes it or an error (null).
      const ours = isNukosukeTriggerState(raw) ? upgradeNukosukeTriggerState(raw, diagnostics) : raw;
      return ours === null ? null : conditionsAsSets(ours);
    },
  },
  1: { upgrade: (raw) => conditionsAsSets(raw) },
};
