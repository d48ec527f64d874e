import type { ObjectValue, Value } from '../../framework';
import { isObjectValue, valueEquals } from '../../framework';
import { Path } from '../../framework';
import { type AttributeEntry, type Decoded, type SettingEntry, ATTRIBUTES, isSetting, shown } from './attribute-map';

/**
 * The attribute map's settings (attribute-map.ts) as a tree of attribute paths, at any depth, for reading and
 * writing states and plans. Each entry's path is built once from its dotted attribute (the framework's Path, the one
 * spelling diagnostics use); objects between the root and a setting come from the table's `object` entries.
 * Everything here is parameterised by the table, so a test can run it over a table with settings nested deeper.
 */
export type { Decoded } from './attribute-map';

export interface SettingKey extends SettingEntry {
  readonly path: Path;
}

/** An object attribute that groups settings (`inactivity`): where it is, and the attributes it declares. */
export interface ObjectNode {
  readonly attribute: string;
  readonly path: Path;
  readonly children: readonly string[];
}

/** `inactivity.reminders` → the Path inactivity → reminders. */
export const pathOf = (attribute: string): Path => attribute.split('.').reduce((p, name) => p.atName(name), Path.ROOT);

/** The attribute names along a path (the tree holds attributes only: list elements belong to their list's entry). */
const namesOf = (path: Path): string[] => path.steps.flatMap((step) => (step.kind === 'attribute' ? [step.name] : []));

/** The path of the object holding an attribute (the root for a top-level one). */
const parentOf = (path: Path): Path => namesOf(path).slice(0, -1).reduce((p, name) => p.atName(name), Path.ROOT);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value at a path in a state or plan: null when unset, or when an object on the way is unset (or not known). */
export function valueAtPath(object: ObjectValue, path: Path): Value {
  let value: Value = object;
  for (const name of namesOf(path)) {
    if (!isObjectValue(value)) return null;
    value = value[name] ?? null;
  }
  return value;
}

/** Reads a key from a settings answer: absent section or key is `missing`; anything else is decoded and type-checked. */
export function readKey(settings: unknown, entry: SettingEntry): Decoded {
  const section = isRecord(settings) ? settings[entry.section] : undefined;
  if (section === undefined || section === null) return { missing: true };
  if (!isRecord(section)) return { invalid: `is unreadable: its section settings.${entry.section} holds ${shown(section)}, not an object` };
  if (!(entry.key in section) || section[entry.key] === undefined) return { missing: true };
  return entry.decode(section[entry.key]);
}

