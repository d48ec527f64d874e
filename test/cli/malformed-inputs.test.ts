/**
 * Every file a user gives drift-merge and plan-summary gets an answer: the built CLI, run on a corpus of malformed
 * inputs (not JSON, null, lists, wrong types at each level, missing fields, huge numbers, unknown and inconsistent
 * statuses, an empty file, a directory, a missing file), exits 1 with a message that names the file, and no
 * JavaScript error text (`x.map is not a function`, `Cannot read properties of null`, a stack) reaches the user.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DirectoryResult } from '../../src/cli/drift/check';
import { driftReport } from '../../src/cli/drift/render-json';
import { makeTempDir } from '../support/temp';
import { run } from '../support/terraform';

const CLI = join(__dirname, '..', '..', 'bin', 'zendesk-messaging.js');
const JAVASCRIPT_ERROR = /is not a function|Cannot read propert|undefined|TypeError|SyntaxError|ReferenceError|RangeError|at Object\.|^\s+at /m;

type Mutation = (doc: any) => unknown; // eslint-disable-line @typescript-eslint/no-explicit-any

const drifted: DirectoryResult = {
  dir: '/repo/acme',
  name: 'acme',
  status: 'drift',
  durationMs: 10,
  checked: ['zendesk_messaging_settings.this'],
  drifted: [
    {
      address: 'zendesk_messaging_settings.this',
      type: 'zendesk_messaging_settings',
      account: 'acme',
      action: 'update',
      attributes: [
        {
          path: 'agents_can_end_sessions',
          label: 'Agents can end messaging sessions',
          before: true,
          after: false,
          sensitive: false,
          description: 'Agents can end messaging sessions: on → off',
          changedBy: { actor: 'Kim', actorId: 3, at: '2026-12-01T16:03:12Z', change: 'Disabled', source: 'End sessions', earlierChanges: 0 },
        },
      ],
    },
  ],
  notes: [{ subject: 'zendesk_messaging_settings.this', attribute: 'agent_ended_session_routing', summary: 's', detail: 'd' }],
  attribution: [{ account: 'acme', note: 'n' }],
  accounts: [{ account: 'acme', sandbox: false }],
};
const inSync: DirectoryResult = { dir: '/repo/globex', name: 'globex', status: 'in_sync', durationMs: 5, checked: ['zendesk_messaging_settings.this'], drifted: [], notes: [] };
const report = () => JSON.parse(JSON.stringify(driftReport([drifted, inSync]))) as unknown;

const set = (path: string, value: unknown): Mutation => (doc) => {
  const keys = path.split('.');
  let at = doc;
  for (const k of keys.slice(0, -1)) at = at[k];
  at[keys.at(-1)!] = value;
  return doc;
};
const remove = (path: string): Mutation => (doc) => {
  const keys = path.split('.');
  let at = doc;
  for (const k of keys.slice(0, -1)) at = at[k];
  delete at[keys.at(-1)!];
  return doc;
};

/** Drift reports: each a whole file's text, or a change to a valid report. */
const DRIFT_REPORTS: [string, string | Mutation][] = [
  ['not JSON', 'hello, world'],
  ['an empty file', ''],
  ['JSON null', 'null'],
  ['a list', '[]'],
  ['a string', '"report"'],
  ['a number', '42'],
  ['an empty object', '{}'],
  ['another kind', set('kind', 'zendesk-messaging/plan')],
  ['no version', remove('version')],
  ['a version from the future', set('version', 99)],
  ['a version as a string', set('version', '4')],
  ['no directories', remove('directories')],
  ['directories as a string', set('directories', 'a,b')],
  ['a directory that is null', set('directories.0', null)],
  ['a directory that is a number', set('directories.0', 1)],
  ['a directory without its path', remove('directories.0.dir')],
  ['an unknown status', set('directories.0.status', 'weird')],
  ['an unknown overall status', set('status', 'sometimes')],
  ['a status as a number', set('directories.0.status', 2)],
  ['drifted as a string', set('directories.0.drifted', 'zendesk_messaging_settings.this')],
  ['drifted as an object', set('directories.0.drifted', {})],
  ['a drifted resource that is null', set('directories.0.drifted.0', null)],
  ['attributes as a string', set('directories.0.drifted.0.attributes', 'x')],
  ['an attribute that is null', set('directories.0.drifted.0.attributes.0', null)],
  ['sensitive as a string', set('directories.0.drifted.0.attributes.0.sensitive', 'no')],
  ['a description as a number', set('directories.0.drifted.0.attributes.0.description', 5)],
  ['changedBy as a string', set('directories.0.drifted.0.attributes.0.changedBy', 'Kim')],
  ['an actor without a name', remove('directories.0.drifted.0.attributes.0.changedBy.actor')],
  ['a negative actor id', set('directories.0.drifted.0.attributes.0.changedBy.actorId', -1)],
  ['an unknown cause', set('directories.0.drifted.0.attributes.0.cause', 'gremlins')],
  ['an action as a number', set('directories.0.drifted.0.action', 3)],
  ['a huge duration', (doc) => JSON.stringify(set('directories.0.durationMs', 1)(doc)).replace('"durationMs":1,', '"durationMs":1e400,')],
  ['a duration beyond exact whole numbers', set('directories.0.durationMs', 1e20)],
  ['a duration as a string', set('directories.0.durationMs', '10')],
  ['checked with a number in it', set('directories.0.checked', [1])],
  ['notes as a string', set('directories.0.notes', 'none')],
  ['a note that is null', set('directories.0.notes.0', null)],
  ['attribution with a number in it', set('directories.0.attribution', [1])],
  ['accounts as a string', set('directories.0.accounts', 'acme')],
  ['a sandbox that is "yes"', set('directories.0.accounts.0.sandbox', 'yes')],
  ['in sync but listing drift', set('directories.0.status', 'in_sync')],
  ['drift but listing none', set('directories.1.status', 'drift')],
  ['in sync with an error', set('directories.1.error', 'terraform failed')],
  ['an overall status its directories contradict', set('status', 'in_sync')],
  ['an exit code its directories contradict', set('exitCode', 0)],
  ['a summary its directories contradict', set('summary.drifted', 0)],
  ['the same directory twice', (doc) => set('directories.1.dir', '/repo/acme')(doc)],
];

