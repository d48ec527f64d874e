import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { accountOf, configuredKeys } from '../report/accounts';
import { diffValues } from '../report/diff';
import { describeChange } from '../report/labels';
import type { PlanJson } from '../report/plan-json';
import { errorTail, terraform } from '../terraform-exec';

export interface DriftedAttribute {
  path: string;
  before: unknown;
  after: unknown;
  sensitive: boolean;
  /** In words: "Agents can end messaging sessions: on → off". */
  description: string;
}

export interface DriftedResource {
  address: string;
  type: string;
  account: string;
  /** update: changed outside Terraform; delete: deleted outside Terraform. */
  action: 'update' | 'delete';
  attributes: DriftedAttribute[];
}

export type DirectoryStatus = 'in_sync' | 'drift' | 'error';

export interface DirectoryResult {
  dir: string;
  status: DirectoryStatus;
  error?: string;
  durationMs: number;
  /** Every managed resource the check looked at (for JUnit test cases). */
  checked: string[];
  drifted: DriftedResource[];
}

/** A Terraform working directory: configuration files in it. */
function hasConfiguration(dir: string): boolean {
  return readdirSync(dir).some((f) => f.endsWith('.tf') || f.endsWith('.tf.json'));
}

/**
 * Directories to check: a CDKTF app directory (holding cdktf.out/stacks/*)
 * stands for all its synthesized stacks; anything else is taken as given.
 */
export function expandDirectories(dirs: string[]): string[] {
  return dirs.flatMap((dir) => {
    const stacks = join(dir, 'cdktf.out', 'stacks');
    if (existsSync(stacks) && statSync(stacks).isDirectory()) {
      return readdirSync(stacks)
        .sort()
        .map((s) => join(stacks, s))
        .filter((s) => statSync(s).isDirectory());
    }
    return [dir];
  });
}

/** Block types per resource type, from the providers' schemas (blocks written with `dynamic` are not in the configuration JSON). */
async function blockTypes(dir: string, env: NodeJS.ProcessEnv): Promise<Map<string, Set<string>>> {
  const result = await terraform(['providers', 'schema', '-json'], dir, env);
  const map = new Map<string, Set<string>>();
  if (result.code !== 0) return map;
  const doc = JSON.parse(result.stdout) as { provider_schemas?: Record<string, { resource_schemas?: Record<string, { block: { block_types?: object } }> }> };
  for (const provider of Object.values(doc.provider_schemas ?? {})) {
    for (const [type, schema] of Object.entries(provider.resource_schemas ?? {})) map.set(type, new Set(Object.keys(schema.block.block_types ?? {})));
  }
  return map;
}

export function driftFromPlan(plan: PlanJson, blocks: Map<string, Set<string>>): { checked: string[]; drifted: DriftedResource[] } {
  const checked = (plan.prior_state?.values?.root_module?.resources ?? []).filter((r) => r.mode === 'managed').map((r) => r.address);
  const drifted: DriftedResource[] = [];
  for (const rc of plan.resource_drift ?? []) {
    if (rc.mode !== 'managed') continue;
    const account = accountOf(plan, rc.address);
    if (rc.change.actions.includes('delete') || rc.change.after === null) {
      drifted.push({ address: rc.address, type: rc.type, account, action: 'delete', attributes: [] });
      continue;
    }
    // Only what the configuration manages counts: this provider records some settings it does not manage after an import.
    const managed = configuredKeys(plan, rc.address);
    for (const block of blocks.get(rc.type) ?? []) managed.add(block);
    const attributes = diffValues(rc.change.before, rc.change.after, {
      beforeSensitive: rc.change.before_sensitive,
      afterSensitive: rc.change.after_sensitive,
    })
      .filter((c) => managed.has(c.path.split('.')[0]))
      .map((c) => ({ ...c, description: describeChange(rc.type, c.path, c.before, c.after) }));
    if (attributes.length) drifted.push({ address: rc.address, type: rc.type, account, action: 'update', attributes });
  }
  return { checked, drifted };
}

/**
 * A refresh-only plan saved to a file and read with `terraform show -json`:
 * the plan's resource_drift says exactly what changed outside Terraform.
 * (The exit code of `plan -refresh-only -detailed-exitcode` is not used:
 * Terraform 1.11 reports 2 for resources with nested attributes even when
 * nothing changed.)
 */
export async function checkDirectory(dir: string, env: NodeJS.ProcessEnv = process.env): Promise<DirectoryResult> {
  const started = Date.now();
  const fail = (error: string): DirectoryResult => ({ dir, status: 'error', error, durationMs: Date.now() - started, checked: [], drifted: [] });
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return fail(`${dir} is not a directory.`);
  if (!hasConfiguration(dir)) return fail(`${dir} holds no Terraform configuration (*.tf or *.tf.json); for a CDKTF app, run cdktf synth first.`);
  if (!existsSync(join(dir, '.terraform'))) {
    const init = await terraform(['init', '-input=false', '-no-color'], dir, env);
    if (init.code !== 0) return fail(`terraform init failed in ${dir}:\n${errorTail(init)}`);
  }
  const temp = mkdtempSync(join(tmpdir(), 'zdm-drift-'));
  try {
    const planFile = join(temp, 'refresh.tfplan');
    const plan = await terraform(['plan', '-refresh-only', '-input=false', '-no-color', `-out=${planFile}`], dir, env);
    if (plan.code !== 0) return fail(`terraform plan -refresh-only failed in ${dir}:\n${errorTail(plan)}`);
    const shown = await terraform(['show', '-json', planFile], dir, env);
    if (shown.code !== 0) return fail(`terraform show -json failed in ${dir}:\n${errorTail(shown)}`);
    const parsed = JSON.parse(shown.stdout) as PlanJson;
    // The providers' schemas are only needed to judge changes: skip that terraform call when nothing changed.
    const blocks = parsed.resource_drift?.length ? await blockTypes(dir, env) : new Map<string, Set<string>>();
    const { checked, drifted } = driftFromPlan(parsed, blocks);
    return { dir, status: drifted.length ? 'drift' : 'in_sync', durationMs: Date.now() - started, checked, drifted };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** Runs checks with at most `parallel` at a time, reporting each result as it lands. */
export async function checkAll(
  dirs: string[],
  parallel: number,
  onResult: (result: DirectoryResult, done: number, total: number) => void,
  env: NodeJS.ProcessEnv = process.env,
): Promise<DirectoryResult[]> {
  const results: DirectoryResult[] = new Array(dirs.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < dirs.length) {
      const i = next++;
      results[i] = await checkDirectory(dirs[i], env);
      onResult(results[i], ++done, dirs.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(parallel, dirs.length)) }, worker));
  return results;
}

export function exitCodeFor(results: DirectoryResult[]): 0 | 1 | 2 {
  if (results.some((r) => r.status === 'error')) return 1;
  return results.some((r) => r.status === 'drift') ? 2 : 0;
}
