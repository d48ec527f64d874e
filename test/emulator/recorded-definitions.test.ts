/**
 * The emulator's trigger definitions against a real account's (salto-io/salto
 * packages/zendesk-adapter/test/mock_replies/myBrand_mock_replies.json,
 * GET /api/v2/triggers/definitions). The tables below are that recording's
 * base subjects and custom-field shapes, written out here on their own, so a
 * change to the emulator's fixtures (src/emulator/recorded/) that loses or
 * alters a recorded subject, title, type, group, nullable flag or operator
 * fails this test. Operators: value, `*` when terminal.
 */
import { type EmulatorHandle, startEmulator } from '../../src/emulator';
import { TOKEN, send } from './http';

/** The recording's 34 base conditions, in its order. */
const RECORDED_BASE_CONDITIONS: [subject: string, title: string, type: string, group: string, nullable: boolean, operators: string][] = [
  ['status', 'Status', 'list', 'ticket', false, 'is is_not less_than greater_than changed* value value_previous not_changed* not_value not_value_previous'],
  ['number_of_incidents', 'Number of incidents', 'text', 'ticket', false, 'less_than greater_than is less_than_equal greater_than_equal'],
  ['brand_id', 'Brand', 'list', 'ticket', false, 'is is_not changed* value value_previous not_changed* not_value not_value_previous'],
  ['ticket_form_id', 'Form', 'list', 'ticket', false, 'is is_not changed* value value_previous not_changed* not_value not_value_previous'],
  ['type', 'Type', 'list', 'ticket', true, 'is is_not changed* value value_previous not_changed* not_value not_value_previous'],
  ['priority', 'Priority', 'list', 'ticket', true, 'is is_not less_than greater_than changed* value value_previous not_changed* not_value not_value_previous'],
  ['group_id', 'Group', 'list', 'ticket', true, 'is is_not changed* value value_previous not_changed* not_value not_value_previous'],
  ['assignee_id', 'Assignee', 'list', 'ticket', true, 'is is_not changed* value value_previous not_changed* not_value not_value_previous'],
  ['requester_id', 'Requester', 'list', 'ticket', false, 'is is_not changed* value value_previous not_changed* not_value not_value_previous'],
  ['organization_id', 'Organization', 'list', 'ticket', true, 'is is_not changed* value value_previous not_changed* not_value not_value_previous'],
  ['current_tags', 'Tags', 'tags', 'ticket', false, 'includes not_includes'],
  ['via_id', 'Channel', 'list', 'ticket', false, 'is is_not'],
  ['current_via_id', 'Update via', 'list', 'ticket', false, 'is is_not'],
  ['recipient', 'Received at', 'list', 'ticket', false, 'is'],
  ['update_type', 'Ticket', 'list', 'ticket', false, 'is'],
  ['subject_includes_word', 'Subject text', 'text', 'ticket', false, 'includes not_includes is is_not'],
  ['ticket_is_public', 'Privacy', 'list', 'ticket', false, 'is'],
  ['comment_is_public', 'Comment', 'list', 'ticket', false, 'is'],
  ['comment_includes_word', 'Comment text', 'text', 'ticket', false, 'includes not_includes is is_not'],
  ['reopens', 'Reopens', 'text', 'ticket', false, 'less_than greater_than is'],
  ['replies', 'Agent replies', 'text', 'ticket', false, 'less_than greater_than is'],
  ['agent_stations', 'Assignee stations', 'text', 'ticket', false, 'less_than greater_than is'],
  ['group_stations', 'Group stations', 'text', 'ticket', false, 'less_than greater_than is'],
  ['in_business_hours', 'Within business hours?', 'list', 'ticket', false, 'is'],
  ['on_holiday', 'On a holiday?', 'list', 'ticket', false, 'is'],
  ['schedule_id', 'Schedule', 'list', 'ticket', false, 'is is_not'],
  ['within_schedule', 'Within (schedule)', 'list', 'ticket', false, 'is'],
  ['ticket_due_date', 'Due date', 'list', 'ticket', false, 'is'],
  ['requester_role', 'Role', 'list', 'requester', false, 'is is_not'],
  ['locale_id', 'Language', 'list', 'requester', false, 'is is_not'],
  ['requester_twitter_followers_count', 'Number of Twitter followers', 'text', 'requester', false, 'less_than greater_than is'],
  ['requester_twitter_statuses_count', 'Number of tweets', 'text', 'requester', false, 'less_than greater_than is'],
  ['requester_twitter_verified', 'Is verified by Twitter', 'list', 'requester', false, 'is'],
  ['requester_time_zone', 'Time zone', 'list', 'requester', false, 'is is_not'],
  ['role', 'Current user', 'list', 'other', false, 'is is_not'],
];
/** The recording's 19 base actions, in its order. */
const RECORDED_BASE_ACTIONS: [subject: string, title: string, type: string, group: string, nullable: boolean][] = [
  ['status', 'Status', 'list', 'ticket', false],
  ['brand_id', 'Brand', 'list', 'ticket', false],
  ['ticket_form_id', 'Form', 'list', 'ticket', false],
  ['priority', 'Priority', 'list', 'ticket', false],
  ['type', 'Type', 'list', 'ticket', false],
  ['group_id', 'Group', 'list', 'ticket', true],
  ['assignee_id', 'Assignee', 'list', 'ticket', true],
  ['set_tags', 'Set tags', 'tags', 'ticket', false],
  ['current_tags', 'Add tags', 'tags', 'ticket', false],
  ['remove_tags', 'Remove tags', 'tags', 'ticket', false],
  ['follower', 'Add follower', 'list', 'ticket', false],
  ['set_schedule', 'Set schedule', 'list', 'ticket', false],
  ['notification_user', 'Email user', 'email', 'notifications', false],
  ['notification_group', 'Email group', 'email', 'notifications', false],
  ['notification_target', 'Notify target', 'target', 'notifications', false],
  ['notification_webhook', 'Notify active webhook', 'webhook', 'notifications', false],
  ['locale_id', 'Language', 'list', 'requester', false],
  ['notification_sms_group', 'Text group', 'sms', 'notifications', false],
  ['notification_sms_user', 'Text user', 'sms', 'notifications', false],
];

