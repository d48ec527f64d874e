/**
 * The emulator's trigger definitions as one declarative table: what
 * `GET /api/v2/triggers/definitions` lists, and so what the emulator accepts
 * in a trigger (validate.ts reads the same definitions). One row per subject;
 * definitions.ts turns rows into the documented response shape and adds the
 * account's custom fields. A later rebuild from real recordings replaces these
 * rows and nothing else.
 *
 * Sources, per row (`source`):
 *  - CR: Zendesk's conditions reference (developer.zendesk.com/documentation/ticketing/reference-guides/conditions-reference/)
 *  - AR: Zendesk's actions reference (…/reference-guides/actions-reference/)
 *  - TR: the triggers API page's definitions example (ZENDESK-API-NOTES §2)
 *  - GZ: how go-zendesk (nukosuke/JacobPotter) validates fields and operators; peer HCL from nukosuke/terraform-provider-zendesk
 *  - HC: Zendesk help center articles (ZENDESK-API-NOTES §3, §4)
 *  - EMU: the emulator's own invention where Zendesk publishes nothing (see definitions.ts)
 * `guess: true` marks rows whose title, type, operators or values are the emulator's guess
 * (the references give field names and value forms, rarely the definitions' titles and types).
 */
import { PENDING_STATUS_ID, SOLVED_STATUS_ID } from '../settings/defaults';

export interface Operator {
  value: string;
  title: string;
  terminal: boolean;
}

export interface ValueOption {
  value: string;
  title: string;
  enabled: boolean;
}

export interface DefinitionRow {
  subject: string;
  title: string;
  type: string;
  /** Conditions only. */
  operators?: Operator[];
  values?: ValueOption[];
  source: string;
  guess?: true;
  /** Listed only while agents can end messaging sessions [DOC HC 8009788438042]. */
  onlyWhenAgentsCanEndSessions?: true;
}

const op = (value: string, title: string, terminal = false): Operator => ({ value, title, terminal });
export const values = (...pairs: [string, string][]): ValueOption[] => pairs.map(([value, title]) => ({ value, title, enabled: true }));

/** Operator sets. CHANGE_AWARE is the TR example's "status" list verbatim; the others are cut from it (GZ). */
const CHANGE_AWARE = [
  op('is', 'Is'),
  op('is_not', 'Is not'),
  op('less_than', 'Less than'),
  op('greater_than', 'Greater than'),
  op('changed', 'Changed', true),
  op('value', 'Changed to'),
  op('value_previous', 'Changed from'),
  op('not_changed', 'Not changed', true),
  op('not_value', 'Not changed to'),
  op('not_value_previous', 'Not changed from'),
];

export const OPERATORS = {
  IS: [op('is', 'Is'), op('is_not', 'Is not')],
  IS_ONLY: [op('is', 'Is')],
  CHANGE_AWARE,
  // The change-aware operators of a field whose values have no order (no less than / greater than).
  CHANGES: CHANGE_AWARE.filter((o) => o.value !== 'less_than' && o.value !== 'greater_than'),
  PRESENCE: [op('present', 'Present', true), op('not_present', 'Not present', true)],
  TAGS: [op('includes', 'Contains at least one of the following'), op('not_includes', 'Contains none of the following')],
  /** Comment and subject text (CR): words, or an exact string. */
  TEXT: [
    op('includes', 'Contains at least one of the following words'),
    op('not_includes', 'Contains none of the following words'),
    op('is', 'Contains the following string'),
    op('is_not', 'Contains not the following string'),
  ],
  INCLUDES: [op('includes', 'Includes'), op('not_includes', 'Does not include')],
} satisfies Record<string, Operator[]>;

export const STATUSES = values(['new', 'New'], ['open', 'Open'], ['pending', 'Pending'], ['hold', 'On-hold'], ['solved', 'Solved'], ['closed', 'Closed']);
const PRIORITIES = values(['low', 'Low'], ['normal', 'Normal'], ['high', 'High'], ['urgent', 'Urgent']);
const TYPES = values(['question', 'Question'], ['incident', 'Incident'], ['problem', 'Problem'], ['task', 'Task']);
const GROUPS = values(['360000001', 'Support'], ['360000002', 'Billing']);
/** Via ids are numbers in the API ("The Via Type value is a number" [DOC]); 74 for native messaging is an assumption. */
const CHANNELS = values(['0', 'Web form'], ['4', 'Email'], ['5', 'Web service (API)'], ['29', 'Chat'], ['48', 'Web Widget'], ['74', 'Messaging']);
/** Locale ids are numeric in triggers (assumption: CR says "locale id", go-zendesk accepts locale names too). */
const LOCALES = values(['1', 'English'], ['2', 'Español'], ['8', 'Deutsch'], ['16', 'Français']);
/** The account's custom ticket statuses; Pending and Solved are the ids of the account settings doc example [DOC AS-DOC]. */
const CUSTOM_STATUSES = values(['8001424138700', 'Open'], [String(PENDING_STATUS_ID), 'Pending'], [String(SOLVED_STATUS_ID), 'Solved']);
const FORMS = values(['360000000601', 'Default Ticket Form']);
const BRANDS = values(['360000000501', 'Default brand']);

