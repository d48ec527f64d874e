/**
 * Who made each drift, from Zendesk's audit log: the real terraform and the built CLI against the emulator (an
 * out-of-band change by a second user shows that user and the time in every format; a non-Enterprise account
 * degrades to one line), and the pieces on hand-made data (the provider's own writes as the cut-off, v4 reports
 * read back by drift-merge).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AuditLogEntry } from '../../src/client';
import { attributionOf } from '../../src/cli/drift/attribution';
import type { DirectoryResult } from '../../src/cli/drift/check';
import { directoriesOf } from '../../src/cli/drift/merge';
import { DRIFT_REPORT_SCHEMA, driftReport } from '../../src/cli/drift/render-json';
import { settingLabel } from '../../src/emulator/audit/describe';
import { END_SESSIONS, SETTINGS } from '../../src/provider/messaging-settings/attribute-map';
import { REQUIRED_PROVIDERS, providerBlock, settingsResource } from '../support/hcl';
import { validate } from '../support/json-schema';
import { EMULATOR_SECRET_ENV, emulatorWithWorkspaces } from '../support/emulator-workspaces';
import { type TerraformWorkspace, run } from '../support/terraform';
import { parseXml } from '../support/xml';

const CLI = join(__dirname, '..', '..', 'bin', 'zendesk-messaging.js');

const entry = (id: number, actorId: number, actor: string, change: string): AuditLogEntry => ({
  id, action: 'update', action_label: 'Updated', actor_id: actorId, actor_name: actor, change_description: change, created_at: `2026-12-01T10:00:${String(id).padStart(2, '0')}Z`,
  ip_address: '127.0.0.1', source_id: 1, source_label: 'Auto-release inactivity timeout', source_type: 'account_setting', url: '',
});

describe('attribution from audit-log entries', () => {
  // Newest first, as readAuditLog returns them; actor 9 is the provider's own credential.
  const ENTRIES = [entry(4, 2, 'Kim', 'Changed from 8 to 10'), entry(3, 3, 'Lee', 'Changed from 6 to 8'), entry(2, 9, 'terraform', 'Changed from 7 to 6'), entry(1, 3, 'Lee', 'Changed from 5 to 7')];

  it('takes the latest change after the provider\'s own last write, counting the ones between', () => {
    expect(attributionOf(ENTRIES, 9)).toEqual({ actor: 'Kim', actorId: 2, at: '2026-12-01T10:00:04Z', change: 'Changed from 8 to 10', source: 'Auto-release inactivity timeout', earlierChanges: 1 });
    expect(attributionOf(ENTRIES, undefined)?.earlierChanges).toBe(3); // own writes unknown: the whole window
    expect(attributionOf(ENTRIES.slice(2), 9)).toBeUndefined(); // nothing since the provider wrote it
  });

  it('matches a setting by the label the emulator writes for it (both assume Admin Center\'s names)', () => {
    expect(SETTINGS.map((s) => [s.attribute, settingLabel(s.section, s.key)])).toEqual(SETTINGS.map((s) => [s.attribute, s.auditLabel]));
    expect(new Set(SETTINGS.filter((s) => !s.aliasOf).map((s) => s.auditLabel)).size).toBe(SETTINGS.filter((s) => !s.aliasOf).length);
  });

  it('round-trips through a version 5 report and drift-merge, and drift-merge still reads version 2', () => {
    const changedBy = attributionOf(ENTRIES, 9)!;
    const result: DirectoryResult = {
      dir: '/ci/acme', name: 'acme', status: 'drift', durationMs: 1, checked: ['zendesk_messaging_settings.this'], notes: [],
      drifted: [{
        address: 'zendesk_messaging_settings.this', type: 'zendesk_messaging_settings', account: 'acme', action: 'update',
        attributes: [{ path: 'inactivity.timeout_minutes', label: 'Auto-release after inactivity', before: 6, after: 10, sensitive: false, cause: 'outside', description: 'Auto-release after inactivity: 6 → 10 minutes', changedBy }],
      }],
      attribution: [{ account: 'globex', note: 'who changed it is not known: attribution needs Zendesk Enterprise (audit logs)' }],
    }; // prettier-ignore
    const report = JSON.parse(JSON.stringify(driftReport([result])));
    expect(validate(DRIFT_REPORT_SCHEMA, report)).toEqual([]);
    expect(report.directories[0].drifted[0]).toMatchObject({ changedBy: null, attributes: [{ changedBy }] });
    expect(directoriesOf(report, 'r.json')).toEqual([result]);
    const v2 = { ...report, version: 2, directories: report.directories.map(({ attribution: _a, ...d }: Record<string, unknown>) => d) };
    expect(directoriesOf(v2, 'v2.json')[0].attribution).toBeUndefined();
  });
});

describe('zendesk-messaging drift: who made the change', () => {
  // The CLI's own Zendesk calls (the audit log) read the secret from the environment, as in CI.
  const env = emulatorWithWorkspaces({ accountsWithoutAuditLogs: ['team-plan'] }, { env: EMULATOR_SECRET_ENV });

  async function applied(account: string, body: string[], more = '') {
    const provider = providerBlock({ baseUrl: env.emulator.accountUrl(account), extra: ['oauth_client_id = "emulator-client"'] });
    const ws = await env.workspace({ 'main.tf': REQUIRED_PROVIDERS + provider + settingsResource('this', body) + more });
    await ws.applyOrThrow();
    return ws;
  }
  const drift = (ws: TerraformWorkspace, args: string[]) => run(process.execPath, [CLI, 'drift', '--dir', ws.dir, ...args], ws.dir, { ...ws.env, CI: '1' });
  const auditLog = async (account: string) => {
    const res = await fetch(`${env.emulator.accountUrl(account)}/api/v2/audit_logs?filter[source_type]=account_setting`, {
      headers: { authorization: `Basic ${Buffer.from('reader@example.com/token:emulator-token').toString('base64')}` },
    });
    return ((await res.json()) as { audit_logs: AuditLogEntry[] }).audit_logs;
  };


  it('shows the second user and the time of an out-of-band change in every format', async () => {
    // Before Terraform's write, after it by Lee, then by Kim: Kim's is the drift, Lee's counts as one earlier change.
    await env.emulator.control.changeSettings('attributed', { messaging_inactivity: { timeout: 7 } }, { name: 'Old Admin', email: 'old@attributed.test' });
    const ws = await applied('attributed', ['agents_can_end_sessions = true', 'inactivity = { timeout_minutes = 6 }']);
    await env.emulator.control.changeSettings('attributed', { messaging_inactivity: { timeout: 8 } }, { name: 'Lee Jones', email: 'lee@attributed.test' });
    await env.emulator.control.changeSettings('attributed', { messaging_inactivity: { timeout: 10 }, messaging: { messaging_end_session: false } }, { name: 'Kim Admin', email: 'kim@attributed.test' });
    const kim = (await auditLog('attributed')).find((e) => e.actor_name === 'Kim Admin')!;
    const when = `${kim.created_at.slice(0, 10)} ${kim.created_at.slice(11, 19)} UTC`;

    const reports = join(ws.dir, 'reports');
    const tokens = async () => (await env.emulator.control.callsByRoute())['POST /oauth/tokens'] ?? 0;
    const tokensBefore = await tokens();
    const result = await drift(ws, ['--format', 'text', '--report', `json=${join(reports, 'drift.json')}`, '--report', `markdown=${join(reports, 'drift.md')}`, '--report', `junit=${join(reports, 'drift.xml')}`]);
    expect(result.code).toBe(2);
    // One token for the provider's refresh, one for the CLI's account lookup and attribution together.
    expect((await tokens()) - tokensBefore).toBe(2);
    const text = result.stdout.split('\n');
    expect(text).toContain('    Agents can end messaging sessions: on → off   [agents_can_end_sessions: true → false]');
    expect(text).toContain(`      changed by Kim Admin at ${when}: Disabled`);
    expect(text).toContain(`      change it back in ${END_SESSIONS} (https://support.zendesk.com/hc/en-us/articles/8372292195354)`);
    expect(text).toContain(`      changed by Kim Admin at ${when}: Changed from 8 to 10 (1 earlier change since Terraform's last write)`);
    expect(result.stdout).not.toContain('Old Admin'); // before the provider's own write
    expect(result.stdout).not.toContain('attribution:');

    const report = JSON.parse(readFileSync(join(reports, 'drift.json'), 'utf8'));
    expect(validate(DRIFT_REPORT_SCHEMA, report)).toEqual([]);
    const attributes = report.directories[0].drifted[0].attributes;
    expect(attributes.map((a: { path: string; changedBy: unknown }) => [a.path, a.changedBy])).toEqual([
      ['agents_can_end_sessions', { actor: 'Kim Admin', actorId: kim.actor_id, at: kim.created_at, change: 'Disabled', source: 'Agents can end messaging sessions', earlierChanges: 0 }],
      ['inactivity.timeout_minutes', { actor: 'Kim Admin', actorId: kim.actor_id, at: kim.created_at, change: 'Changed from 8 to 10', source: 'Auto-release inactivity timeout', earlierChanges: 1 }],
    ]);
    expect(report.directories[0].attribution).toEqual([]);

    const markdown = readFileSync(join(reports, 'drift.md'), 'utf8');
    expect(markdown).toContain('| Account | Resource | Attribute | Changed outside Terraform | Who and when |');
    expect(markdown).toContain(`| \`agents_can_end_sessions\` | Agents can end messaging sessions: on → off<br>Change it back in ${END_SESSIONS} ([help article](https://support.zendesk.com/hc/en-us/articles/8372292195354)) | **Kim Admin**, ${when}: Disabled |`);
    expect(markdown).toContain(`**Kim Admin**, ${when}: Changed from 8 to 10 (1 earlier change) |`);

    const failure = parseXml(readFileSync(join(reports, 'drift.xml'), 'utf8')).children[0].children[0].children[0];
    expect(failure.text).toContain(`Agents can end messaging sessions: on → off\n  [agents_can_end_sessions: true → false]\n  changed by Kim Admin at ${when}: Disabled\n  change it back in ${END_SESSIONS} (`);

    // --no-attribution reads no audit log.
    const before = (await env.emulator.control.callsByRoute())['GET /api/v2/audit_logs'] ?? 0;
    const plain = await drift(ws, ['--no-attribution']);
    expect(plain.code).toBe(2);
    expect(plain.stdout).not.toContain('changed by');
    expect((await env.emulator.control.callsByRoute())['GET /api/v2/audit_logs'] ?? 0).toBe(before);
    // A window that starts after the changes finds nobody, and says nothing.
    expect((await drift(ws, ['--since', '2100-01-01T00:00:00Z'])).stderr).toContain('is in the future');
  });

  it('says once per account that attribution needs Zendesk Enterprise, keeping the drift and the exit code', async () => {
    const ws = await applied('team-plan', ['agents_can_end_sessions = true']);
    const inSync = await drift(ws, []);
    expect([inSync.code, inSync.stdout.includes('attribution')]).toEqual([0, false]); // in sync: no audit-log call, no line

    await env.emulator.control.changeSettings('team-plan', { messaging: { messaging_end_session: false } }, { name: 'Kim Admin', email: 'kim@team.test' });
    const result = await drift(ws, ['--format', 'json', '--report', `text=${join(ws.dir, 'drift.txt')}`]);
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout);
    expect(report.status).toBe('drift');
    expect(report.directories[0].drifted[0].attributes[0].changedBy).toBeNull();
    expect(report.directories[0].attribution).toEqual([
      { account: env.emulator.accountUrl('team-plan'), note: expect.stringMatching(/^who changed it is not known: attribution needs Zendesk Enterprise \(audit logs\); the audit log answered HTTP 403/) },
    ]);
    const text = readFileSync(join(ws.dir, 'drift.txt'), 'utf8');
    expect(text.match(/attribution: account .* needs Zendesk Enterprise/g)).toHaveLength(1);
  });

  it('says which drifted settings the audit log has no change of in the window, instead of leaving them blank', async () => {
    const ws = await applied('older', ['agents_can_end_sessions = true', 'inactivity = { timeout_minutes = 6 }']);
    await env.emulator.control.changeSettings('older', { messaging: { messaging_end_session: false }, messaging_inactivity: { timeout: 9 } }, { name: 'Kim Admin', email: 'kim@older.test' });
    // The window starts at the next whole second (Zendesk's filter[created_at] has seconds), after Kim's change.
    const since = new Date(Math.floor(Date.now() / 1000) * 1000 + 1000);
    await new Promise((r) => setTimeout(r, since.getTime() - Date.now() + 50));
    const result = await drift(ws, ['--format', 'json', '--since', since.toISOString()]);
    expect(result.code).toBe(2);
    const directory = JSON.parse(result.stdout).directories[0];
    expect(directory.drifted[0].attributes.map((a: { changedBy: unknown }) => a.changedBy)).toEqual([null, null]);
    expect(directory.attribution).toEqual([
      {
        account: env.emulator.accountUrl('older'),
        note:
          `who changed "Agents can end messaging sessions", "Auto-release inactivity timeout" is not known: the audit log has no change of it by anyone but ` +
          `Terraform since ${since.toISOString().slice(0, 19).replace('T', ' ')} UTC (an older change: widen --since; or Zendesk's audit log labels the setting otherwise)`,
      },
    ]);
  });

  it('reads the account a root variable names, and says why it cannot when the URL is an HCL template only terraform evaluates', async () => {
    // HCL's "${var.emulator}/vars-b" and var.vars_a_url look alike in `terraform show -json` (references only): the
    // variable's value is used only where it leads to the account the provider recorded.
    const oauth = 'oauth_client_id = "emulator-client"';
    const variables = 'variable "vars_a_url" {\n  type = string\n}\nvariable "emulator" {\n  type = string\n}\n';
    const providers = providerBlock({ alias: 'a', extra: ['base_url = var.vars_a_url', oauth] }) + providerBlock({ alias: 'b', extra: ['base_url = "${var.emulator}/vars-b"', oauth] });
    const resources = ['a', 'b'].map((alias) => settingsResource(alias, [`provider = zendesk.${alias}`, 'agents_can_end_sessions = true'])).join('');
    const ws = await env.workspace({ 'main.tf': REQUIRED_PROVIDERS + variables + providers + resources }, { TF_VAR_vars_a_url: env.emulator.accountUrl('vars-a'), TF_VAR_emulator: env.emulator.url });
    await ws.applyOrThrow();
    for (const account of ['vars-a', 'vars-b']) await env.emulator.control.changeSettings(account, { messaging: { messaging_end_session: false } }, { name: 'Kim Admin', email: 'kim@vars.test' });

    const result = await drift(ws, ['--format', 'json']);
    expect(result.code).toBe(2);
    const directory = JSON.parse(result.stdout).directories[0];
    const changedBy = Object.fromEntries(directory.drifted.map((d: { address: string; attributes: Array<{ changedBy: { actor: string } | null }> }) => [d.address, d.attributes[0].changedBy?.actor ?? null]));
    expect(changedBy).toEqual({ 'zendesk_messaging_settings.a': 'Kim Admin', 'zendesk_messaging_settings.b': null });
    const origin = new URL(env.emulator.url).host;
    expect(directory.attribution).toEqual([
      {
        account: 'b (vars-b)',
        note:
          `attribution could not read the audit log: its base_url (var.emulator or an expression around it) is only evaluated by terraform: var.emulator alone ` +
          `leads to ${origin}, not to vars-b; for the CLI to read it, give it as a constant, as a root variable holding the whole value, or through its ZENDESK_* environment variable`,
      },
    ]);
    expect(result.stdout).not.toContain('Enterprise'); // the account has audit logs: the CLI could not find it
  });

  it('names who changed or deleted a trigger, from its rule\'s entries', async () => {
    const trigger = (name: string, title: string) =>
      `resource "zendesk_trigger" "${name}" {\n  title = "${title}"\n  conditions {\n    all {\n      field    = "priority"\n      operator = "is"\n      value    = "urgent"\n    }\n  }\n  actions {\n    field = "status"\n    value = "open"\n  }\n}\n`;
    const ws = await applied('rules', ['agents_can_end_sessions = true'], trigger('kept', 'Urgent') + trigger('gone', 'Doomed'));
    const ids = Object.fromEntries((await env.emulator.control.triggers('rules')).map((t) => [t.title, t.id as number]));
    await env.emulator.control.changeTrigger('rules', ids.Urgent, { title: 'Urgent!' }, { name: 'Lee Jones', email: 'lee@rules.test' });
    await env.emulator.control.deleteTrigger('rules', ids.Doomed, { name: 'Kim Admin', email: 'kim@rules.test' });
    const result = await drift(ws, ['--format', 'json']);
    expect(result.code).toBe(2);
    const drifted = JSON.parse(result.stdout).directories[0].drifted as { address: string; action: string; changedBy: { actor: string; change: string } | null; attributes: { path: string; changedBy: unknown }[] }[];
    const byAddress = Object.fromEntries(drifted.map((d) => [d.address, d]));
    expect(byAddress['zendesk_trigger.gone']).toMatchObject({ action: 'delete', changedBy: { actor: 'Kim Admin', change: 'Deleted trigger', source: 'Doomed' } });
    expect(byAddress['zendesk_trigger.kept'].attributes.map((a) => [a.path, a.changedBy])).toEqual([['title', expect.objectContaining({ actor: 'Lee Jones', change: 'Title changed from "Urgent" to "Urgent!"' })]]);
    const text = await drift(ws, ['--no-host']);
    expect(text.stdout).toContain('  zendesk_trigger.gone (account ');
    expect(text.stdout).toMatch(/: deleted outside Terraform\n {4}changed by Kim Admin at .* UTC: Deleted trigger\n/);
  });
});
