/**
 * inactivity.timeout became inactivity.timeout_minutes in schema version 1, driven by the real terraform against
 * the emulator: a state written by version 0 (with `timeout`) upgrades and plans clean under either name, HCL
 * that still uses the old name plans and applies with a deprecation warning, and both names at once are an
 * error on the old one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EMULATOR_SECRET_ENV, emulatorWithWorkspaces } from '../support/emulator-workspaces';
import { REQUIRED_PROVIDERS, providerBlock, settingsResource } from '../support/hcl';
import type { TerraformWorkspace } from '../support/terraform';
type StoredState = { resources: { type: string; instances: { schema_version: number; attributes: Record<string, unknown> }[] }[] };

describe('zendesk_messaging_settings: inactivity.timeout renamed timeout_minutes (real terraform, emulator)', () => {
  // What the provider answers is this file's subject, not how terraform starts it: one host per workspace (see provider-hosts.ts).
  const env = emulatorWithWorkspaces({}, { providerHost: true, env: EMULATOR_SECRET_ENV });
  let ws: TerraformWorkspace;
  const statePath = () => join(ws.dir, 'terraform.tfstate');
  const config = (inactivity: string, account = 'acme') =>
    REQUIRED_PROVIDERS +
    providerBlock({ baseUrl: env.emulator.accountUrl(account), extra: ['oauth_client_id = "emulator-client"'] }) +
    settingsResource('acme', [`inactivity = { enabled = true, ${inactivity} }`]);
  const stored = () => JSON.parse(readFileSync(statePath(), 'utf8')) as StoredState;
  const instance = (state = stored()) => state.resources.find((r) => r.type === 'zendesk_messaging_settings')!.instances[0];

  /** The state as the provider's schema version 0 wrote it: `inactivity.timeout`, no `timeout_minutes`. */
  let version0: string;

  beforeAll(async () => {
    ws = await env.workspace({ 'main.tf': config('timeout_minutes = 10') });
    await ws.applyOrThrow();
    const state = stored();
    const { inactivity, ...rest } = instance(state).attributes as { inactivity: Record<string, unknown> };
    expect(inactivity).toMatchObject({ timeout_minutes: 10 });
    const { timeout_minutes: minutes, timeout: _alias, ...others } = inactivity;
    Object.assign(instance(state), { schema_version: 0, attributes: { ...rest, inactivity: { ...others, timeout: minutes } } });
    version0 = JSON.stringify(state, null, 2);
  });

  it('upgrades a version-0 state and plans clean with the new name, without a warning', async () => {
    ws.write({ 'terraform.tfstate': version0, 'main.tf': config('timeout_minutes = 10') });
    const plan = await ws.plan();
    expect(plan.output).toContain('No changes.');
    expect(plan.code).toBe(0);
    expect(plan.output).not.toContain('Deprecated');
    await ws.applyOrThrow(['-refresh-only']);
    expect(instance().schema_version).toBe(1);
    expect(instance().attributes.inactivity).toMatchObject({ timeout_minutes: 10, timeout: 10 });
  });

  it('upgrades a version-0 state and plans clean with the old name, warning that it is deprecated', async () => {
    ws.write({ 'terraform.tfstate': version0, 'main.tf': config('timeout = 10') });
    const plan = await ws.plan();
    expect(plan.output).toContain('No changes.');
    expect(plan.code).toBe(0);
    expect(plan.output).toContain('Warning: Deprecated attribute');
    expect(plan.output).toContain('inactivity.timeout is deprecated: Use inactivity.timeout_minutes instead');
  });

  it('applies a change made through the old name, then plans clean', async () => {
    ws.write({ 'main.tf': config('timeout = 12') });
    const plan = await ws.plan();
    expect(plan.code).toBe(2);
    expect(plan.stdout).toMatch(/~ timeout\s+= 10 -> 12/);
    expect(plan.stdout).toMatch(/~ timeout_minutes\s+= 10 -> 12/);
    const apply = await ws.applyOrThrow();
    expect(apply.output).toContain('Warning: Deprecated attribute');
    expect((await env.emulator.control.settings('acme')).messaging_inactivity.timeout).toBe(12);
    expect(instance().attributes.inactivity).toMatchObject({ timeout_minutes: 12, timeout: 12 });
    expect((await ws.plan()).code).toBe(0);
    ws.write({ 'main.tf': config('timeout_minutes = 12') });
    expect((await ws.plan()).code).toBe(0);
  });

  it('refuses both names at once, naming the old one', async () => {
    ws.write({ 'main.tf': config('timeout = 12, timeout_minutes = 12') });
    const plan = await ws.plan();
    expect(plan.code).toBe(1);
    expect(plan.output).toContain('Error: Conflicting attributes');
    expect(plan.output).toContain('inactivity.timeout is the deprecated name of inactivity.timeout_minutes');
  });

  it('never shows the old name in the plans of a configuration that uses only the new one', async () => {
    const created = await ws.terraform(['workspace', 'new', '-no-color', 'new-name-only']);
    expect(created.code).toBe(0);
    try {
      const inactivityLines = (text: string) => text.split('\n').filter((line) => /\btimeout(_minutes)?\s+=/.test(line)).map((line) => line.trim());
      ws.write({ 'main.tf': config('timeout_minutes = 10', 'new-name-only') });
      const create = await ws.plan();
      expect(create.code).toBe(2);
      expect(inactivityLines(create.stdout)).toEqual(['+ timeout_minutes = 10']);
      await ws.applyOrThrow();
      expect((await ws.plan()).stdout).toContain('No changes.');
      ws.write({ 'main.tf': config('timeout_minutes = 12', 'new-name-only') });
      const update = await ws.plan();
      expect(update.code).toBe(2);
      expect(inactivityLines(update.stdout)).toEqual(['~ timeout_minutes = 10 -> 12']);
      expect(update.stdout).not.toContain('known after apply');
      await ws.applyOrThrow();
      expect((await env.emulator.control.settings('new-name-only')).messaging_inactivity.timeout).toBe(12);
      const after = await ws.plan();
      expect({ code: after.code, noChanges: after.stdout.includes('No changes.') }).toEqual({ code: 0, noChanges: true });
      const shown = (await ws.state()) as { values: { root_module: { resources: { values: { inactivity: Record<string, unknown> } }[] } } };
      expect(shown.values.root_module.resources[0].values.inactivity).toMatchObject({ timeout_minutes: 12, timeout: null });
    } finally {
      await ws.terraform(['workspace', 'select', '-no-color', 'default']);
    }
  });
});
