/**
 * docs/guides/migrating-from-nukosuke.md as written, with the real terraform against the emulator. The guide's HCL
 * is examples/guides/migrating-from-nukosuke/ (the docs generator embeds those files), so these tests apply exactly
 * what the guide shows:
 *  - its nukosuke HCL evaluates to the hand-written state fixture (what their provider would have stored);
 *  - its zendesk-iac HCL plans, applies, makes in Zendesk the triggers their provider makes, and plans clean;
 *  - path (a): their triggers in Zendesk, terraform state rm, the guide's import blocks with -generate-config-out:
 *    imported without a write, then no changes;
 *  - path (b): their state, terraform state replace-provider, the guide's HCL: the first plan only reorders
 *    conditions and actions (as the guide says), applies, then plans clean;
 *  - a state of their type that their provider cannot have written stops the plan with a diagnostic;
 *  - our own states of schema version 0 (before version 1 made room for theirs) still plan clean;
 *  - the guide's warnings hold: ZENDESK_EMAIL next to OAuth fails, the removed blocks validate.
 */
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { TOKEN, send } from '../emulator/http';
import { emulatorWithWorkspaces } from '../support/emulator-workspaces';
import { REQUIRED_PROVIDERS, providerBlock } from '../support/hcl';
import { type NukosukeState, asTerraformData, nukosukeCreateBody, readNukosukeState } from '../support/nukosuke';
import type { TerraformWorkspace } from '../support/terraform';

const GUIDE = join(__dirname, '..', '..', 'examples', 'guides', 'migrating-from-nukosuke');
const guideFile = (name: string) => readFileSync(join(GUIDE, name), 'utf8');
const filesIn = (dir: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(join(GUIDE, dir))
      .filter((f) => f.endsWith('.tf'))
      .map((f) => [f, guideFile(join(dir, f))]),
  );
const NAMES = ['auto_reply', 'solved_to_crm', 'urgent_to_group'];
const ADDRESSES = NAMES.map((n) => `zendesk_trigger.${n}`);

type Item = Record<string, unknown>;
interface Trigger {
  id: number;
  title: string;
  active: boolean;
  description: string | null;
  conditions: { all: Item[]; any: Item[] };
  actions: Item[];
}
/** Terraform wraps and indents its output: compare with whitespace collapsed. */
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
const sorted = (items: unknown[] | undefined) => (items ?? []).map((i) => JSON.stringify(i)).sort();
/** What a trigger does: conditions and actions in any order, no description as null. */
const behaviour = (t: Trigger) => ({
  title: t.title,
  active: t.active,
  description: t.description || null,
  all: sorted(t.conditions.all),
  any: sorted(t.conditions.any),
  actions: sorted(t.actions),
});

type Change = { address: string; change: { actions: string[]; before: Trigger & Item; after: Trigger & Item } };

/** A trigger in state with its conditions and actions as multisets: what is left when the order does not count. */
function unordered(t: Item) {
  const conditions = t.conditions as { all: unknown[]; any: unknown[] };
  return { ...t, conditions: { all: sorted(conditions.all), any: sorted(conditions.any) }, actions: sorted(t.actions as unknown[]) };
}

/** The saved plan updates exactly these triggers (the others: no change), and only the order of their actions. */
async function expectOnlyReorders(ws: TerraformWorkspace, planFile: string, addresses: string[]) {
  const all = (JSON.parse((await ws.terraform(['show', '-json', planFile])).stdout) as { resource_changes: Change[] }).resource_changes;
  // Conditions are sets: written in another order, they are no change at all.
  const changes = all.filter((c) => c.change.actions.join() !== 'no-op');
  expect(changes.map((c) => c.address).sort()).toEqual(addresses);
  for (const { address, change } of changes) {
    expect([address, change.actions]).toEqual([address, ['update']]);
    expect([address, change.after]).not.toEqual([address, change.before]);
    expect([address, unordered(change.after)]).toEqual([address, unordered(change.before)]);
  }
}

/** The webhook examples/guides/migrating-from-nukosuke/…/solved_to_crm.tf notifies. */
const GUIDE_WEBHOOK_ID = '01HQ8V7Z3K4M5N6P7Q8R9S0T1V';

