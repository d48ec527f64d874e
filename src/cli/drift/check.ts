/**
 * One drift check per directory with the real terraform, and many at once.
 *
 * Why a saved refresh-only plan, run with `-json`: the log says which
 * resources were refreshed and whether any drifted, and carries the
 * provider's warnings (notes); only when something drifted is the saved plan
 * read back with `terraform show -json` (one document with resource_drift, the
 * configuration, needed to tell managed from unmanaged attributes and to name
 * the account, and the prior state, with sensitive values marked), so an
 * in-sync directory costs one terraform command. The exit code of
 * `-detailed-exitcode` is not used: Terraform 1.11 exits 2 for a refresh-only
 * plan that prints "No changes" (its state comparison used reflect.DeepEqual,
 * which sees an in-memory decode cache; fixed upstream in v1.15.0, commit
 * 659d5e2), and 2 when only a setting the configuration does not manage changed.
 *
 * With a provider host (`reattach`), every terraform command but init uses
 * it; init runs without it, so the lock file still records the provider for
 * runs without the host.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PlanJson } from '../report/plan-json';
import { type Note, type RefreshLog, diagnosticsText, parseRefreshLog, providerNotes } from '../report/terraform-log';
import { errorTail, terraform, type TerraformResult } from '../terraform-exec';
import { type DriftedResource, driftFromPlan } from './analyze';
import type { AccountDetails } from './account-details';
import type { AttributionNote, AttributionOptions } from './attribution';
import type { AccessOptions } from './zendesk-access';
import { displayName, notAWorkingDirectory } from './directories';

export type { DriftedAttribute, DriftedResource } from './analyze';
export { expandDirectories } from './directories';

export type DirectoryStatus = 'in_sync' | 'drift' | 'error';

export interface DirectoryResult {
  dir: string;
  /** The stack name for cdktf.out/stacks/NAME, else the directory's name. */
  name: string;
  status: DirectoryStatus;
  /** What went wrong, naming the directory and quoting terraform; only for status "error". */
  error?: string;
  durationMs: number;
  /** Every managed resource the check looked at (one JUnit test case each). */
  checked: string[];
  drifted: DriftedResource[];
  /** The provider's warnings about checked resources (a dormant setting, a deprecated credential): worth reading, not drift. */
  notes: Note[];
  /** Accounts whose drift the audit log could not attribute, and why (e.g. not Zendesk Enterprise); absent or empty when none. */
  attribution?: AttributionNote[];
  /** The accounts the directory's configuration talks to, sandbox or not (the fleet view); absent when not looked up. */
  accounts?: AccountDetails[];
}

