#!/usr/bin/env node
/**
 * Where a settings-only `terraform plan` spends its CPU, per provider process, for several provider builds in turn
 * (finer than bench/suites/baseline.mjs's CPU row, which has the kernel's 10 ms ticks):
 *
 *   node bench/provider-processes.mjs [--runs N] [--callgrind] NAME=DIST_DIR [NAME=DIST_DIR …]
 *
 * Each DIST_DIR holds a built terraform-provider-zendesk.js (and its zendesk-client.js), e.g. this tree's dist/ and
 * the baseline build the baseline suite keeps in the per-user cache. Terraform runs each through a `dev_overrides`
 * CLI configuration pointing at a wrapper script that starts the bundle with `node`. Prints, per build, the median
 * CPU of terraform alone and of each provider process (in the order they exit), and ratios against the first build.
 * With --callgrind (Linux, valgrind installed; slow: one plan per build takes about a minute) each provider process
 * runs under `valgrind --tool=callgrind` and the figures are instructions, which do not move with the machine's load.
 * docs/design/performance.md has what it showed.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { median } from './lib/measure.mjs';
import { baseEnv, providerConfig } from './lib/workspace.mjs';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const { startEmulator } = require('../dist/emulator/index.js');
const PROBE = new URL('./lib/cpu-probe.cjs', import.meta.url).pathname;

const args = process.argv.slice(2);
const callgrind = args.includes('--callgrind');
const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : callgrind ? 1 : 15;
const builds = Object.fromEntries(args.filter((a) => a.includes('=')).map((a) => [a.split('=')[0], resolve(a.slice(a.indexOf('=') + 1))]));
const names = Object.keys(builds);
if (names.length === 0 || args.includes('--help')) {
  process.stdout.write('usage: node bench/provider-processes.mjs [--runs N] [--callgrind] NAME=DIST_DIR [NAME=DIST_DIR …]\n');
  process.exit(names.length === 0 && !args.includes('--help') ? 2 : 0);
}

/** CPU (ms) of this process's reaped children: terraform, with the providers it started and reaped (USER_HZ 100). */
function childrenCpuMs() {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

const root = mkdtempSync(join(tmpdir(), 'zdm-bench-processes-'));
const emulator = await startEmulator({ port: 0 });
const probeFile = join(root, 'cpu.jsonl');
const callgrindDir = join(root, 'callgrind');
mkdirSync(callgrindDir);
try {
  const workspaces = {};
  for (const [name, dist] of Object.entries(builds)) {
    const bin = join(root, `bin-${name}`);
    mkdirSync(bin);
    const valgrind = `valgrind -q --tool=callgrind --smc-check=all-non-file --callgrind-out-file=${callgrindDir}/%p.out`;
    const script = `#!/bin/sh\nexec ${callgrind ? '$BENCH_VALGRIND ' : ''}${JSON.stringify(process.execPath)} -r ${JSON.stringify(PROBE)} ${JSON.stringify(join(dist, 'terraform-provider-zendesk.js'))} "$@"\n`;
    writeFileSync(join(bin, 'terraform-provider-zendesk'), script, { mode: 0o755 });
    const cliConfig = join(root, `terraformrc-${name}`);
    writeFileSync(cliConfig, `provider_installation {\n  dev_overrides {\n    "zendesk-iac/zendesk" = ${JSON.stringify(bin)}\n  }\n  direct {}\n}\n`);
    const dir = join(root, `ws-${name}`);
    mkdirSync(dir);
    writeFileSync(join(dir, 'main.tf'), `${providerConfig(emulator.accountUrl(`processes-${name}`))}resource "zendesk_messaging_settings" "acme" {\n  agents_can_end_sessions = true\n}\n`);
    const env = baseEnv({ TF_CLI_CONFIG_FILE: cliConfig, ZENDESK_OAUTH_CLIENT_SECRET: 'emulator-secret', BENCH_CPU_PROBE_FILE: probeFile });
    await run('terraform', ['apply', '-auto-approve', '-input=false', '-no-color'], { cwd: dir, env });
    workspaces[name] = { dir, env: { ...env, BENCH_VALGRIND: valgrind } };
  }
  const figures = Object.fromEntries(names.map((n) => [n, { terraform: [], processes: [] }]));
  // One warm-up round (callgrind: none), then rounds with the builds in rotation, so a change of load meets them all.
  for (let round = callgrind ? 1 : 0; round <= runs; round++) {
    for (const name of names.map((_, k) => names[(k + round) % names.length])) {
      writeFileSync(probeFile, '');
      for (const f of readdirSync(callgrindDir)) rmSync(join(callgrindDir, f));
      const before = childrenCpuMs();
      await run('terraform', ['plan', '-input=false', '-no-color', '-detailed-exitcode'], { cwd: workspaces[name].dir, env: workspaces[name].env });
      const processes = readFileSync(probeFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
      if (round === 0) continue;
      const providersMs = processes.reduce((sum, p) => sum + p.cpuMs, 0);
      figures[name].terraform.push(childrenCpuMs() - before - providersMs);
      figures[name].processes.push(
        callgrind
          ? processes.map((p) => Number(/^summary: (\d+)/m.exec(readFileSync(join(callgrindDir, `${p.pid}.out`), 'utf8'))[1]) / 1e6)
          : processes.map((p) => p.cpuMs),
      );
    }
  }
  const unit = callgrind ? 'M instructions' : 'ms CPU';
  const total = (name) => figures[name].processes.map((ps) => ps.reduce((a, b) => a + b, 0));
  for (const name of names) {
    const perProcess = figures[name].processes[0].map((_, k) => median(figures[name].processes.map((ps) => ps[k] ?? NaN)).toFixed(1));
    const ratio = median(total(name).map((t, i) => t / total(names[0])[i])).toFixed(3);
    process.stdout.write(`${name}: providers ${median(total(name)).toFixed(1)} ${unit} (${perProcess.join(' / ')}), ${ratio}× ${names[0]}`);
    process.stdout.write(callgrind ? '\n' : `; terraform alone ${median(figures[name].terraform).toFixed(1)} ms CPU\n`);
  }
} finally {
  await emulator.close();
  rmSync(root, { recursive: true, force: true });
}
