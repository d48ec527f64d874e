// Drift of many accounts vs the same drift run over terraform_data-only workspaces, with the same parallelism:
// through one provider host (drift's default) and with the provider processes terraform starts (--no-host);
// then, through the host, with every account rate-limited so that each refresh meets a 429 first. In the same
// turns, the drift over workspaces of a provider that does nothing, reattached the same way (lib/minimal-provider.cjs):
// the least any reattached Node provider costs over terraform_data.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROBE, baseEnv, probeLines, settingsConfig, terraformDataOnly, workspace } from '../lib/workspace.mjs';
import { timeCommand } from '../lib/measure.mjs';

const { startMinimalHost, minimalConfig } = createRequire(import.meta.url)('../lib/minimal-provider.cjs');

const CLI = new URL('../../bin/zendesk-messaging.js', import.meta.url).pathname;
const { EmulatorControl } = createRequire(import.meta.url)('../../dist/emulator/index.js');

/** The emulator as users run it, in its own process (so its peak memory is its own). */
export function startEmulatorProcess(probeFile, flags = []) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', PROBE, CLI, 'emulator', ...flags], {
      env: { ...process.env, BENCH_PROBE_FILE: probeFile },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) resolve({ url: m[1], pid: child.pid, stop: () => new Promise((r) => (child.once('exit', r), child.kill('SIGTERM'))) });
    });
    child.once('exit', (code) => reject(new Error(`emulator exited ${code}: ${out}`)));
  });
}