export interface CheckOptions {
  /** TF_REATTACH_PROVIDERS of a provider host (see provider-host.ts), added to the env of every terraform command but init. */
  reattach?: Record<string, string>;
  /** Look up who made each drift in the audit log from this time on; absent: no attribution. */
  attributionSince?: Date;
  /**
   * Name every account and ask Zendesk whether it is a sandbox (GET /api/v2/account), for the fleet view: costs an
   * in-sync directory one more terraform command (show -json) and one API call per account.
   */
  accountDetails?: boolean;
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

/** Terraform's ways of saying a working directory must be initialized (again). */
const NEEDS_INIT = /Required plugins are not installed|Backend initialization required|Inconsistent dependency lock file|Module not installed|run:\s+terraform init/;

export async function checkDirectory(dir: string, env: NodeJS.ProcessEnv = process.env, options: CheckOptions = {}): Promise<DirectoryResult> {
  const reattach = options.reattach ?? {};
  const started = Date.now();
  const base = { dir, name: displayName(dir), checked: [], drifted: [], notes: [] };
  const fail = (error: string): DirectoryResult => ({ ...base, status: 'error', error, durationMs: Date.now() - started });
  // "terraform init failed in DIR: <terraform's error>", then terraform's details: the first line alone must say what broke.
  const failed = (what: string, result: TerraformResult) => {
    const [first = '', ...rest] = errorTail(result).split('\n');
    return fail([`${what} failed in ${dir}: ${first.replace(/^Error: /, '')}`, ...rest].join('\n').trim());
  };
  const invalid = notAWorkingDirectory(dir);
  if (invalid) return fail(invalid);
  const withHost = { ...env, ...reattach };
  const init = () => terraform(['init', '-input=false', '-no-color'], dir, env);
  let initialized = false;
  if (!existsSync(join(dir, '.terraform'))) {
    const result = await init();
    if (result.code !== 0) return failed('terraform init', result);
    initialized = true;
  }
  const temp = mkdtempSync(join(tmpdir(), 'zdm-drift-'));
  try {
    const planFile = join(temp, 'refresh.tfplan');
    const refresh = async () => readableLog(await terraform(['plan', '-refresh-only', '-input=false', '-json', `-out=${planFile}`], dir, withHost));
    let plan = await refresh();
    // A stale .terraform (providers reinstalled, backend or lock file changed, e.g. from a CI cache): init once and retry.
    if (plan.code !== 0 && !initialized && NEEDS_INIT.test(plan.stderr)) {
      const result = await init();
      if (result.code !== 0) return failed('terraform init', result);
      plan = await refresh();
    }
    if (plan.code !== 0) return failed('terraform plan -refresh-only', plan);
    const notes = providerNotes(plan.log.diagnostics);
    const inSync = (accounts = {}): DirectoryResult => ({ ...base, status: 'in_sync', durationMs: Date.now() - started, checked: plan.log.refreshed, notes, ...accounts });
    if (!plan.log.drift && !options.accountDetails) return inSync();
    const shown = await terraform(['show', '-json', planFile], dir, withHost);
    // Reading the plan back only for the fleet view's account names never turns an in-sync check into an error.
    if (shown.code !== 0) return plan.log.drift ? failed('terraform show -json', shown) : inSync();
    const parsed = JSON.parse(shown.stdout) as PlanJson;
    // One client (one OAuth token) per provider configuration for the account lookup and attribution together.
    const access: AccessOptions = { env, clients: new Map() };
    const accounts = options.accountDetails ? { accounts: await lookUpAccounts(parsed, access) } : {};
    if (!plan.log.drift) return inSync(accounts);
    const { checked, drifted } = driftFromPlan(parsed, await blockTypes(dir, withHost));
    const attribution = drifted.length && options.attributionSince ? await attribute(parsed, drifted, { ...access, since: options.attributionSince }) : undefined;
    return { ...base, status: drifted.length ? 'drift' : 'in_sync', durationMs: Date.now() - started, checked, drifted, notes, ...(attribution ? { attribution } : {}), ...accounts };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** Attribution loads the client and the provider's credential rules only when something drifted. */
async function attribute(plan: PlanJson, drifted: DriftedResource[], options: AttributionOptions): Promise<AttributionNote[]> {
  const { attributeDrift } = await import('./attribution');
  return attributeDrift(plan, drifted, options);
}

/** The account lookup loads the client only when the fleet view asks for it. */
async function lookUpAccounts(plan: PlanJson, options: AccessOptions): Promise<AccountDetails[]> {
  const { accountDetails } = await import('./account-details');
  return accountDetails(plan, options);
}

/**
 * A `-json` run as the rest of this module reads a plain one: its log parsed,
 * and its errors rendered as terraform prints them in front of whatever it
 * wrote to stderr, so failure messages quote terraform's own words.
 */
function readableLog(result: TerraformResult): TerraformResult & { log: RefreshLog } {
  const log = parseRefreshLog(result.stdout);
  const errors = diagnosticsText(log.diagnostics.filter((d) => d.severity === 'error'));
  return { ...result, stderr: [errors, result.stderr.trim()].filter(Boolean).join('\n\n'), log };
}

