/**
 * zendesk_trigger and data "zendesk_trigger" with the real terraform against
 * the emulator: CRUD, titles resolved through the definitions, no perpetual
 * diff from server normalisation, out-of-band deletion, import, and the clear
 * error when the standard CSAT trigger is missing (the recipe itself runs in
 * test/examples/hcl.test.ts).
 */
import { DEFAULT_ASSUMPTIONS } from '../../src/emulator/recorded/assumptions';
import { EMULATOR_SECRET_ENV, emulatorWithWorkspaces } from '../support/emulator-workspaces';
import type { TerraformWorkspace } from '../support/terraform';
import { REQUIRED_PROVIDERS, providerBlock } from '../support/hcl';

const CSAT = 'Request customer satisfaction rating (messaging)';

const TAGGING_TRIGGER = `
resource "zendesk_trigger" "tag" {
  title = "Tag agent-ended sessions"
  conditions {
    all {
      field_title = "Messaging session ended reason"
      operator    = "value"
      value_title = "Ended by agent"
    }
    all {
      field    = "status"
      operator = "changed"
    }
    any {
      field    = "via_id"
      operator = "is"
      value    = "74" # WhatsApp
    }
  }
  actions {
    field = "current_tags"
    value = "agent_ended"
  }
  actions {
    field  = "notification_user"
    values = ["requester_id", "Session ended", "Thanks for chatting with us."]
  }
}
`;

/** The lookup alone: the recipe itself is exercised by test/examples/hcl.test.ts on examples/hcl. */
const CSAT_LOOKUP = `
data "zendesk_trigger" "csat" {
  title = "${CSAT}"
}
`;

describe('zendesk_trigger (real terraform, emulator)', () => {
  // What the provider answers is this file's subject, not how terraform starts it: one host per workspace (see provider-hosts.ts).
  const env = emulatorWithWorkspaces({}, { providerHost: true, env: EMULATOR_SECRET_ENV });

  function workspace(account: string, body: string): Promise<TerraformWorkspace> {
    return env.workspace({ 'main.tf': REQUIRED_PROVIDERS + providerBlock({ baseUrl: env.emulator.accountUrl(account), extra: ['oauth_client_id = "emulator-client"'] }) + body });
  }
  const triggersOf = async (account: string) => (await env.emulator.control.triggers(account)) as { id: number; title: string; conditions: { all: unknown[]; any: unknown[] }; actions: unknown[] }[];


  it('creates a trigger from titles, plans clean afterwards, and re-creates it after an out-of-band delete', async () => {
    const ws = await workspace('crud', TAGGING_TRIGGER);
    await ws.applyOrThrow();
    const created = (await triggersOf('crud')).find((t) => t.title === 'Tag agent-ended sessions')!;
    // ALL/ANY conditions are sets: Terraform decides their order.
    expect(created.conditions.all).toHaveLength(2);
    expect(created.conditions.all).toEqual(
      expect.arrayContaining([
        // The emulator's assumed names for the titles the configuration used.
        { field: DEFAULT_ASSUMPTIONS.subjects.messagingSessionEndedReason, operator: 'value', value: DEFAULT_ASSUMPTIONS.values.endedByAgent },
        { field: 'status', operator: 'changed', value: null },
      ]),
    );
    expect(created.actions).toEqual([
      { field: 'current_tags', value: 'agent_ended' },
      { field: 'notification_user', value: ['requester_id', 'Session ended', 'Thanks for chatting with us.'] },
    ]);
    const noop = await ws.plan();
    expect(noop.output).toContain('No changes.');

    await env.emulator.control.changeTrigger('crud', created.id, { actions: [{ field: 'status', value: 'open' }] });
    const drift = await ws.plan();
    expect(drift.code).toBe(2);
    expect(drift.stdout).toContain('~ actions');
    await ws.applyOrThrow();
    expect((await ws.plan()).code).toBe(0);

    await env.emulator.control.deleteTrigger('crud', created.id);
    const replan = await ws.plan();
    expect(replan.code).toBe(2);
    expect(replan.stdout).toContain('zendesk_trigger.tag will be created');
    await ws.applyOrThrow();
    const destroy = await ws.terraform(['destroy', '-auto-approve', '-no-color']);
    expect(destroy.code).toBe(0);
    expect((await triggersOf('crud')).some((t) => t.title === 'Tag agent-ended sessions')).toBe(false);
  });

  it('fails the plan on a title the definitions do not have, naming what exists', async () => {
    const ws = await workspace('typo', TAGGING_TRIGGER.replace('"Ended by agent"', '"Ended by the agent"'));
    const plan = await ws.plan();
    expect(plan.code).toBe(1);
    expect(plan.output).toContain('Unknown trigger value title');
    expect(plan.output).toContain('"Ended by agent"');
  });

  it('explains that "Messaging session ended reason" needs agents able to end sessions', async () => {
    await env.emulator.control.createAccount({ name: 'legacy-trigger', legacy: true });
    const ws = await workspace('legacy-trigger', TAGGING_TRIGGER);
    const apply = await ws.terraform(['apply', '-auto-approve', '-no-color']);
    expect(apply.code).toBe(1);
    // The detail opens with the condition it is about (a set element has no line to point at): wrapped anywhere.
    const flat = apply.output.replace(/\s+/g, ' ');
    expect(flat).toContain('exists only while agents can end messaging sessions');
    expect(flat).toContain('agents_can_end_sessions = true');
  });

  it('imports a trigger by ID and plans no changes when the configuration matches', async () => {
    const existing = (await triggersOf('imported')).find((t) => t.title === 'Notify assignee of assignment')!;
    const ws = await workspace('imported', `import {\n  to = zendesk_trigger.assignment\n  id = "${existing.id}"\n}\n`);
    const generated = await ws.terraform(['plan', '-no-color', '-generate-config-out=generated.tf']);
    expect(generated.code).toBe(0);
    await ws.applyOrThrow();
    expect((await ws.plan()).code).toBe(0);
    const bad = await ws.terraform(['import', '-no-color', 'zendesk_trigger.other', 'abc']);
    expect(bad.code).toBe(1);
  });

  it('fails clearly when the account lacks customizable CSAT', async () => {
    await env.emulator.control.createAccount({ name: 'no-csat', customizableCsat: false });
    const ws = await workspace('no-csat', CSAT_LOOKUP);
    const plan = await ws.plan();
    expect(plan.code).toBe(1);
    expect(plan.output).toContain('Trigger not found');
    expect(plan.output).toContain('customizable CSAT survey feature');
  });
});
