/**
 * examples/cdktn-app end to end with the real cdktn CLI (cdktn-cli 0.24; it needs Node >= 22.19: on Node 20, Node 24):
 * synth, diff, deploy against the emulator, a no-change diff, an admin's change in Zendesk and the diff that shows
 * it, and the same diff under `zendesk-messaging exec`, served by its provider host. cdktn-cli and Node 24 come from
 * the npm registry once and are cached under node_modules/.cache (support/cdktn-cli.ts, support/node-lines.ts).
 * State, synthesized output and cdktn's home directory live in this test's temp dir.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { startEmulator, type EmulatorHandle } from '../../src/emulator';
import { installProvider } from '../../src/cli/install-provider';
import { CANNOT_RUN_CDKTN, CDKTN_CLI_VERSION, cdktnCli, nodeForCdktn } from '../support/cdktn-cli';
import { recordFigure } from '../support/figures';
import { baseEnv, run, type RunResult } from '../support/terraform';
import { makeTempDir } from '../support/temp';

const ROOT = join(__dirname, '..', '..');
const APP = join(ROOT, 'examples', 'cdktn-app');
const CLI = join(ROOT, 'bin', 'zendesk-messaging.js');
const CDKTN_TIMEOUT_MS = 180_000;
const versionOf = async (node: string) => (await run(node, ['-p', 'process.versions.node'], __dirname, process.env)).stdout.trim();

// Skipped, saying why in its title, only where there is no Node to run cdktn-cli on (support/cdktn-cli.ts).
const TITLE = 'examples/cdktn-app with the real cdktn CLI';
(CANNOT_RUN_CDKTN ? describe.skip : describe)(CANNOT_RUN_CDKTN ? `${TITLE} (skipped: ${CANNOT_RUN_CDKTN})` : TITLE, () => {
  let emulator: EmulatorHandle;
  let temp: { dir: string; cleanup: () => void };
  let out: string;
  let env: NodeJS.ProcessEnv;
  let node: string;
  let cdktnBin: string;
  const cdktn = (args: string[]): Promise<RunResult> => run(node, [cdktnBin, ...args, '--output', out], APP, env, CDKTN_TIMEOUT_MS);
  const diff = () => cdktn(['diff', '--skip-synth', '--skip-provider-lock', '--no-color']);

  let started = 0;

  beforeAll(async () => {
    started = Date.now();
    node = nodeForCdktn(); // on Node 20: Node 24, ~30 MB the first time
    const cli = cdktnCli(); // ~220 MB installed the first time
    cdktnBin = cli.bin;
    const readyMs = Date.now() - started;
    const how = cli.installed ? 'installed from the npm registry' : 'from the cache';
    recordFigure('examples/cdktn-app', `Node ${await versionOf(node)} and cdktn-cli ${CDKTN_CLI_VERSION} (${how}) ready in ${readyMs} ms`);
    temp = makeTempDir('cdktn-app');
    out = join(temp.dir, 'cdktf.out');
    emulator = await startEmulator({ port: 0 });
    const installed = installProvider(join(temp.dir, 'mirror'));
    env = baseEnv({
      TF_CLI_CONFIG_FILE: installed.cliConfigPath,
      CI: '1',
      // cdktn-cli 0.24 keeps cdktf's names: CDKTF_HOME (its config.json, version-check cache), CHECKPOINT_DISABLE
      // (telemetry, set by baseEnv); crash reports stay off through cdktf.json's "sendCrashReports": "false".
      CDKTF_HOME: join(temp.dir, 'cdktn-home'),
      // That node first: cdktn checks `node --version` and runs the app (npx ts-node) with the node on PATH, as on a
      // cdktn user's machine.
      PATH: [dirname(node), process.env.PATH].join(delimiter),
      ZENDESK_API_ROOT: emulator.url,
      ZENDESK_OAUTH_CLIENT_ID: 'emulator-client',
      TF_VAR_acme_oauth_client_secret: 'emulator-secret',
      TF_VAR_globex_oauth_client_secret: 'emulator-secret',
      MESSAGING_STATE_DIR: temp.dir,
    });
  }, 300_000);
  afterAll(async () => {
    await emulator?.close();
    temp?.cleanup();
    recordFigure('examples/cdktn-app', `synth, diff, deploy, no-change diff, drift diff and exec diff with cdktn-cli took ${Date.now() - started} ms in all`);
  });

  it('synthesizes with cdktn synth, through the cdktn construct library', async () => {
    const synth = await cdktn(['synth']);
    expect(synth.code).toBe(0);
    const json = JSON.parse(readFileSync(join(out, 'stacks', 'messaging', 'cdk.tf.json'), 'utf8'));
    expect(json['//'].metadata.version).toBe('0.24.0'); // cdktn's, not cdktf's 0.21.0
    expect(Object.keys(json.resource.zendesk_messaging_settings)).toEqual([expect.stringMatching(/^Acme/), expect.stringMatching(/^Globex/)]);
    expect(json.terraform.required_providers.zendesk.source).toBe('zendesk-iac/zendesk');
  }, CDKTN_TIMEOUT_MS);

  it('diffs what deploy will do, and changes nothing', async () => {
    const planned = await diff();
    expect(planned.code).toBe(0);
    expect(planned.output).toContain('Plan: 1 to import, 2 to add, 1 to change, 0 to destroy.');
    expect((await emulator.control.settings('acme')).routing.transform_to_email_enabled).toBe(false);
  }, CDKTN_TIMEOUT_MS);

  it('applies with cdktn deploy', async () => {
    const deploy = await cdktn(['deploy', '--auto-approve', '--skip-synth', '--skip-provider-lock', '--no-color']);
    expect(deploy.output).toContain('Apply complete! Resources: 1 imported, 2 added, 1 changed, 0 destroyed.');
    expect(deploy.code).toBe(0);
    expect((await emulator.control.settings('acme')).routing.transform_to_email_enabled).toBe(true);
  }, CDKTN_TIMEOUT_MS);

  it('diffs no changes afterwards', async () => {
    const noop = await diff();
    expect(noop.code).toBe(0);
    expect(noop.output).toContain('No changes. Your infrastructure matches the configuration.');
  }, CDKTN_TIMEOUT_MS);

  it('diffs the drift when an admin changes a setting in Zendesk', async () => {
    await emulator.control.changeSettings('globex', { routing: { transform_to_email_enabled: true } });
    const drift = await diff();
    expect(drift.code).toBe(0);
    expect(drift.output).toMatch(/~ agent_ended_session_routing\s+= "email" -> "messaging"/);
    expect(drift.output).toContain('Plan: 0 to add, 1 to change, 0 to destroy.');
  }, CDKTN_TIMEOUT_MS);

  it('diffs the same under zendesk-messaging exec, with the provider from its host only', async () => {
    // The synthesized JSON alone, never initialized, and a CLI configuration without the filesystem mirror: terraform
    // cannot install zendesk-iac/zendesk (it is on no registry), so the diff works only if every terraform run cdktn
    // makes reattaches to the host exec started (terraform neither installs nor locks a reattached provider).
    const fresh = join(temp.dir, 'fresh.out');
    cpSync(out, fresh, { recursive: true, filter: (source) => !/[\\/]\.terraform(\.lock\.hcl)?$/.test(source) });
    expect(existsSync(join(fresh, 'stacks', 'messaging', '.terraform'))).toBe(false);
    const noMirror = join(temp.dir, 'no-mirror.terraformrc');
    writeFileSync(noMirror, '# no provider installation settings: the public registry only\n');
    const args = [CLI, 'exec', '--', node, cdktnBin, 'diff', '--skip-synth', '--skip-provider-lock', '--no-color', '--output', fresh];
    const exec = await run(node, args, APP, { ...env, TF_CLI_CONFIG_FILE: noMirror }, CDKTN_TIMEOUT_MS);
    expect(exec.output).toMatch(/~ agent_ended_session_routing\s+= "email" -> "messaging"/);
    expect(exec.output).toContain('Plan: 0 to add, 1 to change, 0 to destroy.');
    expect(exec.code).toBe(0);
  }, CDKTN_TIMEOUT_MS);
});
