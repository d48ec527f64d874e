/**
 * The fleet view on made-up results (no terraform): the matrix's rows and columns, Markdown that stays inside a
 * GitHub issue at 200 accounts, an HTML page that escapes what comes from outside and needs nothing but itself,
 * rendered at 200 accounts in headless Chromium, and the JSON report's version 4 and 5 fields read back by drift-merge.
 * With the real terraform and the emulator: fleet-html.test.ts.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DirectoryResult } from '../../src/cli/drift/check';
import { fleetOf } from '../../src/cli/drift/fleet';
import { directoriesOf } from '../../src/cli/drift/merge';
import { renderHtml } from '../../src/cli/drift/render-html';
import { DRIFT_REPORT_SCHEMA, driftReport } from '../../src/cli/drift/render-json';
import { renderMarkdown } from '../../src/cli/drift/render-markdown';
import { labelFor } from '../../src/cli/report/labels';
import { RESOURCE_DESCRIPTORS } from '../../src/provider/descriptors';
import { END_SESSIONS, TYPE_NAME, WRITTEN_SETTINGS } from '../../src/provider/messaging-settings/attribute-map';
import { dumpDom, findChromium, pngSize, screenshot } from '../support/chromium';
import { recordFigure } from '../support/figures';
import { generatedFleet } from '../support/fleet-results';
import { validate } from '../support/json-schema';
import { makeTempDir } from '../support/temp';

const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>';

/** Three accounts: a drift by a named actor through a deprecated alias path, a sandbox in sync, a failed check. */
const SMALL: DirectoryResult[] = [
  {
    dir: '/ci/stacks/acme', name: 'acme', status: 'drift', durationMs: 1, checked: ['zendesk_messaging_settings.this'], notes: [],
    accounts: [{ account: `acme ${HOSTILE}`, sandbox: false }],
    drifted: [{
      address: 'zendesk_messaging_settings.this', type: TYPE_NAME, account: `acme ${HOSTILE}`, action: 'update',
      attributes: [
        { path: 'agents_can_end_sessions', label: 'Agents can end messaging sessions', before: true, after: false, sensitive: false, description: 'Agents can end messaging sessions: on → off',
          changedBy: { actor: `Kim ${HOSTILE}`, actorId: 7, at: '2026-12-01T16:03:12Z', change: `Disabled ${HOSTILE}`, source: 'Agents can end messaging sessions', earlierChanges: 2 } },
        { path: 'inactivity.timeout', label: 'Auto-release after inactivity', before: 5, after: 10, sensitive: false, description: 'Auto-release after inactivity: 5 → 10 minutes' },
      ],
    }],
  },
  { dir: '/ci/stacks/sandbox', name: 'sandbox', status: 'in_sync', durationMs: 1, checked: ['zendesk_messaging_settings.this'], notes: [], drifted: [], accounts: [{ account: 'sandbox (sandbox.zendesk.com)', sandbox: true }] },
  { dir: '/ci/stacks/broken', name: 'broken', status: 'error', error: `terraform init failed in /ci/stacks/broken: ${HOSTILE}\nmore`, durationMs: 1, checked: [], notes: [], drifted: [] },
]; // prettier-ignore

