/** Import of zendesk_messaging_settings with `terraform import` and with `import` blocks (+ -generate-config-out). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EMULATOR_SECRET_ENV, emulatorWithWorkspaces } from '../support/emulator-workspaces';
import { REQUIRED_PROVIDERS, providerBlock, settingsResource } from '../support/hcl';

describe('importing zendesk_messaging_settings (real terraform, emulator)', () => {
  // What the provider answers is this file's subject, not how terraform starts it: one host per workspace (see provider-hosts.ts).
  const env = emulatorWithWorkspaces({}, { providerHost: true, env: EMULATOR_SECRET_ENV });

  const provider = (account: string) =>
    REQUIRED_PROVIDERS + providerBlock({ baseUrl: env.emulator.accountUrl(account), extra: ['oauth_client_id = "emulator-client"'] });

  it('terraform import adopts the account; settings the config leaves out stay unmanaged (no diff)', async () => {
    await env.emulator.control.changeSettings('imported', { routing: { transform_to_email_enabled: true } });
    const ws = await env.workspace({ 'main.tf': provider('imported') + settingsResource('this', ['agents_can_end_sessions = true']) });
    const imported = await ws.terraform(['import', '-no-color', 'zendesk_messaging_settings.this', 'imported']);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('Import successful!');
    const state = JSON.stringify(await ws.state());
    expect(state).toContain('"agent_ended_session_routing":"email"');
    const plan = await ws.plan();
    expect(plan.output).toContain('No changes.');
    expect(plan.code).toBe(0);
  });

  it('rejects an import ID of another account, saying which one this provider manages', async () => {
    const ws = await env.workspace({ 'main.tf': provider('acme') + settingsResource('this', []) });
    const imported = await ws.terraform(['import', '-no-color', 'zendesk_messaging_settings.this', 'globex']);
    expect(imported.code).toBe(1);
    expect(imported.output).toContain('Import ID does not match');
    expect(imported.output).toContain('"acme"');
  });

  it('an import block with -generate-config-out writes HCL that plans clean after apply', async () => {
    const ws = await env.workspace({
      'main.tf': provider('generated') + 'import {\n  to = zendesk_messaging_settings.this\n  id = "generated"\n}\n',
    });
    const plan = await ws.terraform(['plan', '-no-color', '-generate-config-out=generated.tf']);
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain('1 to import');
    const generated = readFileSync(join(ws.dir, 'generated.tf'), 'utf8');
    expect(generated).toContain('resource "zendesk_messaging_settings" "this"');
    expect(generated).toContain('agents_can_end_sessions');
    expect(generated).toContain('on_destroy');
    await ws.applyOrThrow();
    expect((await ws.plan()).code).toBe(0);
  });
});