/** Plans (`terraform show -json`): each a whole file's text, or a change to a valid plan. */
const validPlan = () => ({
  format_version: '1.2',
  terraform_version: '1.11.4',
  planned_values: {},
  configuration: {
    provider_config: { zendesk: { name: 'zendesk', expressions: { subdomain: { constant_value: 'acme' } } } },
    root_module: { resources: [{ address: 'zendesk_trigger.t', mode: 'managed', type: 'zendesk_trigger', provider_config_key: 'zendesk', expressions: { title: { constant_value: 'T' } } }], module_calls: {} },
  },
  resource_changes: [
    { address: 'zendesk_trigger.t', mode: 'managed', type: 'zendesk_trigger', name: 't', provider_name: 'registry.terraform.io/zendesk-iac/zendesk', change: { actions: ['update'], before: { title: 'S' }, after: { title: 'T' } } },
  ],
});

const PLANS: [string, string | Mutation][] = [
  ['not JSON', '{"format_version": '],
  ['an empty file', '\n'],
  ['JSON null', 'null'],
  ['a list', '[{"format_version":"1.2"}]'],
  ['a string', '"plan"'],
  ['no format_version', remove('format_version')],
  ['a format_version as a number', set('format_version', 1.2)],
  ['a state instead of a plan', (doc) => ({ format_version: doc.format_version, values: {} })],
  ['resource_changes as a string', set('resource_changes', 'zendesk_trigger.t')],
  ['resource_changes as an object', set('resource_changes', {})],
  ['a resource change that is null', set('resource_changes.0', null)],
  ['a resource change that is a number', set('resource_changes.0', 7)],
  ['a resource change without an address', remove('resource_changes.0.address')],
  ['a resource change with a mode of null', set('resource_changes.0.mode', null)],
  ['no change', remove('resource_changes.0.change')],
  ['a change that is null', set('resource_changes.0.change', null)],
  ['actions as a string', set('resource_changes.0.change.actions', 'update')],
  ['actions with a number in it', set('resource_changes.0.change.actions', [1])],
  ['before as a string', set('resource_changes.0.change.before', 'S')],
  ['after as a list', set('resource_changes.0.change.after', ['T'])],
  ['importing as a string', set('resource_changes.0.change.importing', '42')],
  ['an import id as a number', set('resource_changes.0.change.importing', { id: 42 })],
  ['resource_drift as a number', set('resource_drift', 1e400)],
  ['configuration as a string', set('configuration', 'main.tf')],
  ['provider_config as a list', set('configuration.provider_config', [])],
  ['a provider config that is null', set('configuration.provider_config.zendesk', null)],
  ['an alias as a number', set('configuration.provider_config.zendesk.alias', 5)],
  ['provider expressions as a string', set('configuration.provider_config.zendesk.expressions', 'x')],
  ['root_module as a string', set('configuration.root_module', 'root')],
  ['config resources as an object', set('configuration.root_module.resources', {})],
  ['a config resource that is null', set('configuration.root_module.resources.0', null)],
  ['config expressions as a list', set('configuration.root_module.resources.0.expressions', [])],
  ['module_calls as a list', set('configuration.root_module.module_calls', [])],
  ['a module call that is null', set('configuration.root_module.module_calls', { child: null })],
  ['a terraform_version as a number', set('terraform_version', 1.11)],
  ['errored as a string', set('errored', 'yes')],
];

