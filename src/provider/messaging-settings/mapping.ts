/**
 * Reading and writing the resource's state through the account settings API,
 * key by key from the attribute map (attribute-map.ts, CONTRACT table "maps to").
 */
import { type ObjectValue, type Value, isObjectValue } from '../../framework';
import type { Path } from '../../framework';
import type { AccountSettings, SettingsPatch } from '../../client/settings';
import { SETTINGS } from './attribute-map';
import { type Decoded, INACTIVITY_KEYS, type SettingKey, SETTING_KEYS, type TopLevel, followAliases, mirrorAliases, plannedValue, readKey } from './settings-keys';

export { ATTRIBUTE_FOR_SETTING } from './settings-keys';

/** A managed attribute whose value Zendesk's answer does not tell: its key is missing, or holds the wrong type. */
export interface ReadProblem {
  path: Path;
  /** `settings.messaging.messaging_end_session`. */
  apiKey: string;
  /** "is missing", or "holds \"yes\", not true or false". */
  problem: string;
}

const problemOf = (entry: SettingKey, decoded: Decoded): ReadProblem | undefined =>
  'value' in decoded
    ? undefined
    : { path: entry.path, apiKey: `settings.${entry.section}.${entry.key}`, problem: 'missing' in decoded ? 'is missing' : decoded.invalid };

/** Puts a value at a key's attribute, creating the inactivity object around it when needed. */
function withValue(target: Record<string, Value>, entry: SettingKey, value: Value): void {
  const [first, second] = entry.attribute.split('.');
  if (second === undefined) {
    target[first] = value;
    return;
  }
  const parent = isObjectValue(target[first]) ? { ...(target[first] as ObjectValue) } : Object.fromEntries(INACTIVITY_KEYS.map((k) => [k, null]));
  parent[second] = value;
  target[first] = parent;
}

/**
 * Every managed setting as attribute values (the data source, and the first
 * read after an import). A key the answer lacks is null (the account does not
 * have it); a key of the wrong type is a problem, never a value.
 */
export function settingsToAttributes(settings: AccountSettings): { attributes: Record<TopLevel, Value>; problems: ReadProblem[] } {
  const attributes: Record<string, Value> = { agents_can_end_sessions: null, agent_ended_session_routing: null, inactivity: null };
  const problems: ReadProblem[] = [];
  for (const entry of SETTING_KEYS) {
    const decoded = readKey(settings, entry);
    if ('value' in decoded) withValue(attributes, entry, decoded.value);
    else if ('invalid' in decoded) problems.push(problemOf(entry, decoded)!);
  }
  mirrorAliases(attributes);
  return { attributes: attributes as Record<TopLevel, Value>, problems };
}

export interface RefreshOptions {
  /** Right after an import: read every setting, managed or not (a missing key is then simply unset). */
  everything?: boolean;
  /** Where the answer does not tell a managed value, keep this object's value (default: the prior state's). */
  fallback?: ObjectValue;
}

/**
 * Refreshes a prior state (or a plan, after a write) from a settings answer:
 * only attributes that are managed (non-null) are read, so unmanaged settings
 * never show up as drift. A managed attribute the answer does not tell (its
 * key missing, or of the wrong type) keeps its fallback value and is listed
 * as a problem: the caller fails with an error naming it, so a partial answer
 * can never turn a managed setting into an unmanaged (null) one.
 */
export function refreshState(prior: ObjectValue, settings: AccountSettings, options: RefreshOptions = {}): { state: ObjectValue; problems: ReadProblem[] } {
  const next: Record<string, Value> = { ...prior };
  const problems: ReadProblem[] = [];
  if (options.everything && next.inactivity === null && SETTING_KEYS.some((k) => k.section === 'messaging_inactivity' && !('missing' in readKey(settings, k)))) {
    next.inactivity = Object.fromEntries(INACTIVITY_KEYS.map((k) => [k, null]));
  }
  for (const entry of SETTING_KEYS) {
    const before = plannedValue(next, entry);
    if (!options.everything && before === null) continue;
    if (options.everything && entry.attribute.includes('.') && !isObjectValue(next.inactivity)) continue;
    const decoded = readKey(settings, entry);
    if ('value' in decoded) {
      withValue(next, entry, entry.key === 'reminders' ? keepUnsetTags(before, decoded.value) : decoded.value);
    } else if (options.everything && 'missing' in decoded) {
      withValue(next, entry, null);
    } else {
      problems.push(problemOf(entry, decoded)!);
      withValue(next, entry, plannedValue(options.fallback ?? prior, entry));
    }
  }
  // The deprecated name is in the state only where the configuration uses it (planWithAliases); an import reads none.
  followAliases(next, prior);
  return { state: next, problems };
}

/**
 * Zendesk fills in `tags: []` on reminders that were written without tags; keep
 * the configured null in that case so an unset list never shows as a change.
 */
function keepUnsetTags(prior: Value, current: Value): Value {
  if (!Array.isArray(prior) || !Array.isArray(current) || prior.length !== current.length) return current;
  return (current as ObjectValue[]).map((reminder, i) => {
    const before = (prior as ObjectValue[])[i];
    const tags = reminder.tags;
    const emptyTags = Array.isArray(tags) && tags.length === 0;
    return emptyTags && isObjectValue(before) && before.tags === null ? { ...reminder, tags: null } : reminder;
  });
}

/** The settings the plan manages (its non-null values), as an API patch. */
export function planToPatch(plan: ObjectValue): SettingsPatch {
  const patch: SettingsPatch = {};
  for (const entry of SETTING_KEYS) {
    const value = plannedValue(plan, entry);
    if (value === null) continue;
    patch[entry.section] = { ...(patch[entry.section] ?? {}), [entry.key]: entry.encode(value) };
  }
  return patch;
}

/**
 * Zendesk's documented defaults for a new account ([documented: docs/design/zendesk-api.md#agents-can-end-sessions;
 * docs/design/zendesk-api.md#inactivity-defaults]): what on_destroy = "reset" restores, from the attribute map's
 * `resetTo`, for every top-level setting the state manages. Status ids and
 * reminder texts are account-specific, so reset leaves them as they are.
 */
export function defaultsPatchFor(state: ObjectValue): SettingsPatch {
  const patch: SettingsPatch = {};
  for (const entry of SETTINGS) {
    if (entry.resetTo === undefined || entry.aliasOf !== undefined) continue;
    if ((state[entry.attribute.split('.')[0]] ?? null) === null) continue;
    patch[entry.section] = { ...(patch[entry.section] ?? {}), [entry.key]: entry.encode(entry.resetTo) };
  }
  return patch;
}
