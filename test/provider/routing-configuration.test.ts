/**
 * zendesk_routing_configuration's table, reads, writes and rules, without Zendesk: the messaging settings' tree and
 * mapping given this resource's table read and write only its own keys of the shared routing section.
 */
import type { AccountSettings } from '../../src/client/settings';
import { FACTS, factsOf } from '../../src/client/settings-facts';
import { Diagnostics, withNulls } from '../../src/framework';
import { ROUTING_CONFIGURATION_DESCRIPTOR } from '../../src/provider/routing-configuration/descriptor';
import { ATTRIBUTES, SETTINGS, resetWords } from '../../src/provider/routing-configuration/attribute-map';
import { defaultsPatchFor, planToPatch, refreshState, settingsToAttributes } from '../../src/provider/routing-configuration/mapping';
import { checkConfig, warnIfRoutingOff } from '../../src/provider/routing-configuration/rules';
import { routingConfigurationSchema } from '../../src/provider/routing-configuration/schema';
import { SETTING_KEYS } from '../../src/provider/messaging-settings/settings-keys';
import { planToPatch as messagingPlanToPatch } from '../../src/provider/messaging-settings/mapping';
import { messagingSettingsSchema } from '../../src/provider/messaging-settings/schema';
import { type Value } from '../../src/protocol/tftypes/value';

const model = (values: Record<string, Value>) => withNulls(routingConfigurationSchema, values);
const shown = (d: Diagnostics) => d.toArray().map((x) => `${x.severity} ${x.path ?? ''}: ${x.summary}`);

/** A routing section holding every fact's default, as a new account answers it. */
const routingAnswer = (overrides: Record<string, unknown> = {}): AccountSettings => ({
  routing: { ...Object.fromEntries(factsOf('routing').map((f) => [f.key, f.newAccount])), ...overrides },
});

describe('the routing configuration table', () => {
  it('has one row per schema attribute, and one schema attribute per row', () => {
    expect(ATTRIBUTES.map((a) => a.attribute).sort()).toEqual(Object.keys(routingConfigurationSchema.attributes).sort());
  });

  it("manages only routing keys, never the messaging settings' treatment, and no key both resources manage", () => {
    expect(new Set(SETTINGS.map((s) => s.section))).toEqual(new Set(['routing']));
    const ours = SETTINGS.map((s) => `${s.section}.${s.key}`);
    expect(ours).not.toContain('routing.transform_to_email_enabled');
    expect(ours.filter((k) => SETTING_KEYS.some((m) => `${m.section}.${m.key}` === k))).toEqual([]);
  });

  it.each(SETTINGS.map((s) => [s.attribute, s.evidence] as const))('says in the docs how %s is known (%s)', (attribute, evidence) => {
    const description = (routingConfigurationSchema.attributes as Record<string, { description?: string }>)[attribute].description ?? '';
    expect(description).toMatch(evidence === 'documented' ? /Documented: settings\.routing\./ : /Observed( key, inferred values)?: settings\.routing\./);
  });

  it('names the two reassignment timings with their unit and writes them under the API keys', () => {
    expect(planToPatch(model({ reassignment_messaging_timeout_seconds: 45, reassignment_talk_timeout_seconds: 20 }))).toEqual({
      routing: { reassignment_messaging_timeout: 45, reassignment_talk_timeout: 20 },
    });
  });
});

