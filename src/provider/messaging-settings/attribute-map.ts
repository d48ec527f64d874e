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
import type { Value } from '../../framework';
import { FACTS, type SettingFact } from '../../client/settings-facts';
import type { AttributeEntry, ItemField, Range } from '../attribute-words';
import { type Decoded, bool, identity, invalid, reminders, remindersToApi, shown, wholeNumber } from './converters';

export type { AttributeEntry, Range, ValueShape } from '../attribute-words';

export const TYPE_NAME = 'zendesk_messaging_settings';

export const ROUTING_TREATMENTS = ['messaging', 'email'] as const;
export type RoutingTreatment = (typeof ROUTING_TREATMENTS)[number];
export const ON_DESTROY = ['retain', 'reset'] as const;
export type OnDestroy = (typeof ON_DESTROY)[number];

export { type Decoded, bool, identity, invalid, shown, wholeNumber } from './converters';

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
  /** For lists: the most items Zendesk keeps (their fields: `items`). */
  readonly maxItems?: number;
  /** The setting's `source_label` in Zendesk's audit log, which drift attribution matches entries by (the fact's). */
  readonly auditLabel: string;
}

/** A row of the table: the fact it manages, and whether reset restores the fact's new-account default. */
type SettingRow = Omit<SettingEntry, 'section' | 'key' | 'auditLabel' | 'resetTo'> & { readonly resets?: boolean };

/**
 * An entry from its row: the API location and audit label copied from the fact, the reset value decoded from its
 * default. Its type is the row's own (`const`): the attribute's name, shape and items' fields stay literal, because the
 * typed schema and models are derived from them (account-settings-schema.ts).
 */
export function setting<const R extends SettingRow>({ resets, ...row }: R): SettingEntryOf<R> {
  const { section, key, auditLabel } = row.fact;
  if (!resets) return { ...row, section, key, auditLabel };
  const decoded = row.decode(row.fact.newAccount);
  if (!('value' in decoded)) throw new Error(`${row.attribute}: Zendesk's default ${shown(row.fact.newAccount)} for ${section}.${key} does not decode (${JSON.stringify(decoded)})`);
  return { ...row, section, key, auditLabel, resetTo: decoded.value };
}

/** A setting's entry, typed by its row. */
export type SettingEntryOf<R extends SettingRow> = Omit<R, 'resets'> & Pick<SettingEntry, 'section' | 'key' | 'auditLabel' | 'resetTo'>;

/** Whether an attribute is an account setting (the rest identify the resource, group settings or steer it). */
export const isSetting = (entry: AttributeEntry): entry is SettingEntry => 'fact' in entry;

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
/** What replaces the deprecated alias, for its description and deprecation message. */
const TIMEOUT_RENAMED = 'Use inactivity.timeout_minutes instead: the same setting, named with its unit. Setting both is an error.';

/** A reminder's fields: managed as part of the whole list, so plain optional values (the message required). */
const REMINDER_FIELDS = {
  message: { type: 'text', required: true, length: { min: 1, max: 5000 }, description: 'Text sent to the end user when the reminder fires.' },
  timeout_seconds: {
    type: 'whole-number',
    range: REMINDER_WAIT,
    description:
      'Wait after the previous reminder, in seconds (Admin Center offers 1-15 minutes). Required for the second and ' +
      'third reminders; leave unset for the first, which fires after the inactivity timeout.',
  },
  ticket_status_id: {
    type: 'status-id',
    description:
      'Ticket status set when the reminder fires (Pending, On-hold or Solved, or a custom status in those categories). ' +
      'Only for the second and third reminders; unset means no status change.',
  },
  tags: { type: 'text-list', description: 'Tags added to the ticket when the reminder fires.' },
} as const satisfies Readonly<Record<string, ItemField>>;

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
 * (an object before its attributes), then on_destroy. Adding a setting is adding a row here (and its fact). `as const`:
 * each row's literal name, shape and items' fields are what the schema's types derive from (account-settings-schema.ts).
 */
