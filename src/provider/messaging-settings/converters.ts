/**
 * Converters between the account settings API's values and attribute values, for the attribute tables
 * (attribute-map.ts here and routing-configuration's): each reads an answer's value type-checked (it is data from
 * the network) and writes an attribute value back. Plain functions with type-only imports: the CLI loads them.
 */
import type { ObjectValue, Value } from '../../framework';

/** What reading one key found: its value as an attribute value, or why there is none. */
export type Decoded = { value: Value } | { missing: true } | { invalid: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const shown = (v: unknown) => {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};
export const invalid = (api: unknown, expected: string): Decoded => ({ invalid: `holds ${shown(api)}, not ${expected}` });

export const bool = (api: unknown): Decoded => (typeof api === 'boolean' ? { value: api } : invalid(api, 'true or false'));
export const wholeNumber = (api: unknown): Decoded => (typeof api === 'number' && Number.isSafeInteger(api) ? { value: api } : invalid(api, 'a whole number'));
export const identity = (value: Value) => value;

/** One inactivity reminder in Zendesk's shape [documented: docs/design/zendesk-api.md#inactivity-reminders]: a message, and for later reminders a wait and a status. */
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

export function reminders(api: unknown): Decoded {
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
 * null means "no status change" [documented: docs/design/zendesk-api.md#inactivity-reminders].
 * A wait or status configured on the first reminder is sent too: Zendesk keeps
 * it (without effect), and the state must say what Zendesk holds.
 */
export function remindersToApi(value: Value): unknown {
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