describe('migrating from nukosuke/zendesk: the guide, tested (real terraform, emulator)', () => {
  const env = emulatorWithWorkspaces({}, { providerHost: true });
  const providers = (account: string) => REQUIRED_PROVIDERS + providerBlock({ baseUrl: env.emulator.accountUrl(account) });
  const guideTriggers = async (account: string) => {
    const titles = new Set(readNukosukeState().resources.map((r) => r.instances[0].attributes.title));
    return ((await env.emulator.control.triggers(account)) as unknown as Trigger[]).filter((t) => titles.has(t.title));
  };

  /** The fixture's triggers made in `account` as their provider makes them; the fixture with Zendesk's IDs and positions. */
  async function madeByNukosuke(account: string): Promise<{ state: NukosukeState; ids: Map<string, string> }> {
    // Zendesk checks a webhook action's id against the account's webhooks: the one the guide's HCL names, made in Admin Center.
    await env.emulator.control.addWebhook(account, { id: GUIDE_WEBHOOK_ID, name: 'CRM' });
    const state = readNukosukeState();
    const ids = new Map<string, string>();
    for (const resource of state.resources) {
      const attributes = resource.instances[0].attributes;
      const answer = await send(`${env.emulator.accountUrl(account)}/api/v2/triggers`, { method: 'POST', auth: TOKEN, body: nukosukeCreateBody(attributes) });
      if (answer.status !== 201) throw new Error(`creating "${attributes.title}" as nukosuke/zendesk would: ${answer.status} ${answer.text}`);
      const created = answer.json().trigger as { id: number; position: number };
      ids.set(attributes.id, String(created.id));
      attributes.id = String(created.id);
      attributes.position = created.position;
    }
    return { state, ids };
  }

  it("evaluates the guide's nukosuke HCL to the state fixture (sets in Terraform's order, jsonencode as Terraform writes it)", async () => {
    const ws = await env.workspace({ 'main.tf': asTerraformData(Object.values(filesIn('nukosuke')).join('\n')) });
    await ws.applyOrThrow();
    const resources = ((await ws.state()) as { values: { root_module: { resources: { name: string; values: { input: Item } }[] } } }).values.root_module.resources;
    // Their schema's defaults fill what the HCL leaves out, as their provider's state would.
    const evaluated = Object.fromEntries(resources.map((r) => [r.name, { active: true, description: '', all: [], any: [], ...r.values.input }]));
    const stored = Object.fromEntries(
      readNukosukeState().resources.map((r) => {
        const { id: _id, position: _position, ...configured } = r.instances[0].attributes;
        return [r.name, configured];
      }),
    );
    expect(Object.keys(evaluated).sort()).toEqual(NAMES);
    expect(evaluated).toEqual(stored);
  });

  it("applies the guide's zendesk-iac HCL, making the triggers their provider makes, then plans no changes", async () => {
    await madeByNukosuke('theirs');
    await env.emulator.control.addWebhook('ours', { id: GUIDE_WEBHOOK_ID, name: 'CRM' });
    const ws = await env.workspace({ 'providers.tf': providers('ours'), ...filesIn('zendesk-iac') });
    const plan = await ws.plan();
    expect(plan.code).toBe(2);
    expect(plan.stdout).toContain('Plan: 3 to add, 0 to change, 0 to destroy.');
    await ws.applyOrThrow();
    const byTitle = (ts: Trigger[]) => ts.map(behaviour).sort((a, b) => a.title.localeCompare(b.title));
    expect(byTitle(await guideTriggers('ours'))).toEqual(byTitle(await guideTriggers('theirs')));
    const noop = await ws.plan();
    expect(noop.output).toContain('No changes.');
    expect(noop.code).toBe(0);
  });

  it('still reads the states this provider wrote at schema versions 0 (before version 1 made room for theirs) and 1 (conditions as lists)', async () => {
    const ws = await env.workspace({ 'providers.tf': providers('ours-v0'), 'auto_reply.tf': guideFile('zendesk-iac/auto_reply.tf') });
    await ws.applyOrThrow();
    const file = join(ws.dir, 'terraform.tfstate');
    const written = JSON.parse(readFileSync(file, 'utf8')) as { resources: { instances: { schema_version: number; attributes: { conditions: { all: unknown[] } } }[] }[] };
    expect(written.resources[0].instances[0].schema_version).toBe(2);
    const instance = written.resources[0].instances[0];
    // Lists kept the order written, and could hold a condition twice: a set keeps neither.
    instance.attributes.conditions.all = [...instance.attributes.conditions.all].reverse();
    instance.attributes.conditions.all.push(instance.attributes.conditions.all[0]);
    for (const version of [0, 1]) {
      instance.schema_version = version;
      ws.write({ 'terraform.tfstate': JSON.stringify(written, null, 2) });
      const noop = await ws.plan();
      expect(noop.output).toContain('No changes.');
      expect(noop.code).toBe(0);
    }
  });

  it("validates the guide's removed blocks (applying them needs nukosuke/zendesk, which cannot be installed offline)", async () => {
    const ws = await env.workspace({ 'providers.tf': providers('removed'), 'removed.tf': guideFile('removed.tf') });
    const validate = await ws.terraform(['validate', '-no-color']);
    expect(validate.output).toContain('The configuration is valid.');
    expect(validate.code).toBe(0);
  });

  it('path (a): state rm, then the import blocks with -generate-config-out: imported without a write, then no changes', async () => {
    const { state, ids } = await madeByNukosuke('import-path');
    const ws = env.uninitialisedWorkspace({ 'terraform.tfstate': JSON.stringify(state, null, 2) });
    const rm = await ws.terraform(['state', 'rm', '-no-color', ...ADDRESSES]);
    expect(rm.output).toContain('Successfully removed 3 resource instance(s).');
    let imports = guideFile('import.tf');
    for (const [placeholder, id] of ids) {
      expect(imports).toContain(`id = "${placeholder}"`);
      imports = imports.replace(`id = "${placeholder}"`, `id = "${id}"`);
    }
    ws.write({ 'providers.tf': providers('import-path'), 'import.tf': imports });
    await ws.init();
    const generate = await ws.terraform(['plan', '-no-color', '-input=false', '-generate-config-out=generated.tf']);
    expect(generate.output).not.toContain('Error:');
    expect(generate.stdout).toContain('Plan: 3 to import, 0 to add, 0 to change, 0 to destroy.');
    const generated = readFileSync(join(ws.dir, 'generated.tf'), 'utf8');
    expect(generated).not.toContain('jsonencode');
    expect(generated.match(/values += \[/g)).toHaveLength(3); // the three notification actions, as lists

    const before = await guideTriggers('import-path');
    await ws.applyOrThrow();
    expect(await guideTriggers('import-path')).toEqual(before); // not a byte written
    const noop = await ws.plan();
    expect(noop.output).toContain('No changes.');
    expect(noop.code).toBe(0);

    // The generated configuration tidied into the guide's: the same triggers, some blocks in another order.
    rmSync(join(ws.dir, 'generated.tf'));
    ws.write(filesIn('zendesk-iac'));
    const tidied = await ws.terraform(['plan', '-no-color', '-input=false', '-out=tidied.tfplan']);
    expect(tidied.output).not.toContain('Error:');
    await expectOnlyReorders(ws, 'tidied.tfplan', ['zendesk_trigger.urgent_to_group']);
  });

  it("path (b): replace-provider, then the guide's HCL: the first plan only reorders actions, then no changes", async () => {
    const { state } = await madeByNukosuke('replace-provider');
    const ws = env.uninitialisedWorkspace({ 'terraform.tfstate': JSON.stringify(state, null, 2), 'providers.tf': providers('replace-provider'), ...filesIn('zendesk-iac') });
    const replace = await ws.terraform(['state', 'replace-provider', '-auto-approve', '-no-color', 'nukosuke/zendesk', 'zendesk-iac/zendesk']);
    expect(replace.output).toContain('Successfully replaced provider for 3 resources.');
    await ws.init();
    const planned = async (file: string) => (JSON.parse((await ws.terraform(['show', '-json', file])).stdout) as { resource_changes: Change[] }).resource_changes;

    // Their state as the upgrade hands it to Terraform, before any refresh: their blocks in our shape.
    const unrefreshed = await ws.terraform(['plan', '-no-color', '-input=false', '-refresh=false', '-out=upgraded.tfplan']);
    expect(unrefreshed.output).not.toContain('Error:');
    const upgraded = Object.fromEntries((await planned('upgraded.tfplan')).map((c) => [c.address, c.change.before]));
    const autoReply = state.resources.find((r) => r.name === 'auto_reply')!.instances[0].attributes;
    expect(upgraded['zendesk_trigger.auto_reply']).toEqual({
      id: autoReply.id,
      title: 'Auto Reply Trigger',
      active: true,
      description: null,
      position: autoReply.position,
      category_id: null,
      on_destroy: 'delete',
      adopt_identical: true,
      conditions: {
        all: autoReply.all.map((c) => ({ ...c, field_title: null, values: null, value_title: null })),
        any: [],
      },
      actions: [
        {
          field: 'notification_user',
          field_title: null,
          value: null,
          values: ['requester_id', 'Dear my customer', 'Hi. This message was configured by terraform-provider-zendesk.'],
          value_title: null,
        },
      ],
    });
    expect(upgraded['zendesk_trigger.urgent_to_group'].description).toBe("Emails the ticket's group when an urgent or high priority ticket comes in, and tags it.");

    const plan = await ws.terraform(['plan', '-no-color', '-input=false', '-detailed-exitcode', '-out=tfplan']);
    expect(plan.output).not.toContain('Error:');
    expect(plan.stdout).toContain('Plan: 0 to add, 1 to change, 0 to destroy.');
    // The excerpt the guide shows, with the ID Zendesk gave the trigger here.
    const urgent = state.resources.find((r) => r.name === 'urgent_to_group')!.instances[0].attributes;
    const excerpt = guideFile('first-plan.txt').replace('"360012345602"', `"${urgent.id}"`);
    expect(flat(plan.stdout)).toContain(flat(excerpt));
    await expectOnlyReorders(ws, 'tfplan', ['zendesk_trigger.urgent_to_group']);

    const before = await guideTriggers('replace-provider');
    await ws.applyOrThrow(['tfplan']);
    const after = await guideTriggers('replace-provider');
    expect(after.map((t) => t.id)).toEqual(before.map((t) => t.id));
    expect(after.map(behaviour)).toEqual(before.map(behaviour));
    const autoReplyNow = after.find((t) => t.title === 'Auto Reply Trigger')!;
    // Not written: its conditions, in another order than the HCL's, are no change (a set), so Zendesk keeps its order.
    expect(autoReplyNow.conditions.all).toEqual(before.find((t) => t.title === 'Auto Reply Trigger')!.conditions.all);
    const noop = await ws.plan();
    expect(noop.output).toContain('No changes.');
    expect(noop.code).toBe(0);
  });

  it('stops the plan with a diagnostic, and keeps the state, when their state holds what their provider never writes', async () => {
    const { state } = await madeByNukosuke('unreadable');
    const broken = state.resources.find((r) => r.name === 'urgent_to_group')!.instances[0].attributes;
    broken.action[1].value = '[["group_id"], "Subject", "Body"]';
    const ws = env.uninitialisedWorkspace({ 'terraform.tfstate': JSON.stringify(state, null, 2), 'providers.tf': providers('unreadable'), ...filesIn('zendesk-iac') });
    await ws.terraform(['state', 'replace-provider', '-auto-approve', '-no-color', 'nukosuke/zendesk', 'zendesk-iac/zendesk']);
    await ws.init();
    const stored = readFileSync(join(ws.dir, 'terraform.tfstate'), 'utf8');
    const plan = await ws.plan();
    expect(plan.code).toBe(1);
    expect(flat(plan.output)).toContain('Cannot read the nukosuke/zendesk state of a zendesk_trigger');
    expect(flat(plan.output)).toContain(`The state of trigger ${broken.id} ("Notify the group of urgent tickets")`);
    expect(flat(plan.output)).toContain('action[1].value is a JSON list holding more than strings, numbers and booleans');
    expect(plan.output).not.toContain('bug in the provider');
    expect(readFileSync(join(ws.dir, 'terraform.tfstate'), 'utf8')).toBe(stored);
  });

  it("fails the plan when nukosuke/zendesk's ZENDESK_EMAIL is in the environment next to OAuth, as the guide warns", async () => {
    const ws = await env.workspace({ 'providers.tf': providers('shared-env'), ...filesIn('zendesk-iac') }, { ZENDESK_EMAIL: 'terraform@acme.example' });
    const plan = await ws.plan();
    expect(plan.code).toBe(1);
    expect(flat(plan.output)).toContain('Conflicting Zendesk credentials');
    expect(flat(plan.output)).toContain('the ZENDESK_EMAIL environment variable');
  });
});
