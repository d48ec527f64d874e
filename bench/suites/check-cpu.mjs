// Where one drift check's CPU goes: the same `terraform plan -refresh-only -json` as drift runs, one at a time,
// reattached to one provider host, against a terraform_data-only workspace's; CPU from the kernel's accounting
// (/proc: terraform as this process's reaped children, the host and the emulator by pid), per check; and the same
// check of a provider that does nothing, reattached the same way (lib/minimal-provider.cjs): what terraform's plugin
// client and a Node gRPC server cost before a provider does anything.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { baseEnv, settingsConfig, terraformDataOnly, workspace } from '../lib/workspace.mjs';
import { startEmulatorProcess } from './drift.mjs';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const { startProviderHost } = require('../../dist/cli/provider-host.js');
const { startMinimalHost, minimalConfig } = require('../lib/minimal-provider.cjs');
const CHECK = ['plan', '-refresh-only', '-input=false', '-json'];
const TICK_MS = 10; // USER_HZ is 100 on Linux

/** utime + stime of a process (or, with `children`, of its reaped children), in ms. */
function cpuMs(pid, children = false) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  const [u, s] = children ? [13, 14] : [11, 12];
  return (Number(fields[u]) + Number(fields[s])) * TICK_MS;
}

export async function checkCpu({ root, runs }) {
  const emulator = await startEmulatorProcess(join(root.root, 'check-cpu-emulator.jsonl'), ['--port', '0']);
  const env = baseEnv({ TF_CLI_CONFIG_FILE: root.cliConfigPath, ZENDESK_OAUTH_CLIENT_SECRET: 'emulator-secret' });
  const host = await startProviderHost(env);
  const minimalHost = await startMinimalHost(env);
  try {
    const settingsDir = await workspace(root, 'check-cpu-settings', settingsConfig(`${emulator.url}/check-cpu`), env);
    const floorDir = await workspace(root, 'check-cpu-floor', terraformDataOnly, env);
    for (const dir of [settingsDir, floorDir]) await run('terraform', ['apply', '-auto-approve', '-input=false'], { cwd: dir, env: { ...env, ...host.env } });
    const minimalEnv = { ...env, ...minimalHost.env };
    const minimalDir = await workspace(root, 'check-cpu-minimal', minimalConfig, minimalEnv);
    await run('terraform', ['apply', '-auto-approve', '-input=false'], { cwd: minimalDir, env: minimalEnv });
    const measure = async (cwd, checkEnv, hostPid = host.pid) => {
      const [t0, h0, e0] = [cpuMs(process.pid, true), cpuMs(hostPid), cpuMs(emulator.pid)];
      for (let i = 0; i < runs; i++) await run('terraform', CHECK, { cwd, env: checkEnv });
      return { terraformMs: (cpuMs(process.pid, true) - t0) / runs, hostMs: (cpuMs(hostPid) - h0) / runs, emulatorMs: (cpuMs(emulator.pid) - e0) / runs };
    };
    const ours = await measure(settingsDir, { ...env, ...host.env });
    const floor = await measure(floorDir, env);
    const minimal = await measure(minimalDir, minimalEnv, minimalHost.pid);
    return {
      runs,
      ours,
      floor,
      minimal,
      extraMs: ours.terraformMs + ours.hostMs + ours.emulatorMs - floor.terraformMs,
      minimalExtraMs: minimal.terraformMs + minimal.hostMs - floor.terraformMs,
    };
  } finally {
    await minimalHost.stop();
    await host.stop();
    await emulator.stop();
  }
}
