/**
 * The fleet view end to end: the built CLI runs the real terraform drift over four accounts of the emulator (one in
 * sync, one changed out of band by a second user, one sandbox, one whose API fails), writes the HTML page, the
 * Markdown and the JSON report, and headless Chromium renders the page: its text as the browser lays it out, and a
 * screenshot of plausible size. drift-merge renders the same page from the JSON report, sandbox marks included.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { END_SESSIONS } from '../../src/provider/messaging-settings/attribute-map';
import { dumpDom, findChromium, pngSize, screenshot } from '../support/chromium';
import { REQUIRED_PROVIDERS, providerBlock, settingsResource } from '../support/hcl';
import { EMULATOR_SECRET_ENV, emulatorWithWorkspaces } from '../support/emulator-workspaces';
import { run } from '../support/terraform';

const CLI = join(__dirname, '..', '..', 'bin', 'zendesk-messaging.js');
const chromium = findChromium();
const inChromium = chromium ? it : it.skip;
const why = chromium ? '' : " (skipped: no chromium on PATH; .ci/run installs Debian's chromium)";

/** The page's text as a reader sees it: no stylesheet, tags as spaces, whitespace collapsed. */
const visibleText = (dom: string) => dom.replace(/<style>[^]*?<\/style>/, '').replace(/<[^>]+>/g, ' ').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\s+/g, ' ');

describe('zendesk-messaging drift --format html: the fleet view in a browser', () => {
  const env = emulatorWithWorkspaces({ sandboxAccounts: ['fleet-sandbox'] }, { env: EMULATOR_SECRET_ENV });

  async function applied(account: string) {
    const provider = providerBlock({ baseUrl: env.emulator.accountUrl(account), extra: ['oauth_client_id = "emulator-client"', 'max_retries = 0'] });
    const ws = await env.workspace({ 'main.tf': REQUIRED_PROVIDERS + provider + settingsResource('this', ['agents_can_end_sessions = true', 'inactivity = { timeout_minutes = 6 }']) });
    await ws.applyOrThrow();
    return ws;
  }


  inChromium(`renders accounts × settings with who, when and where to change it back${why}`, async () => {
    const [calm, drifted, sandbox, broken] = [await applied('fleet-calm'), await applied('fleet-drifted'), await applied('fleet-sandbox'), await applied('fleet-broken')];
    await env.emulator.control.changeSettings('fleet-drifted', { messaging: { messaging_end_session: false } }, { name: 'Kim Admin', email: 'kim@fleet.test' });
    await env.emulator.control.changeSettings('fleet-sandbox', { messaging_inactivity: { timeout: 12 } });
    await env.emulator.control.addFault({ account: 'fleet-broken', status: 503, count: 100 });
    const log = await fetch(`${env.emulator.accountUrl('fleet-drifted')}/api/v2/audit_logs?filter[source_type]=account_setting`, {
      headers: { authorization: `Basic ${Buffer.from('reader@example.com/token:emulator-token').toString('base64')}` },
    });
    const kim = ((await log.json()) as { audit_logs: { actor_name: string; created_at: string }[] }).audit_logs.find((e) => e.actor_name === 'Kim Admin');
    expect(kim).toBeDefined();

    const reports = join(calm.dir, 'reports');
    const page = join(reports, 'drift.html');
    const dirs = [calm, drifted, sandbox, broken].flatMap((ws) => ['--dir', ws.dir]);
    const result = await run(process.execPath, [CLI, 'drift', ...dirs, '--format', 'html', '--out', page, '--report', `markdown=${join(reports, 'drift.md')}`, '--report', `json=${join(reports, 'drift.json')}`], calm.dir, { ...calm.env, CI: '1' });
    expect(result.code).toBe(1); // one check failed

    const report = JSON.parse(readFileSync(join(reports, 'drift.json'), 'utf8'));
    expect(report.version).toBe(5);
    const MANAGED = ['agents_can_end_sessions', 'inactivity.timeout_minutes']; // what main.tf sets
    expect(report.directories.map((d: { status: string; accounts: unknown }) => [d.status, d.accounts])).toEqual([
      ['in_sync', [{ account: env.emulator.accountUrl('fleet-calm'), sandbox: false, managed: MANAGED }]],
      ['drift', [{ account: env.emulator.accountUrl('fleet-drifted'), sandbox: false, managed: MANAGED }]],
      ['drift', [{ account: env.emulator.accountUrl('fleet-sandbox'), sandbox: true, managed: MANAGED }]],
      ['error', []],
    ]);
    expect(report.directories[1].drifted[0].attributes[0]).toMatchObject({ path: 'agents_can_end_sessions', adminCenter: END_SESSIONS, changedBy: { actor: 'Kim Admin', at: kim!.created_at } });

    const shortWhen = `${kim!.created_at.slice(0, 10)} ${kim!.created_at.slice(11, 16)} UTC`;
    const markdown = readFileSync(join(reports, 'drift.md'), 'utf8');
    expect(markdown).toContain('4 accounts: 1 in sync, 2 drifted, 1 failed; 1 sandbox account among them.');
    // Each workspace's directory is called "work": the stack is named next to accounts not named after it.
    // Settings the configuration does not manage say so (—) rather than "in sync".
    expect(markdown).toContain(`| **${env.emulator.accountUrl('fleet-drifted')}** · stack work | ⚠️ Kim Admin, ${shortWhen} | — | — | ✓ | — |`);
    expect(markdown).toContain(`| **${env.emulator.accountUrl('fleet-sandbox')}** 🧪 sandbox · stack work | ✓ | — | — | ⚠️ `);

    const text = visibleText(await dumpDom(chromium!, page));
    expect(text).toContain('4 accounts 1 in sync 2 drifted 1 failed 1 sandbox accounts');
    expect(text).toContain('3 accounts drifted or failed × the managed settings');
    expect(text).toContain(`${env.emulator.accountUrl('fleet-drifted')} stack work ✗ drifted Kim Admin ${shortWhen} — — ✓ —`);
    expect(text).toContain(`${env.emulator.accountUrl('fleet-sandbox')} sandbox stack work ✓`);
    // A check that failed before terraform named its account is the directory's row, and says where.
    expect(text).toContain(`work ! check failed: terraform plan failed in ${broken.dir}: `);
    expect(text).toContain(`Agents can end messaging sessions: on → off zendesk_messaging_settings.this.agents_can_end_sessions : true → false Kim Admin ${kim!.created_at.slice(0, 10)} ${kim!.created_at.slice(11, 19)} UTC Disabled ${END_SESSIONS} Zendesk help article`);
    expect(text).toContain('1 account in sync');

    const png = join(reports, 'drift.png');
    await screenshot(chromium!, page, png);
    expect(pngSize(png)).toMatchObject({ width: 1400, height: 1000 });
    expect(pngSize(png).bytes).toBeGreaterThan(20_000); // a drawn page, not a blank one

    // The sharded way: drift-merge renders the same fleet from the JSON report, sandbox marks and all.
    const merged = join(reports, 'merged.html');
    const merge = await run(process.execPath, [CLI, 'drift-merge', join(reports, 'drift.json'), '--format', 'html', '--out', merged], calm.dir, calm.env);
    expect(merge.code).toBe(1);
    expect(visibleText(await dumpDom(chromium!, merged))).toContain(`${env.emulator.accountUrl('fleet-sandbox')} sandbox stack work ✓`);
  }, 300_000);
});
