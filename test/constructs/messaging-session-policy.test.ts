import './support/jest-setup';
import { join } from 'node:path';
import { TerraformStack, Testing, Token } from 'cdktf';
import { makeTempDir } from '../support/temp';
import { run } from '../support/terraform';
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
  it('manages only what it is given: a prop left out synthesizes nothing, so the account keeps its value', () => {
    const s = stack();
    new MessagingSessionPolicy(s, 'Policy', { agentEndedSessionRouting: RoutingTreatment.EMAIL, inactivity: { timeoutMinutes: 10 } });
    const synth = Testing.synth(s);
    const [settings] = Object.values(JSON.parse(synth).resource.zendesk_messaging_settings) as Record<string, unknown>[];
    // No agents_can_end_sessions (a legacy account must not have ending turned on) and no inactivity.enabled.
    expect(settings).toEqual({
      agent_ended_session_routing: 'email',
      inactivity: { timeout_minutes: 10 },
      on_destroy: 'retain', // the provider's default: what destroy does, never a write to Zendesk
    });
    expect(synth).not.toHaveResource(Trigger);
  });

  it('manages a setting once it is given, even to the value Zendesk defaults to', () => {
    const s = stack();
    new MessagingSessionPolicy(s, 'Policy', { agentsCanEndSessions: true, inactivity: { enabled: true } });
    expect(Testing.synth(s)).toHaveResourceWithProperties(MessagingSettings, { agents_can_end_sessions: true, inactivity: { enabled: true } });
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
        enabled: true,
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
        timeout_minutes: 10,
        end_session: true,
        reminders: [{ message: 'Still there?' }, { message: 'Closing soon', timeout_seconds: 120, tags: ['closing'] }],
      },
    });
  });

  it('adopts the standard messaging CSAT trigger through an import block and edits it per Zendesk\'s recipe', () => {
    const s = stack();
    new MessagingSessionPolicy(s, 'Policy', { csatOnSessionEnd: true, agentsCanEndSessions: true });
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
      [{ inactivity: { reminders: [{ message: 'a' }, { message: 'b' }] } }, "'inactivity.reminders[1].waitSeconds' is required"],
      [{ inactivity: { reminders: [{ message: 'a' }, { message: 'b', waitSeconds: 10 }] } }, 'from 60 to 900, got \'10\''],
      [{ inactivity: { reminders: [{ message: '  ' }] } }, "'inactivity.reminders[0].message' must not be empty"],
      [{ csatOnSessionEnd: true, agentsCanEndSessions: false }, "'csatOnSessionEnd' needs 'agentsCanEndSessions' to be true"],
    ])('rejects an impossible value: %j', (props, message) => {
      expect(() => build(props)).toThrow(message);
    });

    it('warns about contradictions and values without effect instead of failing', () => {
      const warningsOf = (policy: MessagingSessionPolicy) => policy.node.metadata.filter((m) => /warn/i.test(m.type)).map((m) => String(m.data));
      const dormant = build({ agentsCanEndSessions: false, agentEndedSessionRouting: RoutingTreatment.MESSAGING });
      expect(warningsOf(dormant)).toEqual([expect.stringContaining('has no effect while agentsCanEndSessions is false')]);
      // Zendesk keeps a wait on the first reminder but does not use it, as the provider warns too.
      const firstWait = build({ inactivity: { reminders: [{ message: 'a', waitSeconds: 60 }] } });
      expect(warningsOf(firstWait)).toEqual([expect.stringContaining("'inactivity.reminders[0]' has a waitSeconds or ticketStatusId, which Zendesk keeps but does not use")]);
    });

    it('adopts the CSAT trigger when ending is left to the account, and says what that relies on', () => {
      const policy = build({ csatOnSessionEnd: true });
      const json = JSON.parse(Testing.synth(policy.node.scope as TerraformStack));
      expect(Object.values(json.resource.zendesk_messaging_settings)[0]).not.toHaveProperty('agents_can_end_sessions');
      expect(Object.keys(json.resource.zendesk_trigger)).toHaveLength(1);
      const infos = policy.node.metadata.filter((m) => /info/i.test(m.type)).map((m) => String(m.data));
      expect(infos).toEqual([expect.stringContaining("'csatOnSessionEnd' relies on the account letting agents end sessions")]);
      expect(infos[0]).toContain('Set agentsCanEndSessions: true');
      expect(build({ csatOnSessionEnd: true, agentsCanEndSessions: true }).node.metadata.filter((m) => /info/i.test(m.type))).toEqual([]);
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

describe('props of the wrong run-time type (JavaScript callers): accepted when unambiguous, else an error naming the prop', () => {
  const synthesized = (props: Record<string, unknown>) => {
    const s = stack();
    new MessagingSessionPolicy(s, 'Policy', props as never);
    return Object.values(JSON.parse(Testing.synth(s)).resource.zendesk_messaging_settings)[0];
  };
  const error = (props: Record<string, unknown>) => {
    try {
      synthesized(props);
    } catch (err) {
      return (err as Error).message;
    }
    return 'no error';
  };

  it.each([
    ['a treatment as text', { agentEndedSessionRouting: 'email' }, { agent_ended_session_routing: 'email' }],
    ['a treatment as text in another case', { agentEndedSessionRouting: ' Messaging ' }, { agent_ended_session_routing: 'messaging' }],
    ['a treatment from another copy of the library', { agentEndedSessionRouting: { value: 'email' } }, { agent_ended_session_routing: 'email' }],
    ['RoutingTreatment.of a value the provider validates', { agentEndedSessionRouting: RoutingTreatment.of('email') }, { agent_ended_session_routing: 'email' }],
    ['a whole number as text', { inactivity: { timeoutMinutes: '10' } }, { inactivity: { timeout_minutes: 10 } }],
    ['a boolean as text', { agentsCanEndSessions: 'false' }, { agents_can_end_sessions: false }],
  ])('%s', (_name, props, expected) => {
    expect(synthesized(props)).toMatchObject(expected);
  });

  it.each([
    ['an unknown treatment', { agentEndedSessionRouting: 'sms' }, "'agentEndedSessionRouting' must be RoutingTreatment.EMAIL or RoutingTreatment.MESSAGING (or the text 'email' or 'messaging'), got 'sms' (a string)"],
    ['a number for a treatment', { agentEndedSessionRouting: 1 }, "'agentEndedSessionRouting' must be RoutingTreatment.EMAIL"],
    ['text that is not a number', { inactivity: { timeoutMinutes: 'ten' } }, "'inactivity.timeoutMinutes' must be a number, got 'ten' (a string)"],
    ['a word for a boolean', { agentsCanEndSessions: 'yes' }, "'agentsCanEndSessions' must be true or false, got 'yes' (a string)"],
    ['a misspelt prop', { agentEndedSessionsRouting: 'email' }, "'agentEndedSessionsRouting' is not a prop of MessagingSessionPolicy: did you mean 'agentEndedSessionRouting'?"],
    ['a misspelt nested prop', { inactivity: { timeout: 5 } }, "'inactivity.timeout' is not a prop of MessagingSessionPolicy: did you mean 'inactivity.timeoutMinutes'?"],
    ['reminders that are not a list', { inactivity: { reminders: { message: 'x' } } }, "'inactivity.reminders' must be a list of reminders"],
    ['a reminder message that is not text', { inactivity: { reminders: [{ message: 42 }] } }, "'inactivity.reminders[0].message' must be text, got '42' (a number)"],
    ['a provider that is not one', { provider: 'acme' }, "'provider' must be a zendesk provider"],
  ])('%s', (_name, props, message) => {
    expect(error(props)).toContain(message);
  });

  describe('from a plain JavaScript program requiring the built package', () => {
    const temp = makeTempDir('js-app');
    afterAll(() => temp.cleanup());
    const script = join(__dirname, 'fixtures', 'policy-from-javascript.cjs');
    const program = (flavour: string, props: unknown) => run(process.execPath, [script, flavour, JSON.stringify(props), join(temp.dir, flavour)], __dirname, process.env);

    it.each(['cdktf', 'cdktn'])('%s: props left out are absent from the synthesized resource (not managed)', async (flavour) => {
      const ok = await program(flavour, { inactivity: { timeoutMinutes: 10 }, csatOnSessionEnd: true });
      expect(ok.stderr).toBe('');
      const settings = JSON.parse(ok.stdout);
      expect(settings).not.toHaveProperty('agents_can_end_sessions');
      expect(settings).not.toHaveProperty('agent_ended_session_routing');
      expect(settings.inactivity).toEqual({ timeout_minutes: 10 });
    });

    it.each(['cdktf', 'cdktn'])('%s: a treatment as text is managed, a wrong one fails synth naming the prop', async (flavour) => {
      const ok = await program(flavour, { agentEndedSessionRouting: 'email', inactivity: { timeoutMinutes: '10' } });
      expect(ok.stderr).toBe('');
      expect(JSON.parse(ok.stdout)).toMatchObject({ agent_ended_session_routing: 'email', inactivity: { timeout_minutes: 10 } });
      const bad = await program(flavour, { agentEndedSessionRouting: 'sms' });
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain("'agentEndedSessionRouting' must be RoutingTreatment.EMAIL or RoutingTreatment.MESSAGING");
    });
  });
});
