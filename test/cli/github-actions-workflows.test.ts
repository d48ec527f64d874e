/**
 * The GitHub Actions examples, run step by step from their YAML (see
 * test/support/actions-runner.ts) in a throwaway "user repository" holding
 * examples/cdktf-app, against the emulator and a throwaway PostgreSQL state
 * backend:
 * - pull-request.yml plans every stack and updates its one PR comment;
 * - the reviewed plan is applied (the merge) with state in PostgreSQL;
 * - nightly-drift.yml, from a fresh checkout (state can only come from
 *   PostgreSQL), opens an issue on drift with a check run, closes it once in
 *   sync, and fails the job when the check cannot run;
 * - release.yml builds the zips, signs the SHA256SUMS with a throwaway key given
 *   as a secret, and hands everything to `gh release create` (a stand-in `gh`).
 * Every workflow file is held to the rules of test/support/workflow-rules.ts
 * (pinned actions, an LTS Node, secrets only on steps, least privilege per job).
 * Only `npm ci` is simulated (it needs the network): the repository's
 * node_modules links to this package and its dev dependencies (so the steps run
 * on this machine's node, which built their native modules).
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { startEmulator, type EmulatorHandle } from '../../src/emulator';
import { RELEASE_PLATFORMS } from '../../src/cli/release/package-release';
import { VERSION } from '../../src/version';
import { type ActionHandler, githubScript, type JobOptions, type JobRun, matrixOf, runJob } from '../support/actions-runner';
import { FakeGitHub } from '../support/fake-github';
import { makeGpgHome } from '../support/gpg-keys';
import { type Postgres, startPostgres } from '../support/postgres';
import { baseEnv, run } from '../support/terraform';
import { makeTempDir } from '../support/temp';
import { LTS_NODE_LINES, workflowViolations } from '../support/workflow-rules';
import { parseYaml } from '../support/workflow-yaml';
import { parseXml } from '../support/xml';

const ROOT = join(__dirname, '..', '..');
const EXAMPLES = join(ROOT, 'examples', 'github-actions');
const PR_WORKFLOW = join(EXAMPLES, 'pull-request.yml');
const DRIFT_WORKFLOW = join(EXAMPLES, 'nightly-drift.yml');
const RELEASE_WORKFLOW = join(EXAMPLES, 'release.yml');
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
  const checkRuns: Record<string, unknown>[] = [];
  const scriptLog: string[] = [];

  /** A fresh checkout of the user repository: the example app in APP_DIR, a package.json, nothing else. */
  function checkout(name: string): string {
    const repo = join(temp.dir, name);
    mkdirSync(join(repo, APP_DIR), { recursive: true });
    for (const f of ['main.ts', 'cdktf.json', 'tsconfig.json']) cpSync(join(ROOT, 'examples', 'cdktf-app', f), join(repo, APP_DIR, f));
    writeFileSync(join(repo, 'package.json'), JSON.stringify({ name: 'zendesk-config', private: true, devDependencies: { 'cdktf-zendesk-messaging': '*', cdktf: '*', 'cdktf-cli': '*' } }));
    return repo;
  }

  /** GitHub's API as the jobs' scripts see it: the fake's issues, plus check runs recorded here. */
  const octokit = () => {
    const base = github.octokit();
    const create = async (p: Record<string, unknown>) => {
      checkRuns.push(p);
      return { data: { id: checkRuns.length, html_url: `https://github.example/runs/${checkRuns.length}` } };
    };
    return { ...base, rest: { ...base.rest, checks: { create } } };
  };

  /** What a path in `with:` names: relative to the workspace, as the artifact actions read it. */
  const inWorkspace = (step: { workspace: string }, path: string) => resolve(step.workspace, path.trim());

  const actions = (githubContext: Record<string, unknown>, checkout: (workspace: string) => void = (ws) => expect(existsSync(join(ws, APP_DIR, 'cdktf.json'))).toBe(true)): Record<string, ActionHandler> => ({
    'actions/checkout': async (step) => checkout(step.workspace),
    // The steps run on this machine's node: `npm ci` is simulated by linking this project's node_modules, whose
    // native modules (cdktf-cli's node-pty) are built for it, so another Node could not load them. The line the
    // workflow asks for is held to the LTS rule by workflowViolations; the CLI on 22, 24 and 26 is test/node-lines'.
    'actions/setup-node': async (step) => expect(LTS_NODE_LINES).toContain(step.with['node-version']),
    'hashicorp/setup-terraform': async (step) => {
      // The wrapper would rewrite `terraform show -json`; and the version must be the one these tests run.
      expect(step.with.terraform_wrapper).toBe('false');
      expect((await run('terraform', ['version'], step.workspace, step.env)).stdout).toContain(`Terraform v${step.with.terraform_version}\n`);
    },
    // A directory, or files matching a * pattern in one directory (as release.yml's signature).
    'actions/upload-artifact': async (step) => {
      const path = inWorkspace(step, step.with.path);
      const pattern = basename(path).includes('*') ? glob(basename(path)) : undefined;
      const dir = pattern ? dirname(path) : path;
      const files = existsSync(dir) ? readdirSync(dir).filter((n) => !pattern || pattern.test(n)) : [];
      if (files.length === 0 && step.with['if-no-files-found'] === 'error') throw new Error(`upload-artifact: no files at ${step.with.path}`);
      expect(existsSync(dir)).toBe(true);
      uploads[step.with.name] = files.sort();
      const to = join(temp.dir, 'artifacts', String(step.env.GITHUB_RUN_ID), step.with.name);
      mkdirSync(to, { recursive: true });
      for (const f of files) cpSync(join(dir, f), join(to, f), { recursive: true });
    },
    // v8: `name` into path itself; a `pattern`'s matches each in a folder of its name, or all into path with merge-multiple.
    'actions/download-artifact': async (step) => {
      const mine = join(temp.dir, 'artifacts', String(step.env.GITHUB_RUN_ID));
      const path = inWorkspace(step, step.with.path);
      if (step.with.name) {
        if (!existsSync(join(mine, step.with.name))) throw new Error(`download-artifact: no artifact ${step.with.name}`);
        return cpSync(join(mine, step.with.name), path, { recursive: true });
      }
      const pattern = glob(step.with.pattern);
      for (const name of existsSync(mine) ? readdirSync(mine).filter((n) => pattern.test(n)) : []) {
        cpSync(join(mine, name), step.with['merge-multiple'] === 'true' ? path : join(path, name), { recursive: true });
      }
    },
    'actions/github-script': githubScript(octokit(), githubContext, scriptLog),
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
  const schedule = (runId: number) => ({ repository: 'acme-support/zendesk-config', event_name: 'schedule', event: {}, run_id: runId, server_url: 'https://github.example', sha: 'f00dfeed' });
  const glob = (pattern: string) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
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

  it('triggers: PRs touching the app, nightly, version tags', () => {
    const pr = parseYaml(readFileSync(PR_WORKFLOW, 'utf8')) as Record<string, Record<string, Record<string, unknown>>>;
    expect(pr.on.pull_request.paths).toContain(`${APP_DIR}/**`);
    const nightlyWorkflow = parseYaml(readFileSync(DRIFT_WORKFLOW, 'utf8')) as Record<string, Record<string, unknown>>;
    expect(nightlyWorkflow.on.schedule).toEqual([{ cron: expect.stringMatching(/^\d+ \d+ \* \* \*$/) }]);
    const release = parseYaml(readFileSync(RELEASE_WORKFLOW, 'utf8')) as Record<string, Record<string, Record<string, unknown>>>;
    expect(release.on.push.tags).toEqual(['v*.*.*']);
  });

  it.each(readdirSync(EXAMPLES).filter((f) => f.endsWith('.yml')))('%s: pinned actions, an LTS Node, secrets only on steps, least privilege per job', (file) => {
    expect(workflowViolations(readFileSync(join(EXAMPLES, file), 'utf8'))).toEqual([]);
  });

  it('the rules find what a workflow written the old way gets wrong', () => {
    const old = [
      'on: pull_request',
      'permissions:',
      '  contents: read',
      '  issues: write',
      'jobs:',
      '  plan:',
      '    runs-on: ubuntu-latest',
      '    env:',
      '      TOKEN: ${{ secrets.API_TOKEN }}',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - uses: actions/setup-node@820762786026740c76f36085b0efc47a31fe5020 # v6.5.0',
      '        with:',
      '          node-version: 20',
      '      - uses: mikepenz/action-junit-report@0123456789012345678901234567890123456789 # v4.0.0',
      '      - run: echo ${{ github.event.pull_request.title }}',
      '',
    ].join('\n');
    expect(workflowViolations(old)).toEqual([
      'not pinned by full commit SHA with the tag in a comment (uses: owner/action@<40 hex> # vX.Y.Z): - uses: actions/checkout@v4',
      'actions/setup-node@820762786026740c76f36085b0efc47a31fe5020 # v6.5.0: v7.0.0 is 820762786026740c76f36085b0efc47a31fe5020',
      "mikepenz/action-junit-report: not one of the actions these workflows trust (GitHub's own, hashicorp/setup-terraform); use a script step",
      'workflow permissions must be {} or { contents: read } (each job asks for its own), got {"contents":"read","issues":"write"}',
      'job plan: no permissions of its own',
      'job plan: checks out without contents: read',
      "jobs.plan.env.TOKEN: a secret outside a step's env:",
      'job plan, step actions/checkout@v4: persist-credentials: false keeps the token out of .git/config',
      'job plan, step actions/setup-node@820762786026740c76f36085b0efc47a31fe5020: node-version 20 is not a supported LTS line (22, 24, 26)',
      'job plan, step echo ${{ github.event.pull_request.title }}: ${{ }} pasted into a script (pass it through env:)',
    ]);
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
    // The adopted standard trigger's Solved condition moves from ALL to ANY: conditions are sets, so each list says
    // only the condition that left or joined it, whatever order they are written in.
    expect(comment).toContain('  - Conditions (meet ALL): removed Status category changed to Solved\n');
    expect(comment).toMatch(/ {2}- Conditions \(meet ANY\): added (Messaging session ended reason changed to Ended by agent; Status category changed to Solved|Status category changed to Solved; Messaging session ended reason changed to Ended by agent)\n/);
    expect(comment).toContain(`### Account globex (${emulator.url}/globex)`);
    expect(result.stepSummary).toContain(comment);
    for (const text of [comment, ...result.steps.map((s) => s.output)]) expect(text).not.toContain(SECRET);

    // The merge: apply exactly the plan that was reviewed; state goes to PostgreSQL.
    const stack = join(repo, APP_DIR, 'cdktf.out', 'stacks', 'messaging');
    // The backend's connection string is a secret of the plan step only, so the merge's apply is given it itself.
    const apply = await run('terraform', ['apply', '-input=false', '-no-color', 'tfplan'], stack, { ...result.env, PG_CONN_STR: postgres.connStr });
    expect(apply.output).toContain('Apply complete! Resources: 1 imported, 2 added, 1 changed, 0 destroyed.');
    expect(existsSync(join(stack, 'terraform.tfstate'))).toBe(false);
  });

  it('nightly-drift.yml: in sync, then drift opens an issue and a neutral check run, then in sync again closes it', async () => {
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
    expect(checkRuns.at(-1)).toMatchObject({ name: 'Zendesk messaging drift', head_sha: 'f00dfeed', conclusion: 'neutral', output: { title: 'Drift in Zendesk messaging and routing configuration' } });
    expect((checkRuns.at(-1)?.output as { summary: string }).summary).toContain('## ⚠️ Drift in Zendesk messaging and routing configuration');

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
    expect(issue.body).toContain('## ⚠️ Drift in Zendesk messaging and routing configuration');
    const where = '<br>Change it back in Admin Center > Objects and rules > Omnichannel routing > Routing configuration > Edit > Messaging routing > Route agent-ended messaging sessions as email tickets ([help article](https://support.zendesk.com/hc/en-us/articles/4828787357210))';
    expect(issue.body).toContain(`| globex (${emulator.url}/globex) | \`zendesk_messaging_settings.Globex_1DB6D508\` | \`agent_ended_session_routing\` | Tickets of agent-ended sessions are routed as: messaging tickets → email tickets${where} |`);
    expect(issue.body).toMatch(/ email tickets<br>Change it back in [^|]* \| \*\*Kim Admin\*\*, \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC: Enabled \|/);
    expect(issue.body).toContain('2 accounts: 1 in sync, 1 drifted, 0 failed.'); // the fleet: acme and globex of the one stack
    expect(issue.body).toContain('[Drift check run](https://github.example/acme-support/zendesk-config/actions/runs/202)');
    expect(drifted.result.stepSummary).toContain('## ⚠️ Drift in Zendesk messaging and routing configuration');

    await emulator.control.changeSettings('globex', { routing: { transform_to_email_enabled: false } });
    const healed = await nightly(203);
    expect(healed.code).toBe('0');
    expect(issue.state).toBe('closed');
    expect(checkRuns.at(-1)).toMatchObject({ conclusion: 'success', output: { title: 'In sync' } });
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
    expect(checkRuns.at(-1)).toMatchObject({ conclusion: 'failure', output: { title: 'The drift check could not run' } });
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

  /** This project's repository as release.yml checks it out and `npm ci` (with its prepare build) leaves it. */
  function projectCheckout(name: string): string {
    const repo = join(temp.dir, name);
    mkdirSync(repo);
    for (const f of ['package.json', 'bin', 'dist', 'node_modules']) symlinkSync(join(ROOT, f), join(repo, f));
    return repo;
  }

  /** release.yml's jobs with a release key as its secrets and a stand-in `gh` that records what it was asked. */
  function releaseRun(refName: string, runId: number, secrets: Record<string, string>, vars: Record<string, string>) {
    const bin = join(temp.dir, `gh-${runId}`);
    const ghLog = join(bin, 'gh.log');
    mkdirSync(bin);
    writeFileSync(join(bin, 'gh'), '#!/bin/sh\n{ printf \'%s\\n\' "$@"; echo "GH_TOKEN=$GH_TOKEN"; } > "$FAKE_GH_LOG"\n');
    chmodSync(join(bin, 'gh'), 0o755);
    const context = { repository: 'zendesk-iac/cdktf-zendesk-messaging', event_name: 'push', ref_name: refName, run_id: runId, server_url: 'https://github.example', token: 'ghs_job_token', sha: 'c0ffee' };
    const releaseJob = (name: string, workspace: string, needs?: JobOptions['needs']) =>
      runJob({
        workflowFile: RELEASE_WORKFLOW,
        job: name,
        workspace,
        machineEnv: baseEnv({ PATH: `${bin}:${process.env.PATH}`, FAKE_GH_LOG: ghLog }),
        secrets,
        vars,
        github: context,
        actions: actions(context, (ws) => expect(existsSync(join(ws, 'package.json'))).toBe(true)),
        replaceRun: { 'npm ci': async () => undefined }, // projectCheckout linked what it installs
        needs,
      });
    return { releaseJob, ghLog };
  }

  it('release.yml: on a version tag, builds the zips, signs the SHA256SUMS with the release key and attaches everything', async () => {
    const keyring = makeGpgHome(temp.dir, 'release-keyring');
    try {
      const passphrase = 'release key passphrase';
      const key = keyring.generateKey('Zendesk IaC releases', { passphrase });
      const privateKey = keyring.gpg('--pinentry-mode', 'loopback', '--passphrase', passphrase, '--armor', '--export-secret-keys', key.fingerprint);
      const { releaseJob, ghLog } = releaseRun(`v${VERSION}`, 301, { RELEASE_GPG_PRIVATE_KEY: privateKey, RELEASE_GPG_PASSPHRASE: passphrase }, { RELEASE_GPG_FINGERPRINT: key.fingerprint });

      const build = await releaseJob('build', projectCheckout('release-build'));
      expect(failures(build)).toBe('');
      const prefix = `terraform-provider-zendesk_${VERSION}`;
      expect(uploads['release-unsigned']).toContain(`${prefix}_SHA256SUMS`);
      expect(uploads['release-unsigned']).toContain(`${prefix}_manifest.json`);
      expect(uploads['release-unsigned'].filter((f) => f.endsWith('.zip'))).toEqual(RELEASE_PLATFORMS.map((p) => `${prefix}_${p}.zip`).sort());

      // Each job on a runner of its own: an empty workspace, the files only through artifacts.
      const signWorkspace = join(temp.dir, 'release-sign');
      mkdirSync(signWorkspace);
      const sign = await releaseJob('sign', signWorkspace, { build: { result: 'success' } });
      expect(failures(sign)).toBe('');
      expect(uploads['release-signature']).toEqual([`${prefix}_SHA256SUMS.sig`]);
      expect(existsSync(join(sign.runnerTemp, 'gnupg'))).toBe(false); // the imported key is gone with its keyring

      const publishWorkspace = join(temp.dir, 'release-publish');
      mkdirSync(publishWorkspace);
      const publish = await releaseJob('publish', publishWorkspace, { sign: { result: 'success' } });
      expect(failures(publish)).toBe('');
      const args = readFileSync(ghLog, 'utf8').trimEnd().split('\n');
      expect(args.slice(0, 3)).toEqual(['release', 'create', `v${VERSION}`]);
      expect(args).toContain('--verify-tag');
      expect(args.at(-1)).toBe('GH_TOKEN=ghs_job_token');
      const attached = args.filter((a) => a.startsWith('release/')).map((a) => a.slice('release/'.length));
      expect(attached.sort()).toEqual([...uploads['release-unsigned'], `${prefix}_SHA256SUMS.sig`].sort());

      // What was attached verifies: the signature is the release key's, over the SHA256SUMS the build wrote.
      const sums = join(publishWorkspace, 'release', `${prefix}_SHA256SUMS`);
      const verified = execFileSync('gpg', ['--batch', '--status-fd', '1', '--verify', `${sums}.sig`, sums], { env: keyring.env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      expect(verified).toMatch(new RegExp(`^\\[GNUPG:\\] VALIDSIG ${key.fingerprint} `, 'm'));
      for (const step of [...build.steps, ...sign.steps, ...publish.steps]) expect(step.output).not.toContain(passphrase);
    } finally {
      keyring.close();
    }
  }, 180_000);

  it('release.yml: a tag that is not package.json\'s version stops the build before anything is packaged', async () => {
    const { releaseJob } = releaseRun('v9.9.9', 302, {}, {});
    const build = await releaseJob('build', projectCheckout('release-wrong-tag'));
    expect(build.conclusion).toBe('failure');
    const packaged = build.steps.find((s) => s.name === 'Package the release')!;
    expect(packaged.output).toContain(`::error::the tag v9.9.9 is not package.json's version v${VERSION}: tag the commit that sets it`);
    expect(build.steps.find((s) => s.name === 'Keep the unsigned release for the sign job')?.outcome).toBe('skipped');
  });
});
