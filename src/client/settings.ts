/**
 * Account settings (`/api/v2/account/settings`): types for the sections this
 * product manages, and the pure parts of a write: the minimal patch, the
 * X-Zendesk-API-Warn header, and checking the read-back.
 */

import type { SectionOf } from './settings-facts';

export type { InactivityReminder } from './settings-facts';

/** The sections this product manages, typed from Zendesk's facts (settings-facts.ts); any other key as it comes. */
export type MessagingSection = SectionOf<'messaging'>;
export type RoutingSection = SectionOf<'routing'>;
/** Auto-release capacity (Admin Center: messaging inactivity). */
export type MessagingInactivitySection = SectionOf<'messaging_inactivity'>;

export interface AccountSettings {
  messaging?: MessagingSection;
  routing?: RoutingSection;
  messaging_inactivity?: MessagingInactivitySection;
  /** Every other section, untyped. */
  [section: string]: Record<string, unknown> | undefined;
}

/** `{section: {key: value}}`: what goes into `{"settings": …}`. Keys left out are not touched. */
export interface SettingsPatch {
  messaging?: Partial<MessagingSection>;
  routing?: Partial<RoutingSection>;
  messaging_inactivity?: Partial<MessagingInactivitySection>;
  [section: string]: Record<string, unknown> | undefined;
}

/** A key the API answered 200 for but did not keep. */
export interface NotKept {
  /** `section.key`, e.g. `messaging.messaging_end_session`. */
  path: string;
  sent: unknown;
  /** What the read-back holds (undefined when the key is absent). */
  actual: unknown;
  /** Why, as far as known (the X-Zendesk-API-Warn header when Zendesk sent one). */
  reason: string;
}

export interface UpdateSettingsResult {
  /** The settings after the write (from the PUT's answer, else a GET); `current` when nothing needed sending. */
  settings: AccountSettings;
  /** The patch actually sent (`{}` when nothing differed). */
  sent: SettingsPatch;
  notKept: NotKept[];
  warnings: string[];
}

/** Realm-independent (objects may come from another vm context, e.g. structuredClone under jest). */
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.prototype.toString.call(v) === '[object Object]';

/**
 * Whether `actual` already is what `desired` asks for. Objects match when
 * every key asked for matches (Zendesk adds keys of its own, e.g. a reminder's
 * `ticket_status_id: null`); arrays match as wholes (same length, each element
 * matching in order); a desired `null` matches an absent key.
 */
export function satisfies(actual: unknown, desired: unknown): boolean {
  if (desired === null) return actual === null || actual === undefined;
  if (Array.isArray(desired)) {
    return Array.isArray(actual) && actual.length === desired.length && desired.every((d, i) => satisfies(actual[i], d));
  }
  if (isPlainObject(desired)) {
    return isPlainObject(actual) && Object.entries(desired).every(([k, d]) => d === undefined || satisfies(actual[k], d));
  }
  return Object.is(actual, desired) || (typeof actual === 'number' && actual === desired);
}

/** Drops undefined values and empty sections; refuses anything that is not `{section: {key: value}}`. */
export function normalisePatch(patch: SettingsPatch): Record<string, Record<string, unknown>> {
  if (!isPlainObject(patch)) throw new TypeError('settings patch must be an object of sections: {section: {key: value}}');
  const out: Record<string, Record<string, unknown>> = {};
  for (const [section, keys] of Object.entries(patch)) {
    if (keys === undefined) continue;
    if (!isPlainObject(keys)) throw new TypeError(`settings patch section "${section}" must be an object of keys`);
    const kept = Object.entries(keys).filter(([, v]) => v !== undefined);
    if (kept.length > 0) out[section] = Object.fromEntries(kept);
  }
  return out;
}

/** Only the keys whose value differs from `current` (all of them without `current`). */
export function minimalPatch(patch: SettingsPatch, current?: AccountSettings): Record<string, Record<string, unknown>> {
  const normalised = normalisePatch(patch);
  if (!current) return normalised;
  const out: Record<string, Record<string, unknown>> = {};
  for (const [section, keys] of Object.entries(normalised)) {
    for (const [key, value] of Object.entries(keys)) {
      if (satisfies(current[section]?.[key], value)) continue;
      (out[section] ??= {})[key] = value;
    }
  }
  return out;
}

export const isEmptyPatch = (patch: Record<string, Record<string, unknown>>) => Object.keys(patch).length === 0;

/** Every `section.key` of a patch, in order. */
export function patchEntries(patch: Record<string, Record<string, unknown>>): { path: string; section: string; key: string; value: unknown }[] {
  return Object.entries(patch).flatMap(([section, keys]) =>
    Object.entries(keys).map(([key, value]) => ({ path: `${section}.${key}`, section, key, value })),
  );
}

