// API calls a plan and an apply cost, read from the emulator's request counters.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { timeCommand } from '../lib/measure.mjs';
import { baseEnv, settingsConfig, workspace } from '../lib/workspace.mjs';

export async function apiCalls({ root, emulator }) {
  const env = baseEnv({ TF_CLI_CONFIG_FILE: root.cliConfigPath, ZENDESK_OAUTH_CLIENT_SECRET: 'emulator-secret' });
  const url = emulator.accountUrl('bench-calls');
  const dir = await workspace(root, 'calls', settingsConfig(url), env);
  await timeCommand('terraform', ['apply', '-auto-approve', '-input=false'], { cwd: dir, env });

  const measure = async (args, okCodes) => {
    await emulator.control.resetRequests();
    await timeCommand('terraform', args, { cwd: dir, env, okCodes });
    return emulator.control.callsByRoute();
  };
  const noOpPlan = await measure(['plan', '-input=false', '-detailed-exitcode'], [0]);
  writeFileSync(join(dir, 'main.tf'), settingsConfig(url, ['agents_can_end_sessions = false']));
  const planWithChange = await measure(['plan', '-input=false', '-out=change.tfplan', '-detailed-exitcode'], [2]);
  const applySavedPlan = await measure(['apply', '-input=false', 'change.tfplan'], [0]);
  return { noOpPlan, planWithChange, applySavedPlan };
}
