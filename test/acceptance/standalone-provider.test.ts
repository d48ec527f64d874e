/**
 * The linux_amd64 release zip where Node.js is absent: terraform installs it from a packed filesystem mirror and runs
 * init, apply, a no-op plan, drift and destroy against the emulator with a PATH holding terraform alone and no NODE_*
 * variable (the CLI's drift runs on the test's node, as a user's would). And one version has one h1: lock hash: the
 * installs of two different nodes and the release zip give the same.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulator, type EmulatorHandle } from '../../src/emulator';
import { VERSION } from '../../src/version';
import { EMULATOR_OAUTH_ENV } from '../support/emulator-workspaces';
import { REQUIRED_PROVIDERS, providerBlock, settingsResource } from '../support/hcl';
import { CAN_FETCH_NODE, nodeOfLine } from '../support/node-lines';
import { makeTempDir } from '../support/temp';
import { baseEnv, run } from '../support/terraform';

const CLI = join(__dirname, '..', '..', 'bin', 'zendesk-messaging.js');
const ZIP = `terraform-provider-zendesk_${VERSION}_linux_amd64.zip`;
const ADDRESS = 'registry.terraform.io/zendesk-iac/zendesk';

const mirrorConfig = (mirror: string) =>
  `provider_installation {\n  filesystem_mirror {\n    path    = ${JSON.stringify(mirror)}\n    include = ["${ADDRESS}"]\n  }\n` +
  `  direct {\n    exclude = ["${ADDRESS}"]\n  }\n}\n`;

(process.platform === 'linux' && process.arch === 'x64' ? describe : describe.skip)('the standalone provider, linux_amd64', () => {
  const temp = makeTempDir('standalone-accept');
  let emulator: EmulatorHandle;
  /** A packed filesystem mirror holding the release's linux_amd64 zip. */
  const packed = join(temp.dir, 'packed-mirror');
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
    const release = join(temp.dir, 'release');
    const packaged = await run(process.execPath, [CLI, 'package', '--out', release, '--platform', 'linux_amd64'], temp.dir, baseEnv(), 600_000);
    if (packaged.code !== 0) throw new Error(`zendesk-messaging package failed:\n${packaged.output}`);
    mkdirSync(join(packed, ADDRESS), { recursive: true });
    copyFileSync(join(release, ZIP), join(packed, ADDRESS, ZIP));
  }, 600_000);
  afterAll(async () => {
    await emulator?.close();
    temp.cleanup();
  });

  it('runs init, apply, a no-op plan, drift and destroy with terraform alone on PATH and no NODE_* variable', async () => {
    const bin = join(temp.dir, 'bin');
    mkdirSync(bin);
    symlinkSync(execFileSync('sh', ['-c', 'command -v terraform'], { encoding: 'utf8' }).trim(), join(bin, 'terraform'));
    const cliConfig = join(temp.dir, 'packed.tfrc');
    writeFileSync(cliConfig, mirrorConfig(packed));
    const work = join(temp.dir, 'work');
    mkdirSync(work);
    writeFileSync(join(work, 'main.tf'), REQUIRED_PROVIDERS + providerBlock({ baseUrl: emulator.accountUrl('no-node') }) + settingsResource('this', ['agents_can_end_sessions = true']));
    const env = baseEnv({ ...EMULATOR_OAUTH_ENV, TF_CLI_CONFIG_FILE: cliConfig, PATH: bin });
    for (const name of Object.keys(env)) if (name.startsWith('NODE_')) delete env[name];
    const terraform = (...args: string[]) => run(join(bin, 'terraform'), [...args, '-no-color', '-input=false'], work, env);
    expect(execFileSync('/bin/sh', ['-c', 'command -v node || echo none'], { env, encoding: 'utf8' }).trim()).toBe('none');

    const init = await terraform('init');
    expect(init.output).toContain(`Installed zendesk-iac/zendesk v${VERSION} (unauthenticated)`);
    const apply = await terraform('apply', '-auto-approve');
    expect(apply.output).toContain('Apply complete! Resources: 1 added, 0 changed, 0 destroyed.');
    expect((await terraform('plan', '-detailed-exitcode')).code).toBe(0);

    await emulator.control.changeSettings('no-node', { messaging: { messaging_end_session: false } });
    const drift = await run(process.execPath, [CLI, 'drift', '--dir', work, '--format', 'json'], work, { ...env, CI: '1' });
    expect(drift.code).toBe(2);
    expect(JSON.parse(drift.stdout).directories[0].drifted[0].attributes[0]).toMatchObject({ path: 'agents_can_end_sessions', before: true, after: false });

    const destroy = await terraform('destroy', '-auto-approve');
    expect(destroy.output).toContain('Destroy complete! Resources: 1 destroyed.');
  }, 300_000);

  (CAN_FETCH_NODE ? it : it.skip)('has one h1: hash whichever node installed it, and the release zip the same', async () => {
    const h1Of = async (name: string, mirror: string) => {
      const dir = join(temp.dir, `lock-${name}`);
      mkdirSync(dir);
      writeFileSync(join(dir, 'main.tf'), REQUIRED_PROVIDERS);
      const locked = await run('terraform', ['providers', 'lock', `-fs-mirror=${mirror}`, '-platform=linux_amd64', '-no-color'], dir, baseEnv());
      expect([name, locked.code]).toEqual([name, 0]);
      return readFileSync(join(dir, '.terraform.lock.hcl'), 'utf8').match(/"h1:[^"]+"/g);
    };
    const installedBy = async (name: string, node: string) => {
      const out = join(temp.dir, `install-${name}`);
      const installed = await run(node, [CLI, 'install-provider', '--out', out], temp.dir, baseEnv(), 300_000);
      expect([name, installed.code]).toEqual([name, 0]);
      return h1Of(name, out);
    };
    const fromZip = await h1Of('zip', packed);
    expect(fromZip).toHaveLength(1);
    expect(await installedBy('this-node', process.execPath)).toEqual(fromZip);
    expect(await installedBy('node-22', nodeOfLine('22'))).toEqual(fromZip);
  }, 300_000);
});