export const ATTRIBUTE_ROWS = [
  { attribute: 'id', words: 'Account', shape: 'choice', identifier: true, description: 'The Zendesk account (subdomain) these settings belong to. Also the import ID.' },
  setting({
    attribute: 'agents_can_end_sessions', fact: FACTS['messaging.messaging_end_session'], decode: bool, encode: identity,
    words: 'Agents can end messaging sessions', shape: 'on-off', valueWords: ON_OFF, adminCenter: END_SESSIONS, helpArticle: END_SESSIONS_ARTICLE, resets: true,
    effect: EFFECTS.agentsCanEndSessions,
    description:
      `Agents can end messaging sessions at any time (${END_SESSIONS}). On by default; off by default for accounts that ` +
      'had messaging before the feature shipped.',
  }),
  setting({
    attribute: 'agent_ended_session_routing', fact: FACTS['routing.transform_to_email_enabled'],
    decode: (api) => (typeof api === 'boolean' ? { value: api ? 'email' : 'messaging' } : invalid(api, 'true or false')),
    encode: (value) => value === 'email',
    // The values in ROUTING_TREATMENTS' order: the schema accepts these keys, and its docs list them so.
    words: 'Tickets of agent-ended sessions are routed as', shape: 'choice', valueWords: { messaging: 'messaging tickets', email: 'email tickets' } satisfies Record<RoutingTreatment, string>,
    adminCenter: ROUTE_AS_EMAIL, helpArticle: ROUTING_ARTICLE, resets: true, effect: EFFECTS.agentEndedSessionRouting,
    description:
      'How omnichannel routing treats tickets of sessions an agent ended: "messaging" (Zendesk\'s default) or "email" ' +
      '(routed as email tickets and counted toward email capacity: "Route agent-ended messaging sessions as email ' +
      `tickets" in ${ROUTING_CONFIGURATION}). Takes effect only with omnichannel routing on and agents allowed to end ` +
      'sessions; otherwise Zendesk keeps the value without effect, and plans and drift reports say so with a warning.',
  }),
  {
    attribute: 'inactivity', words: 'Auto-release capacity on inactivity', shape: 'object', helpArticle: AUTO_RELEASE_ARTICLE,
    description:
      "Auto-release capacity (settings.messaging_inactivity): release the agent's messaging capacity when the end user " +
      `is inactive, with up to ${MAX_REMINDERS} reminders.`,
  },
  setting({
    attribute: 'inactivity.enabled', fact: FACTS['messaging_inactivity.enabled'], decode: bool, encode: identity,
    words: 'Auto-release capacity on inactivity', shape: 'on-off', valueWords: ON_OFF, helpArticle: AUTO_RELEASE_ARTICLE, resets: true,
    effect: EFFECTS.inactivityEnabled, description: 'Whether auto-release capacity is on.',
  }),
  setting({
    attribute: 'inactivity.timeout_minutes', fact: FACTS['messaging_inactivity.timeout'], decode: wholeNumber, encode: identity,
    words: TIMEOUT_WORDS, shape: 'count', range: INACTIVITY_TIMEOUT, helpArticle: AUTO_RELEASE_ARTICLE, resets: true,
    effect: EFFECTS.timeout,
    description: `Minutes of end-user inactivity before the conversation counts as inactive (${INACTIVITY_TIMEOUT.min}-${INACTIVITY_TIMEOUT.max}).`,
  }),
  setting({
    attribute: 'inactivity.timeout', aliasOf: 'inactivity.timeout_minutes', fact: FACTS['messaging_inactivity.timeout'], decode: wholeNumber, encode: identity,
    words: TIMEOUT_WORDS, shape: 'count', range: INACTIVITY_TIMEOUT, helpArticle: AUTO_RELEASE_ARTICLE, effect: EFFECTS.timeout,
    description: `Deprecated: the former name of timeout_minutes, which it always equals. ${TIMEOUT_RENAMED}`, deprecation: TIMEOUT_RENAMED,
  }),
  // Status ids are account-specific: reset leaves the status as it is.
  setting({
    attribute: 'inactivity.ticket_status_id', fact: FACTS['messaging_inactivity.ticket_status_id'], decode: wholeNumber, encode: identity,
    words: 'Ticket status when a conversation becomes inactive', shape: 'ticket-status', helpArticle: AUTO_RELEASE_ARTICLE,
    effect: EFFECTS.ticketStatus,
    description:
      'Status the ticket gets when the conversation becomes inactive (Pending, On-hold or Solved, or a custom status ' +
      'in those categories; New and Open are not allowed).',
  }),
  setting({
    attribute: 'inactivity.end_session', fact: FACTS['messaging_inactivity.end_session'], decode: bool, encode: identity,
    words: 'End the session with the final reminder', shape: 'on-off', valueWords: ON_OFF, helpArticle: AUTO_RELEASE_ARTICLE, resets: true,
    effect: EFFECTS.endSession, description: 'End the messaging session with the final reminder.',
  }),
  // Reminder texts and statuses are the account's own: reset leaves them as they are.
  setting({
    attribute: 'inactivity.reminders', fact: FACTS['messaging_inactivity.reminders'], decode: reminders, encode: remindersToApi,
    words: 'Inactivity reminders', shape: 'reminder-list', helpArticle: AUTO_RELEASE_ARTICLE, maxItems: MAX_REMINDERS, items: REMINDER_FIELDS,
    effect: EFFECTS.reminders,
    description: `Up to ${MAX_REMINDERS} reminders sent to an inactive end user, in order. Setting it replaces the whole list.`,
  }),
  {
    attribute: 'on_destroy', words: 'When this resource is destroyed', shape: 'choice', default: 'retain',
    valueWords: { retain: 'leave the settings as they are', reset: "restore Zendesk's defaults" } satisfies Record<OnDestroy, string>,
    description:
      'What destroying this resource does: "retain" (default) leaves the account as it is and only removes it from ' +
      'Terraform state; "reset" restores Zendesk\'s defaults for the settings this resource manages.',
  },
] as const satisfies readonly AttributeEntry[];

/** The same rows, each read as an attribute entry (what reports, the tree and the descriptor need). */
export const ATTRIBUTES: readonly AttributeEntry[] = ATTRIBUTE_ROWS;

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
