/**
 * zendesk_capacity_rule and data "zendesk_agent" with the real terraform against the emulator: create with agents
 * looked up by email and name, no-op plan, an out-of-band change named by `zendesk-messaging drift`, agents answered
 * in another order being no change, update with its plan summary in words, deleted out of band = re-planned, destroy; import with
 * -generate-config-out that plans clean; and the account's default rule, which Zendesk does not delete.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createZendeskClient } from '../../src/client/client';
import { type ApiCapacityRule, listCapacityRules } from '../../src/client/capacity-rules';
import { EMULATOR_OAUTH_ENV, emulatorWithWorkspaces } from '../support/emulator-workspaces';
import { REQUIRED_PROVIDERS, providerBlock } from '../support/hcl';
import { type TerraformWorkspace, run } from '../support/terraform';

const CLI = join(__dirname, '..', '..', 'bin', 'zendesk-messaging.js');
const env = emulatorWithWorkspaces();

const tier1 = (account: string, { name = 'Tier 1', messaging = 2 } = {}) => `
data "zendesk_agent" "sam" {
  email = "Sam.Agent@${account}.zendesk.test"
}
data "zendesk_agent" "kim" {
  name = "Kim Agent"
}
resource "zendesk_capacity_rule" "tier1" {
  name        = "${name}"
  description = "Front line"
  capacities  = { email = 3, messaging = ${messaging}, voice = 1 }
  agent_ids   = [data.zendesk_agent.sam.id, data.zendesk_agent.kim.id]
}
`;

function workspace(account: string, body: string): Promise<TerraformWorkspace> {
  return env.workspace({ 'main.tf': REQUIRED_PROVIDERS + providerBlock({ baseUrl: env.emulator.accountUrl(account) }) + body });
}

/** The account's rules as the API answers them, read with the client the provider uses. */
function rulesOf(account: string): Promise<ApiCapacityRule[]> {
  const client = createZendeskClient({
    baseUrl: env.emulator.accountUrl(account),
    auth: { kind: 'oauth-client', clientId: EMULATOR_OAUTH_ENV.ZENDESK_OAUTH_CLIENT_ID, clientSecret: EMULATOR_OAUTH_ENV.ZENDESK_OAUTH_CLIENT_SECRET },
  });
  return listCapacityRules(client);
}
const named = async (account: string, name: string) => (await rulesOf(account)).find((r) => r.name === name);

