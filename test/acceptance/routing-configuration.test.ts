/**
 * The whole life of zendesk_routing_configuration with the real terraform against the emulator: adopt, no-op, drift
 * named by `zendesk-messaging drift`, heal, update (routing off, with its warning), destroy with reset and retain,
 * and import with -generate-config-out. It shares settings.routing with zendesk_messaging_settings: each resource
 * writes only its own keys, which every step checks in what Zendesk holds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emulatorWithWorkspaces } from '../support/emulator-workspaces';
import { REQUIRED_PROVIDERS, providerBlock, settingsResource } from '../support/hcl';
import { type TerraformWorkspace, run } from '../support/terraform';

const CLI = join(__dirname, '..', '..', 'bin', 'zendesk-messaging.js');
const env = emulatorWithWorkspaces();

const routingResource = (body: string[]) => `resource "zendesk_routing_configuration" "this" {\n${body.map((l) => `  ${l}`).join('\n')}\n}\n`;
const config = (account: string, routing: string[], messaging: string[] = ['agent_ended_session_routing = "email"']) =>
  REQUIRED_PROVIDERS + providerBlock({ baseUrl: env.emulator.accountUrl(account) }) + settingsResource('this', messaging) + routingResource(routing);

/** What Zendesk holds in the routing section, without the keys named. */
const routingWithout = async (account: string, ...keys: string[]) => {
  const routing = { ...(await env.emulator.control.settings(account)).routing };
  for (const key of keys) delete routing[key];
  return routing;
};

const MANAGED = ['enabled = true', 'autorouting_tag = "route-me"', 'reassignment_messaging_timeout_seconds = 45', 'count_inactive_conversations_enabled = true', 'on_destroy = "reset"'];
const MANAGED_KEYS = ['enabled', 'autorouting_tag', 'reassignment_messaging_timeout', 'messaging_activity_routing_enabled'];

describe('zendesk_routing_configuration lifecycle (real terraform, emulator)', () => {
  const account = 'routing';
  let ws: TerraformWorkspace;

  beforeAll(async () => {
    // What an admin set before Terraform: left alone by the routing configuration (unmanaged) and by its neighbour.
    await env.emulator.control.changeSettings(account, { routing: { focus_mode_enabled: true, transform_to_email_enabled: false } });
    ws = await env.workspace({ 'main.tf': config(account, MANAGED) });
  });

  it("adopts the account on create, writing only its managed keys (never the messaging settings' treatment)", async () => {
    const before = await routingWithout(account, ...MANAGED_KEYS, 'transform_to_email_enabled');
    await ws.applyOrThrow();
    const routing = (await env.emulator.control.settings(account)).routing;
    expect(routing).toMatchObject({ enabled: true, autorouting_tag: 'route-me', reassignment_messaging_timeout: 45, messaging_activity_routing_enabled: true });
    // The messaging settings wrote their key, and nothing of the routing configuration's; it wrote none of theirs.
    expect(routing.transform_to_email_enabled).toBe(true);
    expect(await routingWithout(account, ...MANAGED_KEYS, 'transform_to_email_enabled')).toEqual(before);
    const state = JSON.stringify(await ws.state());
    expect(state).toContain('"reassignment_messaging_timeout_seconds":45');
    expect(state).toContain('"focus_mode_enabled":null');
  });

  it('plans no changes right after apply', async () => {
    const plan = await ws.plan();
    expect(plan.output).toContain('No changes.');
    expect(plan.code).toBe(0);
  });

  it('an out-of-band change of a managed setting is drift that names it; an unmanaged one is not', async () => {
    await env.emulator.control.changeSettings(account, { routing: { reassignment_messaging_timeout: 90, skills_timeout_enabled: true } });
    const drift = await run(process.execPath, [CLI, 'drift', '--dir', ws.dir, '--no-attribution'], ws.dir, { ...ws.env, CI: '1' });
    expect(drift.code).toBe(2);
    expect(drift.stdout).toContain('Messaging reassignment timing');
    expect(drift.stdout).toContain('90');
    expect(drift.stdout).not.toContain('Skills timeout');
    await ws.applyOrThrow();
    expect((await env.emulator.control.settings(account)).routing.reassignment_messaging_timeout).toBe(45);
    expect((await ws.plan()).code).toBe(0);
  });

  it("turning routing off warns that the messaging settings' routing treatment has no effect, and writes only enabled", async () => {
    ws.write({ 'main.tf': config(account, MANAGED.map((l) => (l === 'enabled = true' ? 'enabled = false' : l))) });
    const plan = await ws.plan();
    expect(plan.code).toBe(2);
    expect(plan.output).toContain('Routing treatment has no effect: omnichannel routing is off');
    // Terraform wraps a warning's detail: compare its words.
    expect(plan.output.replace(/\s+/g, ' ')).toContain('(zendesk_messaging_settings.agent_ended_session_routing, "email" in Zendesk now)');
    const before = await routingWithout(account, 'enabled');
    await ws.applyOrThrow();
    expect((await env.emulator.control.settings(account)).routing.enabled).toBe(false);
    expect(await routingWithout(account, 'enabled')).toEqual(before);
    // With Zendesk holding routing off, the messaging settings' own refresh says it too.
    const next = await ws.plan();
    expect(next.code).toBe(0);
    expect(next.output).toContain('Routing treatment has no effect: omnichannel routing is off');
  });

  it('destroy with on_destroy = "reset" restores the documented defaults it managed, and leaves the rest as it is', async () => {
    const before = await routingWithout(account, 'enabled', 'autorouting_tag', 'reassignment_messaging_timeout');
    const destroy = await ws.terraform(['destroy', '-auto-approve', '-no-color']);
    expect(destroy.code).toBe(0);
    expect(destroy.output).toContain('Destroy will reset the routing configuration');
    const routing = (await env.emulator.control.settings(account)).routing;
    expect(routing).toMatchObject({ enabled: true, autorouting_tag: 'auto-routing', reassignment_messaging_timeout: 30 });
    // count_inactive_conversations_enabled is observed (its default unknown): kept; the treatment is the neighbour's.
    expect(await routingWithout(account, 'enabled', 'autorouting_tag', 'reassignment_messaging_timeout')).toEqual(before);
    expect(routing.messaging_activity_routing_enabled).toBe(true);
    expect(routing.transform_to_email_enabled).toBe(true);
  });
});

