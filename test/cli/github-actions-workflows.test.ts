/**
 * The GitHub Actions examples, run step by step from their YAML (see
 * test/support/actions-runner.ts) in a throwaway "user repository" holding
 * examples/cdktf-app, against the emulator and a throwaway PostgreSQL state
 * backend:
 * - pull-request.yml plans every stack and updates its one PR comment;
 * - the reviewed plan is applied (the merge) with state in PostgreSQL;
 * - nightly-drift.yml, from a fresh checkout (state can only come from
 *   PostgreSQL), opens an issue on drift with a JUnit report, closes it once in
 *   sync, and fails the job when the check cannot run.
 * Only `npm ci` is simulated (it needs the network): the repository's
 * node_modules links to this package and its dev dependencies.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulator, type EmulatorHandle } from '../../src/emulator';
import { type ActionHandler, githubScript, type JobOptions, type JobRun, matrixOf, runJob } from '../support/actions-runner';
import { FakeGitHub } from '../support/fake-github';
import { type Postgres, startPostgres } from '../support/postgres';
import { baseEnv, run } from '../support/terraform';
import { makeTempDir } from '../support/temp';
import { parseYaml } from '../support/workflow-yaml';
import { parseXml } from '../support/xml';

const ROOT = join(__dirname, '..', '..');
const EXAMPLES = join(ROOT, 'examples', 'github-actions');
const PR_WORKFLOW = join(EXAMPLES, 'pull-request.yml');
const DRIFT_WORKFLOW = join(EXAMPLES, 'nightly-drift.yml');
const SECRET = 'emulator-secret';
const MARKER = '<!-- zendesk-messaging:plan-summary -->';

/** The workflows' APP_DIR: where the user repository keeps its CDKTF app. */
const APP_DIR = String((parseYaml(readFileSync(PR_WORKFLOW, 'utf8')) as { env: { APP_DIR: string } }).env.APP_DIR);

/** What `npm ci` would install for a repository depending on this package. */
async function linkDependencies(repo: string): Promise<void> {
  const modules = join(repo, 'node_modules');
  rmSync(modules, { recursive: true, force: true }); // as npm ci does
  mkdirSync(join(modules, '.bin'), { recursive: true });
  for (const pkg of ['cdktf', 'cdktf-cli', 'constructs', 'ts-node', 'typescript']) symlinkSync(join(ROOT, 'node_modules', pkg), join(modules, pkg));
  symlinkSync(ROOT, join(modules, 'cdktf-zendesk-messaging'));
  for (const bin of ['cdktf', 'ts-node']) symlinkSync(join(ROOT, 'node_modules', '.bin', bin), join(modules, '.bin', bin));
  symlinkSync(join(ROOT, 'bin', 'zendesk-messaging.js'), join(modules, '.bin', 'zendesk-messaging'));
}

