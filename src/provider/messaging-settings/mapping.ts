/**
 * Reading and writing the resource's state through the account settings API,
 * key by key from the attribute map (attribute-map.ts), at any depth of its
 * tree (settings-keys.ts).
 */
import { type ObjectValue, type Value, isObjectValue, valueEquals } from '../../framework';
import type { Path } from '../../framework';
import { type AccountSettings, type NotKeptJudge, type SettingsPatch, notKeptAsJson } from '../../client/settings';
import { type Decoded, type SettingKey, type SettingsTree, SETTINGS_TREE, readKey, valueAtPath } from './settings-keys';

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

export interface RefreshOptions {
  /** Right after an import: read every setting, managed or not (a missing key is then simply unset). */
  everything?: boolean;
  /** Where the answer does not tell a managed value, keep this object's value (default: the prior state's). */
  fallback?: ObjectValue;
}

/** The reads and writes of a settings tree: parameterised by the table, so a test can use one nested deeper. */
export function settingsMapping(tree: SettingsTree) {
  /**
   * Every managed setting as attribute values (the data source, and the first
   * read after an import). A key the answer lacks is null (the account does not
   * have it); a key of the wrong type is a problem, never a value.
   */
  function settingsToAttributes(settings: AccountSettings): { attributes: Record<string, Value>; problems: ReadProblem[] } {
    const attributes: Record<string, Value> = Object.fromEntries(tree.topLevel.map((name) => [name, null]));
    const problems: ReadProblem[] = [];
    for (const entry of tree.keys) {
      const decoded = readKey(settings, entry);
      if ('value' in decoded) tree.setAt(attributes, entry.path, decoded.value);
      else if ('invalid' in decoded) problems.push(problemOf(entry, decoded)!);
    }
    tree.mirrorAliases(attributes);
    return { attributes, problems };
  }

  /**
   * Refreshes a prior state (or a plan, after a write) from a settings answer:
   * only attributes that are managed (non-null) are read, so unmanaged settings
   * never show up as drift. A managed attribute the answer does not tell (its
   * key missing, or of the wrong type) keeps its fallback value and is listed
   * as a problem: the caller fails with an error naming it, so a partial answer
   * can never turn a managed setting into an unmanaged (null) one.
   */
  function refreshState(prior: ObjectValue, settings: AccountSettings, options: RefreshOptions = {}): { state: ObjectValue; problems: ReadProblem[] } {
    const next: Record<string, Value> = { ...prior };
    const problems: ReadProblem[] = [];
    if (options.everything) {
      // An import reads every setting: an object the state lacks is created when the answer holds a key under it.
      // The table declares an object before what it holds, so a parent is created before its children.
      for (const object of tree.objects) {
        if (valueAtPath(next, object.path) !== null || !tree.parentExists(next, object.path)) continue;
        const held = tree.keys.some((k) => k.attribute.startsWith(`${object.attribute}.`) && !('missing' in readKey(settings, k)));
        if (held) tree.setAt(next, object.path, tree.emptyObject(object.path));
      }
    }
    for (const entry of tree.keys) {
      const before = tree.plannedValue(next, entry);
      if (!options.everything && before === null) continue;
      if (options.everything && !tree.parentExists(next, entry.path)) continue;
      const decoded = readKey(settings, entry);
      if ('value' in decoded) {
        tree.setAt(next, entry.path, entry.shape === 'reminder-list' ? keepUnsetTags(before, decoded.value) : decoded.value);
      } else if (options.everything && 'missing' in decoded) {
        tree.setAt(next, entry.path, null);
      } else {
        problems.push(problemOf(entry, decoded)!);
        tree.setAt(next, entry.path, tree.plannedValue(options.fallback ?? prior, entry));
      }
    }
    // The deprecated name is in the state only where the configuration uses it (planWithAliases); an import reads none.
    tree.followAliases(next, prior);
    return { state: next, problems };
  }

  /** The settings the plan manages (its non-null values), as an API patch. */
  function planToPatch(plan: ObjectValue): SettingsPatch {
    const patch: SettingsPatch = {};
    for (const entry of tree.keys) {
      const value = tree.plannedValue(plan, entry);
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
  function defaultsPatchFor(state: ObjectValue): SettingsPatch {
    const patch: SettingsPatch = {};
    for (const entry of tree.keys) {
      if (entry.resetTo === undefined || tree.topLevelValue(state, entry) === null) continue;
      patch[entry.section] = { ...(patch[entry.section] ?? {}), [entry.key]: entry.encode(entry.resetTo) };
    }
    return patch;
  }

  /**
   * The one verdict on whether Zendesk kept a key this table wrote (the client lists the keys it finds not kept):
   * both values read as the attribute's, so Zendesk's own additions to a value (a reminder's extra keys) are not a
   * change. A read-back that does not tell the key (missing, another type) is not a verdict: the refresh of the
   * same answer reports it as a read problem on the attribute. A key of no row is compared as JSON.
   */
  const notKept: NotKeptJudge = (sent, actual) => {
    const entry = tree.keys.find((k) => k.section === sent.section && k.key === sent.key);
    if (!entry) return notKeptAsJson(sent, actual);
    const held: Decoded = actual === undefined ? { missing: true } : entry.decode(actual);
    if (!('value' in held)) return false;
    const wrote = entry.decode(sent.value);
    return 'value' in wrote ? !valueEquals(held.value, wrote.value) : notKeptAsJson(sent, actual);
  };

  return { settingsToAttributes, refreshState, planToPatch, defaultsPatchFor, notKept };
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

/** zendesk_messaging_settings' reads and writes. */
export const { settingsToAttributes, refreshState, planToPatch, defaultsPatchFor, notKept } = settingsMapping(SETTINGS_TREE);
