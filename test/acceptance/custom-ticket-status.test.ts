/**
 * zendesk_custom_ticket_status and data "zendesk_custom_ticket_status" with the real terraform against the emulator:
 * create, no-op plan, an out-of-band change reported by `zendesk-messaging drift` naming the attribute, update, a
 * category change that replaces, destroy that deactivates (Zendesk has no delete) with its warning, and import with
 * -generate-config-out that plans clean.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emulatorWithWorkspaces } from '../support/emulator-workspaces';
import { REQUIRED_PROVIDERS, providerBlock } from '../support/hcl';
import { run } from '../support/terraform';
import { TOKEN, send } from '../emulator/http';

const CLI = join(__dirname, '..', '..', 'bin', 'zendesk-messaging.js');
const env = emulatorWithWorkspaces();

interface HeldStatus {
  id: number;
  status_category: string;
  agent_label: string;
  end_user_label: string;
  description: string;
  active: boolean;
}

/** What `terraform show -json` says, as far as these tests read it. */
interface ShownState {
  values: { outputs: Record<string, { value: unknown }>; root_module: { resources: { address: string; values: Record<string, unknown> }[] } };
}

/** What Zendesk holds, read through the API as any client would. */
const held = async (account: string, id: string): Promise<HeldStatus> =>
  (await send(`${env.emulator.accountUrl(account)}/api/v2/custom_statuses/${id}`, { auth: TOKEN })).json().custom_status;
const statusesOf = async (account: string): Promise<HeldStatus[]> =>
  (await send(`${env.emulator.accountUrl(account)}/api/v2/custom_statuses`, { auth: TOKEN })).json().custom_statuses;

const statusResource = (body: string[]) => `resource "zendesk_custom_ticket_status" "waiting" {\n${body.map((l) => `  ${l}`).join('\n')}\n}\n`;
const LOOKUP = `
data "zendesk_custom_ticket_status" "pending" {
  agent_label     = "Pending"
  status_category = "pending"
}
output "pending_id" { value = data.zendesk_custom_ticket_status.pending.id }
`;
const config = (account: string, body: string[]) => REQUIRED_PROVIDERS + providerBlock({ baseUrl: env.emulator.accountUrl(account) }) + statusResource(body) + LOOKUP;

const WAITING = ['status_category = "pending"', 'agent_label = "Waiting on vendor"', 'description = "A third party is on it"'];

describe('zendesk_custom_ticket_status lifecycle (real terraform, emulator)', () => {
  const account = 'statuses';
  let ws: Awaited<ReturnType<typeof env.workspace>>;
  let id: string;

  beforeAll(async () => {
    ws = await env.workspace({ 'main.tf': config(account, WAITING) });
  });

  it('creates the status; the data source finds a status by its label', async () => {
    await ws.applyOrThrow();
    const shown = (await ws.state()) as unknown as ShownState;
    const resource = shown.values.root_module.resources.find((r) => r.address === 'zendesk_custom_ticket_status.waiting')!;
    id = String(resource.values.id);
    expect(await held(account, id)).toMatchObject({ status_category: 'pending', agent_label: 'Waiting on vendor', end_user_label: 'Waiting on vendor', description: 'A third party is on it', active: true });
    // Unset end-user texts are Zendesk's to fill: the label it copied is state, the empty description stays null.
    expect(resource.values).toMatchObject({ end_user_label: 'Waiting on vendor', end_user_description: null, active: true });
    const pending = (await statusesOf(account)).find((s) => s.agent_label === 'Pending');
    expect(shown.values.outputs.pending_id.value).toBe(String(pending!.id));
  });

  it('plans no changes right after apply', async () => {
    const plan = await ws.plan();
    expect(plan.output).toContain('No changes.');
    expect(plan.code).toBe(0);
  });

  it('an out-of-band change is drift that names the attribute and who changed it (the status\'s audit entries); apply puts it back', async () => {
    const actor = { name: 'Lee Jones', email: 'lee@statuses.test' };
    await env.emulator.control.changeRouting(account, 'custom-statuses', id, { custom_status: { agent_label: 'Waiting on partner' } }, actor);
    const drift = await run(process.execPath, [CLI, 'drift', '--dir', ws.dir, '--no-host'], ws.dir, { ...ws.env, CI: '1' });
    expect(drift.code).toBe(2);
    expect(drift.stdout).toContain('Ticket status name for agents');
    expect(drift.stdout).toContain('Waiting on partner');
    expect(drift.stdout).toMatch(/changed by Lee Jones at .* UTC/);
    await ws.applyOrThrow();
    expect((await held(account, id)).agent_label).toBe('Waiting on vendor');
    expect((await ws.plan()).code).toBe(0);
  });

  it('updates in place; removing the description clears it in Zendesk', async () => {
    ws.write({ 'main.tf': config(account, ['status_category = "pending"', 'agent_label = "Waiting on vendor"', 'end_user_label = "In progress"']) });
    const plan = await ws.plan();
    expect(plan.output).toContain('1 to change, 0 to destroy');
    await ws.applyOrThrow();
    expect(await held(account, id)).toMatchObject({ id: Number(id), end_user_label: 'In progress', description: '' });
    expect((await ws.plan()).code).toBe(0);
  });

  it('a category change replaces the status (Zendesk keeps a category), deactivating the old one', async () => {
    ws.write({ 'main.tf': config(account, ['status_category = "hold"', 'agent_label = "Waiting on vendor"', 'end_user_label = "In progress"']) });
    const plan = await ws.plan();
    expect(plan.output).toContain('forces replacement');
    expect(plan.output).toContain('Destroy will deactivate the ticket status');
    await ws.applyOrThrow();
    expect((await held(account, id)).active).toBe(false);
    const replaced = (await statusesOf(account)).filter((s) => s.agent_label === 'Waiting on vendor' && s.active);
    expect(replaced).toEqual([expect.objectContaining({ status_category: 'hold' })]);
    id = String(replaced[0].id);
  });

  it('destroy deactivates the status, with a warning that says so', async () => {
    const destroy = await ws.terraform(['destroy', '-auto-approve', '-no-color']);
    expect(destroy.code).toBe(0);
    const words = destroy.output.replace(/\s+/g, ' ');
    expect(words).toContain('Ticket status deactivated, not deleted');
    expect(words).toContain('Zendesk has no delete for ticket statuses');
    expect(words).toContain('is now inactive in Zendesk, which has no delete for statuses');
    expect(await held(account, id)).toMatchObject({ active: false, agent_label: 'Waiting on vendor' });
  });
});

