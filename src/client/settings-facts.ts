/**
 * Zendesk's own facts about the account settings this product manages or reads, once: where each lives in
 * `GET/PUT /api/v2/account/settings` (section and key), its type, its value in a new account (and in a "legacy"
 * account, one that had messaging before a feature shipped, where that differs), and its name in the audit log.
 * Everything else derives from this table: the client's section types below, the emulator's default settings and
 * audit labels, and the provider's attribute map (which adds the words for people and the converters).
 *
 * Each row says how we know: `documented` (Zendesk's reference or help center), `observed` (in real answers),
 * `inferred` (our reading; Zendesk says nothing), with the section of docs/design/zendesk-api.md that gives the source.
 * Plain data: the construct library and the CLI load it through the attribute map.
 */

/** One inactivity reminder as Zendesk holds it [documented: docs/design/zendesk-api.md#inactivity-reminders]. */
export interface InactivityReminder {
  message: string;
  /** Seconds after the previous reminder (absent on the first one, which uses the section's timeout). */
  timeout?: number | null;
  /** Status to set when the reminder is sent; null = no change. */
  ticket_status_id?: number | null;
  tags?: string[];
  [key: string]: unknown;
}

/** The value types of the settings, as the API carries them. */
interface FactTypes {
  boolean: boolean;
  'whole-number': number;
  text: string;
  /** A ticket status id; null: none. */
  'status-id': number | null;
  'reminder-list': InactivityReminder[];
  'localized-messages': Record<string, string>;
}
export type FactType = keyof FactTypes;
export type FactValue<T extends FactType> = FactTypes[T];

export type Evidence = 'documented' | 'observed' | 'inferred';

export interface SettingFact<S extends string = string, K extends string = string, T extends FactType = FactType> {
  readonly section: S;
  readonly key: K;
  readonly type: T;
  /** The value in a new account. */
  readonly newAccount: FactValue<T>;
  /** The value in an account that had messaging before the setting shipped; absent: the same as a new account's. */
  readonly legacyAccount?: FactValue<T>;
  /**
   * The setting's `source_label` in the audit log (its Admin Center name), which drift attribution matches entries
   * by and the emulator writes. [inferred] no recording shows these labels; absent: the emulator spells the key.
   */
  readonly auditLabel?: string;
  /** How we know the key and its default, and where docs/design/zendesk-api.md gives the source (its anchor). */
  readonly evidence: Evidence;
  readonly source: string;
}

/** Identity with the types checked: a default of the wrong type fails the build (a label, when given, stays in the type). */
function fact<const S extends string, const K extends string, T extends FactType>(row: SettingFact<S, K, T> & { readonly auditLabel: string }): SettingFact<S, K, T> & { readonly auditLabel: string };
function fact<const S extends string, const K extends string, T extends FactType>(row: SettingFact<S, K, T>): SettingFact<S, K, T>;
function fact(row: SettingFact): SettingFact {
  return row;
}

/** The reminder texts of the reference example's default_localized_messages [documented: docs/design/zendesk-api.md#messaging-inactivity]. */
export const DEFAULT_MESSAGES = {
  pre_solved_message_1:
    "Waiting on your response. If we don't hear from you within a few minutes, this ticket will be marked as solved.",
  pre_solved_message_2: 'This ticket will be marked as solved soon. We hope to hear from you.',
  solved_message: "As we haven't heard from you in a while, we'll be marking this ticket as solved.",
};

/** Status ids of the reference example [documented: docs/design/zendesk-api.md#account-settings-endpoints]: its Pending and Solved (custom) statuses; every account has its own. */
export const PENDING_STATUS_ID = 8001424138749;
export const SOLVED_STATUS_ID = 8678123367037;

const INACTIVITY = 'inactivity-defaults';
const ROUTING = 'routing-section';

