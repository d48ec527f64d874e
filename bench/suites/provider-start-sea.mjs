// The standalone executable `install-provider` installs on linux_amd64 (a Node 26 single executable application,
// docs/design/standalone-executable.md) beside the same SEA with V8's code cache (faster, not reproducible, so not
// shipped), `node dist/terraform-provider-zendesk.js`, the wrapper terraform runs, and `node -e 0` of this node and of
// Node 26, all interleaved, each to the handshake line. A startup-snapshot variant needs another entry script: the
// design notes have its figures.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { cpuToFirstLine, median, timeToFirstLine } from '../lib/measure.mjs';
import { baseEnv } from '../lib/workspace.mjs';

const require = createRequire(import.meta.url);
const { generateCertificate } = require('../../dist/protocol/tls/certificate.js');

const CLI = new URL('../../dist/cli.js', import.meta.url).pathname;

/** The standalone executable `install-provider` installs on linux_amd64 (built once, from the cache after that). */
function shippedStandalone(dir) {
  const out = join(dir, 'install');
  execFileSync(process.execPath, [CLI, 'install-provider', '--out', out], { stdio: 'ignore' });
  const { readdirSync } = require('node:fs');
  const find = (d) => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? find(join(d, e.name)) : e.name.startsWith('terraform-provider-') ? [join(d, e.name)] : []));
  return find(out)[0];
}

/** The same SEA with V8's code cache in the blob (not shipped: not reproducible), by the pinned Node 26 builder. */
function codeCacheVariant(dir) {
  const { nodeBinary } = require('../../dist/cli/release/node-binaries.js');
  const node = nodeBinary('linux_amd64');
  writeFileSync(join(dir, 'provider.js'), readFileSync(new URL('../../dist/provider-standalone.js', import.meta.url)));
  writeFileSync(join(dir, 'sea.json'), JSON.stringify({ main: 'provider.js', output: 'sea-code-cache', disableExperimentalSEAWarning: true, useCodeCache: true, execArgvExtension: 'none' }));
  execFileSync(node, ['--build-sea', 'sea.json'], { cwd: dir, stdio: 'ignore' });
  return { executable: join(dir, 'sea-code-cache'), node };
}

export async function providerStartSea({ root, runs }) {
  if (process.platform !== 'linux') throw new Error('the SEA suite measures the linux_amd64 executable: run it on Linux');
  const dir = mkdtempSync(join(tmpdir(), 'zdm-sea-'));
  try {
    const bundle = new URL('../../dist/terraform-provider-zendesk.js', import.meta.url).pathname;
    const sea = shippedStandalone(dir);
    const { executable: seaCached, node: node26 } = codeCacheVariant(dir);
    const { readdirSync } = await import('node:fs');
    const mirror = join(root.root, 'mirror', 'registry.terraform.io', 'zendesk-iac', 'zendesk');
    const version = readdirSync(mirror)[0];
    const wrapper = join(mirror, version, readdirSync(join(mirror, version))[0], `terraform-provider-zendesk_v${version}`);

    // NODE_EXTRA_CA_CERTS unset for every candidate: node builds its whole root store from it before running any
    // script (tens of ms), which our wrapper defers to the configured provider and a SEA could not (it is node).
    const env = baseEnv({
      NODE_EXTRA_CA_CERTS: undefined,
      TF_PLUGIN_MAGIC_COOKIE: 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2',
      PLUGIN_CLIENT_CERT: generateCertificate().certPem,
      PLUGIN_PROTOCOL_VERSIONS: '6',
      PLUGIN_MIN_PORT: '10000',
      PLUGIN_MAX_PORT: '25000',
    });
    const candidates = {
      nodeBundle: [process.execPath, [bundle], env],
      wrapper: [wrapper, [], env],
      sea: [sea, [], env],
      seaCodeCache: [seaCached, [], env],
      // node alone: prints a line and stays, as a provider waits for terraform (cpuToFirstLine reads a live process).
      node: [process.execPath, ['-e', 'process.stdout.write("0"); setTimeout(() => {}, 60000)'], baseEnv({ NODE_EXTRA_CA_CERTS: undefined })],
      node26: [node26, ['-e', 'process.stdout.write("0"); setTimeout(() => {}, 60000)'], baseEnv({ NODE_EXTRA_CA_CERTS: undefined })],
    };
    // Wall time and CPU time, every candidate in turn (a, b, c, …, a, b, c, …) so load changes hit all alike.
    const wall = Object.fromEntries(Object.keys(candidates).map((k) => [k, []]));
    const cpu = Object.fromEntries(Object.keys(candidates).map((k) => [k, []]));
    for (let i = 0; i < runs + 3; i++) {
      for (const [name, command] of Object.entries(candidates)) {
        const ms = await timeToFirstLine(...command);
        const cpuMs = await cpuToFirstLine(...command);
        if (i < 3) continue; // three warm-up rounds
        wall[name].push(ms);
        cpu[name].push(cpuMs);
      }
    }
    const medians = (times) => Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
    const ratios = (times) =>
      Object.fromEntries(Object.keys(times).filter((k) => k !== 'node').map((k) => [k, median(times[k].map((ms, i) => ms / times.node[i]))]));
    const sizeOf = (file) => {
      const bytes = statSync(file).size;
      return { bytes, zippedBytes: deflateRawSync(readFileSync(file), { level: 9 }).length };
    };
    return {
      node: process.version,
      runs,
      medianMs: medians(wall),
      ratioToNode: ratios(wall),
      medianCpuMs: medians(cpu),
      cpuRatioToNode: ratios(cpu),
      seaSize: sizeOf(sea),
      seaCodeCacheSize: sizeOf(seaCached),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
