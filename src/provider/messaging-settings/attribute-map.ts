/**
 * zendesk_messaging_settings, attribute by attribute: ONE table of what each
 * attribute is in Zendesk (its account-settings key and converters, unit,
 * range or values, Admin Center location, what on_destroy = "reset" restores)
 * and in words for people. The schema's descriptions and validators, reads and
 * writes (settings-keys.ts, mapping.ts), the CLI's report labels and the L2
 * construct's enums and ranges all derive from it; a test fails when a schema
 * attribute has no entry (test/provider/attribute-map.test.ts).
 *
 * Plain data and small functions, with type-only imports: the construct
 * library and the CLI load this module, and it must stay as cheap as it is.
 */
import type { ObjectValue, Value } from '../../framework';
import { FACTS, type SettingFact } from '../../client/settings-facts';
import type { AttributeEntry, Range } from '../attribute-words';

export type { AttributeEntry, Range, ValueShape } from '../attribute-words';

export const TYPE_NAME = 'zendesk_messaging_settings';

export const ROUTING_TREATMENTS = ['messaging', 'email'] as const;
export type RoutingTreatment = (typeof ROUTING_TREATMENTS)[number];
export const ON_DESTROY = ['retain', 'reset'] as const;
export type OnDestroy = (typeof ON_DESTROY)[number];

/** What reading one key found: its value as an attribute value, or why there is none. */
export type Decoded = { value: Value } | { missing: true } | { invalid: string };

/** Zendesk's facts about a managed setting: where it lives in the API, its default, its audit-log label. */
export type ManagedFact = SettingFact & { readonly auditLabel: string };

export interface SettingEntry extends AttributeEntry {
  /** Zendesk's own facts about the setting (client/settings-facts.ts), of which section, key and auditLabel are copies. */
  readonly fact: ManagedFact;
  /** `settings.<section>.<key>` of GET/PUT /api/v2/account/settings. */
  readonly section: string;
  readonly key: string;
  /** API value → attribute value (type-checked: an answer is data from the network). */
  decode(api: unknown): Decoded;
  /** Attribute value (never null: null means unmanaged and is not written) → API value. */
  encode(value: Value): unknown;
  /** The attribute value on_destroy = "reset" restores: Zendesk's default for a new account; absent: reset leaves it as it is. */
  readonly resetTo?: Value;
  /** A deprecated name of another attribute: it mirrors that one in plans and states and is never written itself. */
  readonly aliasOf?: string;
  /** For lists: the most items Zendesk keeps, and the ranges of their fields. */
  readonly maxItems?: number;
  readonly itemRanges?: Readonly<Record<string, Range>>;
  /** The setting's `source_label` in Zendesk's audit log, which drift attribution matches entries by (the fact's). */
  readonly auditLabel: string;
}

/** A row of the table: the fact it manages, and whether reset restores the fact's new-account default. */
type SettingRow = Omit<SettingEntry, 'section' | 'key' | 'auditLabel' | 'resetTo'> & { readonly resets?: boolean };

/** An entry from its row: the API location and audit label copied from the fact, the reset value decoded from its default. */
export function setting({ resets, ...row }: SettingRow): SettingEntry {
  const { section, key, auditLabel } = row.fact;
  if (!resets) return { ...row, section, key, auditLabel };
  const decoded = row.decode(row.fact.newAccount);
  if (!('value' in decoded)) throw new Error(`${row.attribute}: Zendesk's default ${shown(row.fact.newAccount)} for ${section}.${key} does not decode (${JSON.stringify(decoded)})`);
  return { ...row, section, key, auditLabel, resetTo: decoded.value };
}

