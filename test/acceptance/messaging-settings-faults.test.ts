/**
 * Faults injected through the emulator while the real terraform applies:
 * Zendesk silently dropping a key, the API going down, rate limits, and an
 * OAuth access token that expires mid-run. After each, state tells the truth.
 */
import type { TerraformWorkspace } from '../support/terraform';
import { EMULATOR_SECRET_ENV, emulatorWithWorkspaces } from '../support/emulator-workspaces';
import { REQUIRED_PROVIDERS, providerBlock, settingsResource } from '../support/hcl';

describe('faults during plan and apply (real terraform, emulator)', () => {
  // What the provider answers is this file's subject, not how terraform starts it: one host per workspace (see provider-hosts.ts).
  const env = emulatorWithWorkspaces({ accessTokenTtlSeconds: 2 }, { providerHost: true, env: EMULATOR_SECRET_ENV });

  function workspace(account: string, body: string[], extraProvider: string[] = []): Promise<TerraformWorkspace> {
    return env.workspace({
      'main.tf':
        REQUIRED_PROVIDERS +
        providerBlock({ baseUrl: env.emulator.accountUrl(account), extra: ['oauth_client_id = "emulator-client"', ...extraProvider] }) +
        settingsResource('this', body),
    });
  }

  afterEach(async () => {
    await env.emulator.control.clearFaults();
  });

  it('a key Zendesk accepts but does not keep is an error naming the attribute; the next plan still shows the change', async () => {
    const ws = await workspace('dropped', ['agents_can_end_sessions = false']);
    await env.emulator.control.addFault({ account: 'dropped', method: 'PUT', path: '/api/v2/account/settings', dropKeys: ['messaging.messaging_end_session'] });
    const apply = await ws.terraform(['apply', '-auto-approve', '-no-color']);
    expect(apply.code).toBe(1);
    expect(apply.output).toContain('Zendesk did not keep a setting');
    expect(apply.output).toContain('messaging.messaging_end_session');
    expect(apply.output).toContain('agents_can_end_sessions = false');
    // Nothing was managed yet: the create is planned again, and succeeds once Zendesk keeps the value.
    expect((await ws.plan()).code).toBe(2);
    await ws.applyOrThrow();
    expect((await ws.plan()).code).toBe(0);
  });

  it('an update Zendesk drops records what Zendesk really holds, so the next plan retries', async () => {
    const ws = await workspace('dropped-update', ['agents_can_end_sessions = true']);
    await ws.applyOrThrow();
    ws.write({ 'main.tf': (await import('node:fs')).readFileSync(`${ws.dir}/main.tf`, 'utf8').replace('= true', '= false') });
    await env.emulator.control.addFault({ account: 'dropped-update', method: 'PUT', dropKeys: ['messaging.messaging_end_session'] });
    const apply = await ws.terraform(['apply', '-auto-approve', '-no-color']);
    expect(apply.code).toBe(1);
    expect(apply.output).toContain('Zendesk did not keep a setting');
    const plan = await ws.plan();
    expect(plan.code).toBe(2);
    expect(plan.stdout).toMatch(/~ agents_can_end_sessions\s+= true -> false/);
  });

  it('the API going down mid-apply fails cleanly and keeps the prior state', async () => {
    const ws = await workspace('down', ['agents_can_end_sessions = true'], ['max_retries = 2']);
    await ws.applyOrThrow();
    const stateBefore = await ws.state();
    ws.write({ 'main.tf': (await import('node:fs')).readFileSync(`${ws.dir}/main.tf`, 'utf8').replace('= true', '= false') });
    await env.emulator.control.addFault({ account: 'down', method: 'PUT', status: 503, count: 50 });
    const apply = await ws.terraform(['apply', '-auto-approve', '-no-color']);
    expect(apply.code).toBe(1);
    expect(apply.output).toContain('Zendesk API error');
    expect(apply.output).toContain('503');
    expect(await ws.state()).toEqual(stateBefore);
  }, 120_000);

  it('429 with Retry-After is waited out and the apply succeeds', async () => {
    const ws = await workspace('limited', ['agents_can_end_sessions = false']);
    await env.emulator.control.addFault({ account: 'limited', method: 'PUT', status: 429, retryAfterSeconds: 1, count: 1 });
    const started = Date.now();
    await ws.applyOrThrow();
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect((await env.emulator.control.settings('limited')).messaging.messaging_end_session).toBe(false);
  });

  it('an OAuth access token that expires mid-run is renewed without failing the run', async () => {
    const ws = await workspace('expiring', ['agents_can_end_sessions = false']);
    // The PUT is held for 2 s after it arrives; the account's tokens are expired meanwhile, so the emulator
    // (which checks credentials after the hold) answers 401, and the provider must renew and retry once.
    await env.emulator.control.addFault({ account: 'expiring', method: 'PUT', latencyMs: 2000, count: 1 });
    await env.emulator.control.resetRequests();
    const apply = ws.terraform(['apply', '-auto-approve', '-no-color']);
    while (!(await env.emulator.control.callsByRoute())['PUT /api/v2/account/settings']) await new Promise((r) => setTimeout(r, 50));
    await env.emulator.control.expireTokens('expiring');
    const result = await apply;
    expect(result.output).not.toContain('Error');
    expect(result.code).toBe(0);
    expect((await env.emulator.control.settings('expiring')).messaging.messaging_end_session).toBe(false);
    const calls = await env.emulator.control.callsByRoute();
    // One token for the plan's process, one for the apply's, one renewal after the 401; the PUT went out twice.
    expect(calls['POST /oauth/tokens']).toBe(3);
    expect(calls['PUT /api/v2/account/settings']).toBe(2);
  });
});
