/**
 * The account is the resource's identity, and the account is where the
 * requests go (base_url when set, else https://{subdomain}.zendesk.com): after
 * the provider is pointed at another account (base_url, subdomain or their
 * environment variables, or another host whose path ends alike), plan, apply
 * and refresh-only refuse to read or write either account, for settings and
 * triggers, and say how to move on. States written before the endpoint was
 * recorded keep working with an unchanged configuration. Real terraform
 * against two emulators.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type EmulatorHandle, startEmulator } from '../../src/emulator';
import type { TerraformWorkspace } from '../support/terraform';
import { REQUIRED_PROVIDERS, providerBlock, settingsResource } from '../support/hcl';
import { emulatorWithWorkspaces } from '../support/emulator-workspaces';

const MANAGED = ['agents_can_end_sessions = false', 'agent_ended_session_routing = "email"'];
const TRIGGER = `
resource "zendesk_trigger" "solved" {
  title = "Tag solved tickets"
  conditions {
    all {
      field    = "status"
      operator = "is"
      value    = "solved"
    }
  }
  actions {
    field = "set_tags"
    value = "solved_by_terraform"
  }
}
`;
const flat = (text: string) => text.replace(/\s+/g, ' ');
const ACCOUNT_ERROR = 'Error: The provider is configured for another Zendesk account';
const COMMANDS = [['plan', '-detailed-exitcode'], ['plan', '-refresh=false'], ['apply', '-auto-approve'], ['plan', '-refresh-only']];

interface TfState {
  resources: { type: string; instances: { attributes: Record<string, unknown>; private?: string }[] }[];
}

describe('a provider pointed at another account (real terraform, two emulators)', () => {
  const env = emulatorWithWorkspaces({}, { providerHost: true });
  let other: EmulatorHandle;
  beforeAll(async () => {
    other = await startEmulator({ port: 0 });
  });
  afterAll(async () => {
    await other?.close();
  });

  const config = (provider: string[], withTrigger = true) =>
    REQUIRED_PROVIDERS + providerBlock({ extra: provider }) + settingsResource('this', MANAGED) + (withTrigger ? TRIGGER : '');
  const baseUrl = (url: string) => `base_url = "${url}"`;

  /** What an account holds, to show that nothing was written to it. */
  const holdings = async (emulator: EmulatorHandle, account: string) => ({
    settings: await emulator.control.settings(account),
    triggers: await emulator.control.triggers(account),
  });
  const writes = async (emulator: EmulatorHandle) =>
    Object.keys(await emulator.control.callsByRoute()).filter((route) => !route.startsWith('GET ') && route !== 'POST /oauth/tokens');

  /**
   * Applies `before`, points the workspace at `after`, and checks that every command fails with the account error for
   * both resources, writes neither emulator nor the new account, and keeps the first account's id in state.
   */
  async function expectRefusal(ws: TerraformWorkspace, after: string, moved: { emulator: EmulatorHandle; account: string }, phrases: string[]) {
    const untouched = await holdings(moved.emulator, moved.account);
    const before = JSON.stringify(await ws.state());
    ws.write({ 'main.tf': after });
    for (const emulator of [env.emulator, other]) await emulator.control.resetRequests();
    for (const args of COMMANDS) {
      const result = await ws.terraform([...args, '-no-color', '-input=false']);
      const text = flat(result.output);
      expect({ args, code: result.code }).toEqual({ args, code: 1 });
      expect(text).toContain(ACCOUNT_ERROR);
      expect(text).toMatch(/The messaging settings resource belongs to account/);
      expect(text).toMatch(/Trigger \d+ \("Tag solved tickets"\) belongs to account/);
      expect(text).toContain('Nothing was written to either account');
      for (const phrase of phrases) expect(text).toContain(phrase);
    }
    expect(await writes(env.emulator)).toEqual([]);
    expect(await writes(other)).toEqual([]);
    expect(await holdings(moved.emulator, moved.account)).toEqual(untouched);
    expect(JSON.stringify(await ws.state())).toEqual(before);
  }

  it('base_url moved to another account: fails plan, apply and refresh-only with what to do, writes neither', async () => {
    const ws = await env.workspace({ 'main.tf': config([baseUrl(env.emulator.accountUrl('alpha'))]) });
    await ws.applyOrThrow();
    await expectRefusal(ws, config([baseUrl(env.emulator.accountUrl('beta'))]), { emulator: env.emulator, account: 'beta' }, [
      `belongs to account "alpha" at ${env.emulator.accountUrl('alpha')}, but the provider is now configured for account "beta" at ${env.emulator.accountUrl('beta')}`,
      'import it through the new configuration',
    ]);
    expect(JSON.stringify(await ws.state())).toContain('"id":"alpha"');
    // Pointed back at the account, everything is as before.
    ws.write({ 'main.tf': config([baseUrl(env.emulator.accountUrl('alpha'))]) });
    expect((await ws.plan()).code).toBe(0);
  });

  it('subdomain in the block and base_url moved: the account is where base_url sends the requests', async () => {
    const ws = await env.workspace({ 'main.tf': config(['subdomain = "acme"', baseUrl(env.emulator.accountUrl('gamma'))]) });
    await ws.applyOrThrow();
    expect(JSON.stringify(await ws.state())).toContain('"id":"gamma"');
    await expectRefusal(ws, config(['subdomain = "acme"', baseUrl(env.emulator.accountUrl('delta'))]), { emulator: env.emulator, account: 'delta' }, [
      `now configured for account "delta" at ${env.emulator.accountUrl('delta')}`,
    ]);
  });

  it('ZENDESK_SUBDOMAIN in the environment and base_url moved', async () => {
    const ws = await env.workspace({ 'main.tf': config([baseUrl(env.emulator.accountUrl('epsilon'))]) }, { ZENDESK_SUBDOMAIN: 'acme' });
    await ws.applyOrThrow();
    await expectRefusal(ws, config([baseUrl(env.emulator.accountUrl('zeta'))]), { emulator: env.emulator, account: 'zeta' }, [
      `belongs to account "epsilon" at ${env.emulator.accountUrl('epsilon')}`,
    ]);
  });

  it('two hosts whose paths end alike are two accounts', async () => {
    const ws = await env.workspace({ 'main.tf': config([baseUrl(env.emulator.accountUrl('acme'))]) });
    await ws.applyOrThrow();
    await expectRefusal(ws, config([baseUrl(other.accountUrl('acme'))]), { emulator: other, account: 'acme' }, [
      `belongs to account "acme" at ${env.emulator.accountUrl('acme')}, but the provider is now configured for account "acme" at ${other.accountUrl('acme')}`,
    ]);
  });

  it('a state written before the endpoint was recorded plans no changes with its configuration, then records it', async () => {
    // subdomain and base_url disagree: earlier versions named the account after the subdomain ("legacy").
    const provider = ['subdomain = "legacy"', baseUrl(env.emulator.accountUrl('eta'))];
    const ws = await env.workspace({ 'main.tf': config(provider) });
    await ws.applyOrThrow();
    rewriteState(ws, (type, instance) => {
      const data = decodePrivate(instance.private);
      expect(data.endpoint).toBe(env.emulator.accountUrl('eta')); // what this version records
      delete data.endpoint;
      if (type === 'zendesk_messaging_settings') instance.attributes.id = 'legacy';
      else data.account = 'legacy';
      instance.private = encodePrivate(data);
    });
    const plan = await ws.plan();
    expect({ code: plan.code, output: plan.output }).toEqual({ code: 0, output: expect.stringContaining('No changes.') });
    expect((await ws.terraform(['apply', '-refresh-only', '-auto-approve', '-no-color'])).code).toBe(0);
    const recorded = readState(ws).resources.map((r) => decodePrivate(r.instances[0].private).endpoint);
    expect(recorded).toEqual([env.emulator.accountUrl('eta'), env.emulator.accountUrl('eta')]);
    expect(readState(ws).resources.find((r) => r.type === 'zendesk_messaging_settings')!.instances[0].attributes.id).toBe('legacy');
    // From now on the endpoint decides: the same subdomain through another host is another account.
    ws.write({ 'main.tf': config(['subdomain = "legacy"', baseUrl(other.accountUrl('eta'))]) });
    const moved = await ws.plan();
    expect(moved.code).toBe(1);
    expect(flat(moved.output)).toContain(`now configured for account "eta" at ${other.accountUrl('eta')}`);
  });
});

const statePath = (ws: TerraformWorkspace) => join(ws.dir, 'terraform.tfstate');
const readState = (ws: TerraformWorkspace) => JSON.parse(readFileSync(statePath(ws), 'utf8')) as TfState;
const decodePrivate = (bytes: string | undefined): Record<string, unknown> =>
  bytes ? (JSON.parse(Buffer.from(bytes, 'base64').toString('utf8')) as Record<string, unknown>) : {};
const encodePrivate = (data: Record<string, unknown>) => Buffer.from(JSON.stringify(data), 'utf8').toString('base64');

/** Edits the local state file as an earlier version of the provider would have written it. */
function rewriteState(ws: TerraformWorkspace, edit: (type: string, instance: TfState['resources'][number]['instances'][number]) => void) {
  const state = readState(ws) as TfState & { serial: number };
  for (const resource of state.resources) for (const instance of resource.instances) edit(resource.type, instance);
  state.serial += 1;
  writeFileSync(statePath(ws), JSON.stringify(state, null, 2));
}
