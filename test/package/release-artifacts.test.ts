/**
 * `zendesk-messaging package` (what `npm run package` runs) with the built CLI: the registry protocol's artifacts,
 * checked as sha256sum would, rebuilt byte for byte, then installed by the real terraform from a *packed* filesystem
 * mirror of the zips (the layout private mirrors use), applied against the emulator and planned clean.
 *
 * Terraform records a zip's own SHA-256 (`zh:`) in the lock file only from checksums a registry signed; from a
 * filesystem mirror it records `h1:` (the hash of the unpacked files), as checked here on terraform 1.11.4. So the
 * mirror case compares the lock's h1 with one computed independently from the package's files (the lock covers
 * exactly what the zip holds), and a third case serves the release from a local provider registry with signed sums
 * (test/support/provider-registry.ts), where the lock's zh: is the zip's SHA-256.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageFileContent, providerPackageFiles } from '../../src/cli/provider-package';
import { RELEASE_PLATFORMS } from '../../src/cli/release/package-release';
import { startEmulator, type EmulatorHandle } from '../../src/emulator';
import { VERSION } from '../../src/version';
import { EMULATOR_OAUTH_ENV } from '../support/emulator-workspaces';
import { recordFigure } from '../support/figures';
import { REQUIRED_PROVIDERS, providerBlock, settingsResource } from '../support/hcl';
import { CAN_FETCH_NODE, NEWER_NODE_LINES, nodeOfLine } from '../support/node-lines';
import { gpgAvailable, startProviderRegistry } from '../support/provider-registry';
import { makeTempDir } from '../support/temp';
import { baseEnv, run } from '../support/terraform';

const CLI = join(__dirname, '..', '..', 'bin', 'zendesk-messaging.js');
const PREFIX = `terraform-provider-zendesk_${VERSION}`;
const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

/**
 * Terraform's h1 hash (golang.org/x/mod/sumdb/dirhash Hash1) of a package's files: SHA-256 over the lines
 * "SHA256HEX  NAME\n" in name order, base64.
 */
function hash1(platform: string): string {
  const files = providerPackageFiles(platform);
  const lines = [...files].sort((a, b) => (a.name < b.name ? -1 : 1)).map((f) => `${sha256(packageFileContent(f))}  ${f.name}\n`);
  return `h1:${createHash('sha256').update(lines.join('')).digest('base64')}`;
}

