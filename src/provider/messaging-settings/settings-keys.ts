import type { ObjectValue, Value } from '../../framework';
import { isObjectValue } from '../../framework';
import { Path } from '../../framework';

/**
 * Each managed attribute and the account-settings key it maps to (CONTRACT
 * table "maps to"), with the converters both ways. Reads, writes and the
 * attribute named in an error all come from this one table. Reading checks
 * types: Zendesk's answer is data from the network, and a value of the wrong
 * type must become an error naming the attribute, never a crash or a state
 * that says something Zendesk does not hold.
 */

/** What reading one key found: its value as an attribute value, or why there is none. */
export type Decoded = { value: Value } | { missing: true } | { invalid: string };

export interface SettingKey {
  /** `agents_can_end_sessions`, `inactivity.timeout`, … */
  readonly attribute: string;
  readonly path: Path;
  readonly section: string;
  readonly key: string;
  /** API value → attribute value (type-checked). */
  decode(api: unknown): Decoded;
  /** Attribute value (never null: null means unmanaged and is not written) → API value. */
  encode(value: Value): unknown;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const shown = (v: unknown) => {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};
const invalid = (api: unknown, expected: string): Decoded => ({ invalid: `holds ${shown(api)}, not ${expected}` });

const bool = (api: unknown): Decoded => (typeof api === 'boolean' ? { value: api } : invalid(api, 'true or false'));
const wholeNumber = (api: unknown): Decoded => (typeof api === 'number' && Number.isSafeInteger(api) ? { value: api } : invalid(api, 'a whole number'));
const identity = (value: Value) => value;

/** One inactivity reminder in Zendesk's shape (ZENDESK-API-NOTES §1): a message, and for later reminders a wait and a status. */
function reminderToState(api: unknown): ObjectValue | string {
  if (!isRecord(api)) return `is ${shown(api)}, not a reminder object`;
  const { message, timeout, ticket_status_id: status, tags } = api;
  if (typeof message !== 'string') return `has message ${shown(message)}, not text`;
  const optionalWhole = (v: unknown) => v === undefined || v === null || (typeof v === 'number' && Number.isSafeInteger(v));
  if (!optionalWhole(timeout)) return `has timeout ${shown(timeout)}, not a whole number of seconds`;
  if (!optionalWhole(status)) return `has ticket_status_id ${shown(status)}, not a status id`;
  if (tags !== undefined && tags !== null && !(Array.isArray(tags) && tags.every((t) => typeof t === 'string'))) return `has tags ${shown(tags)}, not a list of text`;
  return {
    message,
    timeout_seconds: (timeout as number | null | undefined) ?? null,
    ticket_status_id: (status as number | null | undefined) ?? null,
    tags: (tags as string[] | null | undefined) ?? null,
  };
}

function reminders(api: unknown): Decoded {
  if (!Array.isArray(api)) return invalid(api, 'a list of reminders');
  const out: ObjectValue[] = [];
  for (const [i, item] of api.entries()) {
    const reminder = reminderToState(item);
    if (typeof reminder === 'string') return { invalid: `reminder ${i + 1} ${reminder}` };
    out.push(reminder);
  }
  return { value: out };
}

/**
 * The first reminder normally carries only its message (it uses the inactivity
 * timeout and status); later ones carry a wait in seconds and a status, where
 * null means "no status change" (ZENDESK-API-NOTES §1 messaging_inactivity).
 * A wait or status configured on the first reminder is sent too: Zendesk keeps
 * it (without effect), and the state must say what Zendesk holds.
 */
function remindersToApi(value: Value): unknown {
  return (value as readonly ObjectValue[]).map((reminder, index) => {
    const tags = Array.isArray(reminder.tags) ? reminder.tags : [];
    if (index > 0) return { message: reminder.message, timeout: reminder.timeout_seconds, ticket_status_id: reminder.ticket_status_id ?? null, tags };
    return {
      message: reminder.message,
      ...(reminder.timeout_seconds !== null ? { timeout: reminder.timeout_seconds } : {}),
      ...(reminder.ticket_status_id !== null ? { ticket_status_id: reminder.ticket_status_id } : {}),
      tags,
    };
  });
}

const key = (attribute: string, section: string, apiKey: string, decode: SettingKey['decode'], encode: SettingKey['encode'] = identity): SettingKey => {
  const [first, ...rest] = attribute.split('.');
  return { attribute, path: rest.reduce((p, name) => p.atName(name), Path.root(first)), section, key: apiKey, decode, encode };
};

export const SETTING_KEYS: readonly SettingKey[] = [
  key('agents_can_end_sessions', 'messaging', 'messaging_end_session', bool),
  key(
    'agent_ended_session_routing',
    'routing',
    'transform_to_email_enabled',
    (api) => (typeof api === 'boolean' ? { value: api ? 'email' : 'messaging' } : invalid(api, 'true or false')),
    (value) => value === 'email',
  ),
  key('inactivity.enabled', 'messaging_inactivity', 'enabled', bool),
  key('inactivity.timeout', 'messaging_inactivity', 'timeout', wholeNumber),
  key('inactivity.ticket_status_id', 'messaging_inactivity', 'ticket_status_id', wholeNumber),
  key('inactivity.end_session', 'messaging_inactivity', 'end_session', bool),
  key('inactivity.reminders', 'messaging_inactivity', 'reminders', reminders, remindersToApi),
];

/** The managed top-level attributes, and the nested ones under `inactivity`. */
export const TOP_LEVEL = ['agents_can_end_sessions', 'agent_ended_session_routing', 'inactivity'] as const;
export type TopLevel = (typeof TOP_LEVEL)[number];
export const INACTIVITY = 'inactivity';

/** The value at a key's attribute in a state or plan (null when unset or when its parent is). */
export function valueAt(object: ObjectValue, entry: SettingKey): Value {
  const [first, second] = entry.attribute.split('.');
  const top = object[first] ?? null;
  if (second === undefined) return top;
  return isObjectValue(top) ? (top[second] ?? null) : null;
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
