import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VERSION } from '../../version';
import { packageRoot } from '../package-root';
import { cacheRoot, NODE_BINARY_PACKAGES, nodeBinary, STANDALONE_NODE_VERSION } from './node-binaries';
import { terraformPlatform } from './platform';

/**
 * The self-contained provider executable: the provider bundle (with the admin API client in it: a single executable's
 * `require` loads built-in modules only) injected into the official Node.js binary of the target platform as a
 * single executable application (SEA), by `node --build-sea` of the same Node version running on this machine.
 * docs/design/standalone-executable.md has the measurements behind each setting below.
 */

/** The platforms that get an executable; the others (darwin) keep the node wrapper. */
export const STANDALONE_PLATFORMS = ['linux_amd64', 'linux_arm64', 'windows_amd64'] as const;

/** The bundle scripts/build.mjs writes for the executable. */
export const STANDALONE_BUNDLE = 'provider-standalone.js';
/** The lazily loaded admin API client chunk (scripts/build.mjs): a file beside the bundle, an asset of the executable. */
export const CLIENT_CHUNK = 'zendesk-client.js';

export const hasStandaloneExecutable = (platform: string) => (STANDALONE_PLATFORMS as readonly string[]).includes(platform);

/**
 * The SEA configuration. No code cache and no startup snapshot: with either, two builds of the same inputs differ
 * (V8 seeds its hash with a random number at each build), and one version must have one hash per platform. And
 * `execArgvExtension: none`: NODE_OPTIONS set for the user's own Node programs (a `--require`, a heap size) does not
 * reach the provider, as it would not reach a provider written in Go.
 */
const SEA_SETTINGS = { disableExperimentalSEAWarning: true, useCodeCache: false, useSnapshot: false, execArgvExtension: 'none' };

/**
 * The executable for `platform`, from the cache or built into it: keyed by the provider version, the bundle's
 * SHA-256, the Node version and the settings, so any change to what goes in builds anew and the same inputs never do.
 */
export function standaloneExecutable(platform: string, cache = cacheRoot()): string {
  if (!hasStandaloneExecutable(platform)) throw new Error(`no standalone executable is built for ${platform}: choose from ${STANDALONE_PLATFORMS.join(', ')}`);
  const bundleFile = join(packageRoot(), 'dist', STANDALONE_BUNDLE);
  if (!existsSync(bundleFile)) throw new Error(`${bundleFile} is missing: run \`npm run build\` first.`);
  const bundle = readFileSync(bundleFile);
  // The admin API client, a SEA asset compiled only when the provider is configured (scripts/build.mjs).
  const client = readFileSync(join(packageRoot(), 'dist', CLIENT_CHUNK));
  const key = createHash('sha256').update(bundle).update(client).update(`\0${STANDALONE_NODE_VERSION}\0${JSON.stringify(SEA_SETTINGS)}`).digest('hex').slice(0, 16);
  const dir = join(cache, 'provider', `${VERSION}-${key}`, platform);
  const executable = join(dir, platform.startsWith('windows_') ? 'provider.exe' : 'provider');
  if (existsSync(executable)) return executable;

  // Once per version and platform; said where someone is watching (a terminal), not into logs or captured output.
  if (process.stderr.isTTY) process.stderr.write(`Building the standalone provider for ${platform} with Node.js ${STANDALONE_NODE_VERSION} (once; kept in ${cache}) …\n`);
  const builder = nodeBinary(builderPlatform(), cache);
  const target = nodeBinary(platform, cache);
  mkdirSync(dir, { recursive: true });
  const work = mkdtempSync(join(dir, '.build-'));
  try {
    // Relative names in a directory of its own: nothing of this machine's paths can get into the blob.
    writeFileSync(join(work, 'provider.js'), bundle);
    writeFileSync(join(work, CLIENT_CHUNK), client);
    const assets = { [CLIENT_CHUNK]: CLIENT_CHUNK };
    writeFileSync(join(work, 'sea.json'), JSON.stringify({ main: 'provider.js', output: 'provider.out', executable: target, assets, ...SEA_SETTINGS }));
    runBuilder(builder, work);
    chmodSync(join(work, 'provider.out'), 0o755);
    renameSync(join(work, 'provider.out'), executable);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return executable;
}

/**
 * The node that builds: the pinned version for this machine. An Apple silicon Mac runs the x64 one under Rosetta
 * (the registry has no darwin arm64 binary of recent lines).
 */
export function builderPlatform(host = terraformPlatform()): string {
  const platform = host === 'darwin_arm64' ? 'darwin_amd64' : host;
  if (!NODE_BINARY_PACKAGES[platform]) {
    throw new Error(`the standalone provider cannot be built on ${host}: build it on linux_amd64, linux_arm64, windows_amd64 or macOS, or install the Node.js wrapper with --wrapper.`);
  }
  return platform;
}

function runBuilder(builder: string, work: string): void {
  // Only what node needs to run: no NODE_OPTIONS or other NODE_* variable of this machine may shape the build.
  const env: NodeJS.ProcessEnv = {};
  for (const name of ['PATH', 'SYSTEMROOT', 'TEMP', 'TMP', 'TMPDIR']) if (process.env[name] !== undefined) env[name] = process.env[name];
  try {
    execFileSync(builder, ['--build-sea', 'sea.json'], { cwd: work, env, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const detail = String((error as { stderr?: unknown }).stderr ?? '').trim().split('\n').slice(-5).join('\n');
    throw new Error(`building the standalone provider with Node.js ${STANDALONE_NODE_VERSION} failed${detail ? `:\n${detail}` : ''}\nInstall the Node.js wrapper instead with --wrapper, and report this.`);
  }
}
