#!/usr/bin/env node
/**
 * Measures how fast a provider built on src/protocol reaches its go-plugin
 * handshake line, against a bare `node -e 0`, the way terraform starts it:
 * bundled into one file with esbuild, magic cookie and a client certificate
 * in the environment.
 *
 * Runs are interleaved (provider, baseline, provider, …) so drift in machine
 * speed hits both alike; the figure of merit is the median of the per-pair
 * ratios. Target: ≤ 1.3×.
 *
 *   node scripts/measure-protocol-start.mjs [--runs 20] [--warmup 3] [--keep DIR] [--entry FILE]
 *
 * --entry bundles FILE (e.g. src/provider/main.ts) instead of the built-in
 * trivial provider, to see what a real provider adds on top of the protocol.
 *
 * With --keep DIR the bundle is left in DIR (DIR/provider.js; start it with
 * MEASURE_EXIT_AFTER_HANDSHAKE=1 to time whole processes with an outside tool).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const runs = Number(option('--runs', '20'));
const warmup = Number(option('--warmup', '3'));
const keep = option('--keep', undefined);
const entry = option('--entry', undefined);
const minify = args.includes('--minify');

// A trivial ProviderServer: one resource, no work. What is measured is the protocol layer's start.
const providerSource = `
import { serve } from './src/protocol/serve';
import type { ProviderServer } from './src/protocol/tfprotov6/types';
const empty = async () => ({ diagnostics: [] });
const server: ProviderServer = {
  getMetadata: async () => ({ diagnostics: [], resources: [{ typeName: 'trivial_thing' }], dataSources: [] }),
  getProviderSchema: async () => ({
    provider: { version: 0, block: { attributes: [], blockTypes: [] } },
    resourceSchemas: { trivial_thing: { version: 0, block: { attributes: [{ name: 'id', type: 'string', computed: true }], blockTypes: [] } } },
    dataSourceSchemas: {},
    diagnostics: [],
  }),
  validateProviderConfig: empty,
  validateResourceConfig: empty,
  validateDataResourceConfig: empty,
  upgradeResourceState: async (req) => ({ diagnostics: [] }),
  configureProvider: empty,
  readResource: async (req) => ({ newState: req.currentState, diagnostics: [] }),
  planResourceChange: async (req) => ({ plannedState: req.proposedNewState, requiresReplace: [], diagnostics: [] }),
  applyResourceChange: async (req) => ({ newState: req.plannedState, diagnostics: [] }),
  importResourceState: async () => ({ importedResources: [], diagnostics: [] }),
  moveResourceState: empty,
  readDataSource: async (req) => ({ state: req.config, diagnostics: [] }),
  stopProvider: async () => ({ error: '' }),
};
void serve(server, { providerAddress: 'registry.terraform.io/example/trivial' }).then(() => {
  if (process.env.MEASURE_EXIT_AFTER_HANDSHAKE) process.exit(0);
});
`;

const dir = keep ? resolve(keep) : mkdtempSync(join(tmpdir(), 'protocol-start-'));
mkdirSync(dir, { recursive: true });
const providerBundle = join(dir, 'provider.js');
const certBundle = join(dir, 'certificate.cjs');

try {
  await build({
    ...(entry ? { entryPoints: [resolve(entry)] } : { stdin: { contents: providerSource, resolveDir: repo, loader: 'ts', sourcefile: 'trivial-provider.ts' } }),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify,
    outfile: providerBundle,
    logLevel: 'warning',
  });
  // Terraform passes its client certificate in PLUGIN_CLIENT_CERT; make one the same shape with our own generator.
  await build({ entryPoints: [join(repo, 'src/protocol/tls/certificate.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: certBundle, logLevel: 'warning' });
  const { generateCertificate } = createRequire(import.meta.url)(certBundle);
  const clientCert = generateCertificate().certPem;

  const env = {
    ...process.env,
    TF_PLUGIN_MAGIC_COOKIE: 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2',
    PLUGIN_CLIENT_CERT: clientCert,
    PLUGIN_PROTOCOL_VERSIONS: '6',
  };
  delete env.TF_LOG;
  delete env.TF_LOG_PROVIDER;
  delete env.MEASURE_EXIT_AFTER_HANDSHAKE;

  /** Wall ms from spawn to the first complete stdout line; the process is then killed. */
  const timeHandshake = () =>
    new Promise((resolvePromise, reject) => {
      const started = process.hrtime.bigint();
      const child = spawn(process.execPath, [providerBundle], { env, stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      let elapsed;
      child.stdout.on('data', (chunk) => {
        out += chunk;
        if (elapsed === undefined && out.includes('\n')) {
          elapsed = Number(process.hrtime.bigint() - started) / 1e6;
          if (!/^1\|6\|tcp\|127\.0\.0\.1:\d+\|grpc\|[A-Za-z0-9+/]+\n$/.test(out)) reject(new Error(`bad handshake line: ${JSON.stringify(out)}`));
          child.kill('SIGKILL');
        }
      });
      child.on('exit', () => (elapsed === undefined ? reject(new Error('provider exited before its handshake')) : resolvePromise(elapsed)));
    });

  /** Wall ms from spawn to exit of `node -e 0`. */
  const timeBaseline = () =>
    new Promise((resolvePromise) => {
      const started = process.hrtime.bigint();
      const child = spawn(process.execPath, ['-e', '0'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
      child.stdout.resume();
      child.on('exit', () => resolvePromise(Number(process.hrtime.bigint() - started) / 1e6));
    });

  for (let i = 0; i < warmup; i++) {
    await timeHandshake();
    await timeBaseline();
  }
  const provider = [];
  const baseline = [];
  const ratios = [];
  for (let i = 0; i < runs; i++) {
    const p = await timeHandshake();
    const b = await timeBaseline();
    provider.push(p);
    baseline.push(b);
    ratios.push(p / b);
  }

  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
  };
  const row = (label, xs, unit, digits) =>
    `${label.padEnd(28)} ${Math.min(...xs).toFixed(digits).padStart(8)} ${median(xs).toFixed(digits).padStart(8)} ${Math.max(...xs).toFixed(digits).padStart(8)} ${unit}`;
  console.log(`node ${process.version}, ${runs} interleaved runs (+${warmup} warm-up), ${entry ? `entry ${entry}` : 'trivial ProviderServer'}${minify ? ', minified' : ''}`);
  console.log(`${''.padEnd(28)} ${'min'.padStart(8)} ${'median'.padStart(8)} ${'max'.padStart(8)}`);
  console.log(row('start → handshake line', provider, 'ms', 1));
  console.log(row('node -e 0 (whole process)', baseline, 'ms', 1));
  console.log(row('ratio (pairwise)', ratios, '×', 3));
  const verdict = median(ratios) <= 1.3 ? 'within' : 'OVER';
  console.log(`median ratio ${median(ratios).toFixed(3)}× — ${verdict} the 1.3× target`);
} finally {
  if (!keep) rmSync(dir, { recursive: true, force: true });
}