/** Whether an attribute is an account setting (the rest identify the resource, group settings or steer it). */
export const isSetting = (entry: AttributeEntry): entry is SettingEntry => 'fact' in entry;

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
 * null means "no status change" [documented: docs/design/zendesk-api.md#inactivity-reminders].
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

export const END_SESSIONS = 'Admin Center > Channels > Messaging and social > Messaging > Manage settings > Advanced > End sessions';
export const ROUTING_CONFIGURATION = 'Admin Center > Objects and rules > Omnichannel routing > Routing configuration';
/** The checkbox itself [documented: docs/design/zendesk-api.md#agent-ended-session-routing]. */
const ROUTE_AS_EMAIL = `${ROUTING_CONFIGURATION} > Edit > Messaging routing > Route agent-ended messaging sessions as email tickets`;
/** HC 4828787357210: the routing configuration's messaging options (agent-ended sessions routed as email). */
const ROUTING_ARTICLE = 'https://support.zendesk.com/hc/en-us/articles/4828787357210';
/** HC 8372292195354: agents ending messaging sessions (on by default, off for accounts that had messaging before). */
const END_SESSIONS_ARTICLE = 'https://support.zendesk.com/hc/en-us/articles/8372292195354';
/** HC 7043034053658: auto-release capacity for inactive messaging conversations (the 3-15 minutes, the reminders). */
const AUTO_RELEASE_ARTICLE = 'https://support.zendesk.com/hc/en-us/articles/7043034053658';
const ON_OFF = { true: 'on', false: 'off' };

/** The inactivity timeout: the one range the schema, the L2 and the docs share. */
export const INACTIVITY_TIMEOUT: Range = { min: 3, max: 15, unit: 'minutes' };
/** The wait before a later reminder (Admin Center offers 1-15 minutes). */
export const REMINDER_WAIT: Range = { min: 60, max: 900, unit: 'seconds' };
export const MAX_REMINDERS = 3;

const TIMEOUT_WORDS = 'Auto-release after inactivity';

/**
 * What each setting's values do, as Zendesk documents them:
 *  - ending sessions: capacity released, status unchanged [documented: docs/design/zendesk-api.md#agents-can-end-sessions];
 *  - the routing treatment: email capacity, stays assigned, only sessions ended afterwards; off: ended sessions
 *    cannot be routed [documented: docs/design/zendesk-api.md#agent-ended-session-routing];
 *  - auto-release applies to assigned conversations and frees capacity depending on the routing configuration; the
 *    10-minute default, which leaves the status unchanged; reminders; changes taking up to 10 minutes
 *    [documented: docs/design/zendesk-api.md#messaging-inactivity; docs/design/zendesk-api.md#inactivity-reminders].
 */
const byValue = (sentences: Readonly<Record<string, string>>) => (value: unknown) =>
  typeof value === 'boolean' || typeof value === 'string' ? sentences[String(value)] : undefined;

const EFFECTS = {
  agentsCanEndSessions: byValue({
    true: "Agents can end a messaging session at any time; ending it releases their messaging capacity (email capacity is not affected) and leaves the ticket's status as it is.",
    false: 'Agents can no longer end messaging sessions, so no session is agent-ended and how agent-ended sessions are routed has no effect.',
  }),
  agentEndedSessionRouting: byValue({
    email:
      "Tickets of sessions an agent ends will be routed as email tickets and count toward agents' email capacity, not messaging capacity; they stay assigned to the agent who ended the session (sessions ended from now on).",
    messaging:
      'Tickets of sessions an agent ends stay messaging tickets for routing: once the session has ended, omnichannel routing cannot route them and takes them out of any queue.',
  }),
  inactivityEnabled: byValue({
    true: "Assigned messaging conversations become inactive after this account's timeout, with its reminders and statuses, and stop counting toward the agent's capacity unless routing counts inactive conversations.",
    false: "Zendesk's default applies: an assigned messaging conversation becomes inactive after 10 minutes without a customer reply, and its ticket status does not change.",
  }),
  timeout: (value: unknown) =>
    typeof value === 'number'
      ? `An assigned messaging conversation with no customer reply for ${value} minutes becomes inactive and stops counting toward its agent's capacity unless routing counts inactive conversations (changes take up to 10 minutes to apply).`
      : undefined,
  ticketStatus: (value: unknown) =>
    typeof value === 'number'
      ? `When an assigned messaging conversation becomes inactive, its ticket is set to status ${value}, before any later reminder.`
      : undefined,
  endSession: byValue({
    true: 'The final inactivity reminder also ends the messaging session; that session is ended by Zendesk, not by an agent, so the routing of agent-ended sessions does not apply to it.',
    false: 'Sessions stay open after the final inactivity reminder; they end when an agent (if allowed) or the customer ends them.',
  }),
  reminders: (value: unknown) => {
    if (!Array.isArray(value)) return undefined;
    if (value.length === 0) return 'Customers get no reminder while their conversation is inactive.';
    const count = value.length === 1 ? 'one reminder' : `${value.length} reminders`;
    return `Customers get ${count} while their conversation is inactive, the first after the inactivity timeout and each later one after its wait, each setting the ticket status it names.`;
  },
};

/**
 * Every attribute, in the order reports list them: the identifier, then the settings as a settings page lists them
 * (an object before its attributes), then on_destroy. Adding a setting is adding a row here (and its fact).
 */
export const ATTRIBUTES: readonly AttributeEntry[] = [
  { attribute: 'id', words: 'Account', shape: 'choice', identifier: true },
  setting({
    attribute: 'agents_can_end_sessions', fact: FACTS['messaging.messaging_end_session'], decode: bool, encode: identity,
    words: 'Agents can end messaging sessions', shape: 'on-off', valueWords: ON_OFF, adminCenter: END_SESSIONS, helpArticle: END_SESSIONS_ARTICLE, resets: true,
    effect: EFFECTS.agentsCanEndSessions,
  }),
  setting({
    attribute: 'agent_ended_session_routing', fact: FACTS['routing.transform_to_email_enabled'],
    decode: (api) => (typeof api === 'boolean' ? { value: api ? 'email' : 'messaging' } : invalid(api, 'true or false')),
    encode: (value) => value === 'email',
    words: 'Tickets of agent-ended sessions are routed as', shape: 'choice', valueWords: { email: 'email tickets', messaging: 'messaging tickets' },
    adminCenter: ROUTE_AS_EMAIL, helpArticle: ROUTING_ARTICLE, resets: true, effect: EFFECTS.agentEndedSessionRouting,
  }),
  { attribute: 'inactivity', words: 'Auto-release capacity on inactivity', shape: 'object', helpArticle: AUTO_RELEASE_ARTICLE },
  setting({
    attribute: 'inactivity.enabled', fact: FACTS['messaging_inactivity.enabled'], decode: bool, encode: identity,
    words: 'Auto-release capacity on inactivity', shape: 'on-off', valueWords: ON_OFF, helpArticle: AUTO_RELEASE_ARTICLE, resets: true,
    effect: EFFECTS.inactivityEnabled,
  }),
  setting({
    attribute: 'inactivity.timeout_minutes', fact: FACTS['messaging_inactivity.timeout'], decode: wholeNumber, encode: identity,
    words: TIMEOUT_WORDS, shape: 'count', range: INACTIVITY_TIMEOUT, helpArticle: AUTO_RELEASE_ARTICLE, resets: true,
    effect: EFFECTS.timeout,
  }),
  setting({
    attribute: 'inactivity.timeout', aliasOf: 'inactivity.timeout_minutes', fact: FACTS['messaging_inactivity.timeout'], decode: wholeNumber, encode: identity,
    words: TIMEOUT_WORDS, shape: 'count', range: INACTIVITY_TIMEOUT, helpArticle: AUTO_RELEASE_ARTICLE, effect: EFFECTS.timeout,
  }),
  // Status ids are account-specific: reset leaves the status as it is.
  setting({
    attribute: 'inactivity.ticket_status_id', fact: FACTS['messaging_inactivity.ticket_status_id'], decode: wholeNumber, encode: identity,
    words: 'Ticket status when a conversation becomes inactive', shape: 'ticket-status', helpArticle: AUTO_RELEASE_ARTICLE,
    effect: EFFECTS.ticketStatus,
  }),
  setting({
    attribute: 'inactivity.end_session', fact: FACTS['messaging_inactivity.end_session'], decode: bool, encode: identity,
    words: 'End the session with the final reminder', shape: 'on-off', valueWords: ON_OFF, helpArticle: AUTO_RELEASE_ARTICLE, resets: true,
    effect: EFFECTS.endSession,
  }),
  // Reminder texts and statuses are the account's own: reset leaves them as they are.
  setting({
    attribute: 'inactivity.reminders', fact: FACTS['messaging_inactivity.reminders'], decode: reminders, encode: remindersToApi,
    words: 'Inactivity reminders', shape: 'reminder-list', helpArticle: AUTO_RELEASE_ARTICLE, maxItems: MAX_REMINDERS, itemRanges: { timeout_seconds: REMINDER_WAIT },
    effect: EFFECTS.reminders,
  }),
  {
    attribute: 'on_destroy', words: 'When this resource is destroyed', shape: 'choice',
    valueWords: { retain: 'leave the settings as they are', reset: "restore Zendesk's defaults" },
  },
];

/** Every managed setting, in the order a settings page lists them (reports follow it). */
export const SETTINGS: readonly SettingEntry[] = ATTRIBUTES.filter(isSetting);

/** The attributes that are not account settings. */
export const OTHER_ATTRIBUTES: readonly AttributeEntry[] = ATTRIBUTES.filter((a) => !isSetting(a));

/** The settings that are written (an alias mirrors another attribute and is never written on its own). */
export const WRITTEN_SETTINGS: readonly SettingEntry[] = SETTINGS.filter((s) => s.aliasOf === undefined);

/**
 * What on_destroy = "reset" restores, in words, from each setting's resetTo: "Agents can end messaging sessions: on;
 * …; Auto-release after inactivity: 5 minutes; …".
 */
export function resetWords(): string {
  return WRITTEN_SETTINGS.filter((s) => s.resetTo !== undefined)
    .map((s) => `${s.words}: ${s.valueWords?.[String(s.resetTo)] ?? String(s.resetTo)}${s.range ? ` ${s.range.unit}` : ''}`)
    .join('; ');
}

export function entryFor(attribute: string): AttributeEntry | undefined {
  return ATTRIBUTES.find((a) => a.attribute === attribute);
}

/** The setting an attribute path belongs to: `inactivity.reminders[0].message` → the reminders' entry. */
export function settingOf(path: string): SettingEntry | undefined {
  return SETTINGS.find((s) => path === s.attribute || path.startsWith(`${s.attribute}.`) || path.startsWith(`${s.attribute}[`));
}
