import { defaultsPatchFor, planToPatch, refreshState, settingsToAttributes } from '../../src/provider/messaging-settings/mapping';
import type { AccountSettings } from '../../src/client/settings';

const reminders = [
  { message: 'Still there?', tags: ['messaging_reminder_1'] },
  { message: 'Closing soon', ticket_status_id: null, timeout: 300, tags: [] },
  { message: 'Solved', ticket_status_id: 8678123367037, timeout: 60, tags: ['messaging_reminder_final'] },
];
const settings: AccountSettings = {
  messaging: { messaging_end_session: true },
  routing: { enabled: true, transform_to_email_enabled: true },
  messaging_inactivity: { enabled: true, timeout: 5, ticket_status_id: 8001424138749, end_session: false, reminders },
};
const unmanaged = { id: 'acme', agents_can_end_sessions: null, agent_ended_session_routing: null, inactivity: null, on_destroy: 'retain' };

describe('settings ↔ attributes', () => {
  it('reads every managed setting', () => {
    expect(settingsToAttributes(settings).problems).toEqual([]);
    expect(settingsToAttributes(settings).attributes).toEqual({
      agents_can_end_sessions: true,
      agent_ended_session_routing: 'email',
      inactivity: {
        enabled: true,
        timeout_minutes: 5,
        timeout: 5, // the deprecated name, always equal to timeout_minutes
        ticket_status_id: 8001424138749,
        end_session: false,
        reminders: [
          { message: 'Still there?', timeout_seconds: null, ticket_status_id: null, tags: ['messaging_reminder_1'] },
          { message: 'Closing soon', timeout_seconds: 300, ticket_status_id: null, tags: [] },
          { message: 'Solved', timeout_seconds: 60, ticket_status_id: 8678123367037, tags: ['messaging_reminder_final'] },
        ],
      },
    });
  });

  it('refreshes only what the state manages', () => {
    const prior = { ...unmanaged, agents_can_end_sessions: false };
    expect(refreshState(prior, settings)).toEqual({ state: { ...unmanaged, agents_can_end_sessions: true }, problems: [] });
  });

  it('refreshes only the managed parts of inactivity', () => {
    const prior = { ...unmanaged, inactivity: { enabled: false, timeout: null, ticket_status_id: null, end_session: null, reminders: null } };
    expect(refreshState(prior, settings).state.inactivity).toEqual({
      enabled: true,
      timeout: null,
      ticket_status_id: null,
      end_session: null,
      reminders: null,
    });
  });

  it('reads everything right after an import', () => {
    const refreshed = refreshState(unmanaged, settings, { everything: true }).state;
    expect(refreshed.agent_ended_session_routing).toBe('email');
    expect(refreshed.inactivity).not.toBeNull();
  });

  it('keeps unset reminder tags unset when Zendesk answers []', () => {
    const plannedReminders = [
      { message: 'a', timeout_seconds: null, ticket_status_id: null, tags: null },
      { message: 'b', timeout_seconds: 120, ticket_status_id: null, tags: null },
    ];
    const prior = { ...unmanaged, inactivity: { enabled: null, timeout: null, ticket_status_id: null, end_session: null, reminders: plannedReminders } };
    const api: AccountSettings = { messaging_inactivity: { reminders: [{ message: 'a', tags: [] }, { message: 'b', timeout: 120, ticket_status_id: null, tags: [] }] } };
    expect((refreshState(prior, api).state.inactivity as Record<string, unknown>).reminders).toEqual(plannedReminders);
  });

  it('writes only planned (managed) values, reminders in Zendesk\'s shape', () => {
    const plan = {
      ...unmanaged,
      agents_can_end_sessions: true,
      agent_ended_session_routing: 'messaging',
      inactivity: {
        enabled: true,
        timeout: null,
        ticket_status_id: null,
        end_session: null,
        reminders: [
          { message: 'a', timeout_seconds: null, ticket_status_id: null, tags: null },
          { message: 'b', timeout_seconds: 120, ticket_status_id: null, tags: ['x'] },
        ],
      },
    };
    expect(planToPatch(plan)).toEqual({
      messaging: { messaging_end_session: true },
      routing: { transform_to_email_enabled: false },
      messaging_inactivity: {
        enabled: true,
        reminders: [
          { message: 'a', tags: [] },
          { message: 'b', timeout: 120, ticket_status_id: null, tags: ['x'] },
        ],
      },
    });
    expect(planToPatch(unmanaged)).toEqual({});
    // A wait configured on the first reminder is written too (Zendesk keeps it without using it), so state matches Zendesk.
    const firstWithWait = { ...plan, inactivity: { ...plan.inactivity, reminders: [{ message: 'a', timeout_seconds: 120, ticket_status_id: null, tags: null }] } };
    expect(planToPatch(firstWithWait).messaging_inactivity).toEqual({ enabled: true, reminders: [{ message: 'a', timeout: 120, tags: [] }] });
  });

  it('resets only managed settings to Zendesk defaults', () => {
    expect(defaultsPatchFor({ ...unmanaged, agent_ended_session_routing: 'email' })).toEqual({ routing: { transform_to_email_enabled: false } });
  });
});