/** Conditions of ticket triggers (conditions_all; conditions_any is the same list without values). */
export const CONDITION_ROWS: DefinitionRow[] = [
  { subject: 'update_type', title: 'Ticket', type: 'list', operators: OPERATORS.IS_ONLY, values: values(['Create', 'Created'], ['Change', 'Updated']), source: 'CR, GZ', guess: true },
  { subject: 'status', title: 'Status', type: 'list', operators: OPERATORS.CHANGE_AWARE, values: STATUSES, source: 'TR' },
  { subject: 'custom_status_id', title: 'Ticket status', type: 'list', operators: [...OPERATORS.INCLUDES, ...OPERATORS.CHANGES], values: CUSTOM_STATUSES, source: 'CR, GZ', guess: true },
  { subject: 'status_category', title: 'Status category', type: 'list', operators: OPERATORS.CHANGE_AWARE, values: STATUSES.filter((s) => s.value !== 'closed'), source: 'EMU' },
  { subject: 'priority', title: 'Priority', type: 'list', operators: OPERATORS.CHANGE_AWARE, values: PRIORITIES, source: 'CR, GZ' },
  { subject: 'type', title: 'Type', type: 'list', operators: OPERATORS.CHANGES, values: TYPES, source: 'CR, GZ' },
  { subject: 'ticket_type_id', title: 'Ticket type', type: 'list', operators: OPERATORS.IS, values: values(['1', 'Question'], ['2', 'Incident'], ['3', 'Problem'], ['4', 'Task']), source: 'CR (SLA policies), GZ', guess: true },
  { subject: 'role', title: 'Current user', type: 'list', operators: OPERATORS.IS, values: values(['end_user', 'End user'], ['agent', 'Agent'], ['admin', 'Admin']), source: 'CR, GZ' },
  { subject: 'via_id', title: 'Channel', type: 'list', operators: OPERATORS.IS, values: CHANNELS, source: 'CR, GZ' },
  { subject: 'current_via_id', title: 'Update via', type: 'list', operators: OPERATORS.IS, values: CHANNELS, source: 'CR, GZ' },
  { subject: 'ticket_form_id', title: 'Form', type: 'list', operators: OPERATORS.IS, values: FORMS, source: 'CR, GZ', guess: true },
  { subject: 'brand_id', title: 'Brand', type: 'list', operators: OPERATORS.IS, values: BRANDS, source: 'CR, GZ', guess: true },
  { subject: 'group_id', title: 'Group', type: 'list', operators: [...OPERATORS.CHANGES, ...OPERATORS.PRESENCE], values: GROUPS, source: 'CR, GZ' },
  {
    subject: 'assignee_id',
    title: 'Assignee',
    type: 'list',
    operators: [...OPERATORS.CHANGES, ...OPERATORS.PRESENCE],
    values: values(['current_user', '(current user)'], ['requester_id', '(requester)']),
    source: 'CR, GZ',
  },
  // Users and organizations are looked up by name in Admin Center; the definitions list no values (assumption).
  { subject: 'requester_id', title: 'Requester', type: 'autocomplete', operators: OPERATORS.CHANGES, source: 'CR, GZ', guess: true },
  { subject: 'organization_id', title: 'Organization', type: 'autocomplete', operators: OPERATORS.CHANGES, source: 'CR, GZ', guess: true },
  {
    subject: 'satisfaction_score',
    title: 'Satisfaction',
    type: 'list',
    operators: OPERATORS.CHANGES,
    values: values(['unoffered', 'Unoffered'], ['offered', 'Offered'], ['bad', 'Bad'], ['bad_with_comment', 'Bad with comment'], ['good', 'Good'], ['good_with_comment', 'Good with comment']),
    source: 'CR, GZ',
  },
  { subject: 'locale_id', title: 'Requester language', type: 'list', operators: OPERATORS.IS, values: LOCALES, source: 'CR, GZ', guess: true },
  { subject: 'current_tags', title: 'Tags', type: 'tagger', operators: OPERATORS.TAGS, source: 'CR, GZ' },
  { subject: 'comment_includes_word', title: 'Comment text', type: 'text', operators: OPERATORS.TEXT, source: 'CR, GZ' },
  { subject: 'subject_includes_word', title: 'Subject text', type: 'text', operators: OPERATORS.TEXT, source: 'CR, GZ' },
  { subject: 'routing_channel', title: 'Routing channel', type: 'list', operators: OPERATORS.IS, values: values(['messaging', 'Messaging'], ['email', 'Email']), source: 'HC, EMU' },
  {
    subject: 'messaging_session_state',
    title: 'Messaging session state',
    type: 'list',
    operators: OPERATORS.CHANGES.slice(0, 6),
    values: values(['active', 'Active'], ['inactive', 'Inactive'], ['ended', 'Ended']),
    source: 'HC, EMU',
  },
  {
    subject: 'messaging_session_ended_reason',
    title: 'Messaging session ended reason',
    type: 'list',
    operators: OPERATORS.CHANGES.slice(0, 6),
    values: values(['ended_by_agent', 'Ended by agent'], ['ended_by_end_user', 'Ended by end user'], ['inactivity', 'Ended after inactivity']),
    source: 'HC, EMU',
    onlyWhenAgentsCanEndSessions: true,
  },
];

