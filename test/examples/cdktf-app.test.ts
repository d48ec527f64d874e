/**
 * examples/cdktf-app end to end: synthesized by the real cdktf CLI, applied by
 * the real terraform against the emulator, then no-op plan, drift, import and
 * destroy. State and synthesized output live in this test's temp dir.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulator, type EmulatorHandle } from '../../src/emulator';
import { installProvider } from '../../src/cli/install-provider';
import { baseEnv, run } from '../support/terraform';
import { makeTempDir } from '../support/temp';

const ROOT = join(__dirname, '..', '..');
const APP = join(ROOT, 'examples', 'cdktf-app');
const CDKTF = join(ROOT, 'node_modules', 'cdktf-cli', 'bundle', 'bin', 'cdktf');
const CLI = join(ROOT, 'bin', 'zendesk-messaging.js');

describe('examples/cdktf-app', () => {
  let emulator: EmulatorHandle;
  const temp = makeTempDir('cdktf-app');
  const out = join(temp.dir, 'cdktf.out');
  const stack = join(out, 'stacks', 'messaging');
  let env: NodeJS.ProcessEnv;
  const terraform = (args: string[]) => run('terraform', [...args, '-no-color'], stack, env);
  const cdktf = (args: string[]) => run(process.execPath, [CDKTF, ...args, '--output', out], APP, env, 180_000);

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
    const installed = installProvider(join(temp.dir, 'mirror'));
    env = baseEnv({
      TF_CLI_CONFIG_FILE: installed.cliConfigPath,
      CI: '1',
      ZENDESK_API_ROOT: emulator.url,
      ZENDESK_OAUTH_CLIENT_ID: 'emulator-client',
      TF_VAR_acme_oauth_client_secret: 'emulator-secret',
      TF_VAR_globex_oauth_client_secret: 'emulator-secret',
      MESSAGING_STATE_DIR: temp.dir,
    });
  });
  afterAll(async () => {
    await emulator?.close();
    temp.cleanup();
  });

  it('synthesizes with cdktf synth and applies with cdktf deploy', async () => {
    const synth = await cdktf(['synth']);
    expect(synth.code).toBe(0);
    const deploy = await cdktf(['deploy', '--auto-approve', '--skip-synth', '--skip-provider-lock']);
    expect(deploy.output).toContain('Apply complete! Resources: 1 imported, 2 added, 1 changed, 0 destroyed.');
    expect(deploy.code).toBe(0);
  }, 180_000);

  it('plans no changes afterwards', async () => {
    expect((await terraform(['plan', '-detailed-exitcode'])).code).toBe(0);
  });

  it('reports drift with zendesk-messaging drift when an admin changes a setting', async () => {
    await emulator.control.changeSettings('globex', { routing: { transform_to_email_enabled: true } });
    const drift = await run(process.execPath, [CLI, 'drift', '--dir', temp.dir], temp.dir, env);
    expect(drift.code).toBe(2);
    expect(drift.stdout).toContain('Tickets of agent-ended sessions are routed as: messaging tickets → email tickets');
    expect(drift.stdout).toContain(`account globex (${emulator.url}/globex)`);
  });

  it('imports the settings again after they were removed from state', async () => {
    const list = await terraform(['state', 'list']);
    const address = list.stdout.split('\n').find((l) => l.startsWith('zendesk_messaging_settings.Globex'))!;
    expect((await terraform(['state', 'rm', address])).code).toBe(0);
    const imported = await terraform(['import', address, 'globex']);
    expect(imported.stdout).toContain('Import successful!');
    const plan = await terraform(['plan', '-detailed-exitcode']);
    expect(plan.code).toBe(2); // the out-of-band routing change is still there to heal
    expect(plan.stdout).toMatch(/~ agent_ended_session_routing\s+= "email" -> "messaging"/);
  });

  it('destroys: the adopted CSAT trigger is restored, the settings retained', async () => {
    const destroy = await cdktf(['destroy', '--auto-approve', '--skip-synth']);
    expect(destroy.code).toBe(0);
    const csat = (await emulator.control.triggers('acme')).find((t) => t.title === 'Request customer satisfaction rating (messaging)') as { conditions: { any: unknown[] } };
    expect(csat.conditions.any).toEqual([]);
  }, 180_000);

  it("the repository root's cdktf.json synthesizes the same app", async () => {
    // `npx cdktf synth` at the root of a checkout works on the example, so the
    // skeleton's cdktf.json is real rather than an empty placeholder.
    const rootOut = join(temp.dir, 'root-cdktf.out');
    const synth = await run(process.execPath, [CDKTF, 'synth', '--output', rootOut], ROOT, env, 180_000);
    expect(synth.code).toBe(0);
    const stackJson = (dir: string) => JSON.parse(readFileSync(join(dir, 'stacks', 'messaging', 'cdk.tf.json'), 'utf8'));
    expect(stackJson(rootOut)).toEqual(stackJson(out));
  }, 180_000);
});
