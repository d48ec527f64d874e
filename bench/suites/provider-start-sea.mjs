// Optional suite (`node bench/run.mjs --only sea`): would a self-contained executable (Node's single executable
// application, SEA) start faster or slower than our bundle run by `node`? The release zips hold a shell wrapper and
// need node on PATH; a SEA needs nothing, but is a whole node binary per platform. This builds SEAs of the provider
// bundle with the node that runs the bench (with and without V8's code cache in the blob), injecting with `postject`
// from npm, installed here into a temp dir at measurement time (it is no dependency of the package), and measures
// each to the handshake line beside `node dist/terraform-provider-zendesk.js`, the wrapper terraform runs, and a
// bare `node -e 0`, all interleaved.
//
// The SEA runs only the provider bundle: a SEA's `require` loads built-in modules only, so the lazily loaded client
// chunk would have to be bundled in (it is not needed before the handshake, so the figure is the same).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { cpuToFirstLine, median, timeToFirstLine } from '../lib/measure.mjs';
import { baseEnv } from '../lib/workspace.mjs';

const require = createRequire(import.meta.url);
const { generateCertificate } = require('../../dist/protocol/tls/certificate.js');

const POSTJECT = 'postject@1.0.0-alpha.6';
/** The fuse every official node binary carries since SEA support (Node docs, "Single executable applications"). */
const SEA_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

function buildSea(dir, bundle, name, { useCodeCache }) {
  const blob = join(dir, `${name}.blob`);
  const config = join(dir, `${name}.json`);
  writeFileSync(config, JSON.stringify({ main: bundle, output: blob, disableExperimentalSEAWarning: true, useCodeCache }));
  execFileSync(process.execPath, ['--experimental-sea-config', config], { stdio: 'ignore' });
  const executable = join(dir, name);
  copyFileSync(process.execPath, executable);
  execFileSync(join(dir, 'tools', 'node_modules', '.bin', 'postject'), [executable, 'NODE_SEA_BLOB', blob, '--sentinel-fuse', SEA_FUSE], { stdio: 'ignore' });
  return executable;
}

export async function providerStartSea({ root, runs }) {
  if (process.platform !== 'linux') throw new Error('the SEA suite builds ELF executables: run it on Linux (macOS needs codesign after postject)');
  const dir = mkdtempSync(join(tmpdir(), 'zdm-sea-'));
  try {
    execFileSync('npm', ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--prefix', join(dir, 'tools'), POSTJECT], { stdio: 'ignore' });
    const bundle = new URL('../../dist/terraform-provider-zendesk.js', import.meta.url).pathname;
    const sea = buildSea(dir, bundle, 'sea-provider', { useCodeCache: false });
    const seaCached = buildSea(dir, bundle, 'sea-provider-code-cache', { useCodeCache: true });
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
