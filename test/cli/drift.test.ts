/**
 * zendesk-messaging drift with the real terraform against the emulator: exit
 * codes, what counts as drift, error cases, every report format, parallel runs.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulator, type EmulatorHandle } from '../../src/emulator';
import { TerraformWorkspace, run } from '../support/terraform';
import { REQUIRED_PROVIDERS, providerBlock, settingsResource } from '../support/hcl';

const CLI = join(__dirname, '..', '..', 'bin', 'zendesk-messaging.js');

describe('zendesk-messaging drift', () => {
  let emulator: EmulatorHandle;
  const workspaces: TerraformWorkspace[] = [];

  async function applied(account: string, body: string[] = ['agents_can_end_sessions = true', 'agent_ended_session_routing = "email"']) {
    const ws = new TerraformWorkspace({ env: { ZENDESK_OAUTH_CLIENT_SECRET: 'emulator-secret' } });
    workspaces.push(ws);
    ws.write({ 'main.tf': REQUIRED_PROVIDERS + providerBlock({ baseUrl: emulator.accountUrl(account), extra: ['oauth_client_id = "emulator-client"'] }) + settingsResource('this', body) });
    await ws.init();
    await ws.applyOrThrow();
    return ws;
  }
  const drift = (ws: TerraformWorkspace, args: string[]) => run(process.execPath, [CLI, 'drift', ...args], ws.dir, { ...ws.env, CI: '1' });

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
  });
  afterAll(async () => {
    for (const ws of workspaces) ws.cleanup();
    await emulator?.close();
  });

  it('exits 0 when Zendesk matches the configuration', async () => {
    const ws = await applied('in-sync');
    const result = await drift(ws, ['--dir', ws.dir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('— in sync');
    expect(result.stderr).toMatch(/drift: \[1\/1\] .* — in sync/);
  });

  it('exits 2 on an out-of-band change and names the attribute, old → new, in words', async () => {
    const ws = await applied('drifted');
    await emulator.control.changeSettings('drifted', { messaging: { messaging_end_session: false } });
    const result = await drift(ws, ['--dir', ws.dir]);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('Agents can end messaging sessions: on → off');
    expect(result.stdout).toContain('[agents_can_end_sessions: true → false]');
    expect(result.stdout).toContain('zendesk_messaging_settings.this (account');
  });

  it('does not count settings the configuration does not manage', async () => {
    const ws = await applied('unmanaged', ['agents_can_end_sessions = true']);
    await emulator.control.changeSettings('unmanaged', { routing: { transform_to_email_enabled: true }, messaging_inactivity: { timeout: 12 } });
    expect((await drift(ws, ['--dir', ws.dir])).code).toBe(0);
  });

  it('writes every format; JSON is a stable schema and JUnit names the drifted attribute', async () => {
    const ws = await applied('formats');
    await emulator.control.changeSettings('formats', { routing: { transform_to_email_enabled: false } });
    const json = await drift(ws, ['--dir', ws.dir, '--format', 'json']);
    expect(json.code).toBe(2);
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({
      version: 1,
      status: 'drift',
      summary: { directories: 1, inSync: 0, drifted: 1, errors: 0, resources: 1, attributes: 1 },
      directories: [
        {
          dir: ws.dir,
          status: 'drift',
          checked: ['zendesk_messaging_settings.this'],
          drifted: [
            {
              address: 'zendesk_messaging_settings.this',
              type: 'zendesk_messaging_settings',
              action: 'update',
              attributes: [{ path: 'agent_ended_session_routing', before: 'email', after: 'messaging', sensitive: false, description: 'Tickets of agent-ended sessions are routed as: email tickets → messaging tickets' }],
            },
          ],
        },
      ],
    });
    const out = join(ws.dir, 'drift.xml');
    const junit = await drift(ws, ['--dir', ws.dir, '--format', 'junit', '--out', out]);
    expect(junit.code).toBe(2);
    const xml = readFileSync(out, 'utf8');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites [^>]*tests="1" failures="1" errors="0">/);
    expect(xml).toContain('<testcase classname=');
    expect(xml).toContain('<failure message="1 attribute changed outside Terraform">');
    expect(xml).toContain('routed as: email tickets → messaging tickets');
    expect(xml.match(/<testsuite /g)).toHaveLength(1);
    expect(xml.trimEnd().endsWith('</testsuites>')).toBe(true);
    const markdown = await drift(ws, ['--dir', ws.dir, '--format', 'markdown']);
    expect(markdown.stdout).toContain('## ⚠️ Drift in Zendesk messaging settings');
    expect(markdown.stdout).toContain('| `zendesk_messaging_settings.this` | Tickets of agent-ended sessions are routed as: email tickets → messaging tickets |');
  });

  it('exits 1 with a clear message for a missing directory, a failed init and an unreachable API', async () => {
    const ws = await applied('errors');
    const missing = await drift(ws, ['--dir', join(ws.dir, 'nope')]);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('is not a directory');

    const broken = join(ws.dir, 'broken');
    mkdirSync(broken);
    writeFileSync(join(broken, 'main.tf'), 'terraform {\n  required_providers {\n    nothing = { source = "example/does-not-exist" }\n  }\n}\n');
    const init = await drift(ws, ['--dir', broken]);
    expect(init.code).toBe(1);
    expect(init.stdout).toContain('terraform init failed in');

    await emulator.control.addFault({ account: 'errors', status: 503, count: 100 });
    const down = await drift(ws, ['--dir', ws.dir]);
    await emulator.control.clearFaults();
    expect(down.code).toBe(1);
    expect(down.stdout).toContain('terraform plan -refresh-only failed');
    expect(down.stdout).toContain('Zendesk API error');
  }, 120_000);

  it('checks many directories in parallel; one error makes the run exit 1 but every directory is reported', async () => {
    const a = await applied('many-a');
    const b = await applied('many-b');
    await emulator.control.changeSettings('many-b', { messaging: { messaging_end_session: false } });
    const result = await drift(a, ['--dir', a.dir, '--dir', b.dir, '--dir', join(a.dir, 'missing'), '--parallel', '3', '--format', 'json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.directories.map((d: { status: string }) => d.status)).toEqual(['in_sync', 'drift', 'error']);
    expect(result.stderr.match(/drift: \[\d\/3\]/g)).toHaveLength(3);
  });
});
