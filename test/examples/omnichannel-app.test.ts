/**
 * examples/omnichannel-app end to end: synthesized by the real cdktf CLI, then planned, applied, re-planned, changed
 * out of band and destroyed by the real terraform against the emulator. State and synthesized output live in this
 * test's temp dir.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulator, type EmulatorHandle } from '../../src/emulator';
import { installProvider } from '../../src/cli/install-provider';
import { baseEnv, run } from '../support/terraform';
import { makeTempDir } from '../support/temp';

const ROOT = join(__dirname, '..', '..');
const APP = join(ROOT, 'examples', 'omnichannel-app');
const CDKTF = join(ROOT, 'node_modules', 'cdktf-cli', 'bundle', 'bin', 'cdktf');

describe('examples/omnichannel-app', () => {
  let emulator: EmulatorHandle;
  const temp = makeTempDir('omnichannel-app');
  const out = join(temp.dir, 'cdktf.out');
  const stack = join(out, 'stacks', 'routing');
  let env: NodeJS.ProcessEnv;
  const terraform = (args: string[]) => run('terraform', [...args, '-no-color'], stack, env);

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
    const installed = installProvider(join(temp.dir, 'mirror'));
    env = baseEnv({
      TF_CLI_CONFIG_FILE: installed.cliConfigPath,
      CI: '1',
      ZENDESK_API_ROOT: emulator.url,
      ZENDESK_OAUTH_CLIENT_ID: 'emulator-client',
      TF_VAR_acme_oauth_client_secret: 'emulator-secret',
      MESSAGING_STATE_DIR: temp.dir,
    });
  });
  afterAll(async () => {
    await emulator?.close();
    temp.cleanup();
  });

  it('synthesizes with cdktf synth: the configuration, two rules, a status and two queues, agents and groups looked up', async () => {
    const synth = await run(process.execPath, [CDKTF, 'synth', '--output', out], APP, env, 180_000);
    expect(synth.code).toBe(0);
    const json = JSON.parse(readFileSync(join(stack, 'cdk.tf.json'), 'utf8'));
    const count = (block: Record<string, Record<string, unknown>>) => Object.fromEntries(Object.entries(block).map(([type, items]) => [type, Object.keys(items).length]));
    expect(count(json.resource)).toEqual({ zendesk_routing_configuration: 1, zendesk_capacity_rule: 2, zendesk_custom_ticket_status: 1, zendesk_omnichannel_queue: 2 });
    expect(count(json.data)).toEqual({ zendesk_agent: 2, zendesk_group: 2 });
  }, 180_000);

  it('plans and applies with terraform, then plans no changes', async () => {
    expect((await terraform(['init'])).code).toBe(0);
    const plan = await terraform(['plan', '-detailed-exitcode']);
    expect(plan.stdout).toContain('Plan: 6 to add, 0 to change, 0 to destroy.');
    expect(plan.code).toBe(2);
    const apply = await terraform(['apply', '-auto-approve']);
    expect(apply.stdout).toContain('Apply complete! Resources: 6 added, 0 changed, 0 destroyed.');
    expect(apply.code).toBe(0);
    expect((await emulator.control.settings('acme')).routing).toMatchObject({ enabled: true, reassignment_messaging_timeout: 60 });
    expect((await terraform(['plan', '-detailed-exitcode'])).code).toBe(0);
  }, 180_000);

  it('sees a capacity changed in Admin Center, and heals it', async () => {
    const state = JSON.parse((await terraform(['show', '-json'])).stdout);
    const rules = state.values.root_module.resources.filter((r: { type: string }) => r.type === 'zendesk_capacity_rule');
    const frontLine = rules.find((r: { values: { name: string } }) => r.values.name === 'Front line');
    await emulator.control.changeRouting('acme', 'capacity-rules', frontLine.values.id, { capacities: { email: 9 } });
    const plan = await terraform(['plan', '-detailed-exitcode']);
    expect(plan.code).toBe(2);
    expect(plan.stdout).toMatch(/email\s+= 9 -> 3/);
    expect((await terraform(['apply', '-auto-approve'])).code).toBe(0);
    expect((await terraform(['plan', '-detailed-exitcode'])).code).toBe(0);
  }, 180_000);

  it('destroys: rules and queues deleted, the status deactivated, the configuration retained', async () => {
    const destroy = await terraform(['destroy', '-auto-approve']);
    expect(destroy.stdout).toContain('Destroy complete! Resources: 6 destroyed.');
    expect(destroy.code).toBe(0);
    expect((await emulator.control.settings('acme')).routing).toMatchObject({ enabled: true, reassignment_messaging_timeout: 60 });
  }, 180_000);
});