describe('the fleet matrix', () => {
  it('has the managed settings in the attribute map\'s words as columns, and rows needing someone first', () => {
    const fleet = fleetOf(SMALL);
    // Every other resource type gets one column, in the registry's order (test/cli/fleet-columns.test.ts spells them out).
    const wholeTypes = RESOURCE_DESCRIPTORS.flatMap((d) => (d.fleet.columns === 'one-column' ? [d.fleet.label] : []));
    expect(wholeTypes).toEqual(expect.arrayContaining(['Routing configuration', 'Triggers', 'Ticket statuses', 'Capacity rules']));
    expect(fleet.columns.map((c) => c.label)).toEqual([...WRITTEN_SETTINGS.map((s) => labelFor(TYPE_NAME, s.attribute).label), ...wholeTypes]);
    expect(fleet.rows.map((r) => [r.account, r.status, r.sandbox])).toEqual([
      ['broken', 'error', null],
      [`acme ${HOSTILE}`, 'drift', false],
      ['sandbox (sandbox.zendesk.com)', 'in_sync', true],
    ]);
    const acme = fleet.rows[1];
    // The deprecated alias inactivity.timeout drifts in the column of inactivity.timeout_minutes.
    expect([...acme.cells].filter(([, c]) => c.state === 'drift').map(([key]) => key)).toEqual(['agents_can_end_sessions', 'inactivity.timeout_minutes']);
    expect(fleet.counts).toEqual({ accounts: 3, inSync: 1, drifted: 1, errors: 1, sandboxes: 1 });
    expect(fleet.driftedPerColumn.get('agents_can_end_sessions')).toBe(1);
  });

  it('puts a trigger\'s drift (also its deletion) in the Triggers column, named by who did it', () => {
    const deleted: DirectoryResult = {
      dir: '/ci/stacks/rules', name: 'rules', status: 'drift', durationMs: 1, checked: ['zendesk_trigger.gone'], notes: [],
      drifted: [{ address: 'zendesk_trigger.gone', type: 'zendesk_trigger', account: 'rules', action: 'delete', attributes: [],
        changedBy: { actor: 'Lee Jones', actorId: 3, at: '2026-12-01T10:00:00Z', change: 'Deleted trigger', source: 'Doomed', earlierChanges: 0 } }],
    }; // prettier-ignore
    const [row] = fleetOf([deleted]).rows;
    expect([...row.cells].filter(([, c]) => c.state === 'drift').map(([key, c]) => [key, c.changes[0].changedBy?.actor])).toEqual([['triggers', 'Lee Jones']]);
    expect(renderMarkdown([deleted])).toContain('| Inactivity reminders | Triggers (1 ⚠️) |');
    expect(renderHtml([deleted])).toContain('Admin Center &gt; Objects and rules &gt; Business rules &gt; Triggers');
  });

  it('Markdown: counts first, a matrix of only the drifted and failed accounts, where to change each drift back', () => {
    const md = renderMarkdown(SMALL);
    expect(md).toContain('### Fleet\n\n3 accounts: 1 in sync, 1 drifted, 1 failed; 1 sandbox account among them.');
    const matrix = md.split('\n').filter((l) => l.startsWith('| **'));
    expect(matrix).toHaveLength(2); // the sandbox in sync is counted and listed below, not a row of ✓
    expect(matrix[0]).toMatch(/^\| \*\*broken\*\* \| ❌ \|/);
    expect(matrix[1]).toContain('| ⚠️ Kim \\<script\\>alert(1)\\</script\\>\\<img src=x onerror=alert(2)\\>, 2026-12-01 16:03 UTC | ✓ | ✓ | ⚠️ drifted |');
    expect(md).toContain(`Change it back in ${END_SESSIONS} ([help article](https://support.zendesk.com/hc/en-us/articles/8372292195354))`);
    expect(md).toContain('- `sandbox` (`/ci/stacks/sandbox`): 1 resource 🧪 sandbox');
  });

  it('Markdown at 200 accounts fits a GitHub issue body (65,536 characters)', () => {
    const md = renderMarkdown(generatedFleet(200));
    expect(md).toContain('200 accounts: 172 in sync, 24 drifted, 4 failed; 20 sandbox accounts among them.');
    expect(md.length).toBeLessThan(65_536);
    recordFigure('fleet-view.test.ts', `Markdown drift report of 200 generated accounts (24 drifted, 4 failed): ${md.length} characters`);
  });

  it('HTML: a column for a whole resource type only where some account manages it or it drifted', () => {
    const managed = (list: string[]) => [{ ...SMALL[1], accounts: [{ account: 'sandbox (sandbox.zendesk.com)', sandbox: true, managed: list }] }];
    const headers = (page: string) => [...page.matchAll(/<th scope="col">([^<]+)/g)].map((m) => m[1]);
    expect(headers(renderHtml(managed(['agents_can_end_sessions'])))).not.toEqual(expect.arrayContaining(['Triggers']));
    expect(headers(renderHtml(managed(['agents_can_end_sessions'])))).not.toEqual(expect.arrayContaining(['Capacity rules']));
    expect(headers(renderHtml(managed(['agents_can_end_sessions', 'triggers'])))).toEqual(expect.arrayContaining(['Agents can end messaging sessions', 'Triggers']));
  });

  it('HTML: every outside value escaped, nothing loaded from elsewhere, no script', () => {
    const page = renderHtml(SMALL, new Date('2026-12-01T17:00:00Z'));
    expect(page).not.toContain('<script');
    expect(page).not.toContain('<img');
    expect(page).toContain('Kim &lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(page).toContain('Disabled &lt;script&gt;');
    // Self-contained: no stylesheet, image, font or frame from anywhere; the only URLs are links to Zendesk's help.
    expect(page).not.toMatch(/<link|<iframe|<object|<embed|<[a-z][^>]*\ssrc=|url\(|@import/i);
    expect([...page.matchAll(/https?:\/\/[^"'<\s)]+/g)].map((m) => m[0]).every((u) => u.startsWith('https://support.zendesk.com/hc/'))).toBe(true);
    expect(page).toContain(`${END_SESSIONS.replace(/>/g, '&gt;')}<br><a href="https://support.zendesk.com/hc/en-us/articles/8372292195354">Zendesk help article</a>`);
    expect(page).toContain('2 earlier changes since Terraform\'s last write');
  });

  it('JSON version 4 fields (accounts, where to change it back), read back by drift-merge', () => {
    const report = JSON.parse(JSON.stringify(driftReport(SMALL)));
    expect(validate(DRIFT_REPORT_SCHEMA, report)).toEqual([]);
    expect(report.directories[1].accounts).toEqual([{ account: 'sandbox (sandbox.zendesk.com)', sandbox: true }]);
    expect(report.directories[0].drifted[0].attributes.map((a: { adminCenter: unknown; helpArticle: unknown }) => [a.adminCenter, a.helpArticle])).toEqual([
      [END_SESSIONS, 'https://support.zendesk.com/hc/en-us/articles/8372292195354'],
      [null, 'https://support.zendesk.com/hc/en-us/articles/7043034053658'],
    ]);
    // Version 5 writes every attribute's cause (outside, when the result had none), and drift-merge keeps it.
    const withCause = SMALL.map((d) => ({ ...d, drifted: d.drifted.map((r) => ({ ...r, attributes: r.attributes.map((a) => ({ ...a, cause: a.cause ?? 'outside' })) })) }));
    expect(directoriesOf(report, 'r.json')).toEqual(withCause);
  });
});

const chromium = findChromium();
const inChromium = chromium ? it : it.skip;
const why = chromium ? '' : ' (skipped: no chromium on PATH; .ci/run installs Debian\'s chromium)';

describe('the HTML fleet page at 200 accounts', () => {
  inChromium(`renders in headless Chromium, small enough to mail or attach${why}`, async () => {
    const temp = makeTempDir('fleet-html');
    try {
      const page = renderHtml(generatedFleet(200), new Date('2026-12-01T17:00:00Z'));
      const file = join(temp.dir, 'drift.html');
      writeFileSync(file, page);
      expect(page.length).toBeLessThan(400_000);
      const dom = await dumpDom(chromium!, file);
      const text = dom.replace(/<style>[^]*?<\/style>/, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
      expect(text).toContain('200 accounts 172 in sync 24 drifted 4 failed 20 sandbox accounts');
      expect(text).toContain('28 accounts drifted or failed × the managed settings');
      expect(text).toContain('172 accounts in sync (15 sandbox)');
      expect((dom.match(/<section class="account"/g) ?? []).length).toBe(28);
      const png = join(temp.dir, 'drift.png');
      await screenshot(chromium!, file, png);
      expect(pngSize(png)).toMatchObject({ width: 1400, height: 1000 });
      recordFigure('fleet-view.test.ts', `HTML drift report of 200 generated accounts: ${page.length} bytes, screenshot ${pngSize(png).bytes} bytes`);
    } finally {
      temp.cleanup();
    }
  }, 120_000);
});

describe('what a directory manages, per account (the fleet cells of other settings say "not managed")', () => {
  it('reads it from the configuration: a deprecated alias under the name it stands for, triggers as one column', async () => {
    const { accountDetails } = await import('../../src/cli/drift/account-details');
    const constant = (v: unknown) => ({ constant_value: v });
    const plan = {
      format_version: '1.2',
      configuration: {
        provider_config: { zendesk: { name: 'zendesk', expressions: { base_url: constant('http://127.0.0.1:1/acme') } } },
        root_module: {
          resources: [
            { address: 'zendesk_messaging_settings.this', mode: 'managed', type: 'zendesk_messaging_settings', provider_config_key: 'zendesk', expressions: { agents_can_end_sessions: constant(true), inactivity: constant({ timeout: 5 }) } },
            { address: 'zendesk_trigger.csat', mode: 'managed', type: 'zendesk_trigger', provider_config_key: 'zendesk', expressions: { title: constant('CSAT') } },
          ],
        },
      },
    };
    // No credentials in the environment: the sandbox flag cannot be asked (null), what is managed still can.
    const [details] = await accountDetails(plan as never, { env: {} });
    expect(details).toEqual({ account: 'http://127.0.0.1:1/acme', sandbox: null, managed: ['agents_can_end_sessions', 'inactivity.timeout_minutes', 'triggers'] });
  });
});
