/**
 * The base trigger definitions of a real account: every subject that is not a
 * custom field, with its title, type, group, nullable, operators and values
 * as recorded in `GET /api/v2/triggers/definitions` of salto-io/salto
 * packages/zendesk-adapter/test/mock_replies/myBrand_mock_replies.json
 * (59 actions, 76 conditions_all, 76 conditions_any there; the any list is the
 * all list, values included). All entries are `repeatable: false`.
 *
 * Trimmed: values that were that account's own records (its groups, agents,
 * organizations, brand, forms, schedules, target, support address, phone
 * number) are a function of the emulator account's directory (directory.ts),
 * in the recorded order and with the recorded fixed entries ("-", "(current
 * user)", …) kept where they were. Custom fields are in custom-fields.ts;
 * what no recording shows (Satisfaction, Ticket status, Status category and
 * the messaging subjects) is in assumptions.ts.
 *
 * Definition types as recorded [observed: docs/design/zendesk-api.md#recorded-definitions]: "list", "text",
 * "tags" (not "tagger"), "date", "email" (notification_user/group, not
 * "multi"), "sms", "target", "webhook", "multiselect_list" (custom field
 * actions). Titles as recorded: "Ticket" (update_type), "Form"
 * (ticket_form_id), "Language" (locale_id), "Notify active webhook".
 */
import type { AccountDirectory } from '../directory';
import { RECORDED_OPERATORS as OPS } from './operators';
import { NULL_OPTION, type Operator, type ValueOption, option, options } from './shapes';
import { TIME_ZONE_VALUES } from './time-zones';
import { RECORDED_VIA_VALUES } from './via-types';

export interface DefinitionRow {
  subject: string;
  title: string;
  type: string;
  group: string;
  nullable: boolean;
  operators?: Operator[];
  /** Fixed values, or the account's own records. */
  values?: ValueOption[] | ((directory: AccountDirectory) => ValueOption[]);
  metadata?: (directory: AccountDirectory) => Record<string, unknown>;
}

type Dir = AccountDirectory;
const groups = (d: Dir) => d.groups.map((g) => option(g.id, g.name));
const agents = (d: Dir) => d.agents.map((a) => option(a.id, a.name));
const schedules = (d: Dir) => d.schedules.map((s) => option(s.id, s.name));
const forms = (d: Dir) => d.ticketForms.map((f) => option(f.id, f.name));
const brands = (d: Dir) => d.brands.map((b) => option(b.id, b.name));
const YES_NO = options(['true', 'Yes'], ['false', 'No']);
const PRIORITIES = options(['low', 'Low'], ['normal', 'Normal'], ['high', 'High'], ['urgent', 'Urgent']);
const TYPES = options(['question', 'Question'], ['incident', 'Incident'], ['problem', 'Problem'], ['task', 'Task']);
const CURRENT_USER = option('current_user', '(current user)');
const REQUESTER = option('requester_id', '(requester)');
const ASSIGNEE = option('assignee_id', '(assignee)');
const ASSIGNED_GROUP = option('group_id', '(assigned group)');
const phoneNumbers = (d: Dir) => ({ phone_numbers: d.phoneNumbers.map((p) => ({ value: p.id, title: p.number })) });

const ticket = (subject: string, title: string, type: string, operators: Operator[], values?: DefinitionRow['values'], nullable = false): DefinitionRow => ({
  subject,
  title,
  type,
  group: 'ticket',
  nullable,
  operators,
  ...(values ? { values } : {}),
});
const requester = (subject: string, title: string, type: string, operators: Operator[], values?: DefinitionRow['values']): DefinitionRow => ({
  ...ticket(subject, title, type, operators, values),
  group: 'requester',
});

