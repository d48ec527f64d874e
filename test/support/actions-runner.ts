/**
 * Runs one job of a GitHub Actions workflow file on this machine, the way a
 * runner would, so a test exercises the workflow as written rather than a
 * copy of its commands:
 * - `run:` steps go to `bash --noprofile --norc -eo pipefail` (the runner's
 *   `shell: bash`), with workflow, job and step `env:`, `working-directory`,
 *   and GITHUB_ENV / GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files;
 * - `${{ }}` expressions and `if:` conditions over secrets, vars, github, env,
 *   runner, steps, matrix (one combination, given by the test) and needs,
 *   with always()/success()/failure();
 * - `uses:` steps are handed to the test's handlers (github-script runs its
 *   script against a fake octokit), and a `run:` step may be replaced only by
 *   naming its exact script (e.g. `npm ci`, which needs the network).
 * Unknown actions, shells or expression syntax throw instead of being skipped.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseYaml, type Yaml } from './workflow-yaml';

type Dict = Record<string, string>;

export interface StepContext {
  name: string;
  with: Dict;
  /** Workflow, job, GITHUB_ENV and step env merged, expressions evaluated. */
  env: Dict;
  workspace: string;
  runnerTemp: string;
}

export type ActionHandler = (step: StepContext) => Promise<void>;

export interface JobOptions {
  workflowFile: string;
  job: string;
  workspace: string;
  /** The machine's environment (PATH, HOME, …) under the workflow's own. */
  machineEnv: NodeJS.ProcessEnv;
  secrets?: Dict;
  vars?: Dict;
  /** The `github` context: repository, event_name, event, run_id, server_url, ref_name, sha, token, … */
  github: Record<string, unknown>;
  /** Handlers by action name without the ref, e.g. `actions/checkout`. */
  actions: Record<string, ActionHandler>;
  /** `run:` steps simulated instead of run, keyed by their exact (trimmed) script. */
  replaceRun?: Record<string, (step: StepContext) => Promise<void>>;
  /** The matrix combination this run of the job is (a test runs each combination of `strategy.matrix`). */
  matrix?: Record<string, string | number>;
  /** The jobs this one `needs`, as they ended. */
  needs?: Record<string, { result: 'success' | 'failure' }>;
}

/** The combinations of a job's `strategy.matrix` (one key of values, as these workflows use it). */
export function matrixOf(workflowFile: string, jobName: string): Record<string, string | number>[] {
  const job = asDict(asDict(asDict(parseYaml(readFileSync(workflowFile, 'utf8'))).jobs)[jobName]);
  const matrix = asDict(asDict(job.strategy).matrix);
  const keys = Object.keys(matrix);
  if (keys.length !== 1 || !Array.isArray(matrix[keys[0]])) throw new Error(`${workflowFile} ${jobName}: a matrix of one key with a list of values is supported`);
  return (matrix[keys[0]] as Yaml[]).map((v) => ({ [keys[0]]: typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : asString(v) }));
}

export interface StepRecord {
  name: string;
  id?: string;
  outcome: 'success' | 'failure' | 'skipped';
  output: string;
}

export interface JobRun {
  conclusion: 'success' | 'failure';
  steps: StepRecord[];
  /** The job's environment at the end (job env + GITHUB_ENV), for commands a test runs afterwards. */
  env: Dict;
  outputs: Record<string, Dict>;
  stepSummary: string;
  runnerTemp: string;
}

const asDict = (y: Yaml | undefined): Record<string, Yaml> => (y && typeof y === 'object' && !Array.isArray(y) ? y : {});
const asString = (y: Yaml | undefined): string => (typeof y === 'string' ? y : '');

// ---- expressions -----------------------------------------------------------------------------

type Value = string | boolean | number | null;
const TOKEN = /\s*(\|\||&&|==|!=|!|\(|\)|'(?:[^']|'')*'|[A-Za-z_][\w-]*(?:\.[A-Za-z_*][\w-]*)*|\d+(?:\.\d+)?)/y;

