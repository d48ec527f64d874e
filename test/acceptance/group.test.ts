/**
 * data "zendesk_group" with the real terraform against the emulator: a group looked up by name and by id, its
 * attributes as outputs, and a misspelt name failing the plan with the closest name.
 */
import { emulatorWithWorkspaces } from '../support/emulator-workspaces';
import { REQUIRED_PROVIDERS, providerBlock } from '../support/hcl';

const env = emulatorWithWorkspaces();

const config = (account: string, body: string) => ({ 'main.tf': REQUIRED_PROVIDERS + providerBlock({ baseUrl: env.emulator.accountUrl(account) }) + body });

describe('data "zendesk_group" (real terraform, emulator)', () => {
  it('finds a group by name and by id, with the attributes the API gives', async () => {
    const account = 'groups';
    const billing = (await env.emulator.control.directory(account)).groups.find((g) => g.name === 'Billing')!;
    const ws = await env.workspace(
      config(
        account,
        `
data "zendesk_group" "by_name" {
  name = "Billing"
}
data "zendesk_group" "by_id" {
  id = data.zendesk_group.by_name.id
}
output "by_name" {
  value = data.zendesk_group.by_name
}
output "by_id_name" {
  value = data.zendesk_group.by_id.name
}
`,
      ),
    );
    await ws.applyOrThrow();
    const outputs = JSON.parse((await ws.terraform(['output', '-json'])).stdout) as Record<string, { value: unknown }>;
    expect(outputs.by_name.value).toEqual({ name: 'Billing', id: billing.id, description: '', default: false, deleted: false });
    expect(outputs.by_id_name.value).toBe('Billing');
    expect((await ws.plan()).code).toBe(0);
  });

  it('fails the plan on a misspelt name, naming the closest group', async () => {
    const ws = await env.workspace(config('groups-typo', 'data "zendesk_group" "billing" {\n  name = "Biling"\n}\n'));
    const plan = await ws.plan();
    expect(plan.code).toBe(1);
    const said = plan.output.replace(/\s+/g, ' ');
    expect(said).toContain('Group not found');
    expect(said).toContain('has no group named "Biling"; did you mean "Billing"?');
  });
});
