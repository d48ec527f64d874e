#!/usr/bin/env node
/**
 * `npm run bench`: the product's performance figures, each a ratio against a
 * baseline measured in the same run on the same machine (no timed tests).
 * Prints a table and writes bench-results/bench.json.
 *
 *   node bench/run.mjs [--runs N] [--accounts N] [--parallel N] [--trigger-runs N] [--only SUITE,…] [--baseline REV]
 *
 * Suites: start, plan, api, memory, triggers, checkcpu, drift (plan needs start's node figure and runs it too), sea (the
 * standalone executable install-provider installs, and a code-cache variant, vs the bundle and `node -e 0`; Linux only),
 * baseline (start-up and a settings-only plan vs the provider of the commit before the routing resources, or REV).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { apiCalls } from './suites/api-calls.mjs';
import { againstBaseline } from './suites/baseline.mjs';
import { checkCpu } from './suites/check-cpu.mjs';
import { driftAtScale } from './suites/drift.mjs';
import { memory } from './suites/memory.mjs';
import { planVsFloor } from './suites/plan.mjs';
import { providerStart } from './suites/provider-start.mjs';
import { providerStartSea } from './suites/provider-start-sea.mjs';
import { triggerScale } from './suites/trigger-scale.mjs';
import { makeRoot } from './lib/workspace.mjs';

// `--help` says how to run it rather than starting a full bench (minutes, both cores).
if (process.argv.includes('--help') || process.argv.includes('-h')) {
  process.stdout.write(
    'usage: node bench/run.mjs [--runs N] [--accounts N] [--parallel N] [--trigger-runs N] [--only SUITE,…] [--baseline REV]\n' +
      'suites: start, plan, api, memory, triggers, checkcpu, drift, sea, baseline (see the comment at the top of bench/run.mjs)\n' +
      'per provider process, finer: node bench/provider-processes.mjs --help\n',
  );
  process.exit(0);
}

const require = createRequire(import.meta.url);
const { startEmulator } = require('../dist/emulator/index.js');

const option = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const runs = option('--runs', 15);
const accounts = option('--accounts', 200);
const parallel = option('--parallel', 4);
const triggerRuns = option('--trigger-runs', 2);
const baselineRev = process.argv.includes('--baseline') ? process.argv[process.argv.indexOf('--baseline') + 1] : undefined;
/** `--only plan,drift` runs just those suites (triggers alone takes about a minute). */
const only = process.argv.includes('--only') ? new Set(process.argv[process.argv.indexOf('--only') + 1].split(',')) : undefined;
const wanted = (suite) => (only ? only.has(suite) || (suite === 'start' && only.has('plan')) : process.platform === 'linux' || suite !== 'sea');

const root = makeRoot();
const probedRoot = makeRoot({ probe: true });
const emulator = await startEmulator({ port: 0 });
const results = { date: new Date().toISOString(), node: process.version, cpus: (await import('node:os')).cpus().length };
try {
  if (wanted('start')) {
    process.stderr.write('provider start …\n');
    results.providerStart = await providerStart({ root, runs: runs * 2 });
  }
  if (wanted('sea')) {
    process.stderr.write('provider start: single executable vs bundle …\n');
    results.seaStart = await providerStartSea({ root, runs: runs * 2 });
  }
  if (wanted('plan')) {
    process.stderr.write('terraform plan vs floor …\n');
    results.plan = await planVsFloor({ root, probedRoot, emulator, nodeMs: results.providerStart.nodeMs, runs });
  }
  // NODE_EXTRA_CA_CERTS makes every Node start build its root store (tens of ms) and the provider's wrapper defers
  // it (provider-package.ts): where it is set, the start and plan figures are also taken without it, on both sides,
  // so neither environment's ratio stands alone.
  if (process.env.NODE_EXTRA_CA_CERTS && (wanted('start') || wanted('plan'))) {
    const variant = { NODE_EXTRA_CA_CERTS: undefined };
    process.stderr.write('provider start and plan, NODE_EXTRA_CA_CERTS unset …\n');
    results.withoutExtraCa = { providerStart: await providerStart({ root, runs: runs * 2, variant }) };
    if (wanted('plan')) {
      const nodeMs = results.withoutExtraCa.providerStart.nodeMs;
      results.withoutExtraCa.plan = await planVsFloor({ root, probedRoot, emulator, nodeMs, runs, variant, tag: '-no-extra-ca' });
    }
  }
  if (wanted('baseline')) {
    process.stderr.write('provider start and settings plan vs the provider before the routing resources …\n');
    results.baseline = await againstBaseline({ root, emulator, runs, rev: baselineRev });
  }
  if (wanted('api')) {
    process.stderr.write('API calls …\n');
    results.apiCalls = await apiCalls({ root, emulator });
  }
  if (wanted('memory')) {
    process.stderr.write('memory …\n');
    results.memory = await memory({ probedRoot, emulator });
  }
  if (wanted('triggers')) {
    process.stderr.write('a trigger with 250 / 500 / 1,000 conditions …\n');
    results.triggerScale = await triggerScale({ root, emulator, runs: triggerRuns });
  }
  if (wanted('checkcpu')) {
    process.stderr.write('CPU of one drift check …\n');
    results.checkCpu = await checkCpu({ root, runs: Math.max(runs * 3, 30) });
  }
  if (wanted('drift') && accounts > 0) {
    process.stderr.write(`drift of ${accounts} accounts …\n`);
    results.drift = await driftAtScale({ root, accounts, parallel });
  }
} finally {
  await emulator.close();
  root.cleanup();
  probedRoot.cleanup();
}

