/**
 * The rules a careful team holds its GitHub Actions workflows to, checked on a workflow's text: what each rule
 * finds broken, in words, so a test shows every violation at once.
 *
 * - Every action is pinned by a full commit SHA with its release tag in a comment (`@<40 hex> # v7.0.1`), and the
 *   SHA is the one that tag points to (PINNED, read from the actions' repositories); only GitHub's own actions and
 *   HashiCorp's setup-terraform (terraform's vendor) are used.
 * - Node is an LTS line still supported (22, 24, 26), never 20 (end of life since 2026-04-30).
 * - Secrets (and the job token) appear only in the `env:` of the steps that use them: never in workflow or job env,
 *   `with:` inputs or scripts, so npm ci's install scripts and the other steps' actions cannot read them.
 * - `permissions: {}` (or `contents: read`) for the workflow, and each job lists its own: write only for what its
 *   steps do (the drift issue, a PR comment, a check run, a release), `contents: read` only to check out.
 * - actions/checkout leaves no token behind (`persist-credentials: false`), and no `${{ }}` is pasted into a script.
 */
import { parseYaml, type Yaml } from './workflow-yaml';

/** action → the commit its tag points to, checked against the action's repository (tags as of 2026-12). */
export const PINNED: Record<string, { sha: string; tag: string }> = {
  'actions/checkout': { sha: '3d3c42e5aac5ba805825da76410c181273ba90b1', tag: 'v7.0.1' },
  'actions/setup-node': { sha: '820762786026740c76f36085b0efc47a31fe5020', tag: 'v7.0.0' },
  'actions/upload-artifact': { sha: 'bbbca2ddaa5d8feaa63e36b76fdaad77386f024f', tag: 'v7.0.0' },
  'actions/download-artifact': { sha: '3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c', tag: 'v8.0.1' },
  'actions/github-script': { sha: 'ed597411d8f924073f98dfc5c65a23a2325f34cd', tag: 'v8.0.0' },
  'hashicorp/setup-terraform': { sha: 'dfe3c3f87815947d99a8997f908cb6525fc44e9e', tag: 'v4.0.1' },
};

export const LTS_NODE_LINES = ['22', '24', '26'];

type Dict = Record<string, Yaml>;
const dict = (y: Yaml | undefined): Dict => (y && typeof y === 'object' && !Array.isArray(y) ? y : {});
const str = (y: Yaml | undefined): string => (typeof y === 'string' ? y : '');

/** Every string in a YAML tree with its path (`jobs.plan.steps[3].env.X`). */
function strings(y: Yaml, path: string, out: { path: string; value: string }[] = []) {
  if (typeof y === 'string') out.push({ path, value: y });
  else if (Array.isArray(y)) y.forEach((v, i) => strings(v, `${path}[${i}]`, out));
  else if (y) for (const [k, v] of Object.entries(y)) strings(v, path ? `${path}.${k}` : k, out);
  return out;
}

/** The write permissions a job's steps need, from what they do. */
function writesNeeded(job: Dict, onPullRequest: boolean): string[] {
  const needed = new Set<string>();
  for (const step of (job.steps as Yaml[] | undefined) ?? []) {
    const code = `${str(dict(dict(step).with).script)}\n${str(dict(step).run)}`;
    if (/rest\.issues\.(create|update)\(/.test(code)) needed.add('issues');
    if (/rest\.issues\.(createComment|updateComment)\(/.test(code)) needed.add(onPullRequest ? 'pull-requests' : 'issues');
    if (/rest\.checks\.create\(/.test(code)) needed.add('checks');
    if (/\bgh release (create|upload)\b/.test(code)) needed.add('contents');
  }
  return [...needed].sort();
}

export function workflowViolations(text: string): string[] {
  const problems: string[] = [];
  const workflow = dict(parseYaml(text));
  const onPullRequest = 'pull_request' in dict(workflow.on);

  // Pins: on the raw lines, since the tag lives in a comment the YAML parser drops.
  for (const line of text.split('\n').filter((l) => /^\s*(-\s+)?uses:/.test(l))) {
    const m = /uses:\s+([\w.-]+\/[\w.-]+)@([0-9a-f]{40}) # (v\d+\.\d+\.\d+)\s*$/.exec(line);
    if (!m) {
      problems.push(`not pinned by full commit SHA with the tag in a comment (uses: owner/action@<40 hex> # vX.Y.Z): ${line.trim()}`);
      continue;
    }
    const known = PINNED[m[1]];
    if (!known) problems.push(`${m[1]}: not one of the actions these workflows trust (GitHub's own, hashicorp/setup-terraform); use a script step`);
    else if (known.sha !== m[2] || known.tag !== m[3]) problems.push(`${m[1]}@${m[2]} # ${m[3]}: ${known.tag} is ${known.sha}`);
  }

  const top = dict(workflow.permissions);
  if (workflow.permissions === undefined || Object.entries(top).some(([k, v]) => k !== 'contents' || v !== 'read')) {
    problems.push(`workflow permissions must be {} or { contents: read } (each job asks for its own), got ${JSON.stringify(workflow.permissions ?? null)}`);
  }
  for (const key of Object.keys(dict(workflow.env))) if (/secrets\.|github\.token/.test(str(dict(workflow.env)[key]))) problems.push(`workflow env ${key} holds a secret`);

  for (const [name, raw] of Object.entries(dict(workflow.jobs))) {
    const job = dict(raw);
    const steps = ((job.steps as Yaml[] | undefined) ?? []).map(dict);
    if (job.permissions === undefined) problems.push(`job ${name}: no permissions of its own`);
    const perms = dict(job.permissions);
    const writes = Object.keys(perms).filter((k) => perms[k] === 'write').sort();
    const needed = writesNeeded(job, onPullRequest);
    if (JSON.stringify(writes) !== JSON.stringify(needed)) problems.push(`job ${name}: writes ${JSON.stringify(writes)}, its steps need ${JSON.stringify(needed)}`);
    const checksOut = steps.some((s) => str(s.uses).startsWith('actions/checkout@'));
    for (const [scope, level] of Object.entries(perms)) {
      if (level === 'write') continue;
      if (scope !== 'contents' || level !== 'read' || !checksOut) problems.push(`job ${name}: ${scope}: ${str(level)} is not needed (contents: read only where it checks out)`);
    }
    if (checksOut && perms.contents === undefined) problems.push(`job ${name}: checks out without contents: read`);

    for (const { path, value } of strings(job as Yaml, `jobs.${name}`)) {
      if (!/secrets\.|github\.token/.test(value)) continue;
      if (!/^jobs\.[^.]+\.steps\[\d+\]\.env\.[A-Za-z_][A-Za-z0-9_]*$/.test(path)) problems.push(`${path}: a secret outside a step's env:`);
    }
    steps.forEach((step, i) => {
      const where = `job ${name}, step ${str(step.name) || str(step.uses) || str(step.run).split('\n')[0] || i}`;
      if (str(step.run).includes('${{')) problems.push(`${where}: \${{ }} pasted into a script (pass it through env:)`);
      if (str(step.uses).startsWith('actions/setup-node@')) {
        const version = str(dict(step.with)['node-version']);
        if (!LTS_NODE_LINES.includes(version)) problems.push(`${where}: node-version ${version || '(none)'} is not a supported LTS line (${LTS_NODE_LINES.join(', ')})`);
      }
      if (str(step.uses).startsWith('actions/checkout@') && str(dict(step.with)['persist-credentials']) !== 'false') problems.push(`${where}: persist-credentials: false keeps the token out of .git/config`);
    });
  }
  return problems;
}