describe('zendesk-messaging package: registry release artifacts', () => {
  const temp = makeTempDir('release');
  let emulator: EmulatorHandle;
  /** One release of every platform, read by the tests (each standalone zip is ~150 MB: written once). */
  const shared = join(temp.dir, 'release');
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
    await packageInto(shared); // the first run builds the standalone executables (or takes them from the cache)
  }, 600_000);
  afterAll(async () => {
    await emulator?.close();
    temp.cleanup();
  });

  const packageInto = async (dir: string, node = process.execPath, platforms: string[] = []) => {
    const started = Date.now();
    const args = [CLI, 'package', '--out', dir, ...(platforms.length ? ['--platform', ...platforms] : [])];
    const result = await run(node, args, temp.dir, baseEnv(), 600_000);
    if (result.code !== 0) throw new Error(`zendesk-messaging package failed:\n${result.output}`);
    return { result, ms: Date.now() - started };
  };

  it('writes one zip per platform, SHA256SUMS that check, the protocol 6 manifest, and the same bytes every time', async () => {
    const release = join(temp.dir, 'release-first');
    const { result, ms } = await packageInto(release);
    const zips = RELEASE_PLATFORMS.map((p) => `${PREFIX}_${p}.zip`);
    expect(readdirSync(release).sort()).toEqual([`${PREFIX}_SHA256SUMS`, ...zips, `${PREFIX}_manifest.json`].sort());
    expect(result.stdout).toContain(`Packaged zendesk-iac/zendesk ${VERSION} into ${release}`);
    expect(JSON.parse(readFileSync(join(release, `${PREFIX}_manifest.json`), 'utf8'))).toEqual({ version: 1, metadata: { protocol_versions: ['6.0'] } });

    // sha256sum -c: "HASH  NAME" lines, every artifact but the sums file itself.
    const sums = readFileSync(join(release, `${PREFIX}_SHA256SUMS`), 'utf8');
    const lines = sums.trimEnd().split('\n');
    expect(lines.map((l) => l.replace(/^[0-9a-f]{64} {2}/, ''))).toEqual([...zips, `${PREFIX}_manifest.json`].sort());
    for (const line of lines) {
      const [hash, name] = line.split('  ');
      expect([name, sha256(readFileSync(join(release, name)))]).toEqual([name, hash]);
    }

    // Reproducible: a second run elsewhere, later, gives the same bytes (no mtimes, paths or node in the zips), and so
    // does every Node line we support (stored entries: no zlib build's deflate in them).
    const again = join(temp.dir, 'release-again');
    await packageInto(again);
    for (const name of readdirSync(release)) expect([name, readFileSync(join(again, name)).equals(readFileSync(join(release, name)))]).toEqual([name, true]);
    // Each platform's zip holds what install-provider installs there: Linux and Windows the executable alone.
    for (const platform of RELEASE_PLATFORMS) {
      const names = providerPackageFiles(platform).map((f) => f.name);
      expect([platform, names]).toEqual([platform, platform.startsWith('darwin_') ? ['provider.js', `terraform-provider-zendesk_v${VERSION}`, 'zendesk-client.js'] : [`terraform-provider-zendesk_v${VERSION}${platform.startsWith('windows_') ? '.exe' : ''}`]]);
    }
    const sumOf = (text: string, platform: string) => text.split('\n').find((l) => l.endsWith(`_${platform}.zip`));
    for (const line of CAN_FETCH_NODE ? NEWER_NODE_LINES : []) {
      const onLine = join(temp.dir, `release-node-${line}`);
      await packageInto(onLine, nodeOfLine(line), ['darwin_arm64', 'linux_amd64']);
      const theirs = readFileSync(join(onLine, `${PREFIX}_SHA256SUMS`), 'utf8');
      for (const platform of ['darwin_arm64', 'linux_amd64']) expect([line, sumOf(theirs, platform)]).toEqual([line, sumOf(sums, platform)]);
    }

    // Another version's leftovers go; files that are not ours stay.
    writeFileSync(join(again, 'terraform-provider-zendesk_0.0.1_linux_amd64.zip'), 'old');
    writeFileSync(join(again, 'NOTES.txt'), 'mine');
    await packageInto(again, process.execPath, ['darwin_arm64']);
    expect(readdirSync(again)).toContain('NOTES.txt');
    expect(readdirSync(again)).not.toContain('terraform-provider-zendesk_0.0.1_linux_amd64.zip');

    const sizes = zips.map((z) => `${z.replace(`${PREFIX}_`, '')} ${(statSync(join(release, z)).size / 1048576).toFixed(1)} MiB`).join(', ');
    recordFigure('test/package/release-artifacts', `\`package\` wrote ${zips.length} zips (${sizes}) in ${ms} ms, standalone executables from the cache (CLI start included)`);
  }, 600_000);

  it('installs from a packed filesystem mirror of the zips with terraform init, applies against the emulator and plans clean', async () => {
    const release = shared;
    // The packed layout: HOSTNAME/NAMESPACE/TYPE/terraform-provider-TYPE_VERSION_OS_ARCH.zip, every platform side by side.
    const mirror = join(temp.dir, 'packed-mirror');
    const providerDir = join(mirror, 'registry.terraform.io', 'zendesk-iac', 'zendesk');
    mkdirSync(providerDir, { recursive: true });
    for (const platform of RELEASE_PLATFORMS) copyFileSync(join(release, `${PREFIX}_${platform}.zip`), join(providerDir, `${PREFIX}_${platform}.zip`));
    const cliConfig = join(temp.dir, 'packed.tfrc');
    writeFileSync(
      cliConfig,
      `provider_installation {\n  filesystem_mirror {\n    path    = ${JSON.stringify(mirror)}\n    include = ["registry.terraform.io/zendesk-iac/zendesk"]\n  }\n` +
        '  direct {\n    exclude = ["registry.terraform.io/zendesk-iac/zendesk"]\n  }\n}\n',
    );
    const work = join(temp.dir, 'work');
    mkdirSync(work);
    writeFileSync(
      join(work, 'main.tf'),
      REQUIRED_PROVIDERS + providerBlock({ baseUrl: emulator.accountUrl('packaged') }) + settingsResource('this', ['agents_can_end_sessions = true', 'agent_ended_session_routing = "email"']),
    );
    const env = baseEnv({ ...EMULATOR_OAUTH_ENV, TF_CLI_CONFIG_FILE: cliConfig });
    const terraform = (...args: string[]) => run('terraform', [...args, '-no-color'], work, env);

    const init = await terraform('init', '-input=false');
    expect(init.output).toContain(`Installed zendesk-iac/zendesk v${VERSION} (unauthenticated)`);
    expect(init.code).toBe(0);
    const lock = readFileSync(join(work, '.terraform.lock.hcl'), 'utf8');
    const expected = hash1('linux_amd64');
    expect(lock).toContain(`version = "${VERSION}"`);
    expect(lock.match(/"h1:[^"]+"/g)).toEqual([`"${expected}"`]);
    const unpacked = join(work, '.terraform', 'providers', 'registry.terraform.io', 'zendesk-iac', 'zendesk', VERSION, 'linux_amd64');
    if (process.platform === 'linux' && process.arch === 'x64') {
      expect(statSync(join(unpacked, `terraform-provider-zendesk_v${VERSION}`)).mode & 0o777).toBe(0o755); // the executable bit survived the zip
    }

    // Every platform's zip is one terraform accepts: providers lock reads and hashes each from the mirror.
    const locked = await terraform('providers', 'lock', `-fs-mirror=${mirror}`, ...RELEASE_PLATFORMS.map((p) => `-platform=${p}`));
    expect(locked.code).toBe(0);
    for (const platform of RELEASE_PLATFORMS) expect(locked.output).toContain(`Obtained zendesk-iac/zendesk checksums for ${platform}`);
    // One h1 per platform's files (the two darwin zips hold the same wrapper, so one h1 covers both), and no zh:,
    // which only a registry's signed sums give.
    const perPlatform = [...new Set(RELEASE_PLATFORMS.map((p) => `"${hash1(p)}"`))].sort();
    expect(perPlatform).toHaveLength(RELEASE_PLATFORMS.length - 1);
    expect(readFileSync(join(work, '.terraform.lock.hcl'), 'utf8').match(/"(h1|zh):[^"]+"/g)?.sort()).toEqual(perPlatform);

    const apply = await terraform('apply', '-input=false', '-auto-approve');
    expect(apply.output).toContain('Apply complete! Resources: 1 added, 0 changed, 0 destroyed.');
    expect((await emulator.control.settings('packaged')).routing).toMatchObject({ transform_to_email_enabled: true });
    const plan = await terraform('plan', '-input=false', '-detailed-exitcode');
    expect(plan.output).toContain('No changes.');
    expect(plan.code).toBe(0);
  });
  (gpgAvailable() ? it : it.skip)('installs from a provider registry serving the release, signed: the lock holds each zip\'s SHA-256 as zh:', async () => {
    const release = join(temp.dir, 'release-for-registry');
    await packageInto(release, process.execPath, ['darwin_arm64', 'linux_amd64']);
    const registry = await startProviderRegistry(release, temp.dir);
    try {
      const cliConfig = join(temp.dir, 'registry.tfrc');
      writeFileSync(cliConfig, registry.cliConfig);
      const work = join(temp.dir, 'work-registry');
      mkdirSync(work);
      writeFileSync(join(work, 'main.tf'), REQUIRED_PROVIDERS + providerBlock({ baseUrl: emulator.accountUrl('registry') }) + settingsResource('this', ['agents_can_end_sessions = true']));
      const env = baseEnv({ ...EMULATOR_OAUTH_ENV, TF_CLI_CONFIG_FILE: cliConfig, SSL_CERT_FILE: registry.certFile });
      const terraform = (...args: string[]) => run('terraform', [...args, '-no-color'], work, env);

      const init = await terraform('init', '-input=false');
      expect(init.output).toMatch(new RegExp(`Installed zendesk-iac/zendesk v${VERSION.replace(/\./g, '\\.')} \\(self-signed, key ID [0-9A-F]{16}\\)`));
      expect(init.code).toBe(0);
      expect(registry.requests).toContain(`/files/${PREFIX}_SHA256SUMS.sig`);
      // Terraform takes a zh: from every line of the signed sums (each zip's and the manifest's), and one h1: covers the
      // files of the platform it installed.
      const zh = ['darwin_arm64.zip', 'linux_amd64.zip', 'manifest.json'].map((n) => `"zh:${sha256(readFileSync(join(release, `${PREFIX}_${n}`)))}"`);
      const lock = readFileSync(join(work, '.terraform.lock.hcl'), 'utf8');
      expect(lock.match(/"(h1|zh):[^"]+"/g)?.sort()).toEqual([`"${hash1('linux_amd64')}"`, ...zh].sort());

      const apply = await terraform('apply', '-input=false', '-auto-approve');
      expect(apply.output).toContain('Apply complete! Resources: 1 added, 0 changed, 0 destroyed.');
      const plan = await terraform('plan', '-input=false', '-detailed-exitcode');
      expect(plan.code).toBe(0);
    } finally {
      await registry.close();
    }
  });
});
