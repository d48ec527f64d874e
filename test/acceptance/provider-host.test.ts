/**
 * One warm provider host for many terraform runs (`zendesk-messaging exec`,
 * `drift`), with the real terraform and the emulator: every connection is its
 * own provider, so concurrent terraform processes and provider aliases on
 * different accounts and credentials each see only their own account and
 * secrets; the host lives and dies with the command that started it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type ProviderHost, startProviderHost } from '../../src/cli/provider-host';
import { emulatorWithWorkspaces } from '../support/emulator-workspaces';
import { REQUIRED_PROVIDERS, providerBlock, settingsResource } from '../support/hcl';
import { type TerraformWorkspace, baseEnv, run } from '../support/terraform';

const CLI = join(__dirname, '..', '..', 'bin', 'zendesk-messaging.js');
const flat = (text: string) => text.replace(/\s+/g, ' ');
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const until = async (what: () => boolean, ms = 10_000) => {
  for (const end = Date.now() + ms; Date.now() < end; ) {
    if (what()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('timed out');
};

/** Credentials per account: OAuth clients, a ready token and an API token, each secret distinct. */
const ACCOUNTS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot'];
const SECRET = (account: string) => `secret-of-${account}-0123456789`;

describe('the provider host (real terraform, emulator)', () => {
  const env = emulatorWithWorkspaces({
    oauthClients: [...ACCOUNTS, 'golf'].map((a) => ({ id: `client-${a}`, secret: SECRET(a) })),
    apiTokens: ['api-token-of-delta-0123456789'],
  });

  /** One workspace per account, credentials in HCL (so nothing comes from the host's environment). */
  const credentials = (account: string) =>
    account === 'delta'
      ? ['email = "admin@delta.test"', 'api_token = "api-token-of-delta-0123456789"']
      : [`oauth_client_id = "client-${account}"`, `oauth_client_secret = "${SECRET(account)}"`];
  const config = (account: string, body: string[]) =>
    REQUIRED_PROVIDERS + providerBlock({ baseUrl: env.emulator.accountUrl(account), extra: credentials(account) }) + settingsResource('this', body);

  let host: ProviderHost;
  beforeAll(async () => {
    host = await startProviderHost(baseEnv());
  });
  afterAll(async () => {
    await host?.stop();
  });

  it('serves interleaved terraform processes on six accounts, each seeing only its own account and secrets', async () => {
    const workspaces = await Promise.all(ACCOUNTS.map((a) => env.workspace({ 'main.tf': config(a, ['agents_can_end_sessions = false', 'inactivity = { timeout = 9 }']) }, { ZENDESK_OAUTH_CLIENT_ID: undefined, ZENDESK_OAUTH_CLIENT_SECRET: undefined })));
    const through = (ws: TerraformWorkspace, args: string[]) => ws.terraform(args, host.env);
    // Twice over, all at once: applies and plans of different accounts interleave on the one host process.
    const applies = await Promise.all(workspaces.map((ws) => through(ws, ['apply', '-auto-approve', '-no-color', '-input=false'])));
    const plans = await Promise.all(workspaces.map((ws) => through(ws, ['plan', '-detailed-exitcode', '-no-color', '-input=false'])));
    for (const [i, account] of ACCOUNTS.entries()) {
      expect(applies[i].code).toBe(0);
      expect(plans[i].code).toBe(0);
      const settings = await env.emulator.control.settings(account);
      expect([settings.messaging.messaging_end_session, settings.messaging_inactivity.timeout]).toEqual([false, 9]);
      for (const other of ACCOUNTS.filter((a) => a !== account)) {
        for (const out of [applies[i].output, plans[i].output]) {
          expect(out).not.toContain(other);
          expect(out).not.toContain(SECRET(other));
        }
      }
    }
    // A wrong secret fails its own run and no other.
    const wrong = workspaces[1];
    wrong.write({ 'main.tf': config('bravo', ['agents_can_end_sessions = true']).replace(SECRET('bravo'), 'not-the-secret-0123456789') });
    const [failed, fine] = await Promise.all([through(wrong, ['plan', '-no-color']), through(workspaces[2], ['plan', '-detailed-exitcode', '-no-color'])]);
    expect(failed.code).toBe(1);
    expect(failed.output).toContain('Zendesk rejected the credentials');
    expect(fine.code).toBe(0);
  });

  it('writes each alias of one configuration to its own account (a shared instance wrote both to the last)', async () => {
    const alias = (account: string) => providerBlock({ alias: account, baseUrl: env.emulator.accountUrl(account), extra: credentials(account) });
    const ws = await env.workspace({
      'main.tf':
        REQUIRED_PROVIDERS + alias('alpha') + alias('echo') +
        settingsResource('alpha', ['provider = zendesk.alpha', 'agent_ended_session_routing = "email"']) +
        settingsResource('echo', ['provider = zendesk.echo', 'agent_ended_session_routing = "messaging"']),
    });
    await env.emulator.control.changeSettings('echo', { routing: { transform_to_email_enabled: true } });
    const apply = await ws.terraform(['apply', '-auto-approve', '-no-color'], host.env);
    expect(apply.code).toBe(0);
    expect((await env.emulator.control.settings('alpha')).routing.transform_to_email_enabled).toBe(true);
    expect((await env.emulator.control.settings('echo')).routing.transform_to_email_enabled).toBe(false);
    const state = JSON.stringify(await ws.state());
    expect(state).toContain('"id":"alpha"');
    expect(state).toContain('"id":"echo"');
  });

  describe('zendesk-messaging exec', () => {
    let ws: TerraformWorkspace;
    beforeAll(async () => {
      ws = await env.workspace({ 'main.tf': config('golf', ['agents_can_end_sessions = false']) }, { ZENDESK_OAUTH_CLIENT_ID: undefined, ZENDESK_OAUTH_CLIENT_SECRET: undefined });
    });
    const exec = (args: string[]) => run(process.execPath, [CLI, 'exec', '--', ...args], ws.dir, ws.env);
    // Its own process group, so a test that kill -9s exec can still end the command exec ran (no orphan outlives a test).
    const groups: number[] = [];
    afterAll(() => {
      for (const group of groups) {
        try {
          process.kill(-group, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    });
    const spawnExec = (args: string[]): ChildProcess => {
      const child = spawn(process.execPath, [CLI, 'exec', '--', ...args], { cwd: ws.dir, env: ws.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
      groups.push(child.pid!);
      return child;
    };

    it('passes exit codes through: 2 for planned changes, 0 after apply, the code of a script, 127 for no such command', async () => {
      expect((await exec(['terraform', 'plan', '-detailed-exitcode', '-no-color'])).code).toBe(2);
      const script = await exec(['sh', '-c', 'terraform apply -auto-approve -no-color >/dev/null && terraform plan -detailed-exitcode -no-color >/dev/null; echo "plan=$?"; exit 7']);
      expect(script.stdout).toContain('plan=0');
      expect(script.code).toBe(7);
      const missing = await exec(['no-such-command-here']);
      expect(missing.code).toBe(127);
      expect(missing.stderr).toContain('cannot run no-such-command-here');
    });

    it('passes SIGTERM on to the command and exits 128 + 15; the host goes with it', async () => {
      const child = spawnExec(['sh', '-c', 'trap "exit 143" TERM; sleep 30 & wait']);
      const host = await hostOf(child);
      child.kill('SIGTERM');
      const code = await new Promise((resolve) => child.once('exit', (c) => resolve(c)));
      expect(code).toBe(143);
      await until(() => !alive(host.pid) && !existsSync(host.socketDir)).catch(() => undefined); // up to 10 s; then say what is left
      expect({ hostAlive: alive(host.pid), socketDirLeft: existsSync(host.socketDir) }).toEqual({ hostAlive: false, socketDirLeft: false });
    });

    it('kill -9 of exec leaves no host behind and removes its socket', async () => {
      const child = spawnExec(['sleep', '30']);
      const host = await hostOf(child);
      // The host was up with its socket, so what follows is its going, not its never having been.
      expect(alive(host.pid)).toBe(true);
      expect(existsSync(host.socketDir)).toBe(true);
      const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
      child.kill('SIGKILL');
      expect(await exited).toEqual({ code: null, signal: 'SIGKILL' });
      await until(() => !alive(host.pid) && !existsSync(host.socketDir)).catch(() => undefined); // up to 10 s; then say what is left
      expect({ hostAlive: alive(host.pid), socketDirLeft: existsSync(host.socketDir) }).toEqual({ hostAlive: false, socketDirLeft: false });
    });

    it('a host killed in the middle of an apply: exec says so and exits 1, the state stays true, the next plan sees Zendesk', async () => {
      ws.write({ 'main.tf': config('golf', ['agents_can_end_sessions = true']) });
      await env.emulator.control.addFault({ account: 'golf', method: 'PUT', path: '/api/v2/account/settings', latencyMs: 2_000 });
      const child = spawnExec(['terraform', 'apply', '-auto-approve', '-no-color']);
      let stderr = '';
      child.stderr!.on('data', (d) => (stderr += d));
      const host = await hostOf(child);
      await new Promise((r) => setTimeout(r, 1_200)); // the PUT is being held
      process.kill(host.pid, 'SIGKILL');
      const code = await new Promise((resolve) => child.once('exit', (c) => resolve(c)));
      expect(code).toBe(1);
      expect(flat(stderr)).toContain(`the provider host (pid ${host.pid}) exited unexpectedly (killed by SIGKILL)`);
      await new Promise((r) => setTimeout(r, 1_500)); // the emulator completes the write it accepted
      expect(JSON.stringify(await ws.state())).toContain('"agents_can_end_sessions":false');
      const plan = await ws.plan();
      expect(plan.code).toBe(0); // Zendesk holds what the configuration asks; the refresh reads it
      expect(plan.output).toContain('No changes.');
      // kill -9 gave the host no chance to clean up: exec removed its directory for it.
      expect(alive(host.pid)).toBe(false);
      expect(existsSync(host.socketDir)).toBe(false);
    });
  });

  /** The host exec started for its command: its pid and socket directory, from the TF_REATTACH_PROVIDERS the command got. */
  async function hostOf(exec: ChildProcess): Promise<{ pid: number; socketDir: string }> {
    let reattach: { Pid: number; Addr: { String: string } } | undefined;
    await until(() => {
      for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
        try {
          const parent = /\) \S+ (\d+)/.exec(readFileSync(`/proc/${pid}/stat`, 'utf8'))?.[1];
          const value = /TF_REATTACH_PROVIDERS=([^\0]*)/.exec(readFileSync(`/proc/${pid}/environ`, 'utf8'))?.[1];
          if (parent === String(exec.pid) && value) reattach = Object.values(JSON.parse(value))[0] as typeof reattach;
        } catch {
          // a process that just ended
        }
      }
      return reattach !== undefined;
    });
    return { pid: reattach!.Pid, socketDir: dirname(reattach!.Addr.String) };
  }
});