const f = (n, digits = 1) => n.toFixed(digits);
const calls = (c) => Object.entries(c).map(([k, v]) => `${v}× ${k}`).join(', ') || 'none';
const { providerStart: s, plan: p, apiCalls: a, memory: m, seaStart: sea } = results;
const rows = [];
if (sea) {
  const mib = (bytes) => `${f(bytes / 1048576)} MiB`;
  const row = (what, k, size) => [
    `start → handshake: ${what}`,
    `${f(sea.medianMs[k])} ms wall, ${f(sea.medianCpuMs[k])} ms CPU`,
    size ? `${mib(size.bytes)}, zipped ${mib(size.zippedBytes)}` : `node alone: ${f(sea.medianMs.node)} ms wall, ${f(sea.medianCpuMs.node)} ms CPU`,
    `${f(sea.ratioToNode[k], 2)}× wall, ${f(sea.cpuRatioToNode[k], 2)}× CPU`,
    '≤ 1.3×',
  ];
  rows.push(
    row('node dist/terraform-provider-zendesk.js', 'nodeBundle'),
    row('the wrapper terraform runs', 'wrapper'),
    row('standalone executable (SEA, Node 26, shipped)', 'sea', sea.seaSize),
    row('SEA with code cache (not reproducible, not shipped)', 'seaCodeCache', sea.seaCodeCacheSize),
    row('Node 26 alone: node -e 0', 'node26'),
  );
}
/** The start and plan rows of one environment (`suffix` names it). */
function startAndPlanRows(s, p, suffix = '') {
  const out = [];
  if (s) out.push(
    [`provider start → handshake${suffix}`, `${f(s.providerMs)} ms`, `node -e 0: ${f(s.nodeMs)} ms`, `${f(s.ratio, 2)}×`, '≤ 1.3×'],
    [`provider start vs its necessary work${suffix}`, `${f(s.providerMs)} ms`, `node: http2 + tls + P-256 key + listen: ${f(s.necessaryMs)} ms`, `${f(s.necessaryRatio, 2)}×`, ''],
  );
  if (p) out.push(
    [
      `terraform plan, 1 settings resource${suffix}`,
      `${f(p.settingsPlanMs)} ms`,
      `floor ${f(p.floorMs)} ms = terraform_data plan ${f(p.terraformDataPlanMs)} + ${p.startsPerCommand.plan} starts × ${f(s.nodeMs)}`,
      `${f(p.ratio, 2)}×`,
      '≤ 1.5×',
    ],
    [
      `same, a provider that does nothing (the floor of a Node provider)${suffix}`,
      `${f(p.minimal.planMs)} ms`,
      `floor ${f(p.minimal.floorMs)} ms, as above`,
      `${f(p.minimal.ratio, 2)}×`,
      '',
    ],
    [`terraform plan reattached to a warm provider host${suffix}`, `${f(p.warm.planMs)} ms`, `terraform_data plan ${f(p.warm.terraformDataPlanMs)} ms`, `${f(p.warm.ratio, 2)}×`, ''],
    [
      `same, a provider that does nothing, reattached (the floor of a Node provider)${suffix}`,
      `${f(p.warmMinimal.planMs)} ms`,
      `terraform_data plan ${f(p.warmMinimal.terraformDataPlanMs)} ms`,
      `${f(p.warmMinimal.ratio, 2)}×`,
      '',
    ],
    [`\`exec -- terraform plan\` (host start and stop included)${suffix}`, `${f(p.exec.planMs)} ms`, `terraform_data plan ${f(p.exec.terraformDataPlanMs)} ms`, `${f(p.exec.ratio, 2)}×`, '≤ 1.5×'],
    [
      `same, one Node process serving a provider that does nothing and running the plan (the floor of an exec in Node)${suffix}`,
      `${f(p.execMinimal.planMs)} ms`,
      `terraform_data plan ${f(p.execMinimal.terraformDataPlanMs)} ms`,
      `${f(p.execMinimal.ratio, 2)}×`,
      '',
    ],
    [`provider starts per command${suffix}`, `plan ${p.startsPerCommand.plan}, apply ${p.startsPerCommand.apply}, destroy ${p.startsPerCommand.destroy}`, '', '', ''],
  );
  return out;
}
rows.push(...startAndPlanRows(s, p, process.env.NODE_EXTRA_CA_CERTS && results.withoutExtraCa ? ' (NODE_EXTRA_CA_CERTS set)' : ''));
if (results.withoutExtraCa) rows.push(...startAndPlanRows(results.withoutExtraCa.providerStart, results.withoutExtraCa.plan, ' (NODE_EXTRA_CA_CERTS unset)'));
const bl = results.baseline;
if (bl?.skipped) rows.push(['vs the provider before the routing resources', 'skipped', bl.skipped, '', '']);
else if (bl) {
  const before = `${bl.commit.slice(0, 9)} (${bl.runtime})`;
  rows.push(
    ['provider start → handshake, this tree vs before the routing resources', `${f(bl.start.currentMs)} ms`, `${before}: ${f(bl.start.baselineMs)} ms`, `${f(bl.start.ratio, 2)}×`, '≤ 1.05×'],
    ...(bl.startCpu ? [['same, CPU to the handshake', `${f(bl.startCpu.currentMs)} ms`, `${before}: ${f(bl.startCpu.baselineMs)} ms`, `${f(bl.startCpu.ratio, 2)}×`, '≤ 1.05×']] : []),
    ['terraform plan, 1 settings resource, this tree vs before the routing resources', `${f(bl.plan.currentMs)} ms`, `${before}: ${f(bl.plan.baselineMs)} ms`, `${f(bl.plan.ratio, 2)}×`, '≤ 1.05×'],
    ...(bl.planCpu ? [['same, CPU of terraform and its providers', `${f(bl.planCpu.currentMs)} ms`, `${before}: ${f(bl.planCpu.baselineMs)} ms`, `${f(bl.planCpu.ratio, 2)}×`, '≤ 1.05×']] : []),
  );
}
if (a) rows.push(
  ['API calls, no-op plan', calls(a.noOpPlan), '', '', '1 GET'],
  ['API calls, apply of a saved plan (1 change)', calls(a.applySavedPlan), '', '', '1 PUT + 1 GET'],
);
if (m) rows.push(['peak memory, one provider process', `${f(m.providerPeakMiB)} MiB`, `node -e 0: ${f(m.nodePeakMiB)} MiB`, `${f(m.ratio, 2)}×`, '≤ 1.5×']);
const t = results.triggerScale;
if (t) {
  const [unit, ...larger] = t.sizes;
  const sizes = t.sizes.join(' / ');
  const growth = (ratios) => larger.map((n) => `${n / unit}× → ${f(ratios[n].measured, 2)}×`).join(', ');
  const perCondition = (times) => t.sizes.map((n) => `${f((times[n] - times[1]) / (n - 1), 2)} ms`).join(' / ');
  const seconds = (times) => t.sizes.map((n) => `${f(times[n] / 1000)} s`).join(' / ');
  // Conditions are sets: terraform pairs set elements all against all, so its own part grows faster than linearly
  // (docs/design/trigger-conditions.md); the provider's part is what must stay linear.
  const TERRAFORM_SETS = "terraform's set matching: faster than linear";
  for (const [what, times, ratios, target] of [
    ['create (apply)', t.createMs, t.createRatios, TERRAFORM_SETS],
    ['no-op plan', t.planMs, t.planRatios, TERRAFORM_SETS],
    ["create: the provider's RPCs", t.providerCreateMs, t.providerCreateRatios, 'linear'],
    ["no-op plan: the provider's RPCs", t.providerPlanMs, t.providerPlanRatios, 'linear'],
    ['terraform validate (terraform alone)', t.validateMs, t.validateRatios, 'linear'],
  ]) {
    rows.push([
      `trigger ${what}, ${sizes} conditions`,
      seconds(times),
      `1 condition: ${f(times[1] / 1000, 2)} s; per condition: ${perCondition(times)}`,
      growth(ratios),
      target,
    ]);
  }
}
const c = results.checkCpu;
if (c) rows.push([
  `CPU of one drift check (mean of ${c.runs}, one at a time)`,
  `+${f(c.extraMs)} ms: terraform ${f(c.ours.terraformMs)}, host ${f(c.ours.hostMs)}, emulator ${f(c.ours.emulatorMs)} ms`,
  `terraform_data check: terraform ${f(c.floor.terraformMs)} ms`,
  `${f((c.extraMs + c.floor.terraformMs) / c.floor.terraformMs, 2)}×`,
  '',
], [
  'same, a provider that does nothing, reattached (lib/minimal-provider.cjs)',
  `+${f(c.minimalExtraMs)} ms: terraform ${f(c.minimal.terraformMs)}, host ${f(c.minimal.hostMs)} ms`,
  `terraform_data check: terraform ${f(c.floor.terraformMs)} ms`,
  `${f((c.minimalExtraMs + c.floor.terraformMs) / c.floor.terraformMs, 2)}×`,
  '',
]);
const d = results.drift;
if (d) {
  rows.push(
    [
      `drift of ${d.accounts} accounts (parallel ${d.parallel}), one provider host, mean of ${d.pairs.length} pairs`,
      `${f(d.zendesk.ms / 1000)} s, exit ${d.zendesk.code}`,
      `${d.accounts} terraform_data workspaces: ${f(d.floor.ms / 1000)} s (pairs: ${d.pairs.map((p) => `${f(p.ratio, 2)}×`).join(', ')})`,
      `${f(d.ratio, 2)}×`,
      '≤ 1.3×',
    ],
    [
      `same over ${d.accounts} workspaces of a provider that does nothing, reattached (the floor of a Node provider)`,
      `${f(d.minimal.ms / 1000)} s, exit ${d.minimal.code}`,
      `${d.accounts} terraform_data workspaces: ${f(d.floor.ms / 1000)} s`,
      `${f(d.minimal.ratio, 2)}×`,
      '',
    ],
    [`same, --no-host (terraform starts the providers)`, `${f(d.noHost.ms / 1000)} s, exit ${d.noHost.code}`, '', `${f(d.noHost.ratio, 2)}×`, ''],
    [`same, with the fleet view (a Markdown report: show -json and GET /api/v2/account per directory)`, `${f(d.fleetView.ms / 1000)} s, exit ${d.fleetView.code}`, '', `${f(d.fleetView.ratio, 2)}×`, ''],
    [
      `same, every account rate-limited (1 req per ${d.rateLimited.windowSeconds} s)`,
      `${f(d.rateLimited.ms / 1000)} s, ${d.rateLimited.failures} failures, exit ${d.rateLimited.code}`,
      `${d.rateLimited.responses429} × 429, Retry-After total ${d.rateLimited.retryAfterSecondsTotal} s ÷ ${d.rateLimited.waitingWorkers} waiting workers = ${f(d.rateLimited.predictedExtraSeconds)} s predicted`,
      `+${f((d.rateLimited.ms - d.zendesk.ms) / 1000)} s`,
      '0 failures',
    ],
    ['peak memory: drift command, emulator', `${f(d.peakMiB.driftCommand)} MiB, ${f(d.peakMiB.emulator)} MiB`, '', '', ''],
    ...(d.peakMiB.host === undefined || !m
      ? []
      : [['peak memory: the provider host of the drift', `${f(d.peakMiB.host)} MiB`, `one provider process: ${f(m.providerPeakMiB)} MiB`, `${f(d.peakMiB.host / m.providerPeakMiB, 2)}×`, '≤ 2×']]),
  );
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length), 4));
const line = (r) => r.map((c, i) => c.padEnd(widths[i])).join(' | ');
console.log(line(['measure', 'value', 'baseline (same run)', 'ratio', 'target']));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const r of rows) console.log(line(r));
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('\nwrote bench-results/bench.json');
