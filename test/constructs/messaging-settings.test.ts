/**
 * The generated L1 resource `MessagingSettings` (zendesk_messaging_settings),
 * synthesized with cdktf's Testing helpers: attribute names and kinds in the
 * JSON Terraform reads, setters, put/reset methods, references, tokens and
 * import support.
 */
import './support/jest-setup';
import { TerraformStack, TerraformVariable, Testing, Token } from 'cdktf';
import { DataZendeskMessagingSettings, MessagingSettings, MessagingSettingsInactivityOutputReference, ZendeskProvider } from '../../src';

type Stack = TerraformStack;
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const synth = (build: (stack: Stack) => void): string =>
  Testing.synthScope((scope) => {
    new ZendeskProvider(scope, 'zendesk', { subdomain: 'acme' });
    build(scope as Stack);
  });

const resource = (json: string, name = 'settings'): Json => JSON.parse(json).resource.zendesk_messaging_settings[name];

describe('MessagingSettings (zendesk_messaging_settings)', () => {
  it('is the zendesk_messaging_settings resource type', () => {
    expect(MessagingSettings.tfResourceType).toBe('zendesk_messaging_settings');
  });

  it('synthesizes every attribute kind with its snake_case name; nested attributes as objects and lists of objects', () => {
    const json = synth((stack) => {
      new MessagingSettings(stack, 'settings', {
        agentsCanEndSessions: true,
        agentEndedSessionRouting: 'email',
        onDestroy: 'reset',
        inactivity: {
          enabled: true,
          endSession: false,
          timeout: 10,
          ticketStatusId: 123,
          reminders: [{ message: 'Are you still there?' }, { message: 'Closing soon.', timeoutSeconds: 300, ticketStatusId: 7, tags: ['closing'] }],
        },
      });
    });
    expect(json).toHaveResourceWithProperties(MessagingSettings, {
      agents_can_end_sessions: true,
      agent_ended_session_routing: 'email',
      on_destroy: 'reset',
      inactivity: {
        enabled: true,
        end_session: false,
        timeout: 10,
        ticket_status_id: 123,
        reminders: [{ message: 'Are you still there?' }, { message: 'Closing soon.', timeout_seconds: 300, ticket_status_id: 7, tags: ['closing'] }],
      },
    });
  });

  it('leaves unset attributes out entirely (an unset attribute is not managed)', () => {
    const settings = resource(synth((stack) => new MessagingSettings(stack, 'settings', { agentsCanEndSessions: false })));
    expect(Object.keys(settings).filter((k) => k !== '//')).toEqual(['agents_can_end_sessions']);
    expect(settings.agents_can_end_sessions).toBe(false);
  });

  it('keeps an empty nested object and an empty reminder list (explicitly set, so managed)', () => {
    const settings = resource(synth((stack) => new MessagingSettings(stack, 'settings', { inactivity: { reminders: [] } })));
    expect(settings.inactivity).toEqual({ reminders: [] });
  });

  it('has setters, put and reset methods, and …Input getters', () => {
    const json = synth((stack) => {
      const settings = new MessagingSettings(stack, 'settings', { agentsCanEndSessions: true, onDestroy: 'reset' });
      settings.agentEndedSessionRouting = 'messaging';
      settings.resetOnDestroy();
      settings.putInactivity({ enabled: true, reminders: [{ message: 'Hi' }] });
      settings.inactivity.timeout = 5;
      settings.inactivity.putReminders([{ message: 'Replaced' }]);
      settings.inactivity.resetEnabled();
      expect(settings.agentEndedSessionRoutingInput).toBe('messaging');
      expect(settings.onDestroyInput).toBeUndefined();
      expect(settings.inactivityInput).toEqual({ timeout: 5, reminders: [{ message: 'Replaced' }] });
    });
    const settings = resource(json);
    expect(settings).toMatchObject({ agents_can_end_sessions: true, agent_ended_session_routing: 'messaging' });
    expect(settings.on_destroy).toBeUndefined();
    expect(settings.inactivity).toEqual({ timeout: 5, reminders: [{ message: 'Replaced' }] });
  });

  it('resetInactivity removes the nested object', () => {
    const settings = resource(
      synth((stack) => {
        const s = new MessagingSettings(stack, 'settings', { inactivity: { enabled: true } });
        s.resetInactivity();
      }),
    );
    expect(settings.inactivity).toBeUndefined();
  });

  it('getters are references to the attribute, nested ones included', () => {
    const json = synth((stack) => {
      const settings = new MessagingSettings(stack, 'settings', {});
      const copy = new MessagingSettings(stack, 'copy', {
        agentEndedSessionRouting: settings.agentEndedSessionRouting,
        agentsCanEndSessions: settings.agentsCanEndSessions,
        inactivity: {
          timeout: settings.inactivity.timeout,
          reminders: settings.inactivity.reminders,
          ticketStatusId: settings.inactivity.reminders.get(0).ticketStatusId,
        },
      });
      expect(settings.inactivity).toBeInstanceOf(MessagingSettingsInactivityOutputReference);
      expect(copy.id).toMatch(/^\$\{TfToken\[/);
    });
    expect(resource(json, 'copy')).toMatchObject({
      agent_ended_session_routing: '${zendesk_messaging_settings.settings.agent_ended_session_routing}',
      agents_can_end_sessions: '${zendesk_messaging_settings.settings.agents_can_end_sessions}',
      inactivity: {
        timeout: '${zendesk_messaging_settings.settings.inactivity.timeout}',
        reminders: '${zendesk_messaging_settings.settings.inactivity.reminders}',
        ticket_status_id: '${zendesk_messaging_settings.settings.inactivity.reminders[0].ticket_status_id}',
      },
    });
  });

  it('passes tokens through unvalidated: variables, data source attributes, whole nested values', () => {
    const json = synth((stack) => {
      const routing = new TerraformVariable(stack, 'routing', { type: 'string' });
      const timeout = new TerraformVariable(stack, 'timeout', { type: 'number' });
      const current = new DataZendeskMessagingSettings(stack, 'current');
      new MessagingSettings(stack, 'settings', {
        agentEndedSessionRouting: routing.stringValue,
        agentsCanEndSessions: current.agentsCanEndSessions,
        inactivity: { timeout: timeout.numberValue, reminders: Token.asAny(current.inactivity.reminders) },
      });
    });
    expect(resource(json)).toMatchObject({
      agent_ended_session_routing: '${var.routing}',
      agents_can_end_sessions: '${data.zendesk_messaging_settings.current.agents_can_end_sessions}',
      inactivity: { timeout: '${var.timeout}', reminders: '${data.zendesk_messaging_settings.current.inactivity.reminders}' },
    });
  });

  it('does not validate values: Terraform (the provider) does, at plan time', () => {
    const settings = resource(synth((stack) => new MessagingSettings(stack, 'settings', { agentEndedSessionRouting: 'pigeon' })));
    expect(settings.agent_ended_session_routing).toBe('pigeon');
  });

  it('forwards meta-arguments: provider, depends_on, lifecycle', () => {
    const json = synth((stack) => {
      const eu = new ZendeskProvider(stack, 'eu', { subdomain: 'acme-eu', alias: 'eu' });
      const first = new MessagingSettings(stack, 'first', {});
      new MessagingSettings(stack, 'settings', {
        provider: eu,
        dependsOn: [first],
        lifecycle: { preventDestroy: true, ignoreChanges: ['on_destroy'] },
      });
    });
    expect(resource(json)).toMatchObject({
      provider: 'zendesk.eu',
      depends_on: ['zendesk_messaging_settings.first'],
      lifecycle: { prevent_destroy: true, ignore_changes: ['on_destroy'] },
    });
  });

  it('imports an existing account: importFrom (import block) and generateConfigForImport', () => {
    const json = JSON.parse(
      synth((stack) => {
        new MessagingSettings(stack, 'settings', { agentsCanEndSessions: true }).importFrom('acme');
        MessagingSettings.generateConfigForImport(stack, 'adopted', 'acme-eu');
      }),
    );
    expect(json.import).toEqual(
      expect.arrayContaining([
        { to: 'zendesk_messaging_settings.settings', id: 'acme' },
        { to: 'zendesk_messaging_settings.adopted', id: 'acme-eu' },
      ]),
    );
  });
});
