// Peak resident memory of one provider process during plan and apply, vs a bare `node -e 0`.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { median, timeCommand } from '../lib/measure.mjs';
import { PROBE, baseEnv, probeLines, settingsConfig, workspace } from '../lib/workspace.mjs';

export async function memory({ probedRoot, emulator }) {
  const probeFile = join(probedRoot.root, 'memory.jsonl');
  const env = baseEnv({ TF_CLI_CONFIG_FILE: probedRoot.cliConfigPath, ZENDESK_OAUTH_CLIENT_SECRET: 'emulator-secret', BENCH_PROBE_FILE: probeFile });
  const url = emulator.accountUrl('bench-memory');
  const dir = await workspace(probedRoot, 'memory', settingsConfig(url), env);
  rmSync(probeFile, { force: true });
  await timeCommand('terraform', ['apply', '-auto-approve', '-input=false'], { cwd: dir, env });
  writeFileSync(join(dir, 'main.tf'), settingsConfig(url, ['agents_can_end_sessions = false', 'inactivity = { timeout = 7 }']));
  await timeCommand('terraform', ['apply', '-auto-approve', '-input=false'], { cwd: dir, env });
  const lines = probeLines(probeFile);
  const providerPeakMiB = Math.max(...lines.filter((l) => l.argv1.endsWith('provider.js')).map((l) => l.maxRssKiB)) / 1024;

  const baseline = [];
  for (let i = 0; i < 5; i++) {
    rmSync(probeFile, { force: true });
    await timeCommand(process.execPath, ['-r', PROBE, '-e', '0'], { env: { ...process.env, BENCH_PROBE_FILE: probeFile } });
    baseline.push(JSON.parse(readFileSync(probeFile, 'utf8').trim()).maxRssKiB / 1024);
  }
  const nodePeakMiB = median(baseline);
  return { providerPeakMiB, nodePeakMiB, ratio: providerPeakMiB / nodePeakMiB, providerProcesses: lines.length };
}