/** Every operator the recording lists, as value|title (`*` when terminal). */
const RECORDED_OPERATORS = [
  'is|Is', 'is_not|Is not', 'less_than|Less than', 'greater_than|Greater than',
  'changed|Changed*', 'value|Changed to', 'value_previous|Changed from', 'not_changed|Not changed*',
  'not_value|Not changed to', 'not_value_previous|Not changed from', 'less_than_equal|Less than or equal to', 'greater_than_equal|Greater than or equal to',
  'includes|Contains at least one of the following', 'not_includes|Contains none of the following', 'includes|Contains at least one of the following words', 'not_includes|Contains none of the following words',
  'is|Contains the following string', 'is_not|Does not contain the following string', 'includes|Includes', 'not_includes|Does not include',
  'present|Present*', 'not_present|Not present*', 'includes_words|Contains at least one of the following words', 'not_includes_words|Contains none of the following words',
  'includes_string|Contains the following string', 'not_includes_string|Does not contain the following string', 'less_than|Before', 'less_than_equal|Before or on',
  'greater_than|After', 'greater_than_equal|After or on', 'within_previous_n_days|Is within the previous', 'within_next_n_days|Is within the next',
];

/** How the recording lists a custom field of each kind: condition type, nullable, operators; action type and nullable (null: no action). */
const RECORDED_CUSTOM_FIELDS: [kind: string, type: string, nullable: boolean, operators: string, actionType: string | null, actionNullable: boolean | null][] = [
  ['ticket multiselect', 'list', true, 'includes not_includes present* not_present*', 'multiselect_list', true],
  ['ticket regexp', 'list', true, 'present* not_present*', null, null],
  ['user text', 'text', false, 'is is_not present* not_present* includes_words not_includes_words includes_string not_includes_string', 'text', true],
  ['user textarea', 'text', false, 'is is_not present* not_present* includes_words not_includes_words includes_string not_includes_string', 'text', true],
  ['user regexp', 'text', false, 'is is_not present* not_present* includes_words not_includes_words includes_string not_includes_string', 'text', true],
  ['user integer', 'text', false, 'is less_than less_than_equal greater_than greater_than_equal is_not present* not_present*', 'text', true],
  ['user decimal', 'text', false, 'is less_than less_than_equal greater_than greater_than_equal is_not present* not_present*', 'text', true],
  ['user date', 'date', false, 'is is_not present* not_present* less_than less_than_equal greater_than greater_than_equal within_previous_n_days within_next_n_days', 'date', true],
  ['user dropdown', 'list', true, 'is is_not present* not_present*', 'list', true],
  ['user checkbox', 'list', true, 'is', 'list', true],
  ['organization text', 'text', false, 'is is_not present* not_present* includes_words not_includes_words includes_string not_includes_string', 'text', true],
  ['organization integer', 'text', false, 'is less_than less_than_equal greater_than greater_than_equal is_not present* not_present*', 'text', true],
  ['organization dropdown', 'list', true, 'is is_not present* not_present*', 'list', true],
];

