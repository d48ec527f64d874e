/**
 * The CLI and the provider on the Node lines users run besides this machine's 20: 22, 24 and 26 (official binaries from
 * the npm registry, see support/node-lines.ts). For each: the CLI starts; the provider, installed by that Node, goes
 * through init, apply, a no-op plan and drift with the real terraform; and a provider whose Node has gone falls back
 * to `node` on PATH, or says what to do when there is none.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { platform } from '../../src/cli/install-provider';
import { PROVIDER_ADDRESS, PROVIDER_TYPE } from '../../src/provider/address';
import { VERSION } from '../../src/version';
import { REQUIRED_PROVIDERS, providerBlock, settingsResource } from '../support/hcl';
import { CAN_FETCH_NODE, NEWER_NODE_LINES, nodeOfLine } from '../support/node-lines';
import { makeTempDir } from '../support/temp';
import { type TerraformWorkspace, run } from '../support/terraform';
import { EMULATOR_SECRET_ENV, emulatorWithWorkspaces } from '../support/emulator-workspaces';

const CLI = join(__dirname, '..', '..', 'bin', 'zendesk-messaging.js');

(CAN_FETCH_NODE ? describe : describe.skip).each(NEWER_NODE_LINES)('on Node %s', (major) => {
  let node: string;
  const env = emulatorWithWorkspaces({}, { env: EMULATOR_SECRET_ENV });
  const temps: { cleanup(): void }[] = [];
  const config = (account: string) => REQUIRED_PROVIDERS + providerBlock({ baseUrl: env.emulator.accountUrl(account), extra: ['oauth_client_id = "emulator-client"'] }) + settingsResource('acme', ['agents_can_end_sessions = true']);

  /** A workspace whose provider wrapper was written by `install-provider --wrapper` run on `installer`, first on PATH. */
  async function workspaceInstalledBy(installer: string, account: string): Promise<TerraformWorkspace> {
    const ws = env.uninitialisedWorkspace({}, { PATH: `${dirname(installer)}:${process.env.PATH}` });
    const installed = await run(installer, [CLI, 'install-provider', '--wrapper', '--out', ws.mirrorDir], ws.dir, ws.env);
    expect(installed.code).toBe(0);
    ws.write({ 'main.tf': config(account) });
    return ws;
  }

  beforeAll(async () => {
    node = nodeOfLine(major); // a download of ~30 MB the first time
  }, 300_000);
  afterAll(() => {
    for (const temp of temps) temp.cleanup();
  });

  it('is that line', async () => {
    const version = await run(node, ['-p', 'process.versions.node'], __dirname, process.env);
    expect(version.stdout.trim().split('.')[0]).toBe(major);
    const cli = await run(node, [CLI, '--version'], __dirname, process.env);
    expect(cli.code).toBe(0);
    expect(cli.stderr).toBe('');
  });

  it('runs the provider it installed through init, apply, a no-op plan and drift with the real terraform', async () => {
    const ws = await workspaceInstalledBy(node, `node-${major}`);
    expect(readFileSync(wrapperOf(ws), 'utf8')).not.toContain(node); // no machine path: one lock hash everywhere
    await ws.init();
    await ws.applyOrThrow();
    const noop = await ws.plan();
    expect(noop.code).toBe(0);
    const drift = (ws2: TerraformWorkspace) => run(node, [CLI, 'drift', '--dir', ws2.dir, '--format', 'json'], ws2.dir, { ...ws2.env, CI: '1' });
    const inSync = await drift(ws);
    expect(inSync.code).toBe(0);
    await env.emulator.control.changeSettings(`node-${major}`, { messaging: { messaging_end_session: false } });
    const drifted = await drift(ws);
    expect(drifted.code).toBe(2);
    expect(JSON.parse(drifted.stdout).directories[0].drifted[0].attributes[0]).toMatchObject({ path: 'agents_can_end_sessions', before: true, after: false });
  }, 180_000);

  it('runs on the node on PATH when the Node it was installed with is gone, and says what to do when there is none', async () => {
    const temp = makeTempDir(`node-${major}-moved`);
    temps.push(temp);
    const moved = join(temp.dir, 'node');
    mkdirSync(join(moved, 'bin'), { recursive: true });
    copyFileSync(node, join(moved, 'bin', 'node'));
    const ws = await workspaceInstalledBy(join(moved, 'bin', 'node'), `node-${major}-moved`);
    rmSync(moved, { recursive: true, force: true }); // an upgrade removed it
    await ws.init();
    await ws.applyOrThrow(); // on this machine's node, from PATH
    expect((await ws.plan()).code).toBe(0);

    // No node anywhere on PATH (terraform itself by its full path).
    const terraform = execFileSync('sh', ['-c', 'command -v terraform'], { encoding: 'utf8' }).trim();
    const none = await run(terraform, ['plan', '-no-color', '-input=false'], ws.dir, { ...ws.env, PATH: '/nonexistent' });
    expect(none.code).toBe(1);
    // terraform shows the wrapper's line in its error, wrapped at 80 columns.
    expect(none.output.replace(/\s+/g, ' ')).toContain('no Node.js to run on: no node is on the PATH terraform runs with');
  }, 180_000);
});

const wrapperOf = (ws: TerraformWorkspace) => join(ws.mirrorDir, PROVIDER_ADDRESS, VERSION, platform(), `terraform-provider-${PROVIDER_TYPE}_v${VERSION}`);
