import './support/jest-setup';
import { TerraformStack, Testing, Token } from 'cdktf';
import { DataZendeskTrigger, MessagingSessionPolicy, MessagingSettings, RoutingTreatment, Trigger, ZendeskProvider } from '../../src/constructs';
import { useProviderMirror } from './support/terraform-cli';

let restore: () => void;
beforeAll(() => {
  restore = useProviderMirror();
});
afterAll(() => restore());

function stack(): TerraformStack {
  const s = new TerraformStack(Testing.app(), 'test');
  new ZendeskProvider(s, 'zendesk', { subdomain: 'acme' });
  return s;
}

describe('MessagingSessionPolicy', () => {
  it('manages only what it is given; agents may end sessions by default', () => {
    const s = stack();
    new MessagingSessionPolicy(s, 'Policy', { agentEndedSessionRouting: RoutingTreatment.EMAIL });
    const synth = Testing.synth(s);
    expect(synth).toHaveResourceWithProperties(MessagingSettings, {
      agents_can_end_sessions: true,
      agent_ended_session_routing: 'email',
      on_destroy: 'retain',
    });
    expect(synth).not.toHaveResource(Trigger);
  });

  it('wraps the L1 as the child "Resource" (construct ids are a contract: they decide resource addresses)', () => {
    const s = stack();
    const policy = new MessagingSessionPolicy(s, 'Policy');
    expect(policy.settings.node.id).toBe('Resource');
    expect(policy.node.findChild('Resource')).toBe(policy.settings);
  });

  it('maps inactivity with units in the prop names', () => {
    const s = stack();
    new MessagingSessionPolicy(s, 'Policy', {
      inactivity: {
        timeoutMinutes: 10,
        endSession: true,
        reminders: [{ message: 'Still there?' }, { message: 'Closing soon', waitSeconds: 120, tags: ['closing'] }],
      },
      resetSettingsOnDestroy: true,
    });
    expect(Testing.synth(s)).toHaveResourceWithProperties(MessagingSettings, {
      on_destroy: 'reset',
      inactivity: {
        enabled: true,
        timeout: 10,
        end_session: true,
        reminders: [{ message: 'Still there?' }, { message: 'Closing soon', timeout_seconds: 120, tags: ['closing'] }],
      },
    });
  });

  it('adopts the standard messaging CSAT trigger through an import block and edits it per Zendesk\'s recipe', () => {
    const s = stack();
    new MessagingSessionPolicy(s, 'Policy', { csatOnSessionEnd: true });
    const synth = Testing.synth(s);
    expect(synth).toHaveDataSourceWithProperties(DataZendeskTrigger, { title: 'Request customer satisfaction rating (messaging)' });
    const json = JSON.parse(synth);
    const [name, trigger] = Object.entries(json.resource.zendesk_trigger)[0] as [string, Record<string, Record<string, Record<string, Record<string, string>>>>];
    expect(json.import).toEqual([{ to: `zendesk_trigger.${name}`, id: expect.stringMatching(/^\$\{data\.zendesk_trigger\.\w+\.id\}$/) }]);
    expect(trigger.on_destroy).toBe('restore');
    expect(trigger.depends_on).toEqual([expect.stringMatching(/^zendesk_messaging_settings\./)]);
    expect(trigger.conditions.dynamic.all.for_each).toContain('if !(c.field_title == "Status category" && c.operator == "value" && c.value_title == "Solved")');
    expect(trigger.conditions.dynamic.any.for_each).toContain('field_title = "Messaging session ended reason", operator = "value", value = null, value_title = "Ended by agent"');
    expect(trigger.dynamic.actions.for_each).toMatch(/^\$\{\[for a in data\.zendesk_trigger\.\w+\.actions : /);
    expect(Testing.fullSynth(s)).toBeValidTerraform();
  });

  describe('validation', () => {
    const build = (props: ConstructorParameters<typeof MessagingSessionPolicy>[2]) => new MessagingSessionPolicy(stack(), 'Policy', props);

    it.each([
      [{ inactivity: { timeoutMinutes: 20 } }, "'inactivity.timeoutMinutes' must be a whole number of minutes from 3 to 15, got '20'"],
      [{ inactivity: { timeoutMinutes: 4.5 } }, "got '4.5'"],
      [{ inactivity: { reminders: [1, 2, 3, 4].map((i) => ({ message: `m${i}`, waitSeconds: 60 })) } }, 'at most 3 items, got 4'],
      [{ inactivity: { reminders: [{ message: 'a', waitSeconds: 60 }] } }, "'inactivity.reminders[0]' takes no waitSeconds"],
      [{ inactivity: { reminders: [{ message: 'a' }, { message: 'b' }] } }, "'inactivity.reminders[1].waitSeconds' is required"],
      [{ inactivity: { reminders: [{ message: 'a' }, { message: 'b', waitSeconds: 10 }] } }, 'from 60 to 900, got \'10\''],
      [{ inactivity: { reminders: [{ message: '  ' }] } }, "'inactivity.reminders[0].message' must not be empty"],
      [{ csatOnSessionEnd: true, agentsCanEndSessions: false }, "'csatOnSessionEnd' needs 'agentsCanEndSessions' to be true"],
    ])('rejects an impossible value: %j', (props, message) => {
      expect(() => build(props)).toThrow(message);
    });

    it('warns about contradictions instead of failing', () => {
      const policy = build({ agentsCanEndSessions: false, agentEndedSessionRouting: RoutingTreatment.MESSAGING });
      const warnings = policy.node.metadata.filter((m) => /warn/i.test(m.type)).map((m) => String(m.data));
      expect(warnings).toEqual([expect.stringContaining('has no effect while agentsCanEndSessions is false')]);
    });

    it('lets unresolved tokens through unvalidated', () => {
      expect(() => build({ inactivity: { timeoutMinutes: Token.asNumber('${var.timeout}') } })).not.toThrow();
      expect(() => build({ agentsCanEndSessions: Token.asAny('${var.can_end}') as unknown as boolean, csatOnSessionEnd: true })).not.toThrow();
    });
  });

  it('works on an aliased provider per account', () => {
    const app = Testing.app();
    const s = new TerraformStack(app, 'two-accounts');
    const acme = new ZendeskProvider(s, 'acme', { subdomain: 'acme', alias: 'acme' });
    const globex = new ZendeskProvider(s, 'globex', { subdomain: 'globex', alias: 'globex' });
    new MessagingSessionPolicy(s, 'Acme', { provider: acme });
    new MessagingSessionPolicy(s, 'Globex', { provider: globex, agentsCanEndSessions: false });
    const resources = JSON.parse(Testing.synth(s)).resource.zendesk_messaging_settings;
    expect(Object.values(resources).map((r) => (r as { provider: string }).provider).sort()).toEqual(['zendesk.acme', 'zendesk.globex']);
  });
});
