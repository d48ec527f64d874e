/**
 * The emulator as users start it (the built CLI, in a child process), and its
 * durability: state survives `kill -9` at any moment during a stream of writes,
 * and every acknowledged write is there after the restart.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir } from '../support/temp';
import { TOKEN, basic, send } from './http';

const CLI = join(__dirname, '..', '..', 'bin', 'zendesk-messaging.js');

interface Running {
  child: ChildProcess;
  url: string;
  /** Everything the process printed so far, stdout then stderr. */
  printed: () => string;
}

function startCli(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Running> {
  if (!existsSync(join(__dirname, '..', '..', 'dist', 'cli.js'))) throw new Error('run `npm run build` first (npm test does)');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'emulator', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'], env });
    let out = '';
    let err = '';
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match) resolve({ child, url: match[1], printed: () => out + err });
    });
    child.once('exit', (code) => reject(new Error(`emulator exited (${code}) before listening: ${out}`)));
  });
}

/** A start that must fail: its exit code and what it printed. */
function refusedStart(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, 'emulator', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code) => resolve({ code, stderr }));
  });
}

function kill9(running: Running): Promise<void> {
  return new Promise((resolve) => {
    running.child.once('exit', () => resolve());
    running.child.kill('SIGKILL');
  });
}

describe('zendesk-messaging emulator (CLI, child process)', () => {
  const temp = makeTempDir('emu-cli');
  afterAll(() => temp.cleanup());

  it('takes other names for what it assumes from --assumptions FILE', async () => {
    const file = join(temp.dir, 'assumptions.json');
    writeFileSync(file, JSON.stringify({ subjects: { statusCategory: 'status_group' }, values: { endedByAgent: 'agent_ended' } }));
    const running = await startCli(['--assumptions', file]);
    try {
      const defs = (await send(`${running.url}/acme/api/v2/triggers/definitions`, { auth: TOKEN })).json().definitions;
      const byTitle = (title: string) => defs.conditions_all.find((d: { title: string }) => d.title === title);
      expect(byTitle('Status category').subject).toBe('status_group');
      expect(byTitle('Messaging session ended reason').values[0]).toEqual({ value: 'agent_ended', title: 'Ended by agent', enabled: true });
    } finally {
      await kill9(running);
    }
  });

  it('starts with the given flags: 401 without or with wrong credentials, the given token and OAuth client work, the sandbox is one', async () => {
    const running = await startCli(['--api-token', 'flag-token', '--oauth-client', 'ci-client:ci-secret', '--sandbox-account', 'acme-sandbox']);
    try {
      const settings = `${running.url}/acme/api/v2/account/settings`;
      expect((await send(settings)).status).toBe(401);
      expect((await send(settings, { auth: TOKEN })).status).toBe(401); // the default token is off once flags are given
      expect((await send(settings, { auth: basic('a@b.c', 'flag-token') })).status).toBe(200);
      const issued = await send(`${running.url}/acme/oauth/tokens`, {
        method: 'POST',
        body: { grant_type: 'client_credentials', client_id: 'ci-client', client_secret: 'ci-secret' },
      });
      expect((await send(settings, { auth: `Bearer ${issued.json().access_token}` })).status).toBe(200);
      const sandboxOf = async (account: string) => (await send(`${running.url}/${account}/api/v2/account`, { auth: basic('a@b.c', 'flag-token') })).json().account.sandbox;
      expect([await sandboxOf('acme-sandbox'), await sandboxOf('acme')]).toEqual([true, false]);
    } finally {
      await kill9(running);
    }
  });

  it('keeps every acknowledged write across kill -9 in the middle of a stream of writes, and restarts with it', async () => {
    const dataDir = join(temp.dir, 'data');
    const first = await startCli(['--data', dataDir]);
    const settings = (url: string, account: string) => `${url}/${account}/api/v2/account/settings`;
    let acknowledged = -1;
    let sent = -1;
    const writer = (async () => {
      for (let i = 0; i < 100_000; i++) {
        sent = i;
        try {
          const res = await send(settings(first.url, 'durable'), { method: 'PUT', auth: TOKEN, body: { settings: { routing: { max_email_capacity: i } } } });
          if (res.status === 200) acknowledged = i;
        } catch {
          return; // the process is gone
        }
      }
    })();
    // A second account written concurrently, to kill between interleaved writes.
    const other = (async () => {
      for (let i = 0; ; i++) {
        try {
          await send(settings(first.url, 'neighbour'), { method: 'PUT', auth: TOKEN, body: { settings: { routing: { max_messaging_capacity: i } } } });
        } catch {
          return;
        }
      }
    })();
    // Kill mid-stream: once a few writes are acknowledged (a fixed delay saw only 5–10 on a loaded machine), then at
    // a random moment of the next 400 ms.
    for (const started = Date.now(); acknowledged <= 10 && Date.now() - started < 20_000; ) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, Math.random() * 400));
    await kill9(first);
    await Promise.all([writer, other]);
    expect(acknowledged).toBeGreaterThan(10);

    const second = await startCli(['--data', dataDir]);
    try {
      const res = await send(settings(second.url, 'durable'), { auth: TOKEN });
      expect(res.status).toBe(200);
      const value = res.json().settings.routing.max_email_capacity;
      expect(value).toBeGreaterThanOrEqual(acknowledged);
      expect(value).toBeLessThanOrEqual(sent);
      // The rest of the document is intact, not torn.
      expect(res.json().settings.messaging).toEqual({ messaging_end_session: true });
      expect((await send(settings(second.url, 'neighbour'), { auth: TOKEN })).status).toBe(200);
    } finally {
      await kill9(second);
    }
  });

  it('persists concurrent writes of different keys to one account (none lost)', async () => {
    const dataDir = join(temp.dir, 'concurrent');
    const first = await startCli(['--data', dataDir]);
    const url = `${first.url}/acme/api/v2/account/settings`;
    const keys = ['transform_to_email_enabled', 'reassignment_messaging_enabled', 'auto_accept_messaging_enabled', 'focus_mode_enabled', 'skills_enabled'];
    const answers = await Promise.all(keys.map((key) => send(url, { method: 'PUT', auth: TOKEN, body: { settings: { routing: { [key]: !['reassignment_messaging_enabled'].includes(key) } } } })));
    expect(answers.map((a) => a.status)).toEqual(keys.map(() => 200));
    await kill9(first);
    const second = await startCli(['--data', dataDir]);
    try {
      const routing = (await send(`${second.url}/acme/api/v2/account/settings`, { auth: TOKEN })).json().settings.routing;
      expect(keys.map((k) => routing[k])).toEqual([true, false, true, true, true]);
    } finally {
      await kill9(second);
    }
  });

  it('refuses flags it cannot honour with a message naming the flag, and a data path it cannot use naming the path', async () => {
    const cases: [string[], RegExp][] = [
      [['--port', '99999'], /option '--port <n>' argument '99999' is invalid\. expected a whole number from 0 to 65535/],
      [['--rate-limit', '0'], /'--rate-limit <perMinute>' argument '0' is invalid\. expected a whole number of at least 1/],
      [['--token-ttl', '0'], /'--token-ttl <seconds>' argument '0' is invalid/],
      [['--rate-limit-window', '0'], /'--rate-limit-window <seconds>' argument '0' is invalid/],
      [['--sandbox-account', 'Acme Sandbox'], /sandbox account "Acme Sandbox": account names are lowercase letters, digits and hyphens/],
      [['--legacy', 'acme,Old Acme'], /legacy account "Old Acme": account names are lowercase letters, digits and hyphens/],
    ];
    for (const [args, message] of cases) {
      const refused = await refusedStart(['--port', '0', ...args]);
      expect({ args, code: refused.code }).toEqual({ args, code: 1 });
      expect(refused.stderr).toMatch(message);
    }
    const file = join(temp.dir, 'not-a-directory');
    writeFileSync(file, 'x');
    const onFile = await refusedStart(['--port', '0', '--data', file]);
    expect(onFile.code).toBe(1);
    expect(onFile.stderr).toBe(`zendesk-messaging: the data directory ${file} is a file: give a directory (it is created when missing)\n`);

    const corrupt = join(temp.dir, 'corrupt');
    mkdirSync(corrupt);
    writeFileSync(join(corrupt, 'acme.json'), '{"settings": ');
    const onCorrupt = await refusedStart(['--port', '0', '--data', corrupt]);
    expect(onCorrupt.code).toBe(1);
    expect(onCorrupt.stderr).toContain(`cannot read the emulator data file ${join(corrupt, 'acme.json')}: `);
    expect(onCorrupt.stderr).toContain('Fix it, or remove it to start that account afresh.');
  });

  it('says a port in use is in use', async () => {
    const first = await startCli([]);
    try {
      const port = new URL(first.url).port;
      const second = await refusedStart(['--port', port]);
      expect(second.code).toBe(1);
      expect(second.stderr).toBe(`zendesk-messaging: port ${port} on 127.0.0.1 is in use: give another port, or 0 for any free port\n`);
    } finally {
      await kill9(first);
    }
  });

  it('takes its API token and OAuth client from the environment, so that no secret shows in ps', async () => {
    const running = await startCli([], { ...process.env, ZENDESK_EMULATOR_API_TOKEN: 'env-token', ZENDESK_EMULATOR_OAUTH_CLIENT: 'env-client:env-secret' });
    try {
      const settings = `${running.url}/acme/api/v2/account/settings`;
      expect((await send(settings, { auth: basic('a@b.c', 'env-token') })).status).toBe(200);
      expect((await send(settings, { auth: TOKEN })).status).toBe(401); // the default token is off once one is given
      const issued = await send(`${running.url}/acme/oauth/tokens`, {
        method: 'POST',
        body: { grant_type: 'client_credentials', client_id: 'env-client', client_secret: 'env-secret' },
      });
      expect((await send(settings, { auth: `Bearer ${issued.json().access_token}` })).status).toBe(200);
    } finally {
      await kill9(running);
    }
  });

  it('answers the audit-log API of the accounts named by --without-audit-logs as a non-Enterprise account does', async () => {
    const running = await startCli(['--without-audit-logs', 'team', '--without-audit-logs', 'growth']);
    try {
      const status = async (account: string) => (await send(`${running.url}/${account}/api/v2/audit_logs`, { auth: TOKEN })).status;
      expect([await status('team'), await status('growth'), await status('enterprise')]).toEqual([403, 403, 200]);
    } finally {
      await kill9(running);
    }
  });

  it('says once where it listens', async () => {
    const running = await startCli([]);
    try {
      // A round trip, so that anything printed while starting has arrived on both streams.
      expect((await send(`${running.url}/__emulator/health`)).status).toBe(200);
      expect(running.printed().match(/listening/g)).toEqual(['listening']);
    } finally {
      await kill9(running);
    }
  });

  it('creates the accounts named by --legacy (repeated, or a list) as legacy ones: agents cannot end sessions', async () => {
    const running = await startCli(['--legacy', 'old', '--legacy', 'older, oldest']);
    try {
      const endSession = async (account: string) =>
        (await send(`${running.url}/${account}/api/v2/account/settings`, { auth: TOKEN })).json().settings.messaging.messaging_end_session;
      expect([await endSession('old'), await endSession('older'), await endSession('oldest'), await endSession('new')]).toEqual([false, false, false, true]);
      const accounts = (await send(`${running.url}/__emulator/accounts`)).json().accounts;
      expect(accounts.map((a: { name: string; legacy: boolean }) => [a.name, a.legacy])).toEqual([['new', false], ['old', true], ['older', true], ['oldest', true]]);
      expect(running.printed()).toContain('legacy accounts: old, older, oldest');
    } finally {
      await kill9(running);
    }
  });

  it('documents --legacy in its help', async () => {
    const help = await new Promise<string>((resolve) => {
      const child = spawn(process.execPath, [CLI, 'emulator', '--help'], { stdio: ['ignore', 'pipe', 'ignore'] });
      let out = '';
      child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.once('exit', () => resolve(out));
    });
    expect(help.replace(/\s+/g, ' ')).toContain('--legacy <accounts> create these accounts as legacy ones: messaging enabled before agents could end sessions');
  });
});
