import { defaultsPatchFor, planToPatch, refreshState, settingsToAttributes } from '../../src/provider/messaging-settings/mapping';
import type { SettingsView } from '../../src/provider/messaging-settings/mapping';

const reminders = [
  { message: 'Still there?', tags: ['messaging_reminder_1'] },
  { message: 'Closing soon', ticket_status_id: null, timeout: 300, tags: [] },
  { message: 'Solved', ticket_status_id: 8678123367037, timeout: 60, tags: ['messaging_reminder_final'] },
];
const settings: SettingsView = {
  messaging: { messaging_end_session: true },
  routing: { enabled: true, transform_to_email_enabled: true },
  messaging_inactivity: { enabled: true, timeout: 5, ticket_status_id: 8001424138749, end_session: false, reminders },
};
const unmanaged = { id: 'acme', agents_can_end_sessions: null, agent_ended_session_routing: null, inactivity: null, on_destroy: 'retain' };

describe('settings ↔ attributes', () => {
  it('reads every managed setting', () => {
    expect(settingsToAttributes(settings)).toEqual({
      agents_can_end_sessions: true,
      agent_ended_session_routing: 'email',
      inactivity: {
        enabled: true,
        timeout: 5,
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
    expect(refreshState(prior, settings, false)).toEqual({ ...unmanaged, agents_can_end_sessions: true });
  });

  it('refreshes only the managed parts of inactivity', () => {
    const prior = { ...unmanaged, inactivity: { enabled: false, timeout: null, ticket_status_id: null, end_session: null, reminders: null } };
    expect(refreshState(prior, settings, false).inactivity).toEqual({
      enabled: true,
      timeout: null,
      ticket_status_id: null,
      end_session: null,
      reminders: null,
    });
  });

  it('reads everything right after an import', () => {
    const refreshed = refreshState(unmanaged, settings, true);
    expect(refreshed.agent_ended_session_routing).toBe('email');
    expect(refreshed.inactivity).not.toBeNull();
  });

  it('keeps unset reminder tags unset when Zendesk answers []', () => {
    const plannedReminders = [
      { message: 'a', timeout_seconds: null, ticket_status_id: null, tags: null },
      { message: 'b', timeout_seconds: 120, ticket_status_id: null, tags: null },
    ];
    const prior = { ...unmanaged, inactivity: { enabled: null, timeout: null, ticket_status_id: null, end_session: null, reminders: plannedReminders } };
    const api: SettingsView = { messaging_inactivity: { reminders: [{ message: 'a', tags: [] }, { message: 'b', timeout: 120, ticket_status_id: null, tags: [] }] } };
    expect((refreshState(prior, api, false).inactivity as Record<string, unknown>).reminders).toEqual(plannedReminders);
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
  });

  it('resets only managed settings to Zendesk defaults', () => {
    expect(defaultsPatchFor({ ...unmanaged, agent_ended_session_routing: 'email' })).toEqual({ routing: { transform_to_email_enabled: false } });
  });
});
