import type { ObjectValue, Value } from '../../framework';
import { isObjectValue, valueEquals } from '../../framework';
import { Path } from '../../framework';
import { type Decoded, type SettingEntry, SETTINGS, shown } from './attribute-map';

/**
 * The attribute map's settings (attribute-map.ts) with their attribute paths,
 * for reading and writing states. Reading checks types: Zendesk's answer is
 * data from the network, and a value of the wrong type must become an error
 * naming the attribute, never a crash or a state that says something Zendesk
 * does not hold.
 */
export type { Decoded } from './attribute-map';

export interface SettingKey extends SettingEntry {
  readonly path: Path;
}

const pathOf = (attribute: string) => {
  const [first, ...rest] = attribute.split('.');
  return rest.reduce((p, name) => p.atName(name), Path.root(first));
};

const ALL_KEYS: readonly SettingKey[] = SETTINGS.map((entry) => ({ ...entry, path: pathOf(entry.attribute) }));

/** The settings read and written, one per API key (deprecated aliases are mirrored, see mirrorAliases). */
export const SETTING_KEYS: readonly SettingKey[] = ALL_KEYS.filter((k) => k.aliasOf === undefined);
/** Deprecated names of other attributes. */
export const ALIAS_KEYS: readonly SettingKey[] = ALL_KEYS.filter((k) => k.aliasOf !== undefined);

/** The managed top-level attributes, and the nested ones under `inactivity`. */
export const TOP_LEVEL = ['agents_can_end_sessions', 'agent_ended_session_routing', 'inactivity'] as const;
export type TopLevel = (typeof TOP_LEVEL)[number];
export const INACTIVITY = 'inactivity';
/** The attributes of the inactivity object, as the schema declares them. */
export const INACTIVITY_KEYS: readonly string[] = ALL_KEYS.filter((k) => k.attribute.startsWith(`${INACTIVITY}.`)).map((k) => k.attribute.split('.')[1]);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value at an attribute path in a state or plan (null when unset or when its parent is). */
export function valueAtAttribute(object: ObjectValue, attribute: string): Value {
  const [first, second] = attribute.split('.');
  const top = object[first] ?? null;
  if (second === undefined) return top;
  return isObjectValue(top) ? (top[second] ?? null) : null;
}

/** The value at a key's attribute in a state or plan (null when unset or when its parent is). */
export const valueAt = (object: ObjectValue, entry: SettingKey): Value => valueAtAttribute(object, entry.attribute);

/**
 * A key's planned value: its attribute's, else (a configuration still using a
 * deprecated name, before the plan mirrored it) its alias's.
 */
export function plannedValue(plan: ObjectValue, entry: SettingKey): Value {
  const value = valueAt(plan, entry);
  if (value !== null) return value;
  const alias = ALIAS_KEYS.find((a) => a.aliasOf === entry.attribute);
  return alias ? valueAt(plan, alias) : null;
}

/**
 * Sets every deprecated alias to its attribute's value, wherever the parent
 * object exists: the data source's outputs, where both names always agree.
 */
export function mirrorAliases(object: Record<string, Value>): void {
  for (const alias of ALIAS_KEYS) {
    const [first, second] = alias.attribute.split('.');
    const parent = object[first];
    if (second === undefined || !isObjectValue(parent)) continue;
    object[first] = { ...parent, [second]: valueAtAttribute(object as ObjectValue, alias.aliasOf!) };
  }
}

/** Reads a key from a settings answer: absent section or key is `missing`; anything else is decoded and type-checked. */
export function readKey(settings: unknown, entry: SettingKey): Decoded {
  const section = isRecord(settings) ? settings[entry.section] : undefined;
  if (section === undefined || section === null) return { missing: true };
  if (!isRecord(section)) return { invalid: `is unreadable: its section settings.${entry.section} holds ${shown(section)}, not an object` };
  if (!(entry.key in section) || section[entry.key] === undefined) return { missing: true };
  return entry.decode(section[entry.key]);
}

/** API key path as Zendesk names it in X-Zendesk-API-Warn and the client's not-kept list → the attribute path. */
export const ATTRIBUTE_FOR_SETTING: Readonly<Record<string, Path>> = Object.fromEntries(SETTING_KEYS.map((k) => [`${k.section}.${k.key}`, k.path]));

/**
 * After a refresh or a write: an alias the prior state or plan held (a
 * configuration that uses the old name) follows its attribute; one it did not
 * hold stays null, so a configuration that uses only the new name never sees
 * the old one in a plan or a state. A prior without the parent object at all
 * (an import, which knows no configuration) records both names: either
 * configuration then plans no change (planWithAliases keeps an alias that
 * equals its attribute), and the import of one that uses the old name does not
 * plan `+ timeout`.
 */
export function followAliases(next: Record<string, Value>, prior: ObjectValue): void {
  for (const alias of ALIAS_KEYS) {
    const [first, second] = alias.attribute.split('.');
    const parent = next[first];
    if (second === undefined || !isObjectValue(parent)) continue;
    const held = !isObjectValue(prior[first] ?? null) || valueAt(prior, alias) !== null;
    next[first] = { ...parent, [second]: held ? valueAtAttribute(next as ObjectValue, alias.aliasOf!) : null };
  }
}

/**
 * A plan for a configuration that may use a deprecated name. Configured, the
 * alias's value becomes its attribute's (which the configuration left unset)
 * and the plan carries it under both names. Not configured, the alias is left
 * out of the plan (null), not mirrored: a plan of a configuration that uses
 * only the new name never mentions the old one. It keeps only a value the
 * state already holds (states written before this rule, or upgraded from
 * version 0, hold both names) while that still equals its attribute, so an
 * unchanged configuration still plans no change. Returns a new plan.
 */
export function planWithAliases<Plan extends ObjectValue>(config: ObjectValue, plan: Plan): Plan {
  const next: Record<string, Value> = { ...plan };
  for (const alias of ALIAS_KEYS) {
    const [first, second] = alias.attribute.split('.');
    const target = alias.aliasOf!.split('.')[1];
    const parent = next[first];
    if (second === undefined || !isObjectValue(parent)) continue;
    const configured = valueAt(config, alias);
    if (configured !== null) {
      // Both names at once is a validation error (rules.ts); the attribute's own value then stays as planned.
      const targetConfigured = valueAtAttribute(config, alias.aliasOf!) !== null;
      next[first] = { ...parent, [target]: targetConfigured ? parent[target] : configured, [second]: configured };
      continue;
    }
    const kept = parent[second];
    next[first] = { ...parent, [second]: kept !== null && valueEquals(kept, parent[target]) ? kept : null };
  }
  return next as Plan; // the same attributes: only an alias's value is copied to or from its target
}