describe('malformed inputs get an answer, never a JavaScript error', () => {
  const temp = makeTempDir('malformed');
  afterAll(() => temp.cleanup());
  let n = 0;
  const file = (content: string) => {
    const path = join(temp.dir, `input-${++n}.json`);
    writeFileSync(path, content);
    return path;
  };
  const contentOf = (input: string | Mutation, base: () => unknown) => (typeof input === 'string' ? input : ((r: unknown) => (typeof r === 'string' ? r : JSON.stringify(r)))(input(base())));
  const cli = (args: string[]) => run(process.execPath, [CLI, ...args], temp.dir, process.env);
  const expectAnswer = (result: { code: number | null; stdout: string; stderr: string }, named: string) => {
    const output = `${result.stdout}\n${result.stderr}`;
    expect(output).not.toMatch(JAVASCRIPT_ERROR);
    expect(result.stderr).toContain(named);
    expect(result.code).toBe(1);
  };

  it('the valid inputs the corpus starts from are read (drift: exit 2; a plan: exit 0)', async () => {
    const merged = await cli(['drift-merge', file(JSON.stringify(report())), '--format', 'markdown']);
    expect(merged.stderr).toBe('');
    expect(merged.code).toBe(2);
    const summary = await cli(['plan-summary', '--plan', file(JSON.stringify(validPlan()))]);
    expect(summary.stderr).toBe('');
    expect(summary.code).toBe(0);
  });

  it.each(DRIFT_REPORTS)('drift-merge: %s', async (_what, input) => {
    const path = file(contentOf(input, report));
    expectAnswer(await cli(['drift-merge', path, '--format', 'junit']), path);
  });

  it.each(PLANS)('plan-summary --plan: %s', async (_what, input) => {
    const path = file(contentOf(input, validPlan));
    expectAnswer(await cli(['plan-summary', '--plan', path]), path);
  });

  it.each([
    ['a directory', () => (mkdirSync(join(temp.dir, 'a-directory.json'), { recursive: true }), join(temp.dir, 'a-directory.json'))],
    ['a missing file', () => join(temp.dir, 'missing.json')],
  ])('both commands: %s', async (_what, pathOf) => {
    const path = pathOf();
    expectAnswer(await cli(['drift-merge', path]), path);
    expectAnswer(await cli(['plan-summary', '--plan', path]), path);
    expectAnswer(await cli(['plan-summary', '--plan', file(JSON.stringify(validPlan())), '--plan-log', path]), path);
  });

  it('a report that cannot be written where asked (a directory) is said so, naming the path', async () => {
    const out = join(temp.dir, 'out-directory');
    mkdirSync(out, { recursive: true });
    expectAnswer(await cli(['drift-merge', file(JSON.stringify(report())), '--out', out]), out);
    expectAnswer(await cli(['drift-merge', file(JSON.stringify(report())), '--report', `junit=${out}`]), out);
    expectAnswer(await cli(['plan-summary', '--plan', file(JSON.stringify(validPlan())), '--out', out]), out);
  });

  it.each([
    ['not a log at all', 'hello\nworld\n'],
    ['an empty log', ''],
    ['a plan instead of its log', JSON.stringify(validPlan())],
  ])('plan-summary --plan-log: %s', async (_what, content) => {
    const log = join(temp.dir, `log-${++n}.log`);
    writeFileSync(log, content);
    expectAnswer(await cli(['plan-summary', '--plan', file(JSON.stringify(validPlan())), '--plan-log', log]), log);
  });
});