/** Actions of ticket triggers. "multi" (the emulator's own type name) takes a list: recipient, subject, body and the like. */
export const ACTION_ROWS: DefinitionRow[] = [
  { subject: 'status', title: 'Status', type: 'list', values: STATUSES.filter((s) => s.value !== 'closed' && s.value !== 'new'), source: 'TR, AR' },
  { subject: 'custom_status_id', title: 'Ticket status', type: 'list', values: CUSTOM_STATUSES, source: 'AR, GZ', guess: true },
  { subject: 'priority', title: 'Priority', type: 'list', values: PRIORITIES, source: 'AR' },
  { subject: 'type', title: 'Type', type: 'list', values: TYPES, source: 'AR' },
  { subject: 'group_id', title: 'Group', type: 'list', values: GROUPS, source: 'AR' },
  { subject: 'assignee_id', title: 'Assignee', type: 'list', values: values(['current_user', '(current user)']), source: 'AR' },
  { subject: 'ticket_form_id', title: 'Ticket form', type: 'list', values: FORMS, source: 'AR, GZ', guess: true },
  { subject: 'brand_id', title: 'Brand', type: 'list', values: BRANDS, source: 'AR, GZ', guess: true },
  { subject: 'locale_id', title: 'Set requester language', type: 'list', values: LOCALES, source: 'AR, GZ', guess: true },
  { subject: 'set_tags', title: 'Set tags', type: 'tagger', source: 'AR' },
  { subject: 'current_tags', title: 'Add tags', type: 'tagger', source: 'AR' },
  { subject: 'remove_tags', title: 'Remove tags', type: 'tagger', source: 'AR' },
  // [recipient, subject, body]; the recipient is a user id, current_user, requester_id, assignee_id or all_agents (AR, GZ).
  { subject: 'notification_user', title: 'Email user', type: 'multi', source: 'AR, GZ', guess: true },
  // [group id or "group_id" (the ticket's group), subject, body] (AR, GZ).
  { subject: 'notification_group', title: 'Email group', type: 'multi', source: 'AR, GZ', guess: true },
  // [target id, message] (AR; targets are deprecated in favour of webhooks).
  { subject: 'notification_target', title: 'Notify target', type: 'multi', source: 'AR, GZ', guess: true },
  // [webhook id, JSON body] [OBS ZENDESK-API-NOTES §2].
  { subject: 'notification_webhook', title: 'Notify by webhook', type: 'multi', source: 'AR, GZ', guess: true },
  // A user id or current_user (AR, GZ); no list of users (assumption, like requester_id).
  { subject: 'cc', title: 'Add cc', type: 'autocomplete', source: 'AR, GZ', guess: true },
  { subject: 'satisfaction_score', title: 'Satisfaction', type: 'list', values: values(['offered_to_requester', 'Offer CSAT survey to requester']), source: 'AR', guess: true },
  { subject: 'messaging_session', title: 'Messaging session', type: 'list', values: values(['end_session', 'End session']), source: 'HC, EMU' },
  { subject: 'set_routing_channel', title: 'Set routing channel', type: 'list', values: values(['email', 'Email']), source: 'HC, EMU' },
];
