/**
 * The whole life of zendesk_messaging_settings, driven by the real terraform
 * binary against the emulator: create, no-op, drift, heal, data source,
 * destroy with retain and with reset, and the API calls each step costs.
 * Twice: with the provider processes terraform starts itself, and with every
 * command reattached to one warm provider host (zendesk-messaging exec).
 */
import { type ProviderHost, startProviderHost } from '../../src/cli/provider-host';
import { EMULATOR_SECRET_ENV, emulatorWithWorkspaces } from '../support/emulator-workspaces';
import { type TerraformWorkspace, baseEnv } from '../support/terraform';
import { REQUIRED_PROVIDERS, providerBlock, settingsResource } from '../support/hcl';

describe.each([['started by terraform', false], ['one provider host', true]])('zendesk_messaging_settings lifecycle (real terraform, emulator, provider %s)', (_how, withHost) => {
  const env = emulatorWithWorkspaces({}, { env: EMULATOR_SECRET_ENV });
  let ws: TerraformWorkspace;
  let host: ProviderHost | undefined;

  const config = (resourceBody: string[], extra = '') =>
    REQUIRED_PROVIDERS +
    providerBlock({ baseUrl: env.emulator.accountUrl('acme'), extra: ['oauth_client_id = "emulator-client"'] }) +
    settingsResource('acme', resourceBody) +
    extra;

  beforeAll(async () => {
    // The host reads the provider's environment (here the client secret) once, as `exec` would give it.
    host = withHost ? await startProviderHost(baseEnv({ ZENDESK_OAUTH_CLIENT_SECRET: 'emulator-secret' })) : undefined;
    ws = await env.workspace({ 'main.tf': config(['agents_can_end_sessions = false']) }, host?.env);
  });

  afterAll(async () => {
    await host?.stop();
  });

  it('plans the create with only the managed setting', async () => {
    const plan = await ws.plan();
    expect(plan.code).toBe(2);
    expect(plan.stdout).toContain('+ agents_can_end_sessions = false');
    expect(plan.stdout).toContain('Plan: 1 to add, 0 to change, 0 to destroy.');
    expect(plan.stdout).not.toContain('agent_ended_session_routing = "');
  });

  it('applies with one PUT and leaves everything else in the account alone', async () => {
    await env.emulator.control.resetRequests();
    const before = await env.emulator.control.settings('acme');
    await ws.applyOrThrow();
    const after = await env.emulator.control.settings('acme');
    expect(after.messaging.messaging_end_session).toBe(false);
    expect({ ...after, messaging: before.messaging }).toEqual(before);
    const calls = await env.emulator.control.callsByRoute();
    expect(calls['PUT /api/v2/account/settings']).toBe(1);
  });

  it('plans no changes right after apply, with a single GET (plus one OAuth token for the run)', async () => {
    await env.emulator.control.resetRequests();
    const plan = await ws.plan();
    expect(plan.output).toContain('No changes.');
    expect(plan.code).toBe(0);
    const calls = await env.emulator.control.callsByRoute();
    expect(calls).toEqual({ 'GET /api/v2/account/settings': 1, 'POST /oauth/tokens': 1 });
  });

  it('detects an out-of-band change and names the attribute (exit code 2)', async () => {
    await env.emulator.control.changeSettings('acme', { messaging: { messaging_end_session: true } });
    const plan = await ws.plan();
    expect(plan.code).toBe(2);
    expect(plan.stdout).toMatch(/~ agents_can_end_sessions\s+= true -> false/);
    expect(plan.stdout).toContain('Plan: 0 to add, 1 to change, 0 to destroy.');
  });

  it('does not report changes to settings it does not manage', async () => {
    await env.emulator.control.changeSettings('acme', { routing: { transform_to_email_enabled: true } });
    const refresh = await ws.terraform(['plan', '-refresh-only', '-detailed-exitcode', '-no-color']);
    // The refresh succeeds and reports exactly one change: the managed drift the test before left (exit 2), not the
    // routing change just made (a failed refresh, exit 1, would print neither).
    expect(refresh.code).toBe(2);
    expect(refresh.stdout).toMatch(/~ agents_can_end_sessions\s+= false -> true/);
    expect([...refresh.stdout.matchAll(/^\s+[~+-] (\w+)\s+=/gm)].map((m) => m[1])).toEqual(['agents_can_end_sessions']);
    expect(refresh.stdout).not.toContain('agent_ended_session_routing');
  });

  it('heals the drift and is in sync again', async () => {
    await ws.applyOrThrow();
    expect((await env.emulator.control.settings('acme')).messaging.messaging_end_session).toBe(false);
    expect((await ws.plan()).code).toBe(0);
  });

  it('manages more settings and reads them back through the data source', async () => {
    ws.write({
      'main.tf': config(
        [
          'agents_can_end_sessions     = true',
          'agent_ended_session_routing = "email"',
          'inactivity = {',
          '  enabled = true',
          '  timeout = 10',
          '  reminders = [',
          '    { message = "Still there?" },',
          '    { message = "Closing soon", timeout_seconds = 120, tags = ["closing"] },',
          '  ]',
          '}',
        ],
        'data "zendesk_messaging_settings" "current" {\n  depends_on = [zendesk_messaging_settings.acme]\n}\n' +
          'output "routing" {\n  value = data.zendesk_messaging_settings.current.agent_ended_session_routing\n}\n' +
          'output "omnichannel" {\n  value = data.zendesk_messaging_settings.current.omnichannel_routing_enabled\n}\n',
      ),
    });
    const apply = await ws.applyOrThrow();
    expect(apply.stdout).toContain('routing = "email"');
    expect(apply.stdout).toContain('omnichannel = true');
    const inactivity = (await env.emulator.control.settings('acme')).messaging_inactivity as Record<string, unknown>;
    expect(inactivity.timeout).toBe(10);
    expect(inactivity.reminders).toEqual([
      expect.objectContaining({ message: 'Still there?' }),
      expect.objectContaining({ message: 'Closing soon', timeout: 120, ticket_status_id: null, tags: ['closing'] }),
    ]);
    expect((await ws.plan()).code).toBe(0);
  });

  it('destroy with on_destroy = "retain" forgets the settings and leaves Zendesk as it is', async () => {
    const before = await env.emulator.control.settings('acme');
    await env.emulator.control.resetRequests();
    const destroy = await ws.terraform(['destroy', '-auto-approve', '-no-color']);
    expect(destroy.code).toBe(0);
    expect(destroy.output).toContain('Messaging settings left as they are');
    expect(await env.emulator.control.settings('acme')).toEqual(before);
    expect((await env.emulator.control.callsByRoute())['PUT /api/v2/account/settings']).toBeUndefined();
  });

  it('destroy with on_destroy = "reset" restores the defaults of what it managed', async () => {
    ws.write({
      'main.tf': config(['agents_can_end_sessions = false', 'inactivity = {', '  timeout     = 12', '  end_session = true', '}', 'on_destroy = "reset"']),
    });
    await ws.applyOrThrow();
    const plan = await ws.terraform(['plan', '-destroy', '-no-color']);
    expect(plan.output).toContain('Destroy will reset messaging settings');
    const destroy = await ws.terraform(['destroy', '-auto-approve', '-no-color']);
    expect(destroy.code).toBe(0);
    const after = await env.emulator.control.settings('acme');
    expect(after.messaging.messaging_end_session).toBe(true);
    expect(after.messaging_inactivity).toMatchObject({ timeout: 5, end_session: false, enabled: true });
    expect(((await ws.state()).values as unknown) ?? null).toBeNull();
  });
});