export interface ApiWarning {
  /** The header as received. */
  raw: string;
  /** Parameters Zendesk removed, as `section.key` (the `settings.` prefix dropped). */
  unpermitted: string[];
  /** Parameters Zendesk said had invalid values. */
  invalid: string[];
}

/**
 * X-Zendesk-API-Warn, two observed formats [observed: docs/design/zendesk-api.md#partial-updates-and-dropped-keys]:
 *   Removed Params: Unpermitted parameter keys: '["settings.apps.use", "settings.chat.enabled"]'
 *   {:allowed_parameters=>{:controller=>"tickets", :action=>"create_many", :unpermitted_keys=>[], :invalid_values=>["tickets.2.comment"]}}
 */
export function parseApiWarn(header: string | undefined): ApiWarning | undefined {
  if (!header || !header.trim()) return undefined;
  const warning: ApiWarning = { raw: header.trim(), unpermitted: [], invalid: [] };
  const lists = /(:?(unpermitted_keys|invalid_values)"?\s*(?:=>|:)\s*)?(\[[^[\]]*\])/g;
  for (const match of header.matchAll(lists)) {
    let items: unknown;
    try {
      items = JSON.parse(match[3]);
    } catch {
      continue;
    }
    if (!Array.isArray(items)) continue;
    const keys = items.filter((i): i is string => typeof i === 'string').map((k) => k.trim().replace(/^settings\./, ''));
    (match[2] === 'invalid_values' ? warning.invalid : warning.unpermitted).push(...keys);
  }
  return warning;
}

/** The JSON kind of a value, for telling an answer of the right shape from one that is not. */
const kindOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/**
 * Whether an answer tells every key that was sent: the section and key are
 * there, with a value of the kind sent (a boolean for a boolean…). A PUT's
 * answer that does not is no read-back: it may be a proxy's or a partial body,
 * so the settings are read again instead of trusting it.
 */
export function tellsEverySentKey(sent: Record<string, Record<string, unknown>>, answer: AccountSettings): boolean {
  return patchEntries(sent).every(({ section, key, value }) => {
    const holder = answer[section];
    if (!isPlainObject(holder) || !(key in holder)) return false;
    return value === null || holder[key] === null || kindOf(holder[key]) === kindOf(value);
  });
}

/** The warned key that explains `path` (the key itself, a parent, or something inside it). */
const related = (path: string, warned: string) => warned === path || path.startsWith(`${warned}.`) || warned.startsWith(`${path}.`);

/**
 * Whether a read-back shows that Zendesk did not keep one key sent: the one verdict on a write. A caller that knows
 * the setting (the provider, from its attribute table) passes its own, which reads both values as the setting's
 * values; without one, the values are compared as JSON (`satisfies`).
 */
export type NotKeptJudge = (sent: { section: string; key: string; value: unknown }, actual: unknown) => boolean;

/** The verdict without knowledge of the setting: the read-back does not hold what was sent, compared as JSON. */
export const notKeptAsJson: NotKeptJudge = ({ value }, actual) => !satisfies(actual, value);

/**
 * Compares what was sent with the read-back; lists every key `judge` finds not kept, explained by the warn header
 * where it can be.
 */
export function verifyReadBack(
  sent: Record<string, Record<string, unknown>>,
  settings: AccountSettings,
  warning: ApiWarning | undefined,
  judge: NotKeptJudge = notKeptAsJson,
): { notKept: NotKept[]; warnings: string[] } {
  const notKept: NotKept[] = [];
  for (const { path, section, key, value } of patchEntries(sent)) {
    const actual = settings[section]?.[key];
    if (!judge({ section, key, value }, actual)) continue;
    const removed = warning?.unpermitted.find((w) => related(path, w));
    const invalid = warning?.invalid.find((w) => related(path, w));
    const reason = removed
      ? `Zendesk removed "settings.${removed}" as an unpermitted parameter (X-Zendesk-API-Warn); the account may lack the feature or plan, or the key is read-only.`
      : invalid
        ? `Zendesk reported an invalid value for "settings.${invalid}" (X-Zendesk-API-Warn).`
        : 'Zendesk answered 200 but the read-back differs; the setting may depend on another one or on a feature the account lacks.';
    notKept.push({ path, sent: value, actual, reason });
  }
  const warnings: string[] = [];
  if (warning) {
    if (warning.unpermitted.length > 0) warnings.push(`Zendesk removed unpermitted parameters: ${warning.unpermitted.join(', ')} (X-Zendesk-API-Warn).`);
    if (warning.invalid.length > 0) warnings.push(`Zendesk reported invalid values: ${warning.invalid.join(', ')} (X-Zendesk-API-Warn).`);
    if (warning.unpermitted.length === 0 && warning.invalid.length === 0) {
      warnings.push(`Zendesk warning (X-Zendesk-API-Warn): ${warning.raw.length > 500 ? `${warning.raw.slice(0, 500)}…` : warning.raw}`);
    }
  }
  return { notKept, warnings };
}