function evaluate(expression: string, lookup: (path: string) => Value, status: { failed: boolean }): Value {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < expression.length) {
    const start = TOKEN.lastIndex;
    const m = TOKEN.exec(expression);
    if (!m) {
      if (expression.slice(start).trim() === '') break;
      throw new Error(`unsupported expression syntax at "${expression.slice(start)}" in "${expression}"`);
    }
    tokens.push(m[1]);
  }
  let i = 0;
  const truthy = (v: Value) => v !== null && v !== false && v !== '' && v !== 0;
  const primary = (): Value => {
    const t = tokens[i++];
    if (t === '!') return !truthy(primary());
    if (t === '(') {
      const v = or();
      if (tokens[i++] !== ')') throw new Error(`missing ")" in "${expression}"`);
      return v;
    }
    if (t.startsWith("'")) return t.slice(1, -1).replace(/''/g, "'");
    if (/^\d/.test(t)) return Number(t);
    if (t === 'true' || t === 'false') return t === 'true';
    if (t === 'null') return null;
    if (tokens[i] === '(') {
      if (tokens[i + 1] !== ')') throw new Error(`function arguments are not supported: ${t}(…)`);
      i += 2;
      const fn: Record<string, boolean> = { always: true, success: !status.failed, failure: status.failed, cancelled: false };
      if (!(t in fn)) throw new Error(`unsupported function ${t}() in "${expression}"`);
      return fn[t];
    }
    return lookup(t);
  };
  const comparison = (): Value => {
    const left = primary();
    if (tokens[i] !== '==' && tokens[i] !== '!=') return left;
    const op = tokens[i++];
    const right = primary();
    const equal = String(left ?? '') === String(right ?? '');
    return op === '==' ? equal : !equal;
  };
  const and = (): Value => {
    let v = comparison();
    while (tokens[i] === '&&') {
      i++;
      const r = comparison();
      v = truthy(v) ? r : v;
    }
    return v;
  };
  const or = (): Value => {
    let v = and();
    while (tokens[i] === '||') {
      i++;
      const r = and();
      v = truthy(v) ? v : r;
    }
    return v;
  };
  const result = or();
  if (i !== tokens.length) throw new Error(`unexpected "${tokens[i]}" in "${expression}"`);
  return result;
}

// ---- files the runner hands to steps ---------------------------------------------------------

/** KEY=VALUE and KEY<<DELIMITER … DELIMITER lines, as GITHUB_ENV and GITHUB_OUTPUT hold them. */
function parseCommandFile(file: string): Dict {
  const out: Dict = {};
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2], i + 1);
      if (end === -1) throw new Error(`${file}: ${heredoc[1]}<<${heredoc[2]} is never closed`);
      out[heredoc[1]] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (lines[i].includes('=')) {
      out[lines[i].slice(0, lines[i].indexOf('='))] = lines[i].slice(lines[i].indexOf('=') + 1);
    } else if (lines[i].trim() !== '') throw new Error(`${file}: cannot read "${lines[i]}"`);
  }
  return out;
}

function bash(script: string, cwd: string, env: Dict, file: string): Promise<{ code: number; output: string }> {
  writeFileSync(file, script);
  return new Promise((done) => {
    execFile('bash', ['--noprofile', '--norc', '-eo', 'pipefail', file], { cwd, env, maxBuffer: 64 * 1024 * 1024, timeout: 170_000 }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: `${stdout}${stderr}` });
    });
  });
}

// ---- the job ---------------------------------------------------------------------------------

