/**
 * The account is the resource's identity: after the provider block is pointed
 * at another account (base_url, subdomain or their environment variables),
 * plan, apply and refresh-only refuse to read or write either account, and
 * say how to move on. Real terraform against the emulator.
 */
import type { TerraformWorkspace } from '../support/terraform';
import { REQUIRED_PROVIDERS, providerBlock, settingsResource } from '../support/hcl';
import { emulatorWithWorkspaces } from '../support/emulator-workspaces';

const MANAGED = ['agents_can_end_sessions = false', 'agent_ended_session_routing = "email"'];
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('a provider pointed at another account (real terraform, emulator)', () => {
  const env = emulatorWithWorkspaces({}, { providerHost: true });
  let ws: TerraformWorkspace;
  const config = (account: string) => REQUIRED_PROVIDERS + providerBlock({ baseUrl: env.emulator.accountUrl(account) }) + settingsResource('this', MANAGED);

  beforeAll(async () => {
    ws = await env.workspace({ 'main.tf': config('alpha') });
    await ws.applyOrThrow();
  });

  it('fails plan, apply and refresh-only with what happened and what to do, and writes neither account', async () => {
    const beta = await env.emulator.control.settings('beta');
    ws.write({ 'main.tf': config('beta') });
    await env.emulator.control.resetRequests();
    for (const args of [['plan', '-detailed-exitcode'], ['plan', '-refresh=false'], ['apply', '-auto-approve'], ['plan', '-refresh-only']]) {
      const result = await ws.terraform([...args, '-no-color', '-input=false']);
      expect(result.code).toBe(1);
      const text = flat(result.output);
      expect(text).toContain('Error: The provider is configured for another Zendesk account');
      expect(text).toContain('belongs to account "alpha", but the provider is now configured for "beta"');
      expect(text).toContain('Nothing was written to either account');
      expect(text).toContain('import it from "beta"');
    }
    const calls = await env.emulator.control.callsByRoute();
    expect(Object.keys(calls).filter((route) => !route.startsWith('GET ') && route !== 'POST /oauth/tokens')).toEqual([]);
    expect(await env.emulator.control.settings('beta')).toEqual(beta);
    const state = JSON.stringify(await ws.state());
    expect(state).toContain('"id":"alpha"');
  });

  it('pointed back at the account, everything is as before', async () => {
    ws.write({ 'main.tf': config('alpha') });
    expect((await ws.plan()).code).toBe(0);
  });
});