describe('importing zendesk_routing_configuration (real terraform, emulator)', () => {
  it('an import block with -generate-config-out writes HCL that plans clean; destroy with retain leaves Zendesk as it is', async () => {
    const account = 'imported';
    await env.emulator.control.changeSettings(account, { routing: { autorouting_tag: 'imported-tag', skills_timeout_messaging: 120 } });
    const ws = await env.workspace({
      'main.tf': REQUIRED_PROVIDERS + providerBlock({ baseUrl: env.emulator.accountUrl(account) }) + 'import {\n  to = zendesk_routing_configuration.this\n  id = "imported"\n}\n',
    });
    const plan = await ws.terraform(['plan', '-no-color', '-generate-config-out=generated.tf']);
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain('1 to import');
    const generated = readFileSync(join(ws.dir, 'generated.tf'), 'utf8');
    expect(generated).toContain('resource "zendesk_routing_configuration" "this"');
    expect(generated).toMatch(/autorouting_tag\s+= "imported-tag"/);
    expect(generated).toMatch(/skills_timeout_messaging\s+= 120/);
    await ws.applyOrThrow();
    expect((await ws.plan()).code).toBe(0);

    const before = await env.emulator.control.settings(account);
    const destroy = await ws.terraform(['destroy', '-auto-approve', '-no-color']);
    expect(destroy.code).toBe(0);
    expect(destroy.output).toContain('Routing configuration left as it is');
    expect(await env.emulator.control.settings(account)).toEqual(before);
  });

  it('rejects an import ID of another account, saying which one this provider manages', async () => {
    const ws = await env.workspace({ 'main.tf': REQUIRED_PROVIDERS + providerBlock({ baseUrl: env.emulator.accountUrl('acme') }) + routingResource([]) });
    const imported = await ws.terraform(['import', '-no-color', 'zendesk_routing_configuration.this', 'globex']);
    expect(imported.code).toBe(1);
    expect(imported.output).toContain('Import ID does not match');
    expect(imported.output).toContain('"acme"');
  });
});
