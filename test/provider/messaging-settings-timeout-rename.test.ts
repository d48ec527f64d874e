/**
 * inactivity.timeout (minutes, beside reminders' timeout_seconds) is inactivity.timeout_minutes from schema
 * version 1; the old name is a deprecated alias that always equals the new one. Through the framework server as
 * Terraform calls it (state upgrade, validation) and through the resource's plan.
 */
import { Diagnostics, containerType } from '../../src/framework';
import { FrameworkServer } from '../../src/framework/server/server';
import { DiagnosticSeverity } from '../../src/protocol/tfprotov6/types';
import { decodeDynamicValue, encodeDynamicValue } from '../../src/protocol/tftypes/dynamic-value';
import type { ObjectValue, Value } from '../../src/protocol/tftypes/value';
import { planToPatch, refreshState } from '../../src/provider/messaging-settings/mapping';
import { MessagingSettingsResource } from '../../src/provider/messaging-settings/resource';
import { messagingSettingsSchema } from '../../src/provider/messaging-settings/schema';
import { ZendeskPluginProvider } from '../../src/provider/provider';

const server = new FrameworkServer(new ZendeskPluginProvider({}));
const type = containerType(messagingSettingsSchema);
const UNSET_INACTIVITY = { enabled: null, timeout_minutes: null, timeout: null, ticket_status_id: null, end_session: null, reminders: null };
const resource = (inactivity: Record<string, Value> | null, top: Record<string, Value> = {}): ObjectValue => ({
  id: 'acme',
  agents_can_end_sessions: null,
  agent_ended_session_routing: null,
  on_destroy: 'retain',
  inactivity: inactivity && { ...UNSET_INACTIVITY, ...inactivity },
  ...top,
});
const pathOf = (steps: readonly unknown[] | undefined) => (steps ?? []).map((s) => Object.values(s as object)[0]).join('.');

