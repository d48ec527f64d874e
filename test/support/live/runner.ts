/**
 * The acceptance flows against one account, as a team would walk them by hand: refuse unless GET /api/v2/account
 * says sandbox; save the messaging settings; with the real terraform and the provider `install-provider` put in a
 * mirror: apply, a no-op plan, an out-of-band change by a second admin through the admin API, `zendesk-messaging
 * drift` reporting it, apply healing it, an import into a fresh state that plans clean, and destroy with
 * on_destroy = "reset"; the omnichannel routing objects' flows (routing-flows.ts: only objects named with the run's
 * "tf-live-<run id>-" prefix, earlier runs' leftovers removed first); then, always, this run's routing objects removed
 * by name and the saved settings written back and read back. `npm run test:live` runs it against a real sandbox;
 * test/acceptance/live-runner.test.ts against the emulator, so this path cannot rot.
 */
import { createZendeskClient, type ZendeskClient } from '../../../src/client';
import { SETTINGS } from '../../../src/provider/messaging-settings/attribute-map';
import { accountWords, requireMessagingSetting, requireSandbox, sameAccount } from './guard';
import { removeRunObjects, routingFlows } from './routing-flows';
import { runPrefix } from './routing-objects';
import { type RestoreRecord, type SettingsSnapshot, restoreSnapshot, snapshotOf } from './snapshot';
import { type LiveTarget, authOf, describeCredential, providerEnvOf, secretsOf } from './target';
import { LiveWorkdirs, type ManagedValues, RESOURCE, configFor } from './workdirs';

export interface StepRecord {
  step: string;
  ms: number;
  detail: string;
}

export type LiveOutcome =
  | { status: 'refused'; reason: string }
  | {
      status: 'passed' | 'failed';
      account: string;
      steps: StepRecord[];
      /** The step that failed and why (absent when every step passed). */
      failure?: { step: string; error: string };
      /** Parts the sandbox's plan or the provider under test does not offer, and why: said, not failed. */
      skipped: { part: string; why: string }[];
      /** This run's routing objects removed by name after the flows (what was left, or nothing). */
      cleanup: string;
      restore: RestoreRecord;
      /** Where the working directories were; removed before the run returns. */
      workDir: string;
    };

export interface LiveRunOptions {
  /** Per command (terraform, the CLI). Default 5 minutes: a real account is slower than the emulator. */
  commandTimeoutMs?: number;
  /** Progress, one line per step (already redacted). */
  progress?: (line: string) => void;
}

/** Every secret of the target, and anything shaped like a credential, out of a text (client/redact does the shapes). */
function redactorFor(target: LiveTarget): (text: string) => string {
  const secrets = secretsOf(target).filter((s) => s.length >= 4);
  return (text) => secrets.reduce((out, secret) => out.split(secret).join('[REDACTED]'), text);
}

const RESET_TO = (key: string) => SETTINGS.find((s) => `${s.section}.${s.key}` === key && s.resetTo !== undefined)?.resetTo;

/** What the run applies: every managed value differs from what the account holds, so each apply really writes. */
function managedValuesFor(agentsCanEndSessions: boolean, snapshot: SettingsSnapshot): ManagedValues {
  const timeout = snapshot['messaging_inactivity.timeout'];
  return { agentsCanEndSessions: !agentsCanEndSessions, inactivityTimeoutMinutes: typeof timeout === 'number' ? (timeout === 10 ? 11 : 10) : undefined };
}

const clientFor = (target: LiveTarget, credential: LiveTarget['terraform']) =>
  createZendeskClient({ baseUrl: target.baseUrl, auth: authOf(credential), userAgent: 'cdktf-zendesk-messaging live acceptance run' });

