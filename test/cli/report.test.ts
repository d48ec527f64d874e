/**
 * The report logic on hand-made plan JSON (the shapes `terraform show -json`
 * writes): what counts as drift, masking, module addresses, wording, every
 * drift format's structure, and the plan summary's verbs. The real terraform
 * runs in drift.test.ts, plan-summary.test.ts and github-actions-workflows.test.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { driftFromPlan } from '../../src/cli/drift/analyze';
import type { DirectoryResult } from '../../src/cli/drift/check';
import { displayName, expandDirectories } from '../../src/cli/drift/directories';
import { progressReporter } from '../../src/cli/drift/progress';
import { DRIFT_REPORT_SCHEMA, driftReport } from '../../src/cli/drift/render-json';
import { renderJunit } from '../../src/cli/drift/render-junit';
import { renderMarkdown } from '../../src/cli/drift/render-markdown';
import { renderText } from '../../src/cli/drift/render-text';
import { renderPlanSummary } from '../../src/cli/plan-summary/render';
import { accountOf } from '../../src/cli/report/accounts';
import { parseAddress } from '../../src/cli/report/config';
import type { PlanJson, ResourceChangeJson } from '../../src/cli/report/plan-json';
import { END_SESSIONS } from '../../src/provider/messaging-settings/attribute-map';
import { validate } from '../support/json-schema';
import { makeTempDir } from '../support/temp';
import { parseXml, type XmlElement } from '../support/xml';

const ZENDESK = 'registry.terraform.io/zendesk-iac/zendesk';

function change(address: string, actions: string[], before: Record<string, unknown> | null, after: Record<string, unknown> | null, extra: Partial<ResourceChangeJson['change']> = {}): ResourceChangeJson {
  const type = parseAddress(address).resource.split('.')[0];
  return { address, mode: 'managed', type, name: 'x', provider_name: ZENDESK, change: { actions, before, after, ...extra } };
}

function plan(parts: Partial<PlanJson> & { resources?: { address: string; expressions: Record<string, unknown>; provider?: string }[] }): PlanJson {
  const { resources = [], ...rest } = parts;
  return {
    format_version: '1.2',
    terraform_version: '1.11.4',
    configuration: {
      provider_config: {
        zendesk: { name: 'zendesk', expressions: { base_url: { constant_value: 'http://127.0.0.1:9/acme' } } },
        'zendesk.globex': { name: 'zendesk', alias: 'globex', expressions: { subdomain: { constant_value: 'globex' } } },
      },
      root_module: {
        resources: resources.map((r) => ({ address: r.address, mode: 'managed', type: r.address.split('.')[0], provider_config_key: r.provider ?? 'zendesk', expressions: r.expressions })),
      },
    },
    ...rest,
  };
}

const SETTINGS = { id: 'acme', agents_can_end_sessions: true, agent_ended_session_routing: 'email', inactivity: null, on_destroy: 'retain' };

describe('what counts as drift: the plan\'s changes, each with its cause', () => {
  it('reports what the plan changes back, not what it leaves (a setting the configuration does not manage)', () => {
    // After an import the provider records everything; Zendesk changed three settings, the configuration manages one.
    const applied = { ...SETTINGS, inactivity: { enabled: true, timeout: 5, end_session: false, reminders: [], ticket_status_id: 1 } };
    const zendesk = { ...SETTINGS, agents_can_end_sessions: false, agent_ended_session_routing: 'messaging', inactivity: { ...applied.inactivity, enabled: false } };
    const planned = { ...zendesk, agents_can_end_sessions: true };
    const p = plan({
      resources: [{ address: 'zendesk_messaging_settings.this', expressions: { agents_can_end_sessions: { constant_value: true } } }],
      resource_drift: [change('zendesk_messaging_settings.this', ['update'], applied, zendesk)],
      resource_changes: [change('zendesk_messaging_settings.this', ['update'], zendesk, planned)],
    });
    const { drifted } = driftFromPlan(p);
    expect(drifted).toHaveLength(1);
    expect(drifted[0].attributes).toEqual([
      expect.objectContaining({ path: 'agents_can_end_sessions', before: true, after: false, cause: 'outside', description: 'Agents can end messaging sessions: on → off' }),
    ]);
  });

  it('reports an attribute the configuration leaves at its default when the plan puts it back (a trigger deactivated)', () => {
    const applied = { id: '1', title: 'T', active: true, description: null, actions: [{ field: 'status', value: 'solved' }], position: 3 };
    const zendesk = { ...applied, active: false, description: 'edited in Admin Center' };
    const p = plan({
      resources: [{ address: 'zendesk_trigger.t', expressions: { title: { constant_value: 'T' } } }],
      resource_drift: [change('zendesk_trigger.t', ['update'], applied, zendesk)],
      resource_changes: [change('zendesk_trigger.t', ['update'], zendesk, applied)],
    });
    const { drifted } = driftFromPlan(p);
    expect(drifted[0].attributes.map((a) => [a.path, a.cause, a.before, a.after])).toEqual([
      ['active', 'outside', true, false],
      ['description', 'outside', null, 'edited in Admin Center'],
    ]);
  });

  it('marks a change of the configuration that was not applied, in time order, and leaves computed unknowns out', () => {
    const zendesk = { id: '1', title: 'Old', active: true, updated_at: '2026-01-01' };
    const p = plan({
      resources: [{ address: 'zendesk_trigger.t', expressions: { title: { constant_value: 'New' } } }],
      resource_changes: [change('zendesk_trigger.t', ['update'], zendesk, { ...zendesk, title: 'New', updated_at: null }, { after_unknown: { updated_at: true } })],
    });
    const [attribute] = driftFromPlan(p).drifted[0].attributes;
    expect(driftFromPlan(p).drifted[0].attributes).toHaveLength(1);
    expect(attribute).toMatchObject({ path: 'title', before: 'Old', after: 'New', cause: 'configuration' });
    expect(attribute.description).toBe('Trigger title: "Old" → "New" (in the configuration, not applied yet)');
  });

  it('names what the plan does to whole resources: created again after a deletion, created, destroyed, replaced', () => {
    const p = plan({
      resources: [{ address: 'zendesk_trigger.gone', expressions: {} }, { address: 'zendesk_trigger.new', expressions: {} }, { address: 'zendesk_messaging_settings.s', expressions: {} }],
      resource_drift: [change('zendesk_trigger.gone', ['delete'], { title: 'x' }, null)],
      resource_changes: [
        change('zendesk_trigger.gone', ['create'], null, { title: 'x' }),
        change('zendesk_trigger.new', ['create'], null, { title: 'y' }),
        change('zendesk_trigger.old', ['delete'], { title: 'z' }, null),
        change('zendesk_messaging_settings.s', ['delete', 'create'], { id: 'acme' }, { id: 'globex' }),
        change('zendesk_trigger.same', ['no-op'], { title: 'w' }, { title: 'w' }),
      ],
    });
    expect(driftFromPlan(p).drifted.map((d) => [d.address, d.action, d.attributes.map((a) => a.path)])).toEqual([
      ['zendesk_trigger.gone', 'delete', []],
      ['zendesk_trigger.new', 'create', []],
      ['zendesk_trigger.old', 'destroy', []],
      ['zendesk_messaging_settings.s', 'replace', ['id']],
    ]);
  });

  it('words each cause in every format: changed outside Terraform, or in the configuration and not applied yet', () => {
    const zendesk = { id: '1', title: 'Old', active: false };
    const p = plan({
      resources: [{ address: 'zendesk_trigger.t', expressions: { title: { constant_value: 'New' } } }],
      resource_drift: [change('zendesk_trigger.t', ['update'], { ...zendesk, active: true }, zendesk)],
      resource_changes: [change('zendesk_trigger.t', ['update'], zendesk, { ...zendesk, title: 'New', active: true })],
    });
    const results: DirectoryResult[] = [{ dir: '/w', name: 'w', status: 'drift', durationMs: 1, ...driftFromPlan(p), notes: [] }];
    expect(renderText(results)).toContain('(1 resource, 1 attribute changed outside Terraform, 1 in the configuration not applied yet)');
    expect(renderMarkdown(results)).toContain('| Account | Resource | Attribute | What the plan changes |');
    expect(renderJunit(results)).toContain('1 attribute changed outside Terraform, 1 in the configuration not applied yet');
    expect(renderText(results)).toContain('Trigger title: "Old" → "New" (in the configuration, not applied yet)');
  });

  it('counts root outputs the plan changes, as terraform plan -detailed-exitcode does', () => {
    const p = plan({ output_changes: { url: { actions: ['update'], before: 'a', after: 'b' }, same: { actions: ['no-op'], before: 1, after: 1 } } });
    expect(driftFromPlan(p).drifted).toEqual([expect.objectContaining({ address: 'output.url', action: 'update', attributes: [expect.objectContaining({ before: 'a', after: 'b' })] })]);
  });

  it('masks sensitive values on either side, also inside lists', () => {
    const before = { title: 'x', secret: 'new-secret', tokens: ['t2'] };
    const after = { title: 'x', secret: 'old-secret', tokens: ['t1'] };
    const marks = { before_sensitive: { secret: true, tokens: [true] }, after_sensitive: { secret: true, tokens: [true] } };
    const p = plan({
      resources: [{ address: 'zendesk_trigger.t', expressions: { title: { constant_value: 'x' }, secret: { constant_value: 'a' }, tokens: { constant_value: ['a'] } } }],
      resource_drift: [change('zendesk_trigger.t', ['update'], after, before, marks)],
      resource_changes: [change('zendesk_trigger.t', ['update'], before, after, marks)],
    });
    const { drifted } = driftFromPlan(p);
    const results: DirectoryResult[] = [{ dir: '/w', name: 'w', status: 'drift', durationMs: 1, ...driftFromPlan(p), notes: [] }];
    expect(drifted[0].attributes).toEqual([
      { path: 'secret', label: 'secret', before: '(sensitive value)', after: '(sensitive value)', sensitive: true, cause: 'outside', description: 'secret: (sensitive value) → (sensitive value)' },
      { path: 'tokens', label: 'tokens', before: '(sensitive value)', after: '(sensitive value)', sensitive: true, cause: 'outside', description: 'tokens: (sensitive value) → (sensitive value)' },
    ]);
    for (const out of [renderText(results), renderMarkdown(results), renderJunit(results), JSON.stringify(driftReport(results))]) {
      expect(out).not.toMatch(/old-secret|new-secret|t1|t2/);
    }
  });

  it('reports a resource deleted outside Terraform, and finds resources in modules', () => {
    const address = 'module.team["a"].zendesk_trigger.t[0]';
    const p: PlanJson = {
      format_version: '1.2',
      configuration: {
        provider_config: { 'zendesk.acme': { name: 'zendesk', alias: 'acme', expressions: { subdomain: { constant_value: 'acme' } } } },
        root_module: {
          module_calls: {
            team: { module: { resources: [{ address: 'zendesk_trigger.t', mode: 'managed', type: 'zendesk_trigger', provider_config_key: 'zendesk.acme', expressions: {} }] } },
          },
        },
      },
      prior_state: { values: { root_module: { child_modules: [{ resources: [{ address, type: 'zendesk_trigger', mode: 'managed' }] }] } } },
      resource_drift: [change(address, ['delete'], { title: 'x' }, null)],
      resource_changes: [change(address, ['create'], null, { title: 'x' })],
    };
    expect(accountOf(p, address)).toBe('acme (acme.zendesk.com)');
    expect(driftFromPlan(p)).toEqual({
      checked: [address],
      drifted: [{ address, type: 'zendesk_trigger', account: 'acme (acme.zendesk.com)', action: 'delete', attributes: [] }],
    });
  });

  it('names the account from the settings id when the provider configuration does not say it as a constant', () => {
    const p = plan({
      resources: [
        { address: 'zendesk_messaging_settings.s', expressions: {}, provider: 'zendesk.eu' },
        { address: 'zendesk_trigger.t', expressions: {}, provider: 'zendesk.eu' },
      ],
      resource_changes: [change('zendesk_messaging_settings.s', ['update'], { id: 'acme-eu' }, { id: 'acme-eu' })],
    });
    p.configuration!.provider_config!['zendesk.eu'] = { name: 'zendesk', alias: 'eu', expressions: { subdomain: { constant_value: '${var.sub}', references: ['var.sub'] } } };
    expect(accountOf(p, 'zendesk_trigger.t')).toBe('eu (acme-eu)');
    expect(accountOf(p, 'zendesk_messaging_settings.this')).toBe('http://127.0.0.1:9/acme'); // the default configuration's base_url
  });

  it('parses addresses with module and instance keys', () => {
    expect(parseAddress('module.a["x.y"].module.b[2].zendesk_trigger.t["k]"]')).toEqual({ modules: ['a', 'b'], resource: 'zendesk_trigger.t' });
    expect(parseAddress('zendesk_messaging_settings.this')).toEqual({ modules: [], resource: 'zendesk_messaging_settings.this' });
  });
});

describe('directories', () => {
  // Made in beforeAll, not at collection: a run that filters these tests out (-t) runs no afterAll to remove it.
  let temp: ReturnType<typeof makeTempDir>;
  beforeAll(() => (temp = makeTempDir('dirs')));
  afterAll(() => temp.cleanup());

  it('expands a CDKTF app or its cdktf.out to its stacks, and keeps other paths as given', () => {
    const app = join(temp.dir, 'app');
    for (const s of ['b', 'a']) mkdirSync(join(app, 'cdktf.out', 'stacks', s), { recursive: true });
    writeFileSync(join(app, 'cdktf.out', 'manifest.json'), '{}');
    const stacks = [join(app, 'cdktf.out', 'stacks', 'a'), join(app, 'cdktf.out', 'stacks', 'b')];
    expect(expandDirectories([app])).toEqual(stacks);
    expect(expandDirectories([join(app, 'cdktf.out'), app, '/elsewhere'])).toEqual([...stacks, '/elsewhere']);
    expect(displayName(stacks[0])).toBe('a');
    expect(displayName('/x/prod')).toBe('prod');
  });
});

const DRIFTED: DirectoryResult[] = [
  {
    dir: '/ci/app/cdktf.out/stacks/acme & <co>',
    name: 'acme & <co>',
    status: 'drift',
    durationMs: 1234,
    checked: ['zendesk_messaging_settings.this', 'zendesk_trigger.csat'],
    drifted: [
      {
        address: 'zendesk_messaging_settings.this',
        type: 'zendesk_messaging_settings',
        account: 'acme (acme.zendesk.com)',
        action: 'update',
        attributes: [{ path: 'agents_can_end_sessions', label: 'Agents can end messaging sessions', before: true, after: false, sensitive: false, description: 'Agents can end messaging sessions: on → off' }],
      },
    ],
    notes: [],
  },
  { dir: '/ci/globex', name: 'globex', status: 'in_sync', durationMs: 10, checked: ['zendesk_messaging_settings.this'], drifted: [], notes: [] },
  // Terraform output can hold anything: quotes, markup, a control character, a code fence.
  { dir: '/ci/broken', name: 'broken', status: 'error', error: 'terraform init failed in /ci/broken: "x" <y> & \u0007z\n```\nmore', durationMs: 5, checked: [], drifted: [], notes: [] },
];

const children = (el: XmlElement, name: string) => el.children.filter((c) => c.name === name);

describe('drift report formats', () => {
  it('JUnit: one suite per directory, one case per resource, failure on drift, error on errors, escaped', () => {
    const root = parseXml(renderJunit(DRIFTED));
    expect(root.name).toBe('testsuites');
    expect(root.attributes).toMatchObject({ tests: '4', failures: '1', errors: '1' });
    const suites = children(root, 'testsuite');
    expect(suites.map((s) => s.attributes.name)).toEqual(DRIFTED.map((r) => r.dir));
    for (const s of suites) expect(children(s, 'testcase')).toHaveLength(Number(s.attributes.tests));
    const [drift, inSync, broken] = suites;
    expect(drift.attributes).toMatchObject({ tests: '2', failures: '1', errors: '0', time: '1.234' });
    const failure = children(children(drift, 'testcase')[0], 'failure')[0];
    expect(failure.attributes.message).toBe('1 attribute changed outside Terraform');
    expect(failure.text).toContain('Agents can end messaging sessions: on → off');
    expect(children(children(drift, 'testcase')[1], 'failure')).toHaveLength(0);
    expect(children(inSync, 'testcase')[0].children).toHaveLength(0);
    const error = children(children(broken, 'testcase')[0], 'error')[0];
    expect(error.attributes.message).toBe('terraform init failed in /ci/broken: "x" <y> & \u2407z');
  });

  it('JSON: version 5 matches its published schema exactly', () => {
    const report = driftReport(DRIFTED, new Date('2026-01-02T03:04:05Z'));
    expect(validate(DRIFT_REPORT_SCHEMA, JSON.parse(JSON.stringify(report)))).toEqual([]);
    expect(report).toMatchObject({ kind: 'zendesk-messaging/drift-report', version: 5, status: 'error', exitCode: 1, generatedAt: '2026-01-02T03:04:05.000Z' });
    // Version 4: where an admin changes each drift back, from the attribute map, and the accounts (none looked up here).
    expect(report.directories[0].drifted[0].attributes[0]).toMatchObject({ adminCenter: END_SESSIONS, helpArticle: expect.stringMatching(/^https:\/\/support\.zendesk\.com\//) });
    expect(report.directories.map((d) => d.accounts)).toEqual([[], [], []]);
    expect(report.summary).toEqual({ directories: 3, inSync: 1, drifted: 1, errors: 1, resources: 1, attributes: 1 });
    expect(report.directories[1].error).toBeNull();
    // The checker is strict: an extra field is a schema change.
    expect(validate(DRIFT_REPORT_SCHEMA, { ...JSON.parse(JSON.stringify(report)), extra: 1 })).toEqual(['$: unexpected "extra"']);
  });

  it('Markdown: details for drift and errors (fenced safely), in-sync directories folded', () => {
    const md = renderMarkdown(DRIFTED);
    expect(md).toContain('## ❌ Drift check failed');
    expect(md).toContain(`| acme (acme.zendesk.com) | \`zendesk_messaging_settings.this\` | \`agents_can_end_sessions\` | Agents can end messaging sessions: on → off<br>Change it back in ${END_SESSIONS} ([help article](https://support.zendesk.com/hc/en-us/articles/8372292195354)) |`);
    expect(md).toContain('````\nterraform init failed'); // longer than the ``` inside
    expect(md).toMatch(/<details><summary>1 directory in sync<\/summary>\n\n- `globex` \(`\/ci\/globex`\): 1 resource/);
  });

  it("Markdown: who and when shows Zendesk's names as written, none of their markup taking effect", () => {
    const changedBy = { actor: '<img src=x> *Eve* [link](http://x) `c`', actorId: 7, at: '2026-12-01T16:03:12Z', change: 'Disabled <b>now</b> | _x_', source: 'Agents', earlierChanges: 0 };
    const [first] = DRIFTED;
    const attributed = { ...first, drifted: [{ ...first.drifted[0], attributes: [{ ...first.drifted[0].attributes[0], changedBy }] }] };
    const md = renderMarkdown([attributed]);
    expect(md).toContain('**\\<img src=x\\> \\*Eve\\* \\[link\\](http://x) \\`c\\`**, 2026-12-01 16:03:12 UTC: Disabled \\<b\\>now\\</b\\> \\| \\_x\\_');
    expect(md).not.toMatch(/(^|[^\\])<(img|b>)/); // every < of theirs is escaped
  });

  it('text: a line per directory and per drifted attribute', () => {
    expect(renderText(DRIFTED)).toBe(
      [
        'drift: 1 of 3 directories drifted, 1 failed (1 resource, 1 attribute changed outside Terraform)',
        '✗ /ci/app/cdktf.out/stacks/acme & <co> — drift',
        '  zendesk_messaging_settings.this (account acme (acme.zendesk.com))',
        '    Agents can end messaging sessions: on → off   [agents_can_end_sessions: true → false]',
        `      change it back in ${END_SESSIONS} (https://support.zendesk.com/hc/en-us/articles/8372292195354)`,
        '✓ /ci/globex — in sync',
        '! /ci/broken — error',
        '    terraform init failed in /ci/broken: "x" <y> & \u2407z',
        '    ```',
        '    more',
        '',
      ].join('\n'),
    );
  });

  describe('notes (provider warnings: not drift)', () => {
    const ROUTING_NOTE = {
      subject: 'zendesk_messaging_settings.this',
      attribute: 'agent_ended_session_routing',
      summary: 'Routing treatment has no effect: omnichannel routing is off',
      detail: 'Account "globex" has omnichannel routing turned off…',
    };
    const TOKEN_NOTE = { subject: 'provider "zendesk"', summary: 'Zendesk API tokens are deprecated', detail: 'Switch to OAuth.' };
    const WITH_NOTES: DirectoryResult[] = [DRIFTED[0], { ...DRIFTED[1], notes: [ROUTING_NOTE, TOKEN_NOTE] }, DRIFTED[2]];

    it('keep the status and the exit code', () => {
      const report = driftReport(WITH_NOTES);
      expect([report.status, report.exitCode, report.summary.inSync]).toEqual(['error', 1, 1]);
      expect(driftReport([WITH_NOTES[1]])).toMatchObject({ status: 'in_sync', exitCode: 0 });
    });

    it('reach every format, naming the attribute', () => {
      const text = renderText(WITH_NOTES);
      expect(text).toContain('✓ /ci/globex — in sync\n  note: zendesk_messaging_settings.this.agent_ended_session_routing: Routing treatment has no effect: omnichannel routing is off\n    Account "globex"');
      expect(text).toContain('  note: provider "zendesk": Zendesk API tokens are deprecated\n    Switch to OAuth.');

      const md = renderMarkdown(WITH_NOTES);
      expect(md).toContain('### `globex` — in sync (2 notes)');
      expect(md).toContain('- `zendesk_messaging_settings.this.agent_ended_session_routing`: **Routing treatment has no effect: omnichannel routing is off**. Account "globex"');
      expect(md).not.toContain('directory in sync</summary>'); // the only in-sync directory has its own section

      const report = JSON.parse(JSON.stringify(driftReport(WITH_NOTES)));
      expect(validate(DRIFT_REPORT_SCHEMA, report)).toEqual([]);
      expect(report.directories[1].notes).toEqual([ROUTING_NOTE, { ...TOKEN_NOTE, attribute: null }]);

      const suites = children(parseXml(renderJunit(WITH_NOTES)), 'testsuite');
      expect(suites[1].attributes).toMatchObject({ failures: '0', errors: '0' });
      const caseOut = children(children(suites[1], 'testcase')[0], 'system-out')[0];
      expect(caseOut.text).toContain('note: zendesk_messaging_settings.this.agent_ended_session_routing: Routing treatment has no effect');
      expect(children(suites[1], 'system-out')[0].text).toContain('note: provider "zendesk": Zendesk API tokens are deprecated');
    });
  });

  it('progress: a redrawn bar on a terminal, plain lines in CI', () => {
    const sink = (isTTY: boolean) => {
      const chunks: string[] = [];
      return { stream: { isTTY, write: (s: string) => chunks.push(s) } as unknown as NodeJS.WriteStream, chunks };
    };
    const tty = sink(true);
    const bar = progressReporter(tty.stream, {});
    bar.started?.('/a', 1, 2);
    bar.finished?.(DRIFTED[1], 1, 2);
    bar.finished?.(DRIFTED[0], 2, 2);
    expect(tty.chunks.every((c) => c.startsWith('\r'))).toBe(true);
    expect(tty.chunks.at(-1)).toContain('[##############################] 2/2 checked, 0 running — 1 in sync, 1 drift, 0 error\n');

    const ci = sink(true);
    const lines = progressReporter(ci.stream, { CI: 'true' });
    expect(lines.started).toBeUndefined();
    lines.finished?.(DRIFTED[2], 1, 1);
    expect(ci.chunks).toEqual(['drift: [1/1] /ci/broken — error (0.0 s)\n']);
  });
});

describe('plan summary wording', () => {
  const settings = (actions: string[], before: Record<string, unknown> | null, after: Record<string, unknown> | null, extra = {}) =>
    change('zendesk_messaging_settings.this', actions, before, after, extra);

  it('renders imports, forgets, replacements, unknown values and other providers', () => {
    const md = renderPlanSummary(
      plan({
        resources: [
          { address: 'zendesk_messaging_settings.this', expressions: { agent_ended_session_routing: { references: ['terraform_data.r.output'] } } },
          { address: 'terraform_data.r', expressions: { input: { constant_value: 'email' } }, provider: 'terraform' },
        ],
        resource_changes: [
          settings(['update'], SETTINGS, { ...SETTINGS, agent_ended_session_routing: null }, { after_unknown: { agent_ended_session_routing: true }, importing: { id: 'acme' } }),
          change('zendesk_trigger.old', ['forget'], { title: 'Old' }, null),
          change('zendesk_trigger.csat', ['no-op'], { title: 'CSAT' }, { title: 'CSAT' }, { importing: { id: '42' } }),
          change('zendesk_trigger.moved', ['create', 'delete'], { title: 'A', position: 1 }, { title: 'A', position: 2 }),
          { ...change('terraform_data.r', ['create'], null, { input: 'email', output: null, id: null }, { after_unknown: { output: true, id: true } }), provider_name: 'terraform.io/builtin/terraform' },
        ],
      }),
    );
    expect(md).toContain('**1 to create, 1 to import, 1 to import and update, 1 to replace, 1 to forget**');
    expect(md).toContain('- **Messaging settings** (`zendesk_messaging_settings.this`): **import and update** (Zendesk ID acme)\n  - Tickets of agent-ended sessions are routed as: email tickets → (known after apply)');
    expect(md).toContain('- **Trigger "Old"** (`zendesk_trigger.old`): **forget**\n  - Terraform stops managing it; nothing changes in Zendesk.');
    expect(md).toContain('- **Trigger "CSAT"** (`zendesk_trigger.csat`): **import** (Zendesk ID 42)\n');
    expect(md).toContain('**replace**\n  - Terraform destroys it and creates it again.\n  - Trigger position (firing order): 1 → 2');
    // Another provider's resource renders generically, after the accounts; unknown values it does not configure stay out.
    expect(md).toMatch(/### Other resources\n\n- \*\*terraform_data\*\* \(`terraform_data.r`\): \*\*create\*\*\n {2}- input: "email"\n\n/);
  });

  it('says what each settings change does to routing and capacity, and flags a change that has no effect', () => {
    const dormant = { ...SETTINGS, agents_can_end_sessions: false, agent_ended_session_routing: 'email' };
    const fromPlan = renderPlanSummary(plan({ resource_changes: [settings(['update'], SETTINGS, dormant)] }));
    expect(fromPlan).toContain(
      '  - Agents can end messaging sessions: on → off\n' +
        '    - Effect: Agents can no longer end messaging sessions, so no session is agent-ended and how agent-ended sessions are routed has no effect.\n',
    );
    // The routing treatment does not change here, so it gets no line; set it in the same change and it is flagged.
    const both = renderPlanSummary(plan({ resource_changes: [settings(['update'], { ...SETTINGS, agent_ended_session_routing: 'messaging' }, dormant)] }));
    expect(both).toContain(
      '  - Tickets of agent-ended sessions are routed as: messaging tickets → email tickets\n' +
        "    - Effect: Tickets of sessions an agent ends will be routed as email tickets and count toward agents' email capacity, not messaging capacity; they stay assigned to the agent who ended the session (sessions ended from now on).\n" +
        '    - ⚠️ Routing treatment has no effect: agents cannot end messaging sessions\n',
    );
    // With the plan's log, the provider's own warnings on that attribute decide (it also knows whether routing is on).
    const note = { subject: 'zendesk_messaging_settings.this', attribute: 'agent_ended_session_routing', summary: 'Routing treatment has no effect: omnichannel routing is off', detail: '…' };
    const withLog = renderPlanSummary([{ name: 'x', plan: plan({ resource_changes: [settings(['update'], { ...SETTINGS, agent_ended_session_routing: 'messaging' }, SETTINGS)] }), notes: [note] }]);
    expect(withLog).toContain("(sessions ended from now on).\n    - ⚠️ Routing treatment has no effect: omnichannel routing is off\n");
    const quiet = renderPlanSummary([{ name: 'x', plan: plan({ resource_changes: [settings(['update'], { ...SETTINGS, agent_ended_session_routing: 'messaging' }, dormant)] }), notes: [] }]);
    expect(quiet).not.toContain('⚠️ Routing treatment');
    // Triggers and other resources carry no such sentence.
    const trigger = renderPlanSummary(plan({ resource_changes: [change('zendesk_trigger.t', ['update'], { title: 'A' }, { title: 'B' })] }));
    expect(trigger).not.toContain('Effect:');
  });

  it('names the settings a reset puts back, and masks sensitive values of a create', () => {
    const reset = renderPlanSummary(plan({ resource_changes: [settings(['delete'], { ...SETTINGS, on_destroy: 'reset' }, null)] }));
    expect(reset).toContain(
      '  - ⚠️ on_destroy = "reset": Zendesk\'s defaults are restored for the settings it manages.\n' +
        '  - Reset to Zendesk\'s defaults: Agents can end messaging sessions; Tickets of agent-ended sessions are routed as.',
    );
    const created = renderPlanSummary(plan({ resource_changes: [change('zendesk_trigger.t', ['create'], null, { title: 'T', token: 'hunter2' }, { after_sensitive: { token: true } })] }));
    expect(created).toContain('  - token: (sensitive value)');
    expect(created).not.toContain('hunter2');
  });

  it.each([
    ['a tag, as written and quoted', { field: 'current_tags', operator: 'includes', value: 'vip' }, 'Current tags includes "vip"'],
    ['a subject word, as written and quoted', { field: 'subject_includes_word', operator: 'includes', value: 'refund' }, 'Subject includes word includes "refund"'],
    ['a set_tags value, quoted', { field: 'set_tags', operator: 'is', value: 'billing' }, 'Set tags is "billing"'],
    ['a choice, capitalized like Admin Center', { field: 'status', operator: 'is', value: 'open' }, 'Status is Open'],
  ])('words a condition on %s', (_, rule, words) => {
    const before = { title: 'T', conditions: { all: [rule], any: [] } };
    const after = { title: 'T', conditions: { all: [], any: [] } };
    const md = renderPlanSummary(plan({ resource_changes: [change('zendesk_trigger.t', ['update'], before, after)] }));
    expect(md).toContain(`removed ${words}\n`);
  });

  it('words an adopted rule that holds only API names like the configured rules beside it', () => {
    const rule = (field: string, value: string, titles: Record<string, string> = {}) => ({ field, operator: 'value', value, field_title: null, value_title: null, ...titles });
    const before = { title: 'CSAT', conditions: { all: [rule('status_category', 'solved')], any: [] } };
    const after = {
      title: 'CSAT',
      conditions: { all: [], any: [rule('messaging_session_ended_reason', 'ended_by_agent', { field_title: 'Messaging session ended reason', value_title: 'Ended by agent' }), rule('status_category', 'solved')] },
    };
    const md = renderPlanSummary(plan({ resource_changes: [change('zendesk_trigger.csat', ['update'], before, after)] }));
    expect(md).toContain('  - Conditions (meet ALL): removed Status category changed to Solved\n');
    expect(md).toContain('  - Conditions (meet ANY): added Messaging session ended reason changed to Ended by agent; Status category changed to Solved\n');
  });

  it('stays under the size of a GitHub comment, saying it was cut', () => {
    const many = Array.from({ length: 400 }, (_, i) => change(`zendesk_trigger.t${i}`, ['create'], null, { title: `Trigger number ${i} with a long enough title` }));
    const md = renderPlanSummary(plan({ resource_changes: many }), { maxLength: 5000 });
    expect(md.length).toBeLessThanOrEqual(5000);
    expect(md).toContain('…and more: the summary was cut to fit a GitHub comment.');
  });
});
