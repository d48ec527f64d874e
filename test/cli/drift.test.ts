/**
 * zendesk-messaging drift with the built CLI and the real terraform against
 * the emulator: exit codes, what counts as drift (only what the configuration
 * manages, also after an import), error cases, every report format, parallel
 * runs. Report structure in detail: report.test.ts.
 */
import { createServer } from 'node:net';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DRIFT_REPORT_SCHEMA } from '../../src/cli/drift/render-json';
import { EMULATOR_SECRET_ENV, emulatorWithWorkspaces } from '../support/emulator-workspaces';
import { type TerraformWorkspace, run } from '../support/terraform';
import { REQUIRED_PROVIDERS, providerBlock, settingsResource } from '../support/hcl';
import { validate } from '../support/json-schema';
import { parseXml } from '../support/xml';

const CLI = join(__dirname, '..', '..', 'bin', 'zendesk-messaging.js');
const ROUTED_BY_EMAIL = ['agents_can_end_sessions = true', 'agent_ended_session_routing = "email"'];

/** A port nothing listens on: bound, then released. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('zendesk-messaging drift', () => {
  // The CLI's own Zendesk calls read the secret from the environment, as in CI.
  const env = emulatorWithWorkspaces({}, { env: EMULATOR_SECRET_ENV });
  const appliedWorkspaces: TerraformWorkspace[] = [];

  const config = (baseUrl: string, body: string[], provider: string[] = []) =>
    REQUIRED_PROVIDERS + providerBlock({ baseUrl, extra: ['oauth_client_id = "emulator-client"', ...provider] }) + settingsResource('this', body);

  async function applied(account: string, body: string[] = ROUTED_BY_EMAIL, provider: string[] = []) {
    const ws = await env.workspace({ 'main.tf': config(env.emulator.accountUrl(account), body, provider) });
    appliedWorkspaces.push(ws);
    await ws.applyOrThrow();
    return ws;
  }
  // CI=1: plain progress lines on stderr, as in a pipeline.
  const drift = (ws: TerraformWorkspace, args: string[]) => run(process.execPath, [CLI, 'drift', ...args], ws.dir, { ...ws.env, CI: '1' });


  it('exits 0 when Zendesk matches the configuration', async () => {
    const ws = await applied('in-sync');
    const result = await drift(ws, ['--dir', ws.dir]);
    expect(result.stdout).toBe(`drift: 0 of 1 directory drifted, 0 failed (0 resources, 0 attributes changed outside Terraform)\n✓ ${ws.dir} — in sync\n`);
    expect(result.stderr).toMatch(new RegExp(`^drift: \\[1/1\\] ${ws.dir} — in sync \\(\\d+\\.\\d s\\)\\n$`));
    expect(result.code).toBe(0);
  });

  it('initializes a working directory that needs it: none yet, or a stale .terraform', async () => {
    const ws = await applied('init');
    rmSync(join(ws.dir, '.terraform', 'providers'), { recursive: true }); // as a partly restored CI cache leaves it
    expect((await drift(ws, ['--dir', ws.dir])).code).toBe(0);
    rmSync(join(ws.dir, '.terraform'), { recursive: true });
    expect((await drift(ws, ['--dir', ws.dir])).code).toBe(0);
    expect(existsSync(join(ws.dir, '.terraform', 'providers'))).toBe(true);
  });

  it('exits 2 on an out-of-band change and names the attribute, old → new, in words', async () => {
    const ws = await applied('drifted', [...ROUTED_BY_EMAIL, 'inactivity = { timeout_minutes = 5 }']);
    await env.emulator.control.changeSettings('drifted', { messaging: { messaging_end_session: false }, messaging_inactivity: { timeout: 10 } });
    const result = await drift(ws, ['--dir', ws.dir]);
    expect(result.code).toBe(2);
    expect(result.stdout.split('\n')).toEqual(
      [
        'drift: 1 of 1 directory drifted, 0 failed (1 resource, 2 attributes changed outside Terraform)',
        `✗ ${ws.dir} — drift`,
        `  zendesk_messaging_settings.this (account ${env.emulator.accountUrl('drifted')})`,
        '    Agents can end messaging sessions: on → off   [agents_can_end_sessions: true → false]',
        // Who, from the emulator's audit log: an out-of-band change is the account's admin's unless the call names another.
        expect.stringMatching(/^ {6}changed by Drifted Admin at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC: Disabled$/),
        // Where an admin changes it back: the attribute map's Admin Center path and help article.
        '      change it back in Admin Center > Channels > Messaging and social > Messaging > Manage settings > Advanced > End sessions (https://support.zendesk.com/hc/en-us/articles/8372292195354)',
        '    Auto-release after inactivity: 5 → 10 minutes   [inactivity.timeout_minutes: 5 → 10]',
        expect.stringMatching(/^ {6}changed by Drifted Admin at .* UTC: Changed from 5 to 10$/),
        '      how to change it back: https://support.zendesk.com/hc/en-us/articles/7043034053658',
        // Turning agents' ending off out of band also leaves the managed routing treatment without effect: said, not counted.
        '  note: zendesk_messaging_settings.this.agent_ended_session_routing: Routing treatment has no effect: agents cannot end messaging sessions',
        expect.stringContaining('    In account "drifted" agents cannot end messaging sessions'),
        '',
      ]
    );
  });

  it('does not count settings the configuration does not manage, also nested ones and after an import', async () => {
    const ws = await applied('unmanaged', ['agents_can_end_sessions = true', 'inactivity = { timeout = 7 }']);
    const unmanaged = { routing: { transform_to_email_enabled: true }, messaging_inactivity: { enabled: false, end_session: true } };
    await env.emulator.control.changeSettings('unmanaged', unmanaged);
    expect((await drift(ws, ['--dir', ws.dir])).code).toBe(0);

    // After an import the provider records every setting, managed or not: still only configured ones count.
    expect((await ws.terraform(['state', 'rm', 'zendesk_messaging_settings.this'])).code).toBe(0);
    expect((await ws.terraform(['import', '-no-color', 'zendesk_messaging_settings.this', 'unmanaged'])).code).toBe(0);
    await env.emulator.control.changeSettings('unmanaged', { routing: { transform_to_email_enabled: false }, messaging_inactivity: { enabled: true, end_session: false } });
    expect((await drift(ws, ['--dir', ws.dir])).code).toBe(0);

    await env.emulator.control.changeSettings('unmanaged', { messaging_inactivity: { timeout: 12 } });
    const managed = await drift(ws, ['--dir', ws.dir, '--format', 'json']);
    expect(managed.code).toBe(2);
    expect(JSON.parse(managed.stdout).directories[0].drifted[0].attributes.map((a: { description: string }) => a.description)).toEqual([
      'Auto-release after inactivity: 7 → 12 minutes',
    ]);
  });

  it('writes every format from one run: JSON matching its schema, valid JUnit, Markdown', async () => {
    const ws = await applied('formats');
    await env.emulator.control.changeSettings('formats', { routing: { transform_to_email_enabled: false } });
    const reports = join(ws.dir, 'reports', 'nested');
    const result = await drift(ws, [
      '--dir', ws.dir,
      '--format', 'json',
      '--report', `junit=${join(reports, 'drift.xml')}`,
      '--report', `markdown=${join(reports, 'drift.md')}`,
      '--report', `text=${join(reports, 'drift.txt')}`,
    ]); // prettier-ignore
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout);
    expect(validate(DRIFT_REPORT_SCHEMA, report)).toEqual([]);
    expect(report).toMatchObject({
      kind: 'zendesk-messaging/drift-report',
      version: 5,
      status: 'drift',
      exitCode: 2,
      summary: { directories: 1, inSync: 0, drifted: 1, errors: 0, resources: 1, attributes: 1 },
      directories: [
        {
          dir: ws.dir,
          name: 'work',
          status: 'drift',
          error: null,
          checked: ['zendesk_messaging_settings.this'],
          drifted: [
            {
              address: 'zendesk_messaging_settings.this',
              type: 'zendesk_messaging_settings',
              account: env.emulator.accountUrl('formats'),
              action: 'update',
              attributes: [
                {
                  path: 'agent_ended_session_routing',
                  label: 'Tickets of agent-ended sessions are routed as',
                  before: 'email',
                  after: 'messaging',
                  sensitive: false,
                  description: 'Tickets of agent-ended sessions are routed as: email tickets → messaging tickets',
                  adminCenter: 'Admin Center > Objects and rules > Omnichannel routing > Routing configuration > Edit > Messaging routing > Route agent-ended messaging sessions as email tickets',
                  helpArticle: 'https://support.zendesk.com/hc/en-us/articles/4828787357210',
                },
              ],
            },
          ],
          // A Markdown report asks for the fleet view: the account, looked up (the emulator's accounts are production).
          accounts: [{ account: env.emulator.accountUrl('formats'), sandbox: false }],
        },
      ],
    });

    const junit = parseXml(readFileSync(join(reports, 'drift.xml'), 'utf8'));
    expect(junit.attributes).toMatchObject({ tests: '1', failures: '1', errors: '0' });
    const testcase = junit.children[0].children[0];
    expect(testcase.attributes).toEqual({ classname: 'work', name: 'zendesk_messaging_settings.this' });
    expect(testcase.children[0].name).toBe('failure');
    expect(testcase.children[0].text).toContain('Tickets of agent-ended sessions are routed as: email tickets → messaging tickets');

    const markdown = readFileSync(join(reports, 'drift.md'), 'utf8');
    expect(markdown).toContain('## ⚠️ Drift in Zendesk messaging and routing configuration');
    expect(markdown).toContain(
      `| ${env.emulator.accountUrl('formats')} | \`zendesk_messaging_settings.this\` | \`agent_ended_session_routing\` | Tickets of agent-ended sessions are routed as: email tickets → messaging tickets<br>Change it back in Admin Center > Objects and rules > Omnichannel routing > Routing configuration > Edit > Messaging routing > Route agent-ended messaging sessions as email tickets ([help article](https://support.zendesk.com/hc/en-us/articles/4828787357210)) |`,
    );
    expect(readFileSync(join(reports, 'drift.txt'), 'utf8')).toContain('routed as: email tickets → messaging tickets   [agent_ended_session_routing: "email" → "messaging"]');
  });

  it('exits 1 with a message naming the directory and terraform\'s error: missing dir, failed init, API down, closed port', async () => {
    // No retries: the provider's backoff would only make this test slow.
    const ws = await applied('errors', ROUTED_BY_EMAIL, ['max_retries = 0']);
    const missing = await drift(ws, ['--dir', join(ws.dir, 'nope')]);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain(`${join(ws.dir, 'nope')} does not exist`);

    const broken = join(ws.dir, 'broken');
    mkdirSync(broken);
    writeFileSync(join(broken, 'main.tf'), 'terraform {\n  required_providers {\n    nothing = { source = "example/does-not-exist" }\n  }\n}\n');
    const init = await drift(ws, ['--dir', broken]);
    expect(init.code).toBe(1);
    expect(init.stdout).toContain(`terraform init failed in ${broken}: Failed to query available provider packages`);
    expect(init.stdout).not.toContain('install-provider'); // another provider's failure gets no hint about ours

    // Ours, with a CLI config that has no mirror for it: terraform asks the registry, which does not have it.
    const unmirrored = join(ws.dir, 'unmirrored');
    mkdirSync(unmirrored);
    writeFileSync(join(unmirrored, 'main.tf'), REQUIRED_PROVIDERS);
    writeFileSync(join(ws.dir, 'empty.tfrc'), `provider_installation {\n  filesystem_mirror {\n    path = "${join(ws.dir, 'no-mirror')}"\n  }\n}\n`);
    const notInstalled = await run(process.execPath, [CLI, 'drift', '--dir', unmirrored], ws.dir, { ...ws.env, CI: '1', TF_CLI_CONFIG_FILE: join(ws.dir, 'empty.tfrc') });
    expect(notInstalled.code).toBe(1);
    expect(notInstalled.stdout).toContain(`terraform init failed in ${unmirrored}: `);
    expect(notInstalled.stdout).toContain('Hint: terraform cannot install the zendesk-iac/zendesk provider (it is not on the public registry). Run `npx zendesk-messaging install-provider`');

    await env.emulator.control.addFault({ account: 'errors', status: 503, count: 100 });
    const down = await drift(ws, ['--dir', ws.dir]);
    await env.emulator.control.clearFaults();
    expect(down.code).toBe(1);
    expect(down.stdout).toContain(`terraform plan failed in ${ws.dir}: `);
    expect(down.stdout).toContain('Zendesk API error');

    ws.write({ 'main.tf': config(`http://127.0.0.1:${await closedPort()}/errors`, ROUTED_BY_EMAIL, ['max_retries = 0']) });
    const closed = await drift(ws, ['--dir', ws.dir, '--format', 'junit']);
    expect(closed.code).toBe(1);
    const error = parseXml(closed.stdout).children[0].children[0].children[0];
    expect(error.name).toBe('error');
    expect(error.attributes.message).toContain(`terraform plan failed in ${ws.dir}: `);
    expect(error.text).toContain('ECONNREFUSED');
  });

  it('checks many directories in parallel; one error makes the run exit 1 but every directory is reported, in order', async () => {
    const [a, b] = await Promise.all([applied('many-a'), applied('many-b')]);
    await env.emulator.control.changeSettings('many-b', { messaging: { messaging_end_session: false } });
    const result = await drift(a, ['--dir', a.dir, '--dir', b.dir, '--dir', join(a.dir, 'missing'), '--dir', a.dir, '--parallel', '3', '--format', 'json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.directories.map((d: { dir: string; status: string }) => [d.dir, d.status])).toEqual([
      [a.dir, 'in_sync'],
      [b.dir, 'drift'],
      [join(a.dir, 'missing'), 'error'],
    ]); // the repeated directory is checked once
    expect(result.stderr.match(/^drift: \[\d\/3\] /gm)).toHaveLength(3);
  });

  it('explains wrong usage and publishes its JSON schema', async () => {
    const ws = appliedWorkspaces[0];
    const noDir = await drift(ws, []);
    expect(noDir.code).toBe(1);
    expect(noDir.stderr).toContain('give at least one --dir');
    const badParallel = await drift(ws, ['--dir', ws.dir, '--parallel', '0']);
    expect(badParallel.code).toBe(1);
    expect(badParallel.stderr).toContain('expected a whole number of at least 1, got "0"');
    const badReport = await drift(ws, ['--dir', ws.dir, '--report', 'pdf=x.pdf']);
    expect(badReport.stderr).toContain('expected FORMAT=FILE with FORMAT one of text, markdown, json, junit');
    const schema = await drift(ws, ['--json-schema']);
    expect(JSON.parse(schema.stdout)).toEqual(JSON.parse(JSON.stringify(DRIFT_REPORT_SCHEMA)));
  });
});
