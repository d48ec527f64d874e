// `terraform plan` of one settings resource vs its floor: a terraform_data-only plan plus, for every provider
// start terraform makes during the plan, one bare node start. Then `zendesk-messaging exec -- terraform plan`
// (one provider host started by exec, terraform reattached to it) and a plan reattached to a host already running,
// each vs the terraform_data-only plan itself.
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { sideBySide, timeCommand } from '../lib/measure.mjs';
import { baseEnv, settingsConfig, terraformDataOnly, workspace } from '../lib/workspace.mjs';

const PLAN = ['plan', '-input=false', '-no-color', '-detailed-exitcode'];
const CLI = new URL('../../bin/zendesk-messaging.js', import.meta.url).pathname;
const require = createRequire(import.meta.url);
const { startProviderHost } = require('../../dist/cli/provider-host.js');
const { installMinimalProvider, startMinimalHost, minimalConfig } = require('../lib/minimal-provider.cjs');

/** `variant`: environment set on every side (e.g. NODE_EXTRA_CA_CERTS unset); `tag` keeps its workspaces apart. */
export async function planVsFloor({ root, probedRoot, emulator, nodeMs, runs, variant = {}, tag = '' }) {
  const env = (r) => baseEnv({ TF_CLI_CONFIG_FILE: r.cliConfigPath, ZENDESK_OAUTH_CLIENT_SECRET: 'emulator-secret', ...variant });
  const url = emulator.accountUrl(`bench-plan${tag}`);
  const floorDir = await workspace(root, `floor${tag}`, terraformDataOnly, env(root));
  await timeCommand('terraform', ['apply', '-auto-approve', '-input=false'], { cwd: floorDir, env: env(root) });
  /** A command timed in turn with the terraform_data-only plan, the baseline of every row here. */
  const againstTerraformData = (command, args, options) =>
    sideBySide(
      runs,
      1,
      async () => (await timeCommand(command, args, options)).ms,
      async () => (await timeCommand('terraform', PLAN, { cwd: floorDir, env: env(root) })).ms,
    );
  const settingsDir = await workspace(root, `settings${tag}`, settingsConfig(url), env(root));
  await timeCommand('terraform', ['apply', '-auto-approve', '-input=false'], { cwd: settingsDir, env: env(root) });

  // How many times terraform starts the provider per command (probed processes log one line each).
  const probeFile = `${probedRoot.root}/starts${tag}.jsonl`;
  const probedEnv = { ...env(probedRoot), BENCH_PROBE_FILE: probeFile };
  const probedDir = await workspace(probedRoot, `settings${tag}`, settingsConfig(emulator.accountUrl(`bench-probe${tag}`)), probedEnv);
  const count = async (args, okCodes = [0]) => {
    rmSync(probeFile, { force: true });
    await timeCommand('terraform', args, { cwd: probedDir, env: probedEnv, okCodes });
    return readFileSync(probeFile, 'utf8').trim().split('\n').filter((l) => l.includes('provider.js')).length;
  };
  const starts = {
    apply: await count(['apply', '-auto-approve', '-input=false']),
    plan: await count(PLAN),
    destroy: await count(['destroy', '-auto-approve', '-input=false']),
  };

  const result = await againstTerraformData('terraform', PLAN, { cwd: settingsDir, env: env(root) });
  const floorMs = result.b + starts.plan * nodeMs;
  // The same plan of a provider that does nothing, started by terraform as ours is: what the normal starts cost
  // before a provider does anything.
  const minimalInstall = installMinimalProvider(`${root.root}/minimal-mirror${tag}`);
  const minimalEnv = baseEnv({ TF_CLI_CONFIG_FILE: minimalInstall.cliConfigPath, ...variant });
  const minimalPlanDir = await workspace(root, `minimal-plan${tag}`, minimalConfig, minimalEnv);
  await timeCommand('terraform', ['apply', '-auto-approve', '-input=false'], { cwd: minimalPlanDir, env: minimalEnv });
  const minimalPlan = await againstTerraformData('terraform', PLAN, { cwd: minimalPlanDir, env: minimalEnv });
  const exec = await againstTerraformData(process.execPath, [CLI, 'exec', '--', 'terraform', ...PLAN], { cwd: settingsDir, env: env(root) });
  // The least an exec in Node costs: one process that serves a provider doing nothing and runs the plan (see
  // lib/minimal-provider.cjs), started with the environment as given (NODE_EXTRA_CA_CERTS included where set).
  const minimalExec = await againstTerraformData(process.execPath, [minimalInstall.bundle, '--exec', '--', 'terraform', ...PLAN], { cwd: minimalPlanDir, env: minimalEnv });
  // The marginal plan once a host is warm (every plan after the first of an exec session, or of a drift).
  const host = await startProviderHost(env(root));
  let warm;
  try {
    const warmEnv = { ...env(root), ...host.env };
    warm = await againstTerraformData('terraform', PLAN, { cwd: settingsDir, env: warmEnv });
  } finally {
    await host.stop();
  }
  // The same marginal plan of a provider that does nothing (lib/minimal-provider.cjs): the least a reattached Node
  // provider costs over terraform_data.
  const minimalHost = await startMinimalHost(env(root));
  let warmMinimal;
  try {
    const minimalEnv = { ...env(root), ...minimalHost.env };
    const minimalDir = await workspace(root, `minimal${tag}`, minimalConfig, minimalEnv);
    await timeCommand('terraform', ['apply', '-auto-approve', '-input=false'], { cwd: minimalDir, env: minimalEnv });
    warmMinimal = await againstTerraformData('terraform', PLAN, { cwd: minimalDir, env: minimalEnv });
  } finally {
    await minimalHost.stop();
  }
  return {
    warm: { planMs: warm.a, terraformDataPlanMs: warm.b, ratio: warm.a / warm.b },
    warmMinimal: { planMs: warmMinimal.a, terraformDataPlanMs: warmMinimal.b, ratio: warmMinimal.a / warmMinimal.b },
    settingsPlanMs: result.a,
    terraformDataPlanMs: result.b,
    startsPerCommand: starts,
    floorMs,
    ratio: result.a / floorMs,
    minimal: { planMs: minimalPlan.a, floorMs: minimalPlan.b + starts.plan * nodeMs, ratio: minimalPlan.a / (minimalPlan.b + starts.plan * nodeMs) },
    exec: { planMs: exec.a, terraformDataPlanMs: exec.b, ratio: exec.a / exec.b },
    execMinimal: { planMs: minimalExec.a, terraformDataPlanMs: minimalExec.b, ratio: minimalExec.a / minimalExec.b },
    runs,
  };
}