describe('examples/github-actions workflows', () => {
  let emulator: EmulatorHandle;
  let postgres: Postgres;
  const temp = makeTempDir('gha');
  const github = new FakeGitHub();
  const uploads: Record<string, string[]> = {};
  const junitChecks: string[] = [];
  const scriptLog: string[] = [];

  /** A fresh checkout of the user repository: the example app in APP_DIR, a package.json, nothing else. */
  function checkout(name: string): string {
    const repo = join(temp.dir, name);
    mkdirSync(join(repo, APP_DIR), { recursive: true });
    for (const f of ['main.ts', 'cdktf.json', 'tsconfig.json']) cpSync(join(ROOT, 'examples', 'cdktf-app', f), join(repo, APP_DIR, f));
    writeFileSync(join(repo, 'package.json'), JSON.stringify({ name: 'zendesk-config', private: true, devDependencies: { 'cdktf-zendesk-messaging': '*', cdktf: '*', 'cdktf-cli': '*' } }));
    return repo;
  }

  const actions = (githubContext: Record<string, unknown>): Record<string, ActionHandler> => ({
    'actions/checkout': async (step) => expect(existsSync(join(step.workspace, APP_DIR, 'cdktf.json'))).toBe(true),
    'actions/setup-node': async (step) => expect(process.version.startsWith(`v${step.with['node-version']}.`)).toBe(true),
    'hashicorp/setup-terraform': async (step) => {
      // The wrapper would rewrite `terraform show -json`; and the version must be the one these tests run.
      expect(step.with.terraform_wrapper).toBe('false');
      expect((await run('terraform', ['version'], step.workspace, step.env)).stdout).toContain(`Terraform v${step.with.terraform_version}\n`);
    },
    'actions/upload-artifact': async (step) => {
      const dir = step.with.path.trim();
      expect(existsSync(dir)).toBe(true);
      uploads[step.with.name] = readdirSync(dir).sort();
      cpSync(dir, join(temp.dir, 'artifacts', String(step.env.GITHUB_RUN_ID), step.with.name), { recursive: true });
    },
    // The artifacts of this run whose name matches the pattern, each in a folder of its name (v4 without merge-multiple).
    'actions/download-artifact': async (step) => {
      const mine = join(temp.dir, 'artifacts', String(step.env.GITHUB_RUN_ID));
      const pattern = new RegExp(`^${step.with.pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
      for (const name of existsSync(mine) ? readdirSync(mine).filter((n) => pattern.test(n)) : []) {
        cpSync(join(mine, name), join(step.with.path.trim(), name), { recursive: true });
      }
    },
    'mikepenz/action-junit-report': async (step) => {
      parseXml(readFileSync(step.with.report_paths, 'utf8')); // the action needs well-formed JUnit
      junitChecks.push(step.with.check_name);
    },
    'actions/github-script': githubScript(github.octokit(), githubContext, scriptLog),
  });

  const job = (workflowFile: string, jobName: string, workspace: string, githubContext: Record<string, unknown>, extra: Partial<JobOptions> = {}): Promise<JobRun> =>
    runJob({
      ...extra,
      workflowFile,
      job: jobName,
      workspace,
      machineEnv: baseEnv(),
      secrets: {
        ZENDESK_STATE_PG_CONN_STR: postgres.connStr,
        ZENDESK_ACME_OAUTH_CLIENT_SECRET: SECRET,
        ZENDESK_GLOBEX_OAUTH_CLIENT_SECRET: SECRET,
      },
      vars: { ZENDESK_API_ROOT: emulator.url, ZENDESK_OAUTH_CLIENT_ID: 'emulator-client' },
      github: githubContext,
      actions: actions(githubContext),
      replaceRun: { 'npm ci': async (step) => linkDependencies(step.workspace) },
    });

  const pullRequest = { repository: 'acme-support/zendesk-config', event_name: 'pull_request', event: { pull_request: { number: 7 } }, run_id: 101, server_url: 'https://github.example' };
  const schedule = (runId: number) => ({ repository: 'acme-support/zendesk-config', event_name: 'schedule', event: {}, run_id: runId, server_url: 'https://github.example' });
  const failures = (r: JobRun) => r.steps.filter((s) => s.outcome === 'failure').map((s) => `${s.name}:\n${s.output}`).join('\n');

  /**
   * A scheduled run: every shard of the matrix on a fresh runner of its own (a new checkout, no .terraform, no
   * local state), then the report job, which merges what the shards uploaded.
   */
  const nightly = async (runId: number) => {
    // Side by side, as GitHub runs a matrix.
    const shards = await Promise.all(
      matrixOf(DRIFT_WORKFLOW, 'drift').map(async (matrix) => {
        const repo = checkout(`nightly-${runId}-shard-${matrix.shard}`);
        return { repo, result: await job(DRIFT_WORKFLOW, 'drift', repo, schedule(runId), { matrix }) };
      }),
    );
    const needs = { drift: { result: shards.every((s) => s.result.conclusion === 'success') ? ('success' as const) : ('failure' as const) } };
    const result = await job(DRIFT_WORKFLOW, 'report', checkout(`nightly-${runId}-report`), schedule(runId), { needs });
    return { shards, result, code: result.outputs.drift?.code, artifacts: join(temp.dir, 'artifacts', String(runId), 'zendesk-messaging-drift') };
  };

  beforeAll(async () => {
    [emulator, postgres] = await Promise.all([startEmulator({ port: 0 }), startPostgres()]);
  });
  afterAll(async () => {
    await emulator?.close();
    await postgres?.stop();
    temp.cleanup();
  });

  it('triggers and permissions: PRs touching the app, nightly, least privilege', () => {
    const pr = parseYaml(readFileSync(PR_WORKFLOW, 'utf8')) as Record<string, Record<string, Record<string, unknown>>>;
    expect(pr.on.pull_request.paths).toContain(`${APP_DIR}/**`);
    expect(pr.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    const nightlyWorkflow = parseYaml(readFileSync(DRIFT_WORKFLOW, 'utf8')) as Record<string, Record<string, unknown>>;
    expect(nightlyWorkflow.on.schedule).toEqual([{ cron: expect.stringMatching(/^\d+ \d+ \* \* \*$/) }]);
    expect(nightlyWorkflow.permissions).toEqual({ contents: 'read', issues: 'write', checks: 'write' });
  });

  it('pull-request.yml: plans every stack against PostgreSQL state and updates its one PR comment; the reviewed plan applies', async () => {
    // An earlier push left our comment; a reviewer quoted it. Only ours is updated.
    github.comments.push(
      { id: 1, issue_number: 7, body: `${MARKER}\n## Zendesk messaging: plan summary\n\nold`, user: { login: 'github-actions[bot]', type: 'Bot' }, html_url: 'https://github.example/c/1' },
      { id: 2, issue_number: 7, body: `> ${MARKER}\n> old\n\nLooks right to me`, user: { login: 'reviewer', type: 'User' }, html_url: 'https://github.example/c/2' },
    );
    const repo = checkout('pr-checkout');
    const result = await job(PR_WORKFLOW, 'plan', repo, pullRequest);
    expect(failures(result)).toBe('');
    expect(result.conclusion).toBe('success');
    expect(result.steps.map((s) => s.outcome)).not.toContain('skipped');
    expect(result.steps.find((s) => s.name === 'Plan each stack')?.output).toContain('Successfully configured the backend "pg"');

    expect(github.calls.filter((c) => !c.startsWith('listComments'))).toEqual(['updateComment {"comment_id":1}']);
    const comment = github.comments[0].body;
    expect(github.comments[1].body).toContain('Looks right to me');
    expect(comment.startsWith(`${MARKER}\n## Zendesk messaging: plan summary\n\n**2 to create, 1 to import and update**\n\n`)).toBe(true);
    expect(comment).toContain(`### Account acme (${emulator.url}/acme)`);
    expect(comment).toContain('  - Tickets of agent-ended sessions are routed as: email tickets\n');
    expect(comment).toContain('  - Auto-release after inactivity: 10 minutes\n');
    expect(comment).toContain('- **Trigger "Request customer satisfaction rating (messaging)"**');
    // In the order the recipe writes them (conditions are list blocks: Terraform no longer sorts them).
    expect(comment).toContain('  - Conditions (meet ANY): added Status category changed to Solved; Messaging session ended reason changed to Ended by agent\n');
    expect(comment).toContain(`### Account globex (${emulator.url}/globex)`);
    expect(result.stepSummary).toContain(comment);
    for (const text of [comment, ...result.steps.map((s) => s.output)]) expect(text).not.toContain(SECRET);

    // The merge: apply exactly the plan that was reviewed; state goes to PostgreSQL.
    const stack = join(repo, APP_DIR, 'cdktf.out', 'stacks', 'messaging');
    const apply = await run('terraform', ['apply', '-input=false', '-no-color', 'tfplan'], stack, result.env);
    expect(apply.output).toContain('Apply complete! Resources: 1 imported, 2 added, 1 changed, 0 destroyed.');
    expect(existsSync(join(stack, 'terraform.tfstate'))).toBe(false);
  });

  it('nightly-drift.yml: in sync, then drift opens an issue with a JUnit report, then in sync again closes it', async () => {
    const clean = await nightly(201);
    for (const shard of clean.shards) expect(failures(shard.result)).toBe('');
    expect(failures(clean.result)).toBe('');
    expect(clean.code).toBe('0');
    expect(github.issues).toHaveLength(0);
    const checked = JSON.parse(readFileSync(join(clean.artifacts, 'drift.json'), 'utf8'));
    // Every stack checked by exactly one shard, merged into one report.
    expect(checked.directories).toHaveLength(1);
    expect(checked.directories[0].checked).toHaveLength(3); // two settings and the adopted trigger, read from PostgreSQL

    // A second admin changes it in Admin Center: the issue names them, from Zendesk's audit log.
    await emulator.control.changeSettings('globex', { routing: { transform_to_email_enabled: true } }, { name: 'Kim Admin', email: 'kim@globex.test' });
    const drifted = await nightly(202);
    expect(failures(drifted.result)).toBe('');
    expect(drifted.shards.map((s) => s.result.conclusion)).toEqual(['success', 'success']); // drift is reported by the issue, not by a red job
    expect(drifted.result.conclusion).toBe('success');
    expect(drifted.code).toBe('2');
    expect(uploads['zendesk-messaging-drift']).toEqual(['drift-junit.xml', 'drift.html', 'drift.json', 'drift.md', 'drift.txt']);
    // The fleet view: the shards looked their accounts up (--accounts), so the merged page marks them.
    const page = readFileSync(join(drifted.artifacts, 'drift.html'), 'utf8');
    expect(page).toContain(`<a href="#account-1">globex (${emulator.url}/globex)</a><div class="stack">stack messaging</div></th><td class="ok">`);
    expect(page).toContain('<div class="who">Kim Admin</div>');
    expect(JSON.parse(readFileSync(join(drifted.artifacts, 'drift.json'), 'utf8')).directories[0].accounts).toEqual([
      // What examples/cdktf-app manages per account: the fleet view's other cells read "not managed".
      {
        account: `acme (${emulator.url}/acme)`,
        sandbox: false,
        managed: ['agents_can_end_sessions', 'agent_ended_session_routing', 'inactivity.enabled', 'inactivity.timeout_minutes', 'inactivity.reminders', 'triggers'],
      },
      { account: `globex (${emulator.url}/globex)`, sandbox: false, managed: ['agents_can_end_sessions', 'agent_ended_session_routing'] },
    ]);
    const shardLogs = drifted.shards.map((s) => s.result.steps.find((x) => x.name === 'Check this shard for drift')?.output ?? '').join('\n');
    expect(shardLogs).toContain('Tickets of agent-ended sessions are routed as: messaging tickets → email tickets   [agent_ended_session_routing: "messaging" → "email"]');
    expect(drifted.result.steps.find((s) => s.name === 'Merge the shards\' reports')?.output).toContain('drift: 1 of 1 directory drifted');
    expect(junitChecks).toContain('Zendesk messaging drift');

    const stackDir = drifted.shards.map((s) => join(s.repo, APP_DIR, 'cdktf.out', 'stacks', 'messaging'));
    const junit = parseXml(readFileSync(join(drifted.artifacts, 'drift-junit.xml'), 'utf8'));
    expect(junit.attributes).toMatchObject({ tests: '3', failures: '1', errors: '0' });
    const cases = junit.children[0].children;
    expect(stackDir).toContain(junit.children[0].attributes.name);
    const failed = cases.filter((c) => c.children.some((x) => x.name === 'failure'));
    expect(failed.map((c) => c.attributes.name)).toEqual(['zendesk_messaging_settings.Globex_1DB6D508']);
    expect(failed[0].children[0].text).toContain('Tickets of agent-ended sessions are routed as: messaging tickets → email tickets');

    expect(github.issues).toHaveLength(1);
    const [issue] = github.issues;
    expect(issue).toMatchObject({ title: 'Zendesk messaging settings drifted from Terraform', state: 'open', labels: [{ name: 'zendesk-drift' }] });
    expect(issue.body).toContain('## ⚠️ Drift in Zendesk messaging settings');
    const where = '<br>Change it back in Admin Center > Objects and rules > Omnichannel routing > Routing configuration > Edit > Messaging routing > Route agent-ended messaging sessions as email tickets ([help article](https://support.zendesk.com/hc/en-us/articles/4828787357210))';
    expect(issue.body).toContain(`| globex (${emulator.url}/globex) | \`zendesk_messaging_settings.Globex_1DB6D508\` | \`agent_ended_session_routing\` | Tickets of agent-ended sessions are routed as: messaging tickets → email tickets${where} |`);
    expect(issue.body).toMatch(/ email tickets<br>Change it back in [^|]* \| \*\*Kim Admin\*\*, \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC: Enabled \|/);
    expect(issue.body).toContain('2 accounts: 1 in sync, 1 drifted, 0 failed.'); // the fleet: acme and globex of the one stack
    expect(issue.body).toContain('[Drift check run](https://github.example/acme-support/zendesk-config/actions/runs/202)');
    expect(drifted.result.stepSummary).toContain('## ⚠️ Drift in Zendesk messaging settings');

    await emulator.control.changeSettings('globex', { routing: { transform_to_email_enabled: false } });
    const healed = await nightly(203);
    expect(healed.code).toBe('0');
    expect(issue.state).toBe('closed');
    expect(github.comments.at(-1)?.body).toBe('In sync again as of [this run](https://github.example/acme-support/zendesk-config/actions/runs/203).');
  }, 240_000); // three whole nightly runs of three jobs each (synth, init, drift of every stack)

  it('nightly-drift.yml: fails the run when a check cannot run, still merging and uploading the report', async () => {
    await postgres.stop(); // the state backend is down
    const broken = await nightly(204);
    const failedShard = broken.shards.find((s) => s.result.conclusion === 'failure')!;
    const check = failedShard.result.steps.find((s) => s.name === 'Check this shard for drift')!;
    expect(check.output).toMatch(/::error::zendesk-messaging drift could not check every stack of shard \d \(exit 1\): see the report above/);
    expect(check.output).toMatch(/! .*messaging — error\n {4}terraform init failed in .*: dial tcp .*connection refused/);
    expect(failedShard.result.steps.find((s) => s.name === "Upload this shard's report")?.outcome).toBe('success');
    expect(broken.code).toBe('1');
    expect(broken.result.conclusion).toBe('failure');
    const steps = Object.fromEntries(broken.result.steps.map((s) => [s.name, s]));
    expect(steps["Merge the shards' reports"].output).toContain('::error::zendesk-messaging could not check every stack (exit 1): see the report above');
    expect(steps['Upload the drift report'].outcome).toBe('success');
    expect(steps['Open, update or close the drift issue'].outcome).toBe('skipped');
    const report = readFileSync(join(broken.artifacts, 'drift.md'), 'utf8');
    expect(report).toContain('## ❌ Drift check failed');
    expect(report).toMatch(/terraform (init|plan) failed in .*messaging: .*connect/);
    expect(github.issues).toHaveLength(1); // no new issue for a failed check
  }, 120_000);

  it('nightly-drift.yml: a shard that failed before it could report makes the merge fail, not look in sync', async () => {
    // Run 205: one shard reported (its report is the one shard 1 uploaded in run 204); the other's runner died first.
    const runId = 205;
    cpSync(join(temp.dir, 'artifacts', '204', 'zendesk-messaging-drift-shard-1'), join(temp.dir, 'artifacts', String(runId), 'zendesk-messaging-drift-shard-1'), { recursive: true });
    const result = await job(DRIFT_WORKFLOW, 'report', checkout(`nightly-${runId}-report`), schedule(runId), { needs: { drift: { result: 'failure' } } });
    const merge = result.steps.find((s) => s.name === "Merge the shards' reports")!;
    expect(merge.outcome).toBe('failure');
    expect(merge.output).toContain('expected 2 shard reports, got 1');
    expect(result.steps.find((s) => s.name === 'Open, update or close the drift issue')?.outcome).toBe('skipped');
  });
});