describe('zendesk_capacity_rule (real terraform, emulator)', () => {
  it('lives its whole life: create, no-op, drift named by the CLI, agents in another order, update, deleted out of band, destroy', async () => {
    const account = 'caprule';
    const ws = await workspace(account, tier1(account));
    await ws.applyOrThrow();
    const directory = await env.emulator.control.directory(account);
    const sam = directory.agents.find((a) => a.name === 'Sam Agent')!.id;
    const kim = directory.agents.find((a) => a.name === 'Kim Agent')!.id;
    const created = (await named(account, 'Tier 1'))!;
    expect(created).toMatchObject({ description: 'Front line', default: false, capacities: { email: 3, messaging: 2, voice: 1 } });
    expect([...created.assignees.sampleIds].sort()).toEqual([sam, kim].sort());
    expect((await ws.plan()).code).toBe(0);

    // An admin raises the messaging capacity in Admin Center: drift names the attribute, who changed it (the rule's
    // audit entries, matched to its ULID) and where to change it back.
    await env.emulator.control.changeRouting(account, 'capacity-rules', created.id, { capacities: { messaging: 5 } }, { name: 'Lee Jones', email: 'lee@caprule.test' });
    const drift = await run(process.execPath, [CLI, 'drift', '--dir', ws.dir], ws.dir, { ...ws.env, CI: '1' });
    expect(drift.code).toBe(2);
    expect(drift.stdout).toContain('Messaging capacity');
    expect(drift.stdout).toContain('5');
    expect(drift.stdout).toMatch(/changed by Lee Jones at .* UTC/);
    expect(drift.stdout).toContain('change it back in Admin Center > Objects and rules > Omnichannel routing > Capacity rules');
    await ws.applyOrThrow();
    expect((await named(account, 'Tier 1'))!.capacities.messaging).toBe(2);

    // The same agents, answered in the other order: a set, so no change.
    await env.emulator.control.changeRouting(account, 'capacity-rules', created.id, { agent_ids: [kim, sam] });
    expect((await ws.plan()).code).toBe(0);

    await ws.write({ 'main.tf': REQUIRED_PROVIDERS + providerBlock({ baseUrl: env.emulator.accountUrl(account) }) + tier1(account, { name: 'Tier one', messaging: 4 }) });
    // The pull request's summary says what the new capacity does to routing, in words.
    expect((await ws.terraform(['plan', '-no-color', '-out=tfplan'])).code).toBe(0);
    const summary = await run(process.execPath, [CLI, 'plan-summary', '--dir', ws.dir, '--plan-file', 'tfplan'], ws.dir, ws.env);
    expect(summary.code).toBe(0);
    expect(summary.stdout).toContain('Messaging capacity');
    expect(summary.stdout).toContain('assigns each agent under this rule at most 4 messaging conversations at a time');
    await ws.applyOrThrow();
    expect((await named(account, 'Tier one'))!.capacities.messaging).toBe(4);
    expect((await ws.plan()).code).toBe(0);

    await env.emulator.control.deleteRouting(account, 'capacity-rules', created.id);
    const replan = await ws.plan();
    expect(replan.code).toBe(2);
    expect(replan.stdout).toContain('zendesk_capacity_rule.tier1 will be created');
    await ws.applyOrThrow();

    const destroy = await ws.terraform(['destroy', '-auto-approve', '-no-color']);
    expect(destroy.code).toBe(0);
    expect(await named(account, 'Tier one')).toBeUndefined();
  });

  it('imports a rule with -generate-config-out that plans clean', async () => {
    const account = 'caprule-import';
    const directory = await env.emulator.control.directory(account);
    const agents = directory.agents.slice(1).map((a) => a.id);
    const made = await env.emulator.control.createRouting<{ id: string }>(account, 'capacity-rules', { name: 'Night shift', capacities: { email: 1, messaging: 4 }, agent_ids: agents });
    const ws = await workspace(account, `import {\n  to = zendesk_capacity_rule.night\n  id = "${made.id}"\n}\n`);
    const plan = await ws.terraform(['plan', '-no-color', '-generate-config-out=generated.tf']);
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain('1 to import');
    const generated = readFileSync(join(ws.dir, 'generated.tf'), 'utf8');
    expect(generated).toMatch(/name\s+= "Night shift"/);
    expect(generated).toContain('messaging = 4');
    await ws.applyOrThrow();
    expect((await ws.plan()).code).toBe(0);
  });

  it("refuses to destroy the account's default rule, saying to make another rule the default first", async () => {
    const account = 'caprule-default';
    const rule = (await rulesOf(account)).find((r) => r.default)!;
    const ws = await workspace(account, `import {\n  to = zendesk_capacity_rule.default\n  id = "${rule.id}"\n}\n`);
    expect((await ws.terraform(['plan', '-no-color', '-generate-config-out=generated.tf'])).code).toBe(0);
    await ws.applyOrThrow();
    expect((await ws.plan()).code).toBe(0);
    const destroy = await ws.terraform(['destroy', '-auto-approve', '-no-color']);
    expect(destroy.code).toBe(1);
    const said = destroy.output.replace(/\s+/g, ' ');
    expect(said).toContain('Destroy will fail: this is the default capacity rule');
    expect(said).toContain("The account's default capacity rule cannot be deleted");
    expect(said).toContain('Make another rule the default first');
    expect((await rulesOf(account)).find((r) => r.id === rule.id)).toBeDefined();

    // The way out the error names: another rule becomes the default, and then the former one can go.
    const everyone = 'resource "zendesk_capacity_rule" "everyone" {\n  name    = "Everyone"\n  default = true\n}\n';
    ws.write({ 'main.tf': REQUIRED_PROVIDERS + providerBlock({ baseUrl: env.emulator.accountUrl(account) }) + everyone });
    await ws.applyOrThrow();
    rmSync(join(ws.dir, 'generated.tf'));
    const removal = await ws.applyOrThrow();
    expect(removal.stdout).toContain('1 destroyed');
    expect((await rulesOf(account)).map((r) => [r.name, r.default])).toEqual([['Everyone', true]]);
    expect((await ws.plan()).code).toBe(0);
  });

  it('stays with the account it was created in: pointed at another account, the plan refuses to touch it', async () => {
    const rule = 'resource "zendesk_capacity_rule" "r" {\n  name = "Stays home"\n}\n';
    const ws = await workspace('caprule-home', rule);
    await ws.applyOrThrow();
    ws.write({ 'main.tf': REQUIRED_PROVIDERS + providerBlock({ baseUrl: env.emulator.accountUrl('caprule-away') }) + rule });
    const plan = await ws.plan();
    expect(plan.code).toBe(1);
    expect(plan.output.replace(/\s+/g, ' ')).toContain('The provider is configured for another Zendesk account');
    expect((await rulesOf('caprule-away')).map((r) => r.name)).not.toContain('Stays home');
  });

  it('warns at plan time when two rules name one agent, or both say default = true: each apply would flip it back', async () => {
    const account = 'caprule-flip';
    const twoRules = (attribute: string) => `
resource "zendesk_capacity_rule" "a" {
  name = "Tier A"
  ${attribute}
}
resource "zendesk_capacity_rule" "b" {
  name = "Tier B"
  ${attribute}
}
`;
    const sam = 'data "zendesk_agent" "sam" {\n  name = "Sam Agent"\n}\n';
    const ws = await workspace(account, sam + twoRules('agent_ids = [data.zendesk_agent.sam.id]'));
    await ws.applyOrThrow();
    // Sam ended in the rule written last; the other rule's plan moves Sam back, and says so.
    const flip = await ws.plan();
    expect(flip.code).toBe(2);
    const said = flip.output.replace(/\s+/g, ' ');
    expect(said).toContain('Agent already in another capacity rule');
    expect(said).toMatch(/is in capacity rule \S+ \("Tier [AB]"\) now\. An agent is in one rule at a time, so applying this plan moves it to this rule \("Tier [AB]"\)/);
    expect(said).toContain('its next plan moves it back');
    expect(said).toContain('Name each agent in one zendesk_capacity_rule only');

    // Both rules the default: the one that is not the default now warns, naming the one that is.
    ws.write({ 'main.tf': REQUIRED_PROVIDERS + providerBlock({ baseUrl: env.emulator.accountUrl(account) }) + twoRules('default = true') });
    await ws.applyOrThrow();
    const defaults = await ws.plan();
    expect(defaults.code).toBe(2);
    const told = defaults.output.replace(/\s+/g, ' ');
    expect(told).toContain('Another capacity rule is the default');
    expect(told).toMatch(/Capacity rule \S+ \("Tier [AB]"\) is the account's default rule now; applying this plan makes this rule \("Tier [AB]"\) the default/);
    expect(told).toContain('Keep default = true on one zendesk_capacity_rule only');
  });

  it('fails the plan on an agent id the account does not have, pointing at data "zendesk_agent"', async () => {
    const ws = await workspace('caprule-typo', 'resource "zendesk_capacity_rule" "r" {\n  name      = "Typo"\n  agent_ids = [424242]\n}\n');
    const plan = await ws.plan();
    expect(plan.code).toBe(1);
    const said = plan.output.replace(/\s+/g, ' ');
    expect(said).toContain('has no agent or admin with the ID 424242');
    expect(said).toContain('data "zendesk_agent"');
  });
});

describe('data "zendesk_agent" (real terraform, emulator)', () => {
  it('fails the plan on an email no agent has, saying where agents are listed', async () => {
    const ws = await workspace('caprule-lookup', 'data "zendesk_agent" "nobody" {\n  email = "nobody@example.com"\n}\n');
    const plan = await ws.plan();
    expect(plan.code).toBe(1);
    expect(plan.output.replace(/\s+/g, ' ')).toContain('has no agent or admin with the email "nobody@example.com"');
  });
});