describe('importing zendesk_custom_ticket_status (real terraform, emulator)', () => {
  it('an import block with -generate-config-out writes HCL that plans clean', async () => {
    const account = 'statuses-import';
    const made = await env.emulator.control.createRouting<{ custom_status: { id: number } }>(account, 'custom-statuses', {
      custom_status: { status_category: 'open', agent_label: 'Escalated', end_user_label: 'Being handled', description: 'A lead is on it' },
    });
    const id = String(made.custom_status.id);
    const ws = await env.workspace({
      'main.tf': REQUIRED_PROVIDERS + providerBlock({ baseUrl: env.emulator.accountUrl(account) }) + `import {\n  to = zendesk_custom_ticket_status.escalated\n  id = "${id}"\n}\n`,
    });
    const plan = await ws.terraform(['plan', '-no-color', '-generate-config-out=generated.tf']);
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain('1 to import, 0 to add, 0 to change, 0 to destroy');
    const generated = readFileSync(join(ws.dir, 'generated.tf'), 'utf8');
    expect(generated).toMatch(/status_category\s+= "open"/);
    expect(generated).toMatch(/end_user_label\s+= "Being handled"/);
    await ws.applyOrThrow();
    expect((await ws.plan()).code).toBe(0);
  });

  it("adopting a category's standard status: renamed in place, and left active on destroy (Zendesk keeps it), saying so", async () => {
    const account = 'statuses-standard';
    const adopt = `
data "zendesk_custom_ticket_status" "pending" {
  agent_label     = "Pending"
  status_category = "pending"
}
import {
  to = zendesk_custom_ticket_status.pending
  id = data.zendesk_custom_ticket_status.pending.id
}
resource "zendesk_custom_ticket_status" "pending" {
  status_category = "pending"
  agent_label     = "Pending"
  end_user_label  = "Waiting for you"
}
`;
    const ws = await env.workspace({ 'main.tf': REQUIRED_PROVIDERS + providerBlock({ baseUrl: env.emulator.accountUrl(account) }) + adopt });
    await ws.applyOrThrow();
    const pending = (await statusesOf(account)).find((s) => s.agent_label === 'Pending')!;
    expect(pending).toMatchObject({ end_user_label: 'Waiting for you', active: true });
    ws.write({ 'main.tf': REQUIRED_PROVIDERS + providerBlock({ baseUrl: env.emulator.accountUrl(account) }) });
    const plan = await ws.plan();
    expect(plan.output).toContain('Destroy will leave the standard ticket status active');
    await ws.applyOrThrow();
    expect(await held(account, String(pending.id))).toMatchObject({ active: true, end_user_label: 'Waiting for you' });
  });

  it('the data source names the statuses there are when none has the label', async () => {
    const lookup = 'data "zendesk_custom_ticket_status" "x" {\n  agent_label     = "Waiting"\n  status_category = "pending"\n}\n';
    const ws = await env.workspace({ 'main.tf': REQUIRED_PROVIDERS + providerBlock({ baseUrl: env.emulator.accountUrl('statuses-lookup') }) + lookup });
    const plan = await ws.plan();
    expect(plan.code).toBe(1);
    const words = plan.output.replace(/\s+/g, ' ');
    expect(words).toContain('Ticket status not found');
    expect(words).toContain('has no ticket status with the agent label "Waiting" in the "pending" category. Labels must match exactly; the statuses in the "pending" category are: "Pending" (pending).');
  });

  it('an import ID no status has is refused by terraform as a missing object (a 404 on read removes it from state)', async () => {
    const ws = await env.workspace({
      'main.tf': REQUIRED_PROVIDERS + providerBlock({ baseUrl: env.emulator.accountUrl('statuses-missing') }) + statusResource(['status_category = "open"', 'agent_label = "x"']),
    });
    const imported = await ws.terraform(['import', '-no-color', 'zendesk_custom_ticket_status.waiting', '999']);
    expect(imported.code).toBe(1);
    expect(imported.output).toContain('Cannot import non-existent remote object');
  });

  it('refuses an import ID that is not a number, saying what it is', async () => {
    const ws = await env.workspace({ 'main.tf': REQUIRED_PROVIDERS + providerBlock({ baseUrl: env.emulator.accountUrl('acme') }) + statusResource(['status_category = "open"', 'agent_label = "x"']) });
    const imported = await ws.terraform(['import', '-no-color', 'zendesk_custom_ticket_status.waiting', 'Escalated']);
    expect(imported.code).toBe(1);
    expect(imported.output).toContain('Invalid ticket status import ID');
  });
});
