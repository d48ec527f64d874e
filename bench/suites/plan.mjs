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
const { startProviderHost } = createRequire(import.meta.url)('../../dist/cli/provider-host.js');

/** `variant`: environment set on every side (e.g. NODE_EXTRA_CA_CERTS unset); `tag` keeps its workspaces apart. */
export async function planVsFloor({ root, probedRoot, emulator, nodeMs, runs, variant = {}, tag = '' }) {
  const env = (r) => baseEnv({ TF_CLI_CONFIG_FILE: r.cliConfigPath, ZENDESK_OAUTH_CLIENT_SECRET: 'emulator-secret', ...variant });
  const url = emulator.accountUrl(`bench-plan${tag}`);
  const floorDir = await workspace(root, `floor${tag}`, terraformDataOnly, env(root));
  await timeCommand('terraform', ['apply', '-auto-approve', '-input=false'], { cwd: floorDir, env: env(root) });
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

  const result = await sideBySide(
    runs,
    1,
    async () => (await timeCommand('terraform', PLAN, { cwd: settingsDir, env: env(root) })).ms,
    async () => (await timeCommand('terraform', PLAN, { cwd: floorDir, env: env(root) })).ms,
  );
  const floorMs = result.b + starts.plan * nodeMs;
  const exec = await sideBySide(
    runs,
    1,
    async () => (await timeCommand(process.execPath, [CLI, 'exec', '--', 'terraform', ...PLAN], { cwd: settingsDir, env: env(root) })).ms,
    async () => (await timeCommand('terraform', PLAN, { cwd: floorDir, env: env(root) })).ms,
  );
  // The marginal plan once a host is warm (every plan after the first of an exec session, or of a drift).
  const host = await startProviderHost(env(root));
  let warm;
  try {
    const warmEnv = { ...env(root), ...host.env };
    warm = await sideBySide(
      runs,
      1,
      async () => (await timeCommand('terraform', PLAN, { cwd: settingsDir, env: warmEnv })).ms,
      async () => (await timeCommand('terraform', PLAN, { cwd: floorDir, env: env(root) })).ms,
    );
  } finally {
    await host.stop();
  }
  return {
    warm: { planMs: warm.a, terraformDataPlanMs: warm.b, ratio: warm.a / warm.b },
    settingsPlanMs: result.a,
    terraformDataPlanMs: result.b,
    startsPerCommand: starts,
    floorMs,
    ratio: result.a / floorMs,
    exec: { planMs: exec.a, terraformDataPlanMs: exec.b, ratio: exec.a / exec.b },
    runs,
  };
}