/** conditions_all (and conditions_any): the 34 base subjects, in the recorded order. */
export const RECORDED_CONDITIONS: DefinitionRow[] = [
  ticket('status', 'Status', 'list', OPS.ORDERED_CHANGES, options(['new', 'New'], ['open', 'Open'], ['pending', 'Pending'], ['solved', 'Solved'], ['closed', 'Closed'])),
  ticket('number_of_incidents', 'Number of incidents', 'text', OPS.COUNT_OR_EQUAL),
  ticket('brand_id', 'Brand', 'list', OPS.CHANGES, brands),
  ticket('ticket_form_id', 'Form', 'list', OPS.CHANGES, forms),
  ticket('type', 'Type', 'list', OPS.CHANGES, [NULL_OPTION, ...TYPES], true),
  ticket('priority', 'Priority', 'list', OPS.ORDERED_CHANGES, [NULL_OPTION, ...PRIORITIES], true),
  ticket('group_id', 'Group', 'list', OPS.CHANGES, (d) => [NULL_OPTION, ...groups(d)], true),
  ticket('assignee_id', 'Assignee', 'list', OPS.CHANGES, (d) => [NULL_OPTION, REQUESTER, CURRENT_USER, ...agents(d)], true),
  ticket('requester_id', 'Requester', 'list', OPS.CHANGES, (d) => [ASSIGNEE, CURRENT_USER, ...agents(d)]),
  ticket('organization_id', 'Organization', 'list', OPS.CHANGES, (d) => [NULL_OPTION, ...d.organizations.map((o) => option(o.id, o.name))], true),
  ticket('current_tags', 'Tags', 'tags', OPS.TAGS),
  ticket('via_id', 'Channel', 'list', OPS.IS_OR_NOT, RECORDED_VIA_VALUES),
  ticket('current_via_id', 'Update via', 'list', OPS.IS_OR_NOT, RECORDED_VIA_VALUES),
  ticket('recipient', 'Received at', 'list', OPS.IS_ONLY, (d) => d.recipients.map((r) => option(r, r))),
  ticket('update_type', 'Ticket', 'list', OPS.IS_ONLY, options(['Create', 'Created'], ['Change', 'Updated'])),
  ticket('subject_includes_word', 'Subject text', 'text', OPS.WORDS),
  ticket('ticket_is_public', 'Privacy', 'list', OPS.IS_ONLY, options(['public', 'Ticket has public comments'], ['private', 'Ticket has no public comments'])),
  ticket(
    'comment_is_public',
    'Comment',
    'list',
    OPS.IS_ONLY,
    options(['true', 'Public'], ['false', 'Private'], ['not_relevant', 'Present (public or private)'], ['requester_can_see_comment', 'Present, and requester can see the comment']),
  ),
  ticket('comment_includes_word', 'Comment text', 'text', OPS.WORDS),
  ticket('reopens', 'Reopens', 'text', OPS.COUNT),
  ticket('replies', 'Agent replies', 'text', OPS.COUNT),
  ticket('agent_stations', 'Assignee stations', 'text', OPS.COUNT),
  ticket('group_stations', 'Group stations', 'text', OPS.COUNT),
  ticket('in_business_hours', 'Within business hours?', 'list', OPS.IS_ONLY, YES_NO),
  ticket('on_holiday', 'On a holiday?', 'list', OPS.IS_ONLY, YES_NO),
  ticket('schedule_id', 'Schedule', 'list', OPS.IS_OR_NOT, schedules),
  ticket('within_schedule', 'Within (schedule)', 'list', OPS.IS_ONLY, schedules),
  ticket('ticket_due_date', 'Due date', 'list', OPS.IS_ONLY, options(['true', 'Present'], ['false', 'Not present'])),
  requester('requester_role', 'Role', 'list', OPS.IS_OR_NOT, options(['4', '(agent)'], ['0', '(end-user)'], ['2', '(admin)'])),
  // Locale ids are Zendesk-wide (1 en-US, 2 es, 30 he [observed: docs/design/zendesk-api.md#recorded-definitions]); the recorded account had these three.
  requester('locale_id', 'Language', 'list', OPS.IS_OR_NOT, options(['1', 'English (United States)'], ['30', 'Hebrew'], ['2', 'Spanish'])),
  requester('requester_twitter_followers_count', 'Number of Twitter followers', 'text', OPS.COUNT),
  requester('requester_twitter_statuses_count', 'Number of tweets', 'text', OPS.COUNT),
  requester('requester_twitter_verified', 'Is verified by Twitter', 'list', OPS.IS_ONLY, options(['true', 'true'])),
  requester('requester_time_zone', 'Time zone', 'list', OPS.IS_OR_NOT, TIME_ZONE_VALUES),
  { ...ticket('role', 'Current user', 'list', OPS.IS_OR_NOT, (d) => [option('agent', '(agent)'), option('end_user', '(end-user)'), ...agents(d)]), group: 'other' },
];

const action = (subject: string, title: string, type: string, group: string, values?: DefinitionRow['values'], nullable = false): DefinitionRow => ({
  subject,
  title,
  type,
  group,
  nullable,
  ...(values ? { values } : {}),
});

/** actions: the 19 base subjects, in the recorded order. */
export const RECORDED_ACTIONS: DefinitionRow[] = [
  action('status', 'Status', 'list', 'ticket', options(['open', 'Open'], ['pending', 'Pending'], ['solved', 'Solved'], ['closed', 'Closed'])),
  action('brand_id', 'Brand', 'list', 'ticket', brands),
  action('ticket_form_id', 'Form', 'list', 'ticket', (d) => [option('default_ticket_form', '(default form)'), ...forms(d)]),
  action('priority', 'Priority', 'list', 'ticket', PRIORITIES),
  action('type', 'Type', 'list', 'ticket', TYPES),
  action('group_id', 'Group', 'list', 'ticket', (d) => [NULL_OPTION, ...groups(d)], true),
  action('assignee_id', 'Assignee', 'list', 'ticket', (d) => [NULL_OPTION, CURRENT_USER, REQUESTER, ...agents(d)], true),
  action('set_tags', 'Set tags', 'tags', 'ticket'),
  action('current_tags', 'Add tags', 'tags', 'ticket'),
  action('remove_tags', 'Remove tags', 'tags', 'ticket'),
  action('follower', 'Add follower', 'list', 'ticket', (d) => [CURRENT_USER, ...agents(d)]),
  action('set_schedule', 'Set schedule', 'list', 'ticket', schedules),
  action('notification_user', 'Email user', 'email', 'notifications', (d) => [
    CURRENT_USER,
    option('requester_and_ccs', '(requester and CCs)'),
    REQUESTER,
    ASSIGNEE,
    option('all_agents', '(all non-restricted agents)'),
    ...agents(d),
  ]),
  action('notification_group', 'Email group', 'email', 'notifications', (d) => [ASSIGNED_GROUP, ...groups(d)]),
  action('notification_target', 'Notify target', 'target', 'notifications', (d) => d.targets.map((t) => option(t.id, t.name, { format: 'json' }))),
  // No values: the recording lists none, though the account had an active webhook.
  action('notification_webhook', 'Notify active webhook', 'webhook', 'notifications'),
  action('locale_id', 'Language', 'list', 'requester', options(['1', 'English'], ['30', 'עִבְרִית (Hebrew)'], ['2', 'Español'])),
  { ...action('notification_sms_group', 'Text group', 'sms', 'notifications', (d) => [ASSIGNED_GROUP, ...groups(d)]), metadata: phoneNumbers },
  { ...action('notification_sms_user', 'Text user', 'sms', 'notifications', (d) => [CURRENT_USER, REQUESTER, ASSIGNEE, ...agents(d)]), metadata: phoneNumbers },
];