/** Every known setting, section by section, each section's keys in the order Zendesk's answers list them. */
export const SETTING_FACTS = [
  fact({
    section: 'messaging', key: 'messaging_end_session', type: 'boolean', newAccount: true, legacyAccount: false,
    auditLabel: 'Agents can end messaging sessions', evidence: 'observed', source: 'agents-can-end-sessions',
  }),

  // Auto-release capacity: on for accounts created after 2025-05-19, 5 minutes, three reminders (5 min → Pending,
  // +5 min no change, +1 min → Solved), tags for accounts after 2025-10-16.
  fact({
    section: 'messaging_inactivity', key: 'default_localized_messages', type: 'localized-messages', newAccount: DEFAULT_MESSAGES,
    evidence: 'documented', source: 'messaging-inactivity',
  }),
  fact({ section: 'messaging_inactivity', key: 'enabled', type: 'boolean', newAccount: true, auditLabel: 'Auto-release capacity for inactive conversations', evidence: 'documented', source: INACTIVITY }),
  fact({ section: 'messaging_inactivity', key: 'end_session', type: 'boolean', newAccount: false, auditLabel: 'End session after the final reminder', evidence: 'documented', source: INACTIVITY }),
  fact({
    section: 'messaging_inactivity', key: 'ticket_status_id', type: 'status-id', newAccount: PENDING_STATUS_ID,
    auditLabel: 'Ticket status for inactive conversations', evidence: 'documented', source: INACTIVITY,
  }),
  fact({ section: 'messaging_inactivity', key: 'timeout', type: 'whole-number', newAccount: 5, auditLabel: 'Auto-release inactivity timeout', evidence: 'documented', source: INACTIVITY }),
  fact({
    section: 'messaging_inactivity', key: 'reminders', type: 'reminder-list', auditLabel: 'Inactivity reminders', evidence: 'documented', source: INACTIVITY,
    newAccount: [
      { message: DEFAULT_MESSAGES.pre_solved_message_1, tags: ['messaging_reminder_1'] },
      { message: DEFAULT_MESSAGES.pre_solved_message_2, ticket_status_id: null, timeout: 300, tags: ['messaging_reminder_2'] },
      { message: DEFAULT_MESSAGES.solved_message, ticket_status_id: SOLVED_STATUS_ID, timeout: 60, tags: ['messaging_reminder_final'] },
    ],
  }),

  // The documented routing keys. Omnichannel routing is on in a new account here; the reference example shows false
  // (an older account). The reassignment timeouts are seconds; the default tag is auto-routing.
  fact({ section: 'routing', key: 'enabled', type: 'boolean', newAccount: true, auditLabel: 'Omnichannel routing', evidence: 'documented', source: ROUTING }),
  fact({ section: 'routing', key: 'autorouting_tag', type: 'text', newAccount: 'auto-routing', auditLabel: 'Auto-routing tag', evidence: 'documented', source: ROUTING }),
  fact({ section: 'routing', key: 'max_email_capacity', type: 'whole-number', newAccount: 0, evidence: 'documented', source: ROUTING }),
  fact({ section: 'routing', key: 'max_messaging_capacity', type: 'whole-number', newAccount: 0, auditLabel: 'Messaging capacity', evidence: 'documented', source: ROUTING }),
  fact({
    section: 'routing', key: 'reassignment_messaging_enabled', type: 'boolean', newAccount: true, auditLabel: 'Reassign messaging conversations',
    evidence: 'documented', source: ROUTING,
  }),
  fact({
    section: 'routing', key: 'reassignment_messaging_timeout', type: 'whole-number', newAccount: 30, auditLabel: 'Messaging reassignment timeout',
    evidence: 'documented', source: ROUTING,
  }),
  fact({ section: 'routing', key: 'reassignment_talk_timeout', type: 'whole-number', newAccount: 30, auditLabel: 'Talk reassignment timeout', evidence: 'documented', source: ROUTING }),
  // Keys real answers carry beyond the reference; their defaults are ours (off).
  fact({
    section: 'routing', key: 'transform_to_email_enabled', type: 'boolean', newAccount: false, auditLabel: 'Route agent-ended messaging sessions as email tickets',
    evidence: 'observed', source: 'agent-ended-session-routing',
  }),
  fact({
    section: 'routing', key: 'messaging_activity_routing_enabled', type: 'boolean', newAccount: false, auditLabel: 'Count inactive conversations towards agent capacity',
    evidence: 'observed', source: ROUTING,
  }),
  fact({ section: 'routing', key: 'auto_accept_messaging_enabled', type: 'boolean', newAccount: false, auditLabel: 'Auto-accept', evidence: 'observed', source: ROUTING }),
  fact({ section: 'routing', key: 'auto_open_email_enabled', type: 'boolean', newAccount: false, evidence: 'observed', source: ROUTING }),
  fact({ section: 'routing', key: 'focus_mode_enabled', type: 'boolean', newAccount: false, auditLabel: 'Focus mode', evidence: 'observed', source: ROUTING }),
  fact({ section: 'routing', key: 'skills_enabled', type: 'boolean', newAccount: false, evidence: 'observed', source: ROUTING }),
  // The skills timeouts' unit is not known (no source shows a value other than the key's type).
  fact({ section: 'routing', key: 'skills_timeout_enabled', type: 'boolean', newAccount: false, auditLabel: 'Skills timeout', evidence: 'observed', source: ROUTING }),
  fact({ section: 'routing', key: 'skills_timeout_support', type: 'whole-number', newAccount: 0, auditLabel: 'Email skills timeout', evidence: 'observed', source: ROUTING }),
  fact({ section: 'routing', key: 'skills_timeout_messaging', type: 'whole-number', newAccount: 0, auditLabel: 'Messaging skills timeout', evidence: 'observed', source: ROUTING }),
  fact({ section: 'routing', key: 'skills_timeout_talk', type: 'whole-number', newAccount: 0, auditLabel: 'Talk skills timeout', evidence: 'observed', source: ROUTING }),
  fact({ section: 'routing', key: 'reassignment_reopened_tickets_enabled', type: 'boolean', newAccount: false, auditLabel: 'Reassign reopened tickets', evidence: 'observed', source: ROUTING }),
  fact({
    section: 'routing', key: 'reassignment_agent_status_change_enabled', type: 'boolean', newAccount: false, auditLabel: 'Reassign tickets when agent status changes',
    evidence: 'observed', source: ROUTING,
  }),
  fact({ section: 'routing', key: 'reassignment_through_queues_enabled', type: 'boolean', newAccount: false, evidence: 'observed', source: ROUTING }),
  fact({ section: 'routing', key: 'ticket_sorting_prioritize_sla', type: 'boolean', newAccount: false, evidence: 'observed', source: ROUTING }),
  // The API's string values are unknown: highest_spare_capacity is ours.
  fact({ section: 'routing', key: 'assignment_method', type: 'text', newAccount: 'highest_spare_capacity', auditLabel: 'Assignment method', evidence: 'inferred', source: ROUTING }),
] as const;

type Fact = (typeof SETTING_FACTS)[number];
/** `messaging.messaging_end_session`, … */
export type FactId = `${Fact['section']}.${Fact['key']}`;
export type FactSection = Fact['section'];

/** Every fact by its `section.key`: a misspelt id fails the build. */
export const FACTS = Object.fromEntries(SETTING_FACTS.map((f) => [`${f.section}.${f.key}`, f])) as unknown as {
  readonly [F in Fact as `${F['section']}.${F['key']}`]: F;
};

/** A section as the API answers it: the known keys typed, any other key as it comes. */
export type SectionOf<S extends FactSection> = { [F in Extract<Fact, { section: S }> as F['key']]?: FactValue<F['type']> } & { [key: string]: unknown };

/** The facts of one section, in order. */
export const factsOf = (section: string): readonly SettingFact[] => SETTING_FACTS.filter((f) => f.section === section);

/** The value of a fact in a new or a legacy account. */
export const defaultOf = (f: SettingFact, account: { legacy: boolean }): unknown => (account.legacy && f.legacyAccount !== undefined ? f.legacyAccount : f.newAccount);
