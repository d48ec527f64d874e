// Provider start-up and a settings-only plan: the provider built from this tree vs the provider built from the commit
// before the omnichannel routing resources were added (the parent of the first commit that added
// src/provider/routing-configuration; `--baseline REV` picks another), measured in turn in the same run, installed
// the same way (install-provider's default runtime for the platform). The baseline is exported with `git archive`
// (nothing in the checkout changes), given this tree's node_modules by a symlink and built with its own
// scripts/build.mjs, without network: the Node binary of the standalone executable comes from the same per-user
// cache. The build is kept in that cache by commit, so later runs reuse it.
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { cpuToFirstLine, median, sideBySide, timeCommand, timeToFirstLine } from '../lib/measure.mjs';
import { baseEnv, settingsConfig, workspace } from '../lib/workspace.mjs';

const require = createRequire(import.meta.url);
const REPO = new URL('../..', import.meta.url).pathname;
const { generateCertificate } = require('../../dist/protocol/tls/certificate.js');
const { cacheRoot } = require('../../dist/cli/release/node-binaries.js');
const PLAN = ['plan', '-input=false', '-no-color', '-detailed-exitcode'];

/**
 * CPU (ms) of this process's reaped children: terraform, and through it the providers it started and reaped (Linux;
 * USER_HZ 100). On a shared machine it moves far less than wall time.
 */
function childrenCpuMs() {
  if (process.platform !== 'linux') return NaN;
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

const git = (args) => execFileSync('git', args, { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();

/** The commit to compare with, and why it is that one; undefined (with why) where the history is not at hand. */
export function baselineCommit(rev) {
  try {
    if (rev) return { commit: git(['rev-parse', '--verify', `${rev}^{commit}`]), why: `--baseline ${rev}` };
    const first = git(['log', '--diff-filter=A', '--format=%H', '--', 'src/provider/routing-configuration']).split('\n').filter(Boolean).pop();
    if (!first) return { why: 'no commit in this history adds src/provider/routing-configuration' };
    return { commit: git(['rev-parse', `${first}~1`]), why: `the parent of ${first.slice(0, 9)}, which added zendesk_routing_configuration` };
  } catch {
    if (rev) return { why: `--baseline ${rev} names no commit git knows here` };
    return { why: 'git cannot read the history here (a shallow clone or an export?): fetch it, or give --baseline REV' };
  }
}

/** The baseline tree, built (or the build kept from an earlier run). */
function builtBaseline(commit) {
  const dir = join(cacheRoot(), 'bench-baseline', commit.slice(0, 12));
  if (existsSync(join(dir, 'dist', '.build-stamp'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execSync(`git archive --format=tar ${commit} | tar -x -C ${JSON.stringify(dir)}`, { cwd: REPO, stdio: ['ignore', 'ignore', 'inherit'] });
  symlinkSync(join(REPO, 'node_modules'), join(dir, 'node_modules'), 'dir');
  process.stderr.write(`building the baseline ${commit.slice(0, 9)} in ${dir} …\n`);
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  return dir;
}

/** The executable terraform starts, in a mirror written by install-provider. */
function executableIn(mirror) {
  const top = join(mirror, 'registry.terraform.io', 'zendesk-iac', 'zendesk');
  const version = readdirSync(top)[0];
  const platform = readdirSync(join(top, version))[0];
  return join(top, version, platform, `terraform-provider-zendesk_v${version}`);
}

/**
 * `root`: this tree's provider (installed by makeRoot). Returns the figures, or `{ skipped }` saying why there is no
 * baseline to compare with.
 */
export async function againstBaseline({ root, emulator, runs, rev }) {
  const chosen = baselineCommit(rev);
  if (!chosen.commit) return { skipped: chosen.why };
  let dir;
  try {
    dir = builtBaseline(chosen.commit);
  } catch (err) {
    // A row saying why, rather than no figures from the other suites.
    return { skipped: `building the baseline ${chosen.commit.slice(0, 9)} failed (${String(err.message).split('\n')[0]}); its output is above` };
  }
  const baselineInstall = require(join(dir, 'dist', 'cli', 'install-provider.js')).installProvider(join(root.root, 'baseline-mirror'));
  const mirrors = { current: join(root.root, 'mirror'), baseline: baselineInstall.mirrorDir };
  const handshakeEnv = baseEnv({
    TF_PLUGIN_MAGIC_COOKIE: 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2',
    PLUGIN_CLIENT_CERT: generateCertificate().certPem,
    PLUGIN_PROTOCOL_VERSIONS: '6',
    PLUGIN_MIN_PORT: '10000',
    PLUGIN_MAX_PORT: '25000',
  });
  const [current, baseline] = [executableIn(mirrors.current), executableIn(mirrors.baseline)];
  const start = await sideBySide(runs, 3, () => timeToFirstLine(current, [], handshakeEnv), () => timeToFirstLine(baseline, [], handshakeEnv));
  // CPU to the handshake line moves far less than wall time on a shared machine (Linux only).
  const startCpu = process.platform === 'linux' ? await sideBySide(runs, 1, () => cpuToFirstLine(current, [], handshakeEnv), () => cpuToFirstLine(baseline, [], handshakeEnv)) : undefined;

  const envOf = (cliConfig) => baseEnv({ TF_CLI_CONFIG_FILE: cliConfig, ZENDESK_OAUTH_CLIENT_SECRET: 'emulator-secret' });
  const envs = { current: envOf(root.cliConfigPath), baseline: envOf(baselineInstall.cliConfigPath) };
  const dirs = {};
  for (const side of ['current', 'baseline']) {
    dirs[side] = await workspace(root, `baseline-${side}`, settingsConfig(emulator.accountUrl(`bench-baseline-${side}`)), envs[side]);
    await timeCommand('terraform', ['apply', '-auto-approve', '-input=false'], { cwd: dirs[side], env: envs[side] });
  }
  // Wall time from the pairs; the CPU of the same runs (terraform and its providers) beside it.
  const cpu = { current: [], baseline: [] };
  const timedPlan = (side) => async () => {
    const before = childrenCpuMs();
    const { ms } = await timeCommand('terraform', PLAN, { cwd: dirs[side], env: envs[side] });
    cpu[side].push(childrenCpuMs() - before);
    return ms;
  };
  const plan = await sideBySide(runs, 1, timedPlan('current'), timedPlan('baseline'));
  const measured = (xs) => xs.slice(-runs); // the warm-up's are left out
  const planCpu = { currentMs: median(measured(cpu.current)), baselineMs: median(measured(cpu.baseline)) };
  planCpu.ratio = median(measured(cpu.current).map((c, i) => c / measured(cpu.baseline)[i]));
  return {
    commit: chosen.commit,
    why: chosen.why,
    runtime: baselineInstall.runtime,
    start: { currentMs: start.a, baselineMs: start.b, ratio: start.ratio },
    ...(startCpu ? { startCpu: { currentMs: startCpu.a, baselineMs: startCpu.b, ratio: startCpu.ratio } } : {}),
    plan: { currentMs: plan.a, baselineMs: plan.b, ratio: plan.ratio },
    ...(process.platform === 'linux' ? { planCpu } : {}),
    runs,
  };
}