/** One applied template workspace copied N times (state and .terraform rewritten per account): setup is not what is measured. */
async function fleet(root, name, count, mainFor, env, rewriteState) {
  const template = await workspace(root, `${name}-template`, mainFor(0), env);
  await timeCommand('terraform', ['apply', '-auto-approve', '-input=false'], { cwd: template, env });
  const state = readFileSync(join(template, 'terraform.tfstate'), 'utf8');
  const dirs = [];
  for (let i = 0; i < count; i++) {
    const dir = join(root.root, `${name}-${i}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'main.tf'), mainFor(i));
    // A terraform_data-only workspace has no providers to install: nothing to copy but an empty .terraform.
    if (existsSync(join(template, '.terraform'))) cpSync(join(template, '.terraform'), join(dir, '.terraform'), { recursive: true, verbatimSymlinks: true });
    else mkdirSync(join(dir, '.terraform'));
    if (existsSync(join(template, '.terraform.lock.hcl'))) cpSync(join(template, '.terraform.lock.hcl'), join(dir, '.terraform.lock.hcl'));
    writeFileSync(join(dir, 'terraform.tfstate'), rewriteState(state, i));
    dirs.push(dir);
  }
  return dirs;
}

/**
 * One drift command over the directories. The probe goes in through NODE_OPTIONS so that it also reaches the
 * provider host drift forks (and, with --no-host, the providers terraform starts): each process logs its own line.
 */
async function driftRun(dirs, parallel, env, probeFile, flags = []) {
  const args = [CLI, 'drift', '--parallel', String(parallel), '--format', 'json', ...flags, ...dirs.flatMap((d) => ['--dir', d])];
  const probeEnv = { ...env, CI: '1', BENCH_PROBE_FILE: probeFile, NODE_OPTIONS: `--require ${JSON.stringify(PROBE)}` };
  const run = await timeCommand(process.execPath, args, { env: probeEnv, okCodes: [0, 1, 2] });
  const report = JSON.parse(run.output.slice(run.output.indexOf('{'), run.output.lastIndexOf('}') + 1));
  return { ms: run.ms, code: run.code, summary: report.summary };
}

const peakOf = (lines) => Math.max(...lines.map((l) => l.maxRssKiB)) / 1024;
/** The drift command's own peak, and the provider host's (the process forked with --host). */
const peaks = (file) => {
  const lines = probeLines(file);
  const host = lines.filter((l) => l.argv.includes('--host'));
  return { driftCommand: peakOf(lines.filter((l) => l.argv1.endsWith('zendesk-messaging.js'))), host: host.length ? peakOf(host) : undefined, hosts: host.length };
};

export async function driftAtScale({ root, accounts, parallel }) {
  const emulatorProbe = join(root.root, 'emulator-probe.jsonl');
  const driftProbe = join(root.root, 'drift-probe.jsonl');
  let emulator = await startEmulatorProcess(emulatorProbe, ['--port', '0']);
  let minimalHost;
  const port = new URL(emulator.url).port;
  try {
    const env = baseEnv({ TF_CLI_CONFIG_FILE: root.cliConfigPath, ZENDESK_OAUTH_CLIENT_SECRET: 'emulator-secret' });
    const name = (i) => `acct-${i}`;
    const settingsDirs = await fleet(root, 'zendesk', accounts, (i) => settingsConfig(`${emulator.url}/${name(i)}`), env, (state, i) =>
      state.replaceAll('"id": "acct-0"', `"id": "${name(i)}"`),
    );
    const floorDirs = await fleet(root, 'floor', accounts, () => terraformDataOnly, env, (state) => state);
    minimalHost = await startMinimalHost(env);
    const minimalEnv = { ...env, ...minimalHost.env };
    const minimalDirs = await fleet(root, 'minimal', accounts, () => minimalConfig, minimalEnv, (state) => state);

    // Two floor/drift pairs, in turn, so that a machine whose speed drifts during the suite moves both sides alike
    // (each turn also runs the minimal provider's drift: --no-host, so that terraform reattaches to it).
    const pairs = [];
    for (let i = 0; i < 2; i++) {
      const floorRun = await driftRun(floorDirs, parallel, env, join(root.root, `floor-probe-${i}.jsonl`));
      const zendeskRun = await driftRun(settingsDirs, parallel, env, i === 0 ? driftProbe : join(root.root, `drift-probe-${i}.jsonl`));
      const minimalRun = await driftRun(minimalDirs, parallel, minimalEnv, join(root.root, `minimal-probe-${i}.jsonl`), ['--no-host']);
      pairs.push({ floorMs: floorRun.ms, zendeskMs: zendeskRun.ms, minimalMs: minimalRun.ms, ratio: zendeskRun.ms / floorRun.ms, floor: floorRun, zendesk: zendeskRun, minimal: minimalRun });
    }
    await minimalHost.stop();
    minimalHost = undefined;
    const total = (key) => pairs.reduce((sum, pair) => sum + pair[key], 0);
    const floor = { ms: total('floorMs') / pairs.length, code: Math.max(...pairs.map((p) => p.floor.code)) };
    const zendesk = { ms: total('zendeskMs') / pairs.length, code: Math.max(...pairs.map((p) => p.zendesk.code)), summary: pairs[0].zendesk.summary };
    const noHost = await driftRun(settingsDirs, parallel, env, join(root.root, 'no-host-probe.jsonl'), ['--no-host']);
    // The fleet view (a Markdown report) names every account and asks Zendesk whether it is a sandbox: one more
    // terraform command (show -json) and one API call (and its OAuth token) per in-sync directory.
    const fleetView = await driftRun(settingsDirs, parallel, env, join(root.root, 'fleet-probe.jsonl'), ['--report', `markdown=${join(root.root, 'fleet.md')}`]);
    await emulator.stop();

    // Same port, every account limited to 1 request per minute (Zendesk's limits are per minute, so a real
    // Retry-After never exceeds 60 s) with each account's one request spent just before: every refresh in the
    // first minute meets a 429 and waits out its Retry-After; later ones find a fresh window.
    const windowSeconds = 60;
    emulator = await startEmulatorProcess(join(root.root, 'limited-emulator-probe.jsonl'), ['--port', port, '--rate-limit', '1', '--rate-limit-window', String(windowSeconds)]);
    const basic = `Basic ${Buffer.from('bench@example.test/token:emulator-token').toString('base64')}`;
    await Promise.all(Array.from({ length: accounts }, (_, i) => fetch(`${emulator.url}/${name(i)}/api/v2/account/settings`, { headers: { authorization: basic } })));
    const limitedControl = new EmulatorControl(emulator.url);
    await limitedControl.resetRequests();
    const limited = await driftRun(settingsDirs, parallel, env, join(root.root, 'limited-probe.jsonl'));
    const { rateLimited } = await limitedControl.requests();
    const waitingWorkers = Math.max(1, Math.min(parallel, rateLimited.count));
    await emulator.stop();
    emulator = undefined;
    return {
      accounts,
      parallel,
      floor: { ms: floor.ms, code: floor.code },
      zendesk: { ms: zendesk.ms, code: zendesk.code, summary: zendesk.summary },
      ratio: zendesk.ms / floor.ms,
      pairs: pairs.map(({ floorMs, zendeskMs, minimalMs, ratio }) => ({ floorMs, zendeskMs, minimalMs, ratio })),
      minimal: { ms: total('minimalMs') / pairs.length, code: Math.max(...pairs.map((p) => p.minimal.code)), ratio: total('minimalMs') / total('floorMs') },
      noHost: { ms: noHost.ms, code: noHost.code, summary: noHost.summary, ratio: noHost.ms / floor.ms },
      fleetView: { ms: fleetView.ms, code: fleetView.code, ratio: fleetView.ms / floor.ms },
      rateLimited: {
        ms: limited.ms,
        code: limited.code,
        failures: limited.summary.errors,
        drifted: limited.summary.drifted,
        windowSeconds,
        responses429: rateLimited.count,
        retryAfterSecondsTotal: rateLimited.retryAfterSeconds,
        // Waits overlap across the workers that met a 429: what the Retry-After values predict for the extra time.
        waitingWorkers,
        predictedExtraSeconds: rateLimited.retryAfterSeconds / waitingWorkers,
      },
      peakMiB: { ...peaks(driftProbe), emulator: peakOf(probeLines(emulatorProbe)) },
    };
  } finally {
    if (minimalHost) await minimalHost.stop();
    if (emulator) await emulator.stop();
  }
}