describe('reads and writes', () => {
  it('writes only the attributes set (unset = unmanaged), and nothing when nothing is set', () => {
    expect(planToPatch(model({}))).toEqual({});
    expect(planToPatch(model({ enabled: false, count_inactive_conversations_enabled: true, assignment_method: 'round_robin' }))).toEqual({
      routing: { enabled: false, messaging_activity_routing_enabled: true, assignment_method: 'round_robin' },
    });
  });

  it("each resource's patch leaves the other's keys of the routing section out", () => {
    const every = model(Object.fromEntries(SETTINGS.map((s) => [s.attribute, s.shape === 'on-off' ? true : s.shape === 'count' ? 5 : 'x'])));
    expect(Object.keys(planToPatch(every).routing ?? {})).not.toContain('transform_to_email_enabled');
    const messaging = messagingPlanToPatch(withNulls(messagingSettingsSchema, { agent_ended_session_routing: 'email', agents_can_end_sessions: true }));
    expect(messaging.routing).toEqual({ transform_to_email_enabled: true });
  });

  it('refreshes only managed attributes; an import reads every one', () => {
    const answer = routingAnswer({ focus_mode_enabled: true, reassignment_messaging_timeout: 90 });
    const { state } = refreshState(model({ id: 'acme', focus_mode_enabled: false }), answer);
    expect(state).toMatchObject({ focus_mode_enabled: true, reassignment_messaging_timeout_seconds: null, enabled: null });
    const imported = refreshState(model({ id: 'acme', on_destroy: 'retain' }), answer, { everything: true }).state;
    expect(imported).toMatchObject({ enabled: true, autorouting_tag: 'auto-routing', reassignment_messaging_timeout_seconds: 90, skills_timeout_talk: 0 });
    expect(settingsToAttributes(answer).problems).toEqual([]);
  });

  it('a managed key of the wrong type is a problem naming the API key, never a value', () => {
    const { problems } = refreshState(model({ assignment_method: 'round_robin' }), routingAnswer({ assignment_method: 7 }));
    expect(problems.map((p) => `${p.apiKey} ${p.problem}`)).toEqual(['settings.routing.assignment_method holds 7, not text']);
  });

  it('reset restores the documented defaults of the managed settings only, and says so in words', () => {
    const state = model({ enabled: false, autorouting_tag: 'route-me', focus_mode_enabled: true, reassignment_messaging_timeout_seconds: 90 });
    expect(defaultsPatchFor(state)).toEqual({ routing: { enabled: true, autorouting_tag: 'auto-routing', reassignment_messaging_timeout: 30 } });
    expect(resetWords()).toBe(
      'Omnichannel routing: on; Auto-routing tag: auto-routing; Reassign unaccepted messaging conversations: on; ' +
        'Messaging reassignment timing: 30 seconds; Talk reassignment timing: 30 seconds',
    );
  });
});

describe('rules: warnings, never errors (Zendesk is not known to refuse any combination)', () => {
  it('warns on auto-accept with messaging reassignment timing, Admin Center forbids the pair', () => {
    const d = new Diagnostics();
    checkConfig(model({ auto_accept_messaging_enabled: true, reassignment_messaging_enabled: true }), d);
    expect(shown(d)).toEqual(['warning auto_accept_messaging_enabled: Auto-accept and messaging reassignment timing together']);
    for (const values of [{ auto_accept_messaging_enabled: true }, { auto_accept_messaging_enabled: true, reassignment_messaging_enabled: false }] as Record<string, Value>[]) {
      const none = new Diagnostics();
      checkConfig(model(values), none);
      expect(shown(none)).toEqual([]);
    }
  });

  it("routing planned off makes the messaging settings' routing treatment a warning, naming what Zendesk holds", () => {
    const d = new Diagnostics();
    warnIfRoutingOff(false, routingAnswer({ [FACTS['routing.transform_to_email_enabled'].key]: true }), 'acme', d);
    expect(shown(d)).toEqual(['warning enabled: Routing treatment has no effect: omnichannel routing is off']);
    expect(d.toArray()[0].detail).toContain('(zendesk_messaging_settings.agent_ended_session_routing, "email" in Zendesk now)');
    const on = new Diagnostics();
    warnIfRoutingOff(true, routingAnswer(), 'acme', on);
    warnIfRoutingOff(null, routingAnswer(), 'acme', on);
    expect(shown(on)).toEqual([]);
  });

  it('plan summaries say it from the plan alone', () => {
    const warn = (path: string, after: unknown) => ROUTING_CONFIGURATION_DESCRIPTOR.plannedWarnings!({ path, after, resourceAfter: {}, account: 'acme' });
    expect(warn('enabled', false)).toEqual(['Routing treatment has no effect: omnichannel routing is off']);
    expect(warn('enabled', true)).toEqual([]);
    expect(warn('focus_mode_enabled', false)).toEqual([]);
  });
});