/** The table as a tree: its settings with their paths, its objects, and the operations on states and plans. */
export function settingsTree(attributes: readonly AttributeEntry[]) {
  const all: readonly SettingKey[] = attributes.filter(isSetting).map((entry) => ({ ...entry, path: pathOf(entry.attribute) }));
  const declared = attributes.map((a) => a.attribute);
  const objects: readonly ObjectNode[] = attributes
    .filter((a) => a.shape === 'object')
    .map((a) => ({
      attribute: a.attribute,
      path: pathOf(a.attribute),
      children: declared.filter((d) => d.startsWith(`${a.attribute}.`) && !d.slice(a.attribute.length + 1).includes('.')).map((d) => d.slice(a.attribute.length + 1)),
    }));
  /** The settings read and written, one per API key (deprecated aliases are mirrored). */
  const keys = all.filter((k) => k.aliasOf === undefined);
  /** Deprecated names of other attributes. */
  const aliases = all.filter((k) => k.aliasOf !== undefined);
  const keyOf = (attribute: string) => all.find((k) => k.attribute === attribute);
  /** The managed top-level attributes, in the table's order. */
  const topLevel = [...new Set(all.map((k) => namesOf(k.path)[0]))];

  /** A new object at `path` with every attribute it declares unset. */
  const emptyObject = (path: Path): Record<string, Value> =>
    Object.fromEntries((objects.find((o) => o.path.equals(path))?.children ?? []).map((name) => [name, null]));

  /**
   * Puts a value at a path of `target` (changed in place at the top, copied below), creating each object on the way
   * that is unset, with every attribute it declares unset.
   */
  function setAt(target: Record<string, Value>, path: Path, value: Value): void {
    const [name, ...rest] = namesOf(path);
    if (rest.length === 0) {
      target[name] = value;
      return;
    }
    const inner = (held: Value, at: Path, names: string[]): Value => {
      const object: Record<string, Value> = isObjectValue(held) ? { ...held } : emptyObject(at);
      const [next, ...deeper] = names;
      object[next] = deeper.length === 0 ? value : inner(object[next] ?? null, at.atName(next), deeper);
      return object;
    };
    target[name] = inner(target[name] ?? null, Path.root(name), rest);
  }

  /** The value of the top-level attribute a key is under (itself, when it is top-level). */
  const topLevelValue = (object: ObjectValue, entry: SettingKey): Value => valueAtPath(object, Path.root(namesOf(entry.path)[0]));

  /** Whether the object holding an attribute exists in `object` (the root always does). */
  const parentExists = (object: ObjectValue, path: Path) => parentOf(path).isRoot || isObjectValue(valueAtPath(object, parentOf(path)));

  /**
   * A key's planned value: its attribute's, else (a configuration still using a deprecated name, before the plan
   * mirrored it) its alias's.
   */
  function plannedValue(plan: ObjectValue, entry: SettingKey): Value {
    const value = valueAtPath(plan, entry.path);
    if (value !== null) return value;
    const alias = aliases.find((a) => a.aliasOf === entry.attribute);
    return alias ? valueAtPath(plan, alias.path) : null;
  }

  const targetOf = (alias: SettingKey) => pathOf(alias.aliasOf!);

  /** Sets every deprecated alias to its attribute's value wherever its object exists: the data source's outputs. */
  function mirrorAliases(object: Record<string, Value>): void {
    for (const alias of aliases) {
      if (parentExists(object, alias.path)) setAt(object, alias.path, valueAtPath(object, targetOf(alias)));
    }
  }

  /**
   * After a refresh or a write: an alias the prior state or plan held (a configuration that uses the old name)
   * follows its attribute; one it did not hold stays null, so a configuration that uses only the new name never sees
   * the old one in a plan or a state. A prior without the alias's object at all (an import, which knows no
   * configuration) records both names: either configuration then plans no change (planWithAliases keeps an alias
   * that equals its attribute), and the import of one that uses the old name does not plan `+ timeout`.
   */
  function followAliases(next: Record<string, Value>, prior: ObjectValue): void {
    for (const alias of aliases) {
      if (!parentExists(next, alias.path)) continue;
      const held = !parentExists(prior, alias.path) || valueAtPath(prior, alias.path) !== null;
      setAt(next, alias.path, held ? valueAtPath(next, targetOf(alias)) : null);
    }
  }

  /**
   * A plan for a configuration that may use a deprecated name. Configured, the alias's value becomes its
   * attribute's (which the configuration left unset) and the plan carries it under both names. Not configured, the
   * alias is left out of the plan (null), not mirrored: a plan of a configuration that uses only the new name never
   * mentions the old one. It keeps only a value the state already holds (states written before this rule, or
   * upgraded from version 0, hold both names) while that still equals its attribute, so an unchanged configuration
   * still plans no change. Returns a new plan.
   */
  function planWithAliases<Plan extends ObjectValue>(config: ObjectValue, plan: Plan): Plan {
    const next: Record<string, Value> = { ...plan };
    for (const alias of aliases) {
      if (!parentExists(next, alias.path)) continue;
      const target = targetOf(alias);
      const configured = valueAtPath(config, alias.path);
      if (configured !== null) {
        // Both names at once is a validation error (rules.ts); the attribute's own value then stays as planned.
        if (valueAtPath(config, target) === null) setAt(next, target, configured);
        setAt(next, alias.path, configured);
        continue;
      }
      const kept = valueAtPath(next, alias.path);
      setAt(next, alias.path, kept !== null && valueEquals(kept, valueAtPath(next, target)) ? kept : null);
    }
    return next as Plan; // the same attributes: only an alias's value is copied to or from its target
  }

  /** API key path as Zendesk names it in X-Zendesk-API-Warn and the client's not-kept list → the attribute path. */
  const attributeForSetting: Readonly<Record<string, Path>> = Object.fromEntries(keys.map((k) => [`${k.section}.${k.key}`, k.path]));

  return { all, keys, aliases, objects, topLevel, keyOf, emptyObject, setAt, topLevelValue, parentExists, plannedValue, mirrorAliases, followAliases, planWithAliases, attributeForSetting };
}

export type SettingsTree = ReturnType<typeof settingsTree>;

/** zendesk_messaging_settings' tree. */
export const SETTINGS_TREE: SettingsTree = settingsTree(ATTRIBUTES);

export const SETTING_KEYS = SETTINGS_TREE.keys;
export const ALIAS_KEYS = SETTINGS_TREE.aliases;
/** The managed top-level attributes. */
export const TOP_LEVEL: readonly string[] = SETTINGS_TREE.topLevel;
export const ATTRIBUTE_FOR_SETTING = SETTINGS_TREE.attributeForSetting;
export const { plannedValue, mirrorAliases, followAliases, planWithAliases } = SETTINGS_TREE;

/** The value at a key's attribute in a state or plan (null when unset or when its parent is). */
export const valueAt = (object: ObjectValue, entry: SettingKey): Value => valueAtPath(object, entry.path);
