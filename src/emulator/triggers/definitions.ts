/**
 * What `GET /api/v2/triggers/definitions` answers [DOC TR-DOC example + OAS]:
 * per condition/action a subject (API field), title, type, operators and,
 * for enumerated fields, values. The shape is documented; the list is ours.
 *
 * EMULATOR'S OWN NAMES: Zendesk does not publish the API subjects of "Status
 * category", "Messaging session ended reason", "Messaging session state",
 * "Routing channel", "Messaging session" (end session) or "Set routing channel"
 * (ZENDESK-API-NOTES §3 [??]). The emulator invents `status_category`,
 * `messaging_session_ended_reason`, `messaging_session_state`, `routing_channel`,
 * `messaging_session` and `set_routing_channel` (and their value keys), so
 * clients must resolve them by title, as the provider does.
 */
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
export interface Definition {
  group: string;
  nullable: boolean;
  repeatable: boolean;
  subject: string;
  title: string;
  type: string;
  operators?: Operator[];
  values?: ValueOption[];
}

const op = (value: string, title: string, terminal = false): Operator => ({ value, title, terminal });
/** The documented operators of a change-aware list field (the TR-DOC "status" example). */
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
const IS = [op('is', 'Is'), op('is_not', 'Is not')];
const CHANGE_TO = [op('is', 'Is'), op('is_not', 'Is not'), op('changed', 'Changed', true), op('value', 'Changed to'), op('value_previous', 'Changed from'), op('not_changed', 'Not changed', true)];
const TAGS = [op('includes', 'Contains at least one of the following'), op('not_includes', 'Contains none of the following')];
const PRESENCE = [op('present', 'Present', true), op('not_present', 'Not present', true)];

const values = (...pairs: [string, string][]): ValueOption[] => pairs.map(([value, title]) => ({ value, title, enabled: true }));
const STATUSES = values(['new', 'New'], ['open', 'Open'], ['pending', 'Pending'], ['hold', 'On-hold'], ['solved', 'Solved'], ['closed', 'Closed']);

const condition = (subject: string, title: string, type: string, operators: Operator[], vals?: ValueOption[]): Definition => ({
  group: 'ticket',
  nullable: false,
  repeatable: false,
  subject,
  title,
  type,
  operators,
  ...(vals ? { values: vals } : {}),
});

function conditions(agentsCanEndSessions: boolean): Definition[] {
  return [
    condition('update_type', 'Ticket is', 'list', [op('is', 'Is')], values(['Create', 'Created'], ['Change', 'Updated'])),
    condition('status', 'Status', 'list', CHANGE_AWARE, STATUSES),
    condition('status_category', 'Status category', 'list', CHANGE_AWARE, values(['new', 'New'], ['open', 'Open'], ['pending', 'Pending'], ['hold', 'On-hold'], ['solved', 'Solved'])),
    condition('priority', 'Priority', 'list', CHANGE_AWARE, values(['low', 'Low'], ['normal', 'Normal'], ['high', 'High'], ['urgent', 'Urgent'])),
    condition('type', 'Type', 'list', CHANGE_TO, values(['question', 'Question'], ['incident', 'Incident'], ['problem', 'Problem'], ['task', 'Task'])),
    // Channels are numeric via ids in the API ("The Via Type value is a number" [DOC]); 74 for native messaging is an assumption.
    condition('via_id', 'Channel', 'list', IS, values(['0', 'Web form'], ['4', 'Email'], ['29', 'Chat'], ['74', 'Messaging'])),
    condition('satisfaction_score', 'Satisfaction', 'list', CHANGE_TO, values(['unoffered', 'Unoffered'], ['offered', 'Offered'], ['bad', 'Bad'], ['good', 'Good'])),
    condition('current_tags', 'Tags', 'tagger', TAGS),
    condition('group_id', 'Group', 'list', [...IS, ...PRESENCE], values(['360000001', 'Support'], ['360000002', 'Billing'])),
    condition('assignee_id', 'Assignee', 'list', [...CHANGE_TO, ...PRESENCE], values(['current_user', '(current user)'], ['requester_id', '(requester)'])),
    condition('routing_channel', 'Routing channel', 'list', IS, values(['messaging', 'Messaging'], ['email', 'Email'])),
    condition('messaging_session_state', 'Messaging session state', 'list', CHANGE_TO, values(['active', 'Active'], ['inactive', 'Inactive'], ['ended', 'Ended'])),
    // [DOC HC 8009788438042] this condition only appears once agents are allowed to end sessions.
    ...(agentsCanEndSessions
      ? [condition('messaging_session_ended_reason', 'Messaging session ended reason', 'list', CHANGE_TO, values(['ended_by_agent', 'Ended by agent'], ['ended_by_end_user', 'Ended by end user'], ['inactivity', 'Ended after inactivity']))]
      : []),
  ];
}

const action = (subject: string, title: string, type: string, vals?: ValueOption[]): Definition => ({
  group: 'ticket',
  nullable: false,
  repeatable: type === 'tagger' || type === 'multi',
  subject,
  title,
  type,
  ...(vals ? { values: vals } : {}),
});

const ACTIONS: Definition[] = [
  action('status', 'Status', 'list', STATUSES.filter((s) => s.value !== 'closed' && s.value !== 'new')),
  action('priority', 'Priority', 'list', values(['low', 'Low'], ['normal', 'Normal'], ['high', 'High'], ['urgent', 'Urgent'])),
  action('type', 'Type', 'list', values(['question', 'Question'], ['incident', 'Incident'], ['problem', 'Problem'], ['task', 'Task'])),
  action('group_id', 'Group', 'list', values(['360000001', 'Support'], ['360000002', 'Billing'])),
  action('assignee_id', 'Assignee', 'list', values(['current_user', '(current user)'])),
  action('set_tags', 'Set tags', 'tagger'),
  action('current_tags', 'Add tags', 'tagger'),
  action('remove_tags', 'Remove tags', 'tagger'),
  // Multi-value actions [OBS/DOC]: notification_user [recipient, subject, body]; notification_webhook [id, body].
  action('notification_user', 'Email user', 'multi'),
  action('notification_webhook', 'Notify by webhook', 'multi'),
  // The CSAT survey request of messaging CSAT (emulator's own subject/value; the real ones are unpublished).
  action('satisfaction_score', 'Request CSAT', 'list', values(['offered_to_requester', 'Offer CSAT survey to requester'])),
  action('messaging_session', 'Messaging session', 'list', values(['end_session', 'End session'])),
  action('set_routing_channel', 'Set routing channel', 'list', values(['email', 'Email'])),
];

export interface Definitions {
  actions: Definition[];
  conditions_all: Definition[];
  conditions_any: Definition[];
}

export function definitionsFor(agentsCanEndSessions: boolean): Definitions {
  const all = conditions(agentsCanEndSessions);
  // [DOC OAS] conditions_any entries carry no `values`.
  const any = all.map(({ values: _values, ...rest }) => ({ ...rest, nullable: true }));
  return { actions: ACTIONS, conditions_all: all, conditions_any: any };
}

/** The enumerated values of a field, also for ANY conditions (whose definitions omit them). */
export function valuesOf(agentsCanEndSessions: boolean, subject: string): ValueOption[] | undefined {
  return conditions(agentsCanEndSessions).find((d) => d.subject === subject)?.values;
}
