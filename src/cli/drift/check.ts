/**
 * One drift check per directory with the real terraform, and many at once.
 *
 * The verdict is the plan's: `terraform plan -detailed-exitcode -json` with a
 * saved plan, so drift reports exactly what an apply would change back, no
 * more (a setting the configuration does not manage) and no less (an
 * attribute left at its default that the provider plans back). The log says
 * whether anything changes and carries the provider's warnings (notes); only
 * when something changes is the saved plan read back with `terraform show
 * -json` (the changes, the drift since the last apply that tells their cause,
 * the configuration that names the account, and sensitive values marked), so
 * an in-sync directory costs one terraform command. "In sync" needs both exit
 * code 0 and the plan's own closing counts in the log: a terraform that exits
 * 0 having printed no plan (a wrapper, a broken binary) is an error, not a
 * clean bill.
 *
 * With a provider host (`reattach`), every terraform command but init uses
 * it; init runs without it, so the lock file still records the provider for
 * runs without the host. Inits that share a plugin cache run one at a time
 * (init-queue.ts).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../report/input-shape';
import type { PlanJson } from '../report/plan-json';
import { parseJsonText } from '../report/read-input';
import { readPlanJson } from '../report/validate-plan-json';
import { type Note, type PlanLog, diagnosticsText, hasChanges, parsePlanLog, providerNotes } from '../report/terraform-log';
import { errorTail, terraform, type TerraformResult } from '../terraform-exec';
import { type DriftedResource, driftFromPlan } from './analyze';
import type { AccountDetails } from './account-details';
import type { AttributionNote, AttributionOptions } from './attribution';
import type { AccessOptions } from './zendesk-access';
import { displayName, notAWorkingDirectory } from './directories';
import { initOnce } from './init-queue';
import { whatTerraformPrinted } from './unreadable';

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
  const init = () => initOnce(env, () => terraform(['init', '-input=false', '-no-color'], dir, env));
  let initialized = false;
  if (!existsSync(join(dir, '.terraform'))) {
    const result = await init();
    if (result.code !== 0) return failed('terraform init', result);
    initialized = true;
  }
  const temp = mkdtempSync(join(tmpdir(), 'zdm-drift-'));
  try {
    const planFile = join(temp, 'drift.tfplan');
    const runPlan = async () => readableLog(await terraform(['plan', '-input=false', '-json', '-detailed-exitcode', `-out=${planFile}`], dir, withHost));
    let plan = await runPlan();
    // A stale .terraform (providers reinstalled, backend or lock file changed, e.g. from a CI cache): init once and retry.
    if (plan.code === 1 && !initialized && NEEDS_INIT.test(plan.stderr)) {
      const result = await init();
      if (result.code !== 0) return failed('terraform init', result);
      plan = await runPlan();
    }
    if (plan.code !== 0 && plan.code !== 2) return failed('terraform plan', plan);
    const summary = plan.log.summary;
    // Exit 2 = changes, 0 = none, and the plan's counts must say the same; anything else is not a plan we can trust.
    const changes = summary && (hasChanges(summary) || plan.log.changedOutputs.length > 0);
    if (!summary || (plan.code === 0) === Boolean(changes) || !existsSync(planFile)) {
      return fail(`terraform plan in ${dir} gave no plan that can be read (exit code ${plan.code}, ${summary ? 'its counts contradict the exit code' : 'no "Plan:" summary in its -json output'}), so drift cannot say whether the directory is in sync. ${whatTerraformPrinted(plan)}`);
    }
    const notes = providerNotes(plan.log.diagnostics);
    const inSync = (accounts = {}): DirectoryResult => ({ ...base, status: 'in_sync', durationMs: Date.now() - started, checked: plan.log.refreshed, notes, ...accounts });
    if (!changes && !options.accountDetails) return inSync();
    const shown = await terraform(['show', '-json', planFile], dir, withHost);
    // Reading the plan back only for the fleet view's account names never turns an in-sync check into an error.
    if (shown.code !== 0) return changes ? failed('terraform show -json', shown) : inSync();
    const parsed = parsePlanJson(shown.stdout, dir);
    if (typeof parsed === 'string') return changes ? fail(parsed) : inSync();
    // One client (one OAuth token) per provider configuration for the account lookup and attribution together.
    const access: AccessOptions = { env, clients: new Map() };
    const accounts = options.accountDetails ? { accounts: await lookUpAccounts(parsed, access) } : {};
    if (!changes) return inSync(accounts);
    const { checked, drifted } = driftFromPlan(parsed);
    if (!drifted.length) {
      return fail(`terraform plan in ${dir} exited 2 (changes) but its saved plan lists no change of a resource or an output, so drift cannot tell what would change. ${whatTerraformPrinted(plan)}`);
    }
    const outside = drifted.filter((d) => d.action === 'delete' || d.attributes.some((a) => a.cause === 'outside'));
    const attribution = outside.length && options.attributionSince ? await attribute(parsed, outside, { ...access, since: options.attributionSince }) : undefined;
    return { ...base, status: 'drift', durationMs: Date.now() - started, checked, drifted, notes, ...(attribution ? { attribution } : {}), ...accounts };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/**
 * `terraform show -json`'s document, checked field by field as plan-summary checks its input (validate-plan-json.ts),
 * or what was wrong with it in words: what drift reads from it must have the format's types.
 */
function parsePlanJson(text: string, dir: string): PlanJson | string {
  const source = `terraform show -json in ${dir}`;
  try {
    return readPlanJson(parseJsonText(text, source, 'a plan'), source);
  } catch (err) {
    if (err instanceof InputError) return err.message;
    throw err;
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
function readableLog(result: TerraformResult): TerraformResult & { log: PlanLog } {
  const log = parsePlanLog(result.stdout);
  const errors = diagnosticsText(log.diagnostics.filter((d) => d.severity === 'error'));
  return { ...result, stderr: [errors, result.stderr.trim()].filter(Boolean).join('\n\n'), log };
}