export async function runJob(options: JobOptions): Promise<JobRun> {
  const workflow = asDict(parseYaml(readFileSync(options.workflowFile, 'utf8')));
  const job = asDict(asDict(workflow.jobs)[options.job]);
  if (!job.steps) throw new Error(`${options.workflowFile} has no job "${options.job}" with steps`);
  const shell = asString(asDict(asDict(job.defaults).run).shell) || asString(asDict(asDict(workflow.defaults).run).shell);
  if (shell !== 'bash') throw new Error(`set defaults.run.shell to bash (got "${shell}"): the runner's default shell has no pipefail`);

  const runnerTemp = join(options.workspace, '..', `runner-temp-${Date.now()}`);
  mkdirSync(runnerTemp, { recursive: true });
  const status = { failed: false };
  const outputs: Record<string, Dict> = {};
  const stepState: Record<string, { outputs: Dict; outcome: string; conclusion: string }> = {};
  const machine: Dict = {};
  for (const [k, v] of Object.entries(options.machineEnv)) if (v !== undefined) machine[k] = v;
  const runnerEnv: Dict = {
    ...machine,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_REPOSITORY: String(options.github.repository ?? ''),
    GITHUB_EVENT_NAME: String(options.github.event_name ?? ''),
    GITHUB_RUN_ID: String(options.github.run_id ?? ''),
    GITHUB_REF_NAME: String(options.github.ref_name ?? ''),
    GITHUB_SHA: String(options.github.sha ?? ''),
    RUNNER_TEMP: runnerTemp,
  };
  let jobEnv: Dict = {};
  const context = (env: Dict) => ({
    secrets: options.secrets ?? {},
    vars: options.vars ?? {},
    github: options.github,
    env,
    runner: { temp: runnerTemp, os: 'Linux' },
    steps: stepState,
    matrix: options.matrix ?? {},
    needs: options.needs ?? {},
  });
  const lookup = (ctx: Record<string, unknown>) => (path: string): Value => {
    let v: unknown = ctx;
    for (const part of path.split('.')) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[part] : undefined;
    if (v === undefined) {
      // GitHub yields '' for a secret, variable, step output or event field that is not there; a typo in env.X is ours.
      if (/^(secrets|vars|steps|github)\./.test(path)) return '';
      throw new Error(`unknown context value ${path}`);
    }
    return typeof v === 'object' ? JSON.stringify(v) : (v as Value);
  };
  const interpolate = (text: string, env: Dict) =>
    text.replace(/\$\{\{\s*([\s\S]*?)\s*\}\}/g, (_, expr: string) => String(evaluate(expr, lookup(context(env)), status) ?? ''));
  const envBlock = (block: Yaml | undefined, env: Dict): Dict => {
    const out: Dict = {};
    for (const [k, v] of Object.entries(asDict(block))) out[k] = interpolate(asString(v), { ...env, ...out });
    return out;
  };

  const workflowEnv = envBlock(workflow.env, {});
  jobEnv = { ...workflowEnv, ...envBlock(job.env, workflowEnv) };
  const steps: StepRecord[] = [];

  for (const [index, raw] of (job.steps as Yaml[]).entries()) {
    const step = asDict(raw);
    const id = asString(step.id) || undefined;
    const name = asString(step.name) || asString(step.uses) || asString(step.run).split('\n')[0];
    const condition = asString(step.if).replace(/^\$\{\{\s*|\s*\}\}$/g, '');
    const usesStatus = /\b(always|success|failure|cancelled)\(\)/.test(condition);
    const expression = condition ? (usesStatus ? condition : `success() && (${condition})`) : 'success()';
    const record = (outcome: StepRecord['outcome'], output = '') => {
      steps.push({ name, id, outcome, output });
      if (id) stepState[id] = { outputs: outputs[id] ?? {}, outcome, conclusion: outcome };
      if (outcome === 'failure') status.failed = true;
    };
    if (!evaluate(expression, lookup(context(jobEnv)), status)) {
      record('skipped');
      continue;
    }
    const files = { env: join(runnerTemp, `env-${index}`), output: join(runnerTemp, `output-${index}`), summary: join(runnerTemp, `summary-${index}`) };
    for (const f of Object.values(files)) writeFileSync(f, '');
    const env = { ...runnerEnv, ...jobEnv, ...envBlock(step.env, jobEnv), GITHUB_ENV: files.env, GITHUB_OUTPUT: files.output, GITHUB_STEP_SUMMARY: files.summary };
    const ctx: StepContext = { name, with: {}, env, workspace: options.workspace, runnerTemp };
    for (const [k, v] of Object.entries(asDict(step.with))) ctx.with[k] = interpolate(asString(v), jobEnv);
    let outcome: StepRecord['outcome'] = 'success';
    let output = '';
    try {
      if (step.uses !== undefined) {
        const action = asString(step.uses).replace(/@.*$/, '');
        const handler = options.actions[action];
        if (!handler) throw new Error(`no handler for action ${action}`);
        await handler(ctx);
      } else {
        const script = asString(step.run);
        if (step.shell !== undefined && asString(step.shell) !== 'bash') throw new Error(`step "${name}": unsupported shell ${asString(step.shell)}`);
        const replacement = options.replaceRun?.[script.trim()];
        if (replacement) await replacement(ctx);
        else {
          const cwd = resolve(options.workspace, interpolate(asString(step['working-directory']) || '.', jobEnv));
          const result = await bash(script, cwd, env, join(runnerTemp, `step-${index}.sh`));
          output = result.output;
          if (result.code !== 0) outcome = 'failure';
        }
      }
    } catch (err) {
      outcome = 'failure';
      output += `\n${err instanceof Error ? err.stack ?? err.message : String(err)}`;
    }
    outputs[id ?? `#${index}`] = parseCommandFile(files.output);
    jobEnv = { ...jobEnv, ...parseCommandFile(files.env) };
    record(outcome, output);
  }
  const stepSummary = steps.map((_, i) => readFileSafe(join(runnerTemp, `summary-${i}`))).join('');
  return { conclusion: status.failed ? 'failure' : 'success', steps, env: { ...runnerEnv, ...jobEnv }, outputs, stepSummary, runnerTemp };
}

function readFileSafe(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/**
 * actions/github-script: the step's script as the body of an async function
 * with the action's globals, the fake octokit as `github`, and the step's
 * environment as `process.env`.
 */
export function githubScript(octokit: unknown, github: Record<string, unknown>, log: string[] = []): ActionHandler {
  return async (step) => {
    const [owner, repo] = String(github.repository).split('/');
    const event = (github.event ?? {}) as { pull_request?: { number: number }; issue?: { number: number } };
    const context = {
      repo: { owner, repo },
      issue: { owner, repo, number: event.pull_request?.number ?? event.issue?.number },
      runId: github.run_id,
      sha: github.sha,
      serverUrl: github.server_url,
      eventName: github.event_name,
      payload: event,
    };
    let failed: string | undefined;
    const core = {
      info: (m: string) => log.push(m),
      warning: (m: string) => log.push(`warning: ${m}`),
      setFailed: (m: string) => {
        failed = m;
      },
    };
    const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: string[]) => (...a: unknown[]) => Promise<unknown>;
    const script = new AsyncFunction('require', 'github', 'context', 'core', 'process', step.with.script);
    await script(require, octokit, context, core, { env: step.env });
    if (failed) throw new Error(`core.setFailed: ${failed}`);
  };
}
