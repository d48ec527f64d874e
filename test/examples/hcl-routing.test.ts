/** examples/hcl/routing, as checked in, against the emulator with the real terraform: plan, apply, no-op plan, destroy. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emulatorWithWorkspaces } from '../support/emulator-workspaces';
import type { TerraformWorkspace } from '../support/terraform';

const EXAMPLE = join(__dirname, '..', '..', 'examples', 'hcl', 'routing', 'main.tf');

describe('examples/hcl/routing', () => {
  // The example's credentials are its own variables: the workspace's environment holds no other.
  const env = emulatorWithWorkspaces({}, { env: {} });
  let ws: TerraformWorkspace;
  const routing = async () => (await env.emulator.control.settings('acme')).routing as Record<string, unknown>;

  beforeAll(async () => {
    ws = await env.workspace({ 'main.tf': readFileSync(EXAMPLE, 'utf8') }, {
      TF_VAR_api_root: env.emulator.url,
      TF_VAR_oauth_client_id: 'emulator-client',
      TF_VAR_acme_oauth_client_secret: 'emulator-secret',
    });
  });

  it('plans the configuration, two capacity rules, a status, two queues and their order, with agents and groups looked up', async () => {
    const plan = await ws.plan();
    expect(plan.stderr).toBe('');
    expect(plan.code).toBe(2);
    expect(plan.stdout).toContain('Plan: 7 to add, 0 to change, 0 to destroy.');
  });

  it('applies them, then plans no changes', async () => {
    await env.emulator.control.changeSettings('acme', { routing: { reassignment_messaging_timeout: 30 } });
    const applied = await ws.applyOrThrow();
    expect(applied.stdout).toContain('Apply complete! Resources: 7 added, 0 changed, 0 destroyed.');
    expect(await routing()).toMatchObject({ enabled: true, reassignment_messaging_enabled: true, reassignment_messaging_timeout: 60 });
    const state = JSON.stringify(await ws.state());
    expect(state).toContain('"name":"Front line"');
    expect(state).toContain('"agent_label":"Waiting on customer"');
    expect((await ws.plan()).code).toBe(0);
  });

  it('destroys: rules and queues deleted, the status deactivated, the configuration retained', async () => {
    const destroy = await ws.terraform(['destroy', '-auto-approve', '-no-color']);
    expect(destroy.code).toBe(0);
    expect(destroy.stdout).toContain('Destroy complete! Resources: 7 destroyed.');
    expect((await routing()).reassignment_messaging_timeout).toBe(60);
  });
});
