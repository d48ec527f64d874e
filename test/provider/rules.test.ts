import { Diagnostics, withNulls } from '../../src/framework';
import { checkAgainstAccount, checkConfig } from '../../src/provider/messaging-settings/rules';
import { messagingSettingsSchema } from '../../src/provider/messaging-settings/schema';
import { UNKNOWN, type Value } from '../../src/protocol/tftypes/value';

const config = (values: Record<string, Value>) => withNulls(messagingSettingsSchema, values);
const inactivity = (reminders: Value) => ({ enabled: null, timeout: null, ticket_status_id: null, end_session: null, reminders });
const reminder = (v: Record<string, Value>) => ({ message: 'm', timeout_seconds: null, ticket_status_id: null, tags: null, ...v });

function configDiagnostics(values: Record<string, Value>) {
  const d = new Diagnostics();
  checkConfig(config(values), d);
  return d.toArray().map((x) => `${x.path}: ${x.summary}`);
}

describe('configuration rules', () => {
  it('routing treatment while agents cannot end sessions is an error on the routing attribute', () => {
    expect(configDiagnostics({ agents_can_end_sessions: false, agent_ended_session_routing: 'email' })).toEqual([
      'agent_ended_session_routing: Routing treatment needs agents to be able to end sessions',
    ]);
    expect(configDiagnostics({ agents_can_end_sessions: UNKNOWN, agent_ended_session_routing: 'email' })).toEqual([]);
  });

  it('enforces Zendesk\'s reminder shape', () => {
    expect(
      configDiagnostics({ inactivity: inactivity([reminder({ timeout_seconds: 60 }), reminder({}), reminder({ timeout_seconds: 90 })]) }),
    ).toEqual([
      'inactivity.reminders[0].timeout_seconds: The first reminder takes no wait time or status',
      'inactivity.reminders[1].timeout_seconds: Missing reminder wait time',
    ]);
    expect(configDiagnostics({ inactivity: inactivity([reminder({}), reminder({ timeout_seconds: 300 })]) })).toEqual([]);
  });
});

describe('account rules', () => {
  function accountDiagnostics(planned: Record<string, Value>, settings: object) {
    const d = new Diagnostics();
    checkAgainstAccount(config(planned), settings, 'acme', d);
    return d.toArray().map((x) => `${x.path}: ${x.summary}`);
  }

  it('routing treatment needs omnichannel routing on', () => {
    expect(accountDiagnostics({ agent_ended_session_routing: 'email' }, { routing: { enabled: false } })).toEqual([
      'agent_ended_session_routing: Omnichannel routing is off',
    ]);
  });

  it('routing treatment needs agents able to end sessions, unless the plan turns it on', () => {
    const legacy = { routing: { enabled: true }, messaging: { messaging_end_session: false } };
    expect(accountDiagnostics({ agent_ended_session_routing: 'email' }, legacy)).toEqual([
      'agent_ended_session_routing: Agents cannot end messaging sessions',
    ]);
    expect(accountDiagnostics({ agent_ended_session_routing: 'email', agents_can_end_sessions: true }, legacy)).toEqual([]);
  });
});
