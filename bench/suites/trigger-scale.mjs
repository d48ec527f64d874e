// One trigger with hundreds of conditions, through the real terraform against the emulator: creating it
// (terraform apply) and a no-op plan afterwards, for 250, 500 and 1,000 conditions (real triggers have a handful:
// docs/design/trigger-conditions.md). A linear algorithm takes 2× and 4× the 250-condition time for the work that
// grows with the conditions; terraform's own matching of set elements grows faster, which the provider's RPC rows
// separate from the provider's part. The fixed part of
// every command (terraform and provider starts, a one-condition trigger's work) is measured in the same run
// and taken off before comparing.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { median, timeCommand } from '../lib/measure.mjs';
import { baseEnv, providerConfig, workspace } from '../lib/workspace.mjs';

const APPLY = ['apply', '-auto-approve', '-input=false', '-no-color'];
const PLAN = ['plan', '-input=false', '-no-color', '-detailed-exitcode'];

/** Distinct conditions (tags), as a user would write them: static blocks, no dynamic. */
export function triggerConfig(baseUrl, conditions) {
  const blocks = Array.from(
    { length: conditions },
    (_, i) => `    all {\n      field    = "current_tags"\n      operator = "includes"\n      value    = "tag_${i}"\n    }`,
  );
  // A 1,000-condition write is one large request; under load it may take a while.
  return `${providerConfig(baseUrl, ['request_timeout_seconds = 300'])}resource "zendesk_trigger" "big" {
  title = "${conditions} conditions"
  conditions {
${blocks.join('\n')}
  }
  actions {
    field = "current_tags"
    value = "big"
  }
}
`;
}

/**
 * Runs a terraform command, timing it from outside, and also sums the provider's own time: every RPC it serves
 * logs its duration at debug level (only the provider's log is on: TF_LOG_PROVIDER, not TF_LOG).
 */
async function measure(args, { cwd, env, okCodes }) {
  const log = join(cwd, 'provider.log');
  rmSync(log, { force: true });
  const { ms } = await timeCommand('terraform', args, { cwd, env: { ...env, TF_LOG_PROVIDER: 'DEBUG', TF_LOG_PATH: log }, okCodes });
  const providerMs = [...readFileSync(log, 'utf8').matchAll(/served request:.*?duration_ms=([\d.]+)/g)].reduce((sum, m) => sum + Number(m[1]), 0);
  return { ms, providerMs };
}

export async function triggerScale({ root, emulator, sizes = [250, 500, 1000], runs = 2 }) {
  const env = baseEnv({ TF_CLI_CONFIG_FILE: root.cliConfigPath, ZENDESK_OAUTH_CLIENT_SECRET: 'emulator-secret' });
  const counts = [1, ...sizes];
  const samples = { create: [], plan: [], createProvider: [], planProvider: [], validate: [] };
  const byCount = () => new Map(counts.map((n) => [n, []]));
  for (const key of Object.keys(samples)) samples[key] = byCount();
  // Sizes interleaved within each run, so a change in machine speed hits all of them alike.
  for (let run = 0; run < runs; run++) {
    for (const n of counts) {
      const account = `bench-trigger-${n}-${run}`;
      const dir = await workspace(root, account, triggerConfig(emulator.accountUrl(account), n), env);
      // terraform validate: terraform's own handling of the configuration (plus one small provider call).
      samples.validate.get(n).push((await timeCommand('terraform', ['validate', '-no-color'], { cwd: dir, env })).ms);
      const created = await measure(APPLY, { cwd: dir, env });
      samples.create.get(n).push(created.ms);
      samples.createProvider.get(n).push(created.providerMs);
      const planned = await measure(PLAN, { cwd: dir, env, okCodes: [0] });
      samples.plan.get(n).push(planned.ms);
      samples.planProvider.get(n).push(planned.providerMs);
    }
  }
  const medians = (key) => Object.fromEntries(counts.map((n) => [n, median(samples[key].get(n))]));
  const createMs = medians('create');
  const planMs = medians('plan');
  const providerCreateMs = medians('createProvider');
  const providerPlanMs = medians('planProvider');
  const validateMs = medians('validate');
  const [unit] = sizes;
  /** Time that grows with the conditions: the command minus the one-condition command. */
  const growth = (times, n) => times[n] - times[1];
  const ratios = (times) =>
    Object.fromEntries(
      sizes.slice(1).map((n) => [n, { measured: growth(times, n) / growth(times, unit), linear: n / unit, raw: times[n] / times[unit] }]),
    );
  const perCondition = (times) => Object.fromEntries(sizes.map((n) => [n, growth(times, n) / (n - 1)]));
  return {
    sizes,
    runs,
    createMs,
    planMs,
    createRatios: ratios(createMs),
    planRatios: ratios(planMs),
    createMsPerCondition: perCondition(createMs),
    planMsPerCondition: perCondition(planMs),
    /** The provider's share (its RPCs), and terraform validate: terraform's own cost for the same configuration. */
    providerCreateMs,
    providerPlanMs,
    providerCreateRatios: ratios(providerCreateMs),
    providerPlanRatios: ratios(providerPlanMs),
    validateMs,
    validateRatios: ratios(validateMs),
  };
}