describe('answers that do not tell a managed value', () => {
  const managed = {
    ...unmanaged,
    agents_can_end_sessions: false,
    agent_ended_session_routing: 'email',
    inactivity: { enabled: true, timeout_minutes: 5, timeout: 5, ticket_status_id: null, end_session: null, reminders: null },
  };
  const problems = (answer: unknown, options = {}) =>
    refreshState(managed, answer as AccountSettings, options).problems.map((p) => `${p.path}: ${p.apiKey} ${p.problem}`);

  it.each([
    ['a complete answer', settings, []],
    ['an empty settings object', {}, [
      'agents_can_end_sessions: settings.messaging.messaging_end_session is missing',
      'agent_ended_session_routing: settings.routing.transform_to_email_enabled is missing',
      'inactivity.enabled: settings.messaging_inactivity.enabled is missing',
      'inactivity.timeout_minutes: settings.messaging_inactivity.timeout is missing',
    ]],
    ['a missing key beside others', { ...settings, routing: { enabled: true } }, ['agent_ended_session_routing: settings.routing.transform_to_email_enabled is missing']],
    ['a boolean as a string', { ...settings, messaging: { messaging_end_session: 'false' } }, ['agents_can_end_sessions: settings.messaging.messaging_end_session holds "false", not true or false']],
    ['a number with a fraction', { ...settings, messaging_inactivity: { ...settings.messaging_inactivity, timeout: 5.5 } }, ['inactivity.timeout_minutes: settings.messaging_inactivity.timeout holds 5.5, not a whole number']],
    ['null for a boolean', { ...settings, messaging_inactivity: { ...settings.messaging_inactivity, enabled: null } }, ['inactivity.enabled: settings.messaging_inactivity.enabled holds null, not true or false']],
    ['a section that is not an object', { ...settings, routing: 'on' }, ['agent_ended_session_routing: settings.routing.transform_to_email_enabled is unreadable: its section settings.routing holds "on", not an object']],
  ])('%s', (_name, answer, expected) => {
    expect(problems(answer)).toEqual(expected);
  });

  it('keeps the fallback value (by default the prior one) for every attribute the answer does not tell, never null', () => {
    const { state } = refreshState(managed, { messaging: { messaging_end_session: true } } as AccountSettings);
    expect(state).toEqual({ ...managed, agents_can_end_sessions: true });
    const planned = { ...managed, agent_ended_session_routing: 'messaging' };
    expect(refreshState(planned, {} as AccountSettings, { fallback: managed }).state.agent_ended_session_routing).toBe('email');
  });

  it('reports reminders of the wrong shape, naming the reminder', () => {
    const withReminders = { ...managed, inactivity: { ...managed.inactivity, reminders: [] } };
    const answer = { ...settings, messaging_inactivity: { ...settings.messaging_inactivity, reminders: [{ message: 'a' }, { message: 'b', timeout: '60' }] } };
    expect(refreshState(withReminders, answer as AccountSettings).problems.map((p) => p.problem)).toEqual(['reminder 2 has timeout "60", not a whole number of seconds']);
  });

  it('after an import, a key the account does not have is unset; a key of the wrong type is still a problem', () => {
    const partial = { messaging: { messaging_end_session: true }, routing: { transform_to_email_enabled: 'yes' } };
    const { state, problems: found } = refreshState(unmanaged, partial as unknown as AccountSettings, { everything: true });
    expect(state).toEqual({ ...unmanaged, agents_can_end_sessions: true, agent_ended_session_routing: null, inactivity: null });
    expect(found.map((p) => p.apiKey)).toEqual(['settings.routing.transform_to_email_enabled']);
  });
});