interface Def {
  subject: string;
  title: string;
  type: string;
  group: string;
  nullable: boolean;
  repeatable: boolean;
  operators?: { value: string; title: string; terminal: boolean }[];
  values?: { value: string; title: string; enabled: boolean }[];
}
interface Defs {
  actions: Def[];
  conditions_all: Def[];
  conditions_any: Def[];
}

const operatorsOf = (d: Def) => (d.operators ?? []).map((o) => o.value + (o.terminal ? '*' : '')).join(' ');
const shapeOf = (d: Def) => [d.subject, d.title, d.type, d.group, d.nullable];

describe('the emulator\'s trigger definitions against a real account\'s', () => {
  let emu: EmulatorHandle;
  beforeAll(async () => {
    emu = await startEmulator({ port: 0 });
    await emu.control.createAccount({ name: 'legacy', legacy: true });
    await emu.control.createAccount({ name: 'no-csat', customizableCsat: false });
  });
  afterAll(() => emu.close());

  const defsOf = async (account: string): Promise<Defs> => (await send(`${emu.accountUrl(account)}/api/v2/triggers/definitions`, { auth: TOKEN })).json().definitions;
  const ACCOUNTS = ['fresh', 'legacy', 'no-csat'];

  it.each(ACCOUNTS)('lists every recorded base condition with its title, type, group, nullable flag and operators (%s account)', async (account) => {
    const defs = await defsOf(account);
    expect(defs.conditions_any).toEqual(defs.conditions_all);
    for (const [subject, title, type, group, nullable, operators] of RECORDED_BASE_CONDITIONS) {
      const found = defs.conditions_all.find((d) => d.subject === subject);
      expect(found && [...shapeOf(found), operatorsOf(found)]).toEqual([subject, title, type, group, nullable, operators]);
    }
  });

  it.each(ACCOUNTS)('lists every recorded base action with its title, type, group and nullable flag (%s account)', async (account) => {
    const defs = await defsOf(account);
    for (const [subject, title, type, group, nullable] of RECORDED_BASE_ACTIONS) {
      const found = defs.actions.find((d) => d.subject === subject);
      expect(found && shapeOf(found)).toEqual([subject, title, type, group, nullable]);
      expect(found).not.toHaveProperty('operators');
    }
  });

  it('lists the account\'s custom fields as the recording lists each kind of field', async () => {
    const defs = await defsOf('fresh');
    const directory = await emu.control.directory('fresh');
    const subjectOf = (kind: string) => {
      const [owner, type] = kind.split(' ');
      if (owner === 'ticket') return `custom_fields_${directory.ticketFields.find((f) => f.type === type)!.id}`;
      const fields = owner === 'user' ? directory.userFields : directory.organizationFields;
      return `${owner === 'user' ? 'requester' : 'organization'}.custom_fields.${fields.find((f) => f.type === type)!.key}`;
    };
    for (const [kind, type, nullable, operators, actionType, actionNullable] of RECORDED_CUSTOM_FIELDS) {
      const subject = subjectOf(kind);
      const condition = defs.conditions_all.find((d) => d.subject === subject)!;
      expect([kind, condition.type, condition.nullable, operatorsOf(condition)]).toEqual([kind, type, nullable, operators]);
      const action = defs.actions.find((d) => d.subject === subject);
      expect([kind, action?.type ?? null, action?.nullable ?? null]).toEqual([kind, actionType, actionNullable]);
    }
  });

  it('uses every operator of the recorded definitions, with its title', async () => {
    const defs = await defsOf('fresh');
    const listed = new Set(defs.conditions_all.flatMap((d) => (d.operators ?? []).map((o) => `${o.value}|${o.title}${o.terminal ? '*' : ''}`)));
    for (const operator of RECORDED_OPERATORS) expect(listed).toContain(operator);
  });

  it('lists the recorded via types (74 is WhatsApp) and, after them, the assumed native messaging one', async () => {
    const via = (await defsOf('fresh')).conditions_all.find((d) => d.subject === 'via_id')!.values!;
    expect(via).toHaveLength(35);
    expect(via.slice(0, 34).map((v) => v.value)).toEqual(['0', '4', '29', '30', '26', '23', '33', '34', '35', '44', '45', '46', '57', '16', '48', '49', '56', '50', '5', '8', '24', '27', '31', '38', '41', '54', '67', '55', '73', '72', '74', '78', '88', '86']);
    expect(via.find((v) => v.value === '74')!.title).toBe('WhatsApp');
    expect(via[34].title).toBe('Messaging');
  });

  it('lists the account\'s own groups, agents, forms and targets where the recording listed that account\'s', async () => {
    const defs = await defsOf('fresh');
    const directory = await emu.control.directory('fresh');
    const valuesOf = (list: Def[], subject: string) => list.find((d) => d.subject === subject)!.values!.map((v) => [v.value, v.title]);
    const named = (records: { id: number; name: string }[]) => records.map((r) => [String(r.id), r.name]);
    expect(valuesOf(defs.conditions_all, 'group_id')).toEqual([['__NULL__', '-'], ...named(directory.groups)]);
    expect(valuesOf(defs.conditions_all, 'assignee_id')).toEqual([['__NULL__', '-'], ['requester_id', '(requester)'], ['current_user', '(current user)'], ...named(directory.agents)]);
    expect(valuesOf(defs.actions, 'ticket_form_id')).toEqual([['default_ticket_form', '(default form)'], ...named(directory.ticketForms)]);
    expect(valuesOf(defs.actions, 'notification_target')).toEqual(named(directory.targets));
    expect(valuesOf(defs.conditions_all, 'recipient')).toEqual([['support@fresh.zendesk.com', 'support@fresh.zendesk.com']]);
    expect(defs.conditions_all.find((d) => d.subject === 'requester_time_zone')!.values).toHaveLength(153);
  });

  it('uses only definition types a real account uses, and nothing is repeatable', async () => {
    const defs = await defsOf('fresh');
    const all = [...defs.actions, ...defs.conditions_all];
    expect(new Set(all.map((d) => d.type))).toEqual(new Set(['list', 'text', 'tags', 'date', 'email', 'sms', 'target', 'webhook', 'multiselect_list']));
    expect(all.every((d) => d.repeatable === false)).toBe(true);
  });

  it('counts its entries (a real account with 30 custom fields lists 59/76/76)', async () => {
    const count = (d: Defs) => [d.actions.length, d.conditions_all.length, d.conditions_any.length];
    expect(count(await defsOf('fresh'))).toEqual([35, 55, 55]);
    // Without agents able to end sessions there is no "Messaging session ended reason"; without CSAT no "Satisfaction"
    // [documented and inferred: docs/design/zendesk-api.md#messaging-conditions-and-actions].
    expect(count(await defsOf('legacy'))).toEqual([35, 54, 54]);
    expect(count(await defsOf('no-csat'))).toEqual([34, 54, 54]);
  });
});