describe('inactivity.timeout_minutes and its deprecated alias inactivity.timeout', () => {
  it('is schema version 1, with the old name flagged deprecated in the schema', () => {
    expect(messagingSettingsSchema.version).toBe(1);
    const inactivity = messagingSettingsSchema.attributes.inactivity as { attributes: Record<string, { deprecationMessage?: string; description: string }> };
    expect(inactivity.attributes.timeout.deprecationMessage).toContain('inactivity.timeout_minutes');
    expect(inactivity.attributes.timeout_minutes.deprecationMessage).toBeUndefined();
    expect(inactivity.attributes.timeout_minutes.description).toContain('(3-15)');
  });

  describe('state upgrade from version 0', () => {
    const upgrade = async (stored: Record<string, unknown>) => {
      const resp = await server.upgradeResourceState({ typeName: 'zendesk_messaging_settings', version: 0, rawState: { json: Buffer.from(JSON.stringify(stored)) } });
      return { state: resp.upgradedState && (decodeDynamicValue(resp.upgradedState, type) as ObjectValue), diagnostics: resp.diagnostics };
    };
    const v0 = { id: 'acme', agents_can_end_sessions: true, agent_ended_session_routing: null, on_destroy: 'retain' };

    it('copies timeout into timeout_minutes and keeps everything else', async () => {
      const reminders = [{ message: 'Still there?', timeout_seconds: null, ticket_status_id: null, tags: null }];
      const { state, diagnostics } = await upgrade({ ...v0, inactivity: { enabled: true, timeout: 10, ticket_status_id: 8001424138749, end_session: false, reminders } });
      expect(diagnostics).toEqual([]);
      expect(state).toEqual(resource({ enabled: true, timeout_minutes: 10, timeout: 10, ticket_status_id: 8001424138749, end_session: false, reminders }, { agents_can_end_sessions: true }));
    });

    it('leaves an unmanaged inactivity (null) and an unmanaged timeout (null) as they are', async () => {
      expect((await upgrade({ ...v0, inactivity: null })).state).toEqual(resource(null, { agents_can_end_sessions: true }));
      expect((await upgrade({ ...v0, inactivity: { enabled: true, timeout: null, ticket_status_id: null, end_session: null, reminders: null } })).state).toEqual(
        resource({ enabled: true }, { agents_can_end_sessions: true }),
      );
    });

    it('refuses an inactivity that is not an object, saying how to recover', async () => {
      const { state, diagnostics } = await upgrade({ ...v0, inactivity: 'ten' });
      expect(state).toBeUndefined();
      expect(diagnostics).toEqual([expect.objectContaining({ severity: DiagnosticSeverity.Error, summary: 'Unable to upgrade state', detail: expect.stringContaining('import it again') })]);
    });
  });

  describe('validation', () => {
    const validate = async (inactivity: Record<string, Value>) => {
      const config = resource(inactivity, { id: null, on_destroy: null });
      const resp = await server.validateResourceConfig({ typeName: 'zendesk_messaging_settings', config: encodeDynamicValue(config, type) });
      return resp.diagnostics.map((d) => `${DiagnosticSeverity[d.severity]} ${pathOf(d.attribute)}: ${d.summary}`);
    };

    // The diagnostics in full where a case says all of them, or the one it is about among others (arrayContaining).
    it.each([
      ['accepts the new name without a word', { timeout_minutes: 10 }, []],
      ['warns on the old name, at its path', { timeout: 10 }, ['Warning inactivity.timeout: Deprecated attribute']],
      ['refuses both names at once, on the old one', { timeout: 10, timeout_minutes: 10 }, expect.arrayContaining(['Error inactivity.timeout: Conflicting attributes'])],
      ['checks the range under the old name', { timeout: 20 }, expect.arrayContaining(['Error inactivity.timeout: Value out of range'])],
      ['checks the range under the new name', { timeout_minutes: 2 }, expect.arrayContaining(['Error inactivity.timeout_minutes: Value out of range'])],
    ])('%s', async (_name, inactivity, expected) => {
      expect(await validate(inactivity)).toEqual(expected);
    });
  });

  describe('plan and state', () => {
    const plan = async (config: ObjectValue, planned: ObjectValue, state: ObjectValue | null) => {
      // Raw values as terraform sends them; the resource's typed models are the same objects.
      type Request = Parameters<MessagingSettingsResource['modifyPlan']>[0];
      type Response = Parameters<MessagingSettingsResource['modifyPlan']>[1];
      const resp = { plan: planned, requiresReplace: [], private: {}, diagnostics: new Diagnostics() } as unknown as Response;
      await new MessagingSettingsResource().modifyPlan({ config, plan: planned, state, private: {} } as unknown as Request, resp);
      return resp.plan!;
    };

    // Each case: the configuration's inactivity, what the framework planned before the resource, the prior state's
    // inactivity (null for a create), and the inactivity the resource plans.
    it.each([
      // What the framework plans before the resource: unset timeout_minutes keeps the state's value.
      ['a configuration using the old name is planned under both names', { timeout: 10 }, { timeout: 10, timeout_minutes: 5 }, { timeout: 5, timeout_minutes: 5 }, { timeout: 10, timeout_minutes: 10 }],
      // A create: nothing in state, so the framework planned the unset old name as null.
      ['a create with only the new name leaves the old one out', { timeout_minutes: 12 }, { timeout_minutes: 12 }, null, { timeout_minutes: 12 }],
      ['an update of a state holding only the new name leaves the old one out', { timeout_minutes: 12 }, { timeout_minutes: 12 }, { timeout_minutes: 10 }, { timeout_minutes: 12 }],
      // States written by earlier versions, or upgraded from version 0, hold both names; the framework planned the old one from state.
      ['the old name a state from before holds is kept while it equals the new one', { timeout_minutes: 10 }, { timeout_minutes: 10, timeout: 10 }, { timeout: 10, timeout_minutes: 10 }, { timeout: 10, timeout_minutes: 10 }],
      ['…and dropped once the new one changes', { timeout_minutes: 12 }, { timeout_minutes: 12, timeout: 10 }, { timeout: 10, timeout_minutes: 10 }, { timeout_minutes: 12 }],
    ])('%s', async (_name, configured, planned, prior, expected) => {
      const state = prior && resource(prior);
      expect((await plan(resource(configured, { id: null }), resource(planned), state)).inactivity).toEqual({ ...UNSET_INACTIVITY, ...expected });
    });

    it('writes the one API key once, whichever name the plan carries it under', () => {
      expect(planToPatch(resource({ timeout_minutes: 7, timeout: 7 }))).toEqual({ messaging_inactivity: { timeout: 7 } });
      expect(planToPatch(resource({ timeout: 7 }))).toEqual({ messaging_inactivity: { timeout: 7 } });
    });

    // Both names from the one key where the state holds the old name, and only the new one elsewhere.
    it.each([
      ['both names', { timeout_minutes: 5, timeout: 5 }, { timeout_minutes: 9, timeout: 9 }],
      ['only the old name', { timeout: 5 }, { timeout_minutes: 9, timeout: 9 }],
      ['only the new name', { timeout_minutes: 5 }, { timeout_minutes: 9 }],
      ['neither name', { enabled: false }, { enabled: true }],
    ])('refreshes from the one key a state holding %s', (_name, prior, expected) => {
      const answer = { messaging_inactivity: { enabled: true, timeout: 9 } };
      expect(refreshState(resource(prior), answer).state.inactivity).toEqual({ ...UNSET_INACTIVITY, ...expected });
    });

    it('imports both names (an import knows no configuration), so a configuration with either plans no change', () => {
      const answer = { messaging_inactivity: { enabled: true, timeout: 9 } };
      const imported = refreshState(resource(null), answer, { everything: true }).state.inactivity;
      expect(imported).toMatchObject({ enabled: true, timeout_minutes: 9, timeout: 9 });
    });
  });
});
