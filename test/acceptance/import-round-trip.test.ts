/**
 * Every state a real account can be in imports, round trip: an import block
 * with `-generate-config-out` writes a configuration that plans without an
 * error, applies without changing Zendesk, and then plans clean
 * (`-detailed-exitcode` 0). One workspace, one provider alias per account
 * state, real terraform against the emulator.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emulatorWithWorkspaces } from '../support/emulator-workspaces';
import type { TerraformWorkspace } from '../support/terraform';
import { REQUIRED_PROVIDERS, providerBlock } from '../support/hcl';

type Settings = Record<string, Record<string, unknown>>;

const reminder = (message: string, extra: Record<string, unknown> = {}) => ({ message, ...extra });

/** Account states: how each is made (a legacy account, then Admin Center changes), and what it shows. */
const STATES: Record<string, { legacy?: boolean; change?: Settings }> = {
  'new-account': {},
  'legacy-account': { legacy: true },
  'routing-off': { change: { routing: { enabled: false } } },
  // With the two above (agents can end: on / off, email: off), every combination of the two settings.
  'end-on-email-on': { change: { messaging: { messaging_end_session: true }, routing: { transform_to_email_enabled: true } } },
  'end-off-email-on': { change: { messaging: { messaging_end_session: false }, routing: { transform_to_email_enabled: true } } },
  'routing-off-legacy-email-on': { legacy: true, change: { routing: { enabled: false, transform_to_email_enabled: true } } },
  'inactivity-off': { change: { messaging_inactivity: { enabled: false } } },
  'inactivity-no-reminders-ends-session': { change: { messaging_inactivity: { enabled: true, reminders: [], end_session: true, timeout: 15 } } },
  // Accounts created before 2025-10-16 have reminders without tags [documented: docs/design/zendesk-api.md#inactivity-defaults].
  'inactivity-reminders-without-tags': {
    change: { messaging_inactivity: { timeout: 3, reminders: [reminder('Still there?'), reminder('Closing soon', { timeout: 900, ticket_status_id: null })] } },
  },
  'inactivity-one-reminder-solved': { change: { messaging_inactivity: { timeout: 10, reminders: [reminder('We will close this soon.', { tags: ['bye'] })] } } },
  // Zendesk ignores a wait time or status on the first reminder (it uses the inactivity timeout): a legal state.
  'inactivity-first-reminder-with-wait': { change: { messaging_inactivity: { reminders: [reminder('Hello?', { timeout: 120, tags: [] })] } } },
};

describe('import round trip for every account state (real terraform, emulator)', () => {
  const env = emulatorWithWorkspaces({}, { providerHost: true }); // many commands: one warm provider per workspace
  let ws: TerraformWorkspace;
  const before: Record<string, Settings> = {};
  const names = Object.keys(STATES);
  const alias = (name: string) => name.replace(/-/g, '_');

  beforeAll(async () => {
    for (const [name, state] of Object.entries(STATES)) {
      if (state.legacy) await env.emulator.control.createAccount({ name, legacy: true });
      if (state.change) await env.emulator.control.changeSettings(name, state.change);
      before[name] = await env.emulator.control.settings(name);
    }
    const blocks = names.map(
      (name) =>
        providerBlock({ alias: alias(name), baseUrl: env.emulator.accountUrl(name) }) +
        `import {\n  provider = zendesk.${alias(name)}\n  to       = zendesk_messaging_settings.${alias(name)}\n  id       = "${name}"\n}\n`,
    );
    ws = await env.workspace({ 'main.tf': REQUIRED_PROVIDERS + blocks.join('') });
  });

  it(`generates configuration for ${names.length} states that plans without an error`, async () => {
    const generate = await ws.terraform(['plan', '-no-color', '-input=false', '-generate-config-out=generated.tf']);
    expect(generate.output).not.toContain('Error:');
    expect(generate.code).toBe(0);
    expect(generate.stdout).toContain(`Plan: ${names.length} to import, 0 to add, 0 to change, 0 to destroy.`);
    const generated = readFileSync(join(ws.dir, 'generated.tf'), 'utf8');
    for (const name of names) expect(generated).toContain(`resource "zendesk_messaging_settings" "${alias(name)}"`);

    const validate = await ws.terraform(['validate', '-no-color']);
    expect(validate.code).toBe(0);
    const plan = await ws.terraform(['plan', '-no-color', '-input=false']);
    expect(plan.output).not.toContain('Error:');
    expect(plan.stdout).toContain(`Plan: ${names.length} to import, 0 to add, 0 to change, 0 to destroy.`);
    // Dormant values import as they are, with a warning that says why they have no effect.
    expect(plan.output).toContain('Routing treatment has no effect');
  });

  it('applies the import without writing to Zendesk, then plans clean', async () => {
    await env.emulator.control.resetRequests();
    await ws.applyOrThrow();
    const calls = await env.emulator.control.callsByRoute();
    expect(calls['PUT /api/v2/account/settings']).toBeUndefined();
    for (const name of names) expect(await env.emulator.control.settings(name)).toEqual(before[name]);
    const plan = await ws.plan();
    expect(plan.output).toContain('No changes.');
    expect(plan.code).toBe(0);
  });
});