export async function runLiveFlow(target: LiveTarget, options: LiveRunOptions = {}): Promise<LiveOutcome> {
  const redact = redactorFor(target);
  const progress = (line: string) => options.progress?.(redact(line));
  let terraformClient: ZendeskClient;
  let adminClient: ZendeskClient;
  try {
    terraformClient = clientFor(target, target.terraform);
    adminClient = clientFor(target, target.admin);
  } catch (err) {
    return { status: 'refused', reason: redact(`The target is not usable: ${(err as Error).message}`) };
  }

  // (1) Nothing is written before both credentials say they reach one and the same sandbox.
  const whoseTerraform = `terraform's credential (${describeCredential(target.terraform)})`;
  const whoseAdmin = `the second admin's credential (${describeCredential(target.admin)})`;
  const account = await requireSandbox(terraformClient, whoseTerraform);
  if ('refused' in account) return { status: 'refused', reason: redact(account.refused) };
  const adminAccount = await requireSandbox(adminClient, whoseAdmin);
  if ('refused' in adminAccount) return { status: 'refused', reason: redact(adminAccount.refused) };
  const same = sameAccount(account.ok, adminAccount.ok, whoseAdmin);
  if ('refused' in same) return { status: 'refused', reason: redact(same.refused) };

  // (2) The settings as found: what the run restores at the end.
  let found;
  try {
    found = await terraformClient.getSettings();
  } catch (err) {
    return { status: 'refused', reason: redact(`Reading the settings of ${accountWords(account.ok)} failed: ${(err as Error).message}. Nothing was written.`) };
  }
  const endSession = requireMessagingSetting(found, account.ok);
  if ('refused' in endSession) return { status: 'refused', reason: redact(endSession.refused) };
  const snapshot = snapshotOf(found);
  const managed = managedValuesFor(endSession.ok, snapshot);
  progress(`account ${accountWords(account.ok)} is a sandbox; saved ${Object.keys(snapshot).length} messaging settings`);

  // (3) The flows, step by step; the first failure ends them.
  const dirs = new LiveWorkdirs(providerEnvOf(target.terraform), options.commandTimeoutMs ?? 300_000);
  const steps: StepRecord[] = [];
  let failure: { step: string; error: string } | undefined;
  const step = async (name: string, body: () => Promise<string>) => {
    if (failure) return;
    const started = Date.now();
    try {
      const detail = await body();
      steps.push({ step: name, ms: Date.now() - started, detail: redact(detail) });
      progress(`✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s): ${detail}`);
    } catch (err) {
      failure = { step: name, error: redact((err as Error).message) };
      progress(`✗ ${name}: ${(err as Error).message}`);
    }
  };
  const holds = async (what: string, expected: Record<string, unknown>) => {
    const settings = await terraformClient.getSettings();
    for (const [path, value] of Object.entries(expected)) {
      const [section, key] = path.split('.', 2);
      const actual = settings[section]?.[key];
      if (actual !== value) throw new Error(`after ${what}, Zendesk holds ${path} = ${JSON.stringify(actual)}, not ${JSON.stringify(value)}`);
    }
  };
  const applied: Record<string, unknown> = { 'messaging.messaging_end_session': managed.agentsCanEndSessions };
  if (managed.inactivityTimeoutMinutes !== undefined) applied['messaging_inactivity.timeout'] = managed.inactivityTimeoutMinutes;
  let applyDir = '';
  let resourceId = '';
  let restore: RestoreRecord;
  let cleanup = '';
  const prefix = runPrefix();
  const skipped: { part: string; why: string }[] = [];
  const skip = (part: string, why: string) => {
    skipped.push({ part, why: redact(why) });
    progress(`– ${part} skipped: ${why}`);
  };

  try {
    await step('install the provider', () => dirs.installProvider());
    await step('apply', async () => {
      applyDir = await dirs.workdir('apply', configFor(target.baseUrl, managed, { reset: true }));
      await dirs.expect(applyDir, ['apply', '-auto-approve', '-input=false'], [0]);
      await holds('apply', applied);
      const state = JSON.parse((await dirs.expect(applyDir, ['show', '-json'], [0])).stdout);
      resourceId = state.values?.root_module?.resources?.find((r: { address: string }) => r.address === RESOURCE)?.values?.id ?? '';
      if (!resourceId) throw new Error(`the state after apply holds no ${RESOURCE} with an id`);
      return `Zendesk holds ${JSON.stringify(applied)}; resource id "${resourceId}"`;
    });
    await step('no-op plan', async () => {
      await dirs.expect(applyDir, ['plan', '-detailed-exitcode', '-input=false'], [0]);
      return 'plan -detailed-exitcode exited 0 (no changes)';
    });
    await step('out-of-band change by the second admin', async () => {
      const result = await adminClient.updateSettings({ messaging: { messaging_end_session: !managed.agentsCanEndSessions } });
      if (result.notKept.length) throw new Error(`Zendesk did not keep ${result.notKept.map((n) => n.path).join(', ')}`);
      return `PUT /api/v2/account/settings with ${describeCredential(target.admin)}: messaging.messaging_end_session = ${!managed.agentsCanEndSessions}`;
    });
    await step('drift reports it', async () => {
      const drift = await dirs.drift(applyDir);
      const attributes = drift.report.directories.flatMap((d) => d.drifted).flatMap((d) => d.attributes);
      const found = attributes.find((a) => a.path === 'agents_can_end_sessions');
      if (drift.code !== 2 || !found || attributes.length !== 1) {
        throw new Error(`zendesk-messaging drift exited ${drift.code} with status ${drift.report.status} and drifted attributes ${JSON.stringify(attributes.map((a) => a.path))}; expected 2 and exactly agents_can_end_sessions`);
      }
      return `exit 2: agents_can_end_sessions ${JSON.stringify(found.before)} → ${JSON.stringify(found.after)}`;
    });
    await step('apply heals', async () => {
      await dirs.expect(applyDir, ['apply', '-auto-approve', '-input=false'], [0]);
      await holds('the healing apply', applied);
      return `Zendesk holds ${JSON.stringify(applied)} again`;
    });
    await step('import into a fresh state', async () => {
      const importDir = await dirs.workdir('import', configFor(target.baseUrl, managed, { reset: false }));
      await dirs.expect(importDir, ['import', '-input=false', RESOURCE, resourceId], [0]);
      await dirs.expect(importDir, ['plan', '-detailed-exitcode', '-input=false'], [0]);
      return `terraform import ${RESOURCE} ${resourceId}, then plan -detailed-exitcode exited 0`;
    });
    await step('destroy with reset', async () => {
      await dirs.expect(applyDir, ['destroy', '-auto-approve', '-input=false'], [0]);
      const defaults = Object.fromEntries(Object.keys(applied).map((path) => [path, RESET_TO(path)]));
      await holds('destroy with on_destroy = "reset"', defaults);
      return `Zendesk holds the defaults ${JSON.stringify(defaults)}`;
    });
    await routingFlows({ dirs, client: terraformClient, admin: adminClient, baseUrl: target.baseUrl, prefix, found, step, skip });
  } finally {
    // (4) Always, whatever happened above: the settings as found written back and read back (first: it never
    // throws), and no files left. This run's routing objects go first, by name: none when its destroy did its work.
    cleanup = await removeRunObjects(terraformClient, prefix).catch((err: Error) => `removing this run's routing objects failed: ${err.message}; remove what is named ${prefix}… by hand`);
    restore = await restoreSnapshot(terraformClient, snapshot, redact);
    dirs.cleanup();
  }
  cleanup = redact(cleanup);
  progress(`cleanup: ${cleanup}`);
  progress(`${restore.ok ? '✓' : '✗'} restore: ${restore.detail}`);
  if (!restore.ok && !failure) failure = { step: 'restore', error: restore.detail };
  return { status: failure ? 'failed' : 'passed', account: redact(accountWords(account.ok)), steps, failure, skipped, cleanup, restore, workDir: dirs.root };
}

/** An outcome in words, for a failing test's message and the live run's report. */
export function describeOutcome(outcome: LiveOutcome): string {
  if (outcome.status === 'refused') return `refused: ${outcome.reason}`;
  return [
    `${outcome.status}: account ${outcome.account}`,
    ...outcome.steps.map((s) => `  ✓ ${s.step} (${(s.ms / 1000).toFixed(1)} s): ${s.detail}`),
    ...(outcome.failure ? [`  ✗ ${outcome.failure.step}: ${outcome.failure.error}`] : []),
    ...outcome.skipped.map((s) => `  – ${s.part} skipped: ${s.why}`),
    `  cleanup: ${outcome.cleanup}`,
    `  ${outcome.restore.ok ? '✓' : '✗'} restore: ${outcome.restore.detail}`,
  ].join('\n');
}
