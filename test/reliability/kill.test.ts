/**
 * kill -9 in the middle of an apply — of the provider, and of the emulator
 * (the Zendesk side) — and what comes after: state is not corrupted, no update
 * is lost, and the next plan tells the truth.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { EmulatorControl } from '../../src/emulator';
import { EMULATOR_SECRET_ENV, emulatorWithWorkspaces } from '../support/emulator-workspaces';
import { TerraformWorkspace } from '../support/terraform';
import { REQUIRED_PROVIDERS, providerBlock, settingsResource } from '../support/hcl';
import { makeTempDir } from '../support/temp';

const CLI = join(__dirname, '..', '..', 'bin', 'zendesk-messaging.js');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

const config = (baseUrl: string, value: boolean, extra: string[] = []) =>
  REQUIRED_PROVIDERS +
  providerBlock({ baseUrl, extra: ['oauth_client_id = "emulator-client"', ...extra] }) +
  settingsResource('this', [`agents_can_end_sessions = ${value}`]);

describe('kill -9 of the provider in the middle of an apply', () => {
  const env = emulatorWithWorkspaces({}, { env: EMULATOR_SECRET_ENV });
  let ws: TerraformWorkspace;
  beforeAll(async () => {
    ws = await env.workspace({ 'main.tf': config(env.emulator.accountUrl('acme'), true) });
    await ws.applyOrThrow();
  });

  it('fails the apply, keeps the state valid, and the next plan shows what Zendesk really holds', async () => {
    const stateBefore = await ws.state();
    ws.write({ 'main.tf': config(env.emulator.accountUrl('acme'), false) });
    // Hold the PUT at the Zendesk side long enough to kill the provider while it waits for the answer.
    await env.emulator.control.addFault({ method: 'PUT', latencyMs: 1500 });
    await env.emulator.control.resetRequests();
    const apply = ws.terraform(['apply', '-auto-approve', '-no-color']);
    await waitFor('the PUT to reach Zendesk', async () => (await env.emulator.control.callsByRoute())['PUT /api/v2/account/settings'] === 1);
    // This workspace's provider processes: started by terraform with a relative path, so match the cwd.
    const pids = execFileSync('pgrep', ['-f', 'zendesk-iac/zendesk/.*/provider.js'])
      .toString()
      .trim()
      .split('\n')
      .filter((pid) => cwdOf(pid) === ws.dir);
    expect(pids.length).toBeGreaterThan(0);
    for (const pid of pids) process.kill(Number(pid), 'SIGKILL');
    const result = await apply;
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/plugin|provider/i);

    // The state file still parses and still holds the prior value: Terraform did not record a half-done update.
    expect(await ws.state()).toEqual(stateBefore);
    // Zendesk finished the write it had accepted; the next plan reads that truth and has nothing left to do.
    await waitFor('Zendesk to finish the held write', async () => (await env.emulator.control.settings('acme')).messaging.messaging_end_session === false);
    const plan = await ws.plan();
    expect(plan.code).toBe(0);
    await ws.applyOrThrow(); // records the refreshed value
    expect((await ws.plan()).code).toBe(0);
  });
});

describe('kill -9 of the emulator in the middle of an apply', () => {
  const temp = makeTempDir('kill-emulator');
  let child: ChildProcess | undefined;
  let ws: TerraformWorkspace;

  function startChild(port = 0): Promise<string> {
    return new Promise((resolve, reject) => {
      child = spawn(process.execPath, [CLI, 'emulator', '--port', String(port), '--data', join(temp.dir, 'data')], { stdio: ['ignore', 'pipe', 'ignore'] });
      let out = '';
      child.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (m) resolve(m[1]);
      });
      child.once('exit', (code) => reject(new Error(`emulator exited ${code}: ${out}`)));
    });
  }
  const kill = () =>
    new Promise<void>((resolve) => {
      child!.once('exit', () => resolve());
      child!.kill('SIGKILL');
    });

  afterAll(async () => {
    if (child && child.exitCode === null) await kill();
    ws?.cleanup();
    temp.cleanup();
  });

  it('fails the apply cleanly; after a restart from its data the next plan still plans the change, and applies it', async () => {
    const url = await startChild();
    const port = Number(new URL(url).port);
    const control = new EmulatorControl(url);
    ws = new TerraformWorkspace({ env: { ZENDESK_OAUTH_CLIENT_SECRET: 'emulator-secret' } });
    ws.write({ 'main.tf': config(`${url}/acme`, true, ['max_retries = 1']) });
    await ws.init();
    await ws.applyOrThrow();
    const stateBefore = await ws.state();

    ws.write({ 'main.tf': config(`${url}/acme`, false, ['max_retries = 1']) });
    await control.addFault({ method: 'PUT', latencyMs: 2000 });
    await control.resetRequests();
    const apply = ws.terraform(['apply', '-auto-approve', '-no-color']);
    await waitFor('the PUT to arrive', async () => (await control.callsByRoute())['PUT /api/v2/account/settings'] === 1);
    await kill();
    const result = await apply;
    expect(result.code).toBe(1);
    expect(result.output).toContain('Zendesk API unreachable');
    expect(await ws.state()).toEqual(stateBefore);

    await startChild(port);
    const afterRestart = await control.settings('acme');
    expect(afterRestart.messaging.messaging_end_session).toBe(true); // the killed write never happened, and nothing else was lost
    const plan = await ws.plan();
    expect(plan.code).toBe(2);
    expect(plan.stdout).toMatch(/~ agents_can_end_sessions\s+= true -> false/);
    await ws.applyOrThrow();
    expect((await ws.plan()).code).toBe(0);
  }, 120_000);
});

/** A process's working directory, or undefined when it has exited since pgrep listed it (tests run in parallel). */
function cwdOf(pid: string): string | undefined {
  try {
    return readlinkSync(`/proc/${pid}/cwd`);
  } catch {
    return undefined;
  }
}
