import type { AccountSettings } from '../../src/client/settings';
import { Diagnostics, withNulls } from '../../src/framework';
import { checkConfig, prerequisitesFor, warnIfDormant } from '../../src/provider/messaging-settings/rules';
import { messagingSettingsSchema } from '../../src/provider/messaging-settings/schema';
import { UNKNOWN, type Value } from '../../src/protocol/tftypes/value';

const config = (values: Record<string, Value>) => withNulls(messagingSettingsSchema, values);
const inactivity = (reminders: Value) => ({ enabled: null, timeout: null, ticket_status_id: null, end_session: null, reminders });
const reminder = (v: Record<string, Value>) => ({ message: 'm', timeout_seconds: null, ticket_status_id: null, tags: null, ...v });

function configDiagnostics(values: Record<string, Value>) {
  const d = new Diagnostics();
  checkConfig(config(values), d);
  return d.toArray().map((x) => `${x.severity} ${x.path}: ${x.summary}`);
}

describe('configuration rules', () => {
  it('a routing treatment while agents cannot end sessions is not a configuration error (Zendesk accepts it)', () => {
    expect(configDiagnostics({ agents_can_end_sessions: false, agent_ended_session_routing: 'email' })).toEqual([]);
  });

  it('enforces Zendesk\'s reminder shape: a missing wait is refused, a wait on the first reminder only has no effect', () => {
    expect(
      configDiagnostics({ inactivity: inactivity([reminder({ timeout_seconds: 60 }), reminder({}), reminder({ timeout_seconds: 90 })]) }),
    ).toEqual([
      'warning inactivity.reminders[0].timeout_seconds: The first reminder does not use its own wait time or status',
      'error inactivity.reminders[1].timeout_seconds: Missing reminder wait time',
    ]);
    expect(configDiagnostics({ inactivity: inactivity([reminder({}), reminder({ timeout_seconds: 300 })]) })).toEqual([]);
  });
});

describe('dormant routing treatment (warnings, never errors)', () => {
  function dormancy(planned: Record<string, Value>, settings: AccountSettings) {
    const d = new Diagnostics();
    warnIfDormant(config(planned).agent_ended_session_routing, prerequisitesFor(config(planned), settings), 'acme', d);
    expect(d.hasError()).toBe(false);
    return d.toArray().map((x) => `${x.severity} ${x.path}: ${x.summary}`);
  }
  const ROUTING_OFF = 'warning agent_ended_session_routing: Routing treatment has no effect: omnichannel routing is off';
  const CANNOT_END = 'warning agent_ended_session_routing: Routing treatment has no effect: agents cannot end messaging sessions';
  const on = { routing: { enabled: true }, messaging: { messaging_end_session: true } };
  const legacy = { routing: { enabled: true }, messaging: { messaging_end_session: false } };
  const routingOff = { routing: { enabled: false }, messaging: { messaging_end_session: true } };

  it.each([
    ['takes effect', { agent_ended_session_routing: 'email' }, on, []],
    ['unmanaged treatment: nothing to say', {}, routingOff, []],
    ['omnichannel routing off', { agent_ended_session_routing: 'email' }, routingOff, [ROUTING_OFF]],
    ['the default treatment is dormant too', { agent_ended_session_routing: 'messaging' }, routingOff, [ROUTING_OFF]],
    ['legacy account, agents not managed', { agent_ended_session_routing: 'email' }, legacy, [CANNOT_END]],
    ['legacy account, the plan lets agents end sessions', { agent_ended_session_routing: 'email', agents_can_end_sessions: true }, legacy, []],
    ['the plan stops agents ending sessions', { agent_ended_session_routing: 'email', agents_can_end_sessions: false }, on, [CANNOT_END]],
    ['both at once', { agent_ended_session_routing: 'email', agents_can_end_sessions: false }, routingOff, [CANNOT_END, ROUTING_OFF]],
    ['agents value known only at apply', { agent_ended_session_routing: 'email', agents_can_end_sessions: UNKNOWN }, legacy, []],
    ['an account answer without the keys says nothing', { agent_ended_session_routing: 'email' }, {}, []],
  ])('%s', (_name, planned, settings, expected) => {
    expect(dormancy(planned as Record<string, Value>, settings)).toEqual(expected);
  });

  it('says why, that Zendesk keeps the value, and what to do', () => {
    const d = new Diagnostics();
    warnIfDormant('email', { omnichannelRouting: false, agentsCanEndSessions: false }, 'acme', d);
    const [cannotEnd, off] = d.toArray();
    expect(cannotEnd.detail).toContain('set agents_can_end_sessions = true');
    expect(cannotEnd.detail).toContain('Manage settings > Advanced > End sessions');
    expect(off.detail).toContain('Omnichannel routing > Routing configuration');
    for (const x of [cannotEnd, off]) expect(x.detail).toContain('Zendesk stores agent_ended_session_routing = "email"');
  });
});
