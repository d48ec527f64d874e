/**
 * `zendesk-messaging package --gpg-key` with the built CLI and a throwaway key: the release carries
 * `…_SHA256SUMS.sig`, gpg --verify accepts it, and the real terraform installs the release from a provider registry
 * that serves that signature and the key's ASCII-armored public half (as a registry's download endpoint does),
 * and refuses it when the registry lists another key. Without --gpg-key the CLI says how to sign; with a key it
 * cannot use, it writes nothing and says why.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { VERSION } from '../../src/version';
import { makeGpgHome, type GpgHome, type ThrowawayKey } from '../support/gpg-keys';
import { REQUIRED_PROVIDERS } from '../support/hcl';
import { gpgAvailable, startProviderRegistry } from '../support/provider-registry';
import { makeTempDir } from '../support/temp';
import { baseEnv, run } from '../support/terraform';

const CLI = join(__dirname, '..', '..', 'bin', 'zendesk-messaging.js');
const PREFIX = `terraform-provider-zendesk_${VERSION}`;
/** This machine's platform, the only one these tests package (the others add time, not coverage). */
const OS = ({ linux: 'linux', darwin: 'darwin', win32: 'windows' } as Record<string, string>)[process.platform];
const ARCH = ({ x64: 'amd64', arm64: 'arm64' } as Record<string, string>)[process.arch];

(gpgAvailable() ? describe : describe.skip)('zendesk-messaging package --gpg-key: a signed release terraform installs', () => {
  const temp = makeTempDir('signed-release');
  let keyring: GpgHome;
  let releaser: ThrowawayKey;
  beforeAll(() => {
    keyring = makeGpgHome(temp.dir);
    releaser = keyring.generateKey('Zendesk IaC releases');
  });
  afterAll(() => {
    keyring?.close();
    temp.cleanup();
  });

  const packageInto = (dir: string, ...flags: string[]) => run(process.execPath, [CLI, 'package', '--out', dir, '--platform', `${OS}_${ARCH}`, ...flags], temp.dir, baseEnv({ GNUPGHOME: keyring.home }));

  /** terraform init of a configuration needing the provider, through a registry serving `release`. */
  async function initThroughRegistry(release: string, name: string, listedKey: ThrowawayKey) {
    const registryDir = join(temp.dir, `${name}-registry`);
    mkdirSync(registryDir);
    const registry = await startProviderRegistry(release, registryDir, { keyId: listedKey.keyId, asciiArmor: keyring.exportPublic(listedKey.fingerprint) });
    try {
      const work = join(temp.dir, name);
      mkdirSync(work);
      writeFileSync(join(work, 'registry.tfrc'), registry.cliConfig);
      writeFileSync(join(work, 'main.tf'), `${REQUIRED_PROVIDERS}provider "zendesk" {\n  subdomain = "acme"\n}\n`);
      const env = baseEnv({ TF_CLI_CONFIG_FILE: join(work, 'registry.tfrc'), SSL_CERT_FILE: registry.certFile });
      const init = await run('terraform', ['init', '-input=false', '-no-color'], work, env);
      return { work, env, init, requests: [...registry.requests] };
    } finally {
      await registry.close();
    }
  }

  it('writes …_SHA256SUMS.sig by the key, which gpg --verify and terraform init through a registry accept', async () => {
    const release = join(temp.dir, 'release');
    const packaged = await packageInto(release, '--gpg-key', releaser.fingerprint);
    expect(packaged.stderr).toBe('');
    expect(packaged.code).toBe(0);
    expect(packaged.stdout).toContain(`  ${PREFIX}_SHA256SUMS.sig\n`);
    expect(packaged.stdout).toContain(`Signed by ${releaser.fingerprint} (${releaser.userId}). The registry lists that key's public half: gpg --armor --export ${releaser.fingerprint}`);
    const sums = join(release, `${PREFIX}_SHA256SUMS`);
    const verified = execFileSync('gpg', ['--batch', '--status-fd', '1', '--verify', `${sums}.sig`, sums], { env: keyring.env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(verified).toMatch(new RegExp(`^\\[GNUPG:\\] VALIDSIG ${releaser.fingerprint} `, 'm'));

    const { work, env, init, requests } = await initThroughRegistry(release, 'work', releaser);
    expect(init.output).toContain(`Installed zendesk-iac/zendesk v${VERSION} (self-signed, key ID ${releaser.keyId})`);
    expect(init.code).toBe(0);
    expect(requests).toContain(`/files/${PREFIX}_SHA256SUMS.sig`);
    // From signed sums terraform records the zip's own SHA-256 (zh:) beside the h1: of its files.
    const zipSha256 = createHash('sha256').update(readFileSync(join(release, `${PREFIX}_${OS}_${ARCH}.zip`))).digest('hex');
    expect(readFileSync(join(work, '.terraform.lock.hcl'), 'utf8')).toContain(`"zh:${zipSha256}"`);
    // The installed provider runs: validate loads its schema.
    const validate = await run('terraform', ['validate', '-no-color'], work, env);
    expect(validate.output).toContain('Success! The configuration is valid.');
  });

  it('is refused by terraform when the registry lists a key that did not sign it', async () => {
    const release = join(temp.dir, 'release-other-key');
    expect((await packageInto(release, '--gpg-key', releaser.fingerprint)).code).toBe(0);
    const stranger = keyring.generateKey('Someone else');
    const { init } = await initThroughRegistry(release, 'work-other-key', stranger);
    expect(init.code).not.toBe(0);
    expect(init.output.replace(/\s+/g, ' ')).toContain(`Error while installing zendesk-iac/zendesk v${VERSION}: authentication signature from unknown issuer`);
    expect(init.output).not.toContain('Installed zendesk-iac/zendesk');
  });

  it('without --gpg-key says how to sign, with the exact gpg command; an unknown key writes nothing and says what to do', async () => {
    const unsigned = join(temp.dir, 'release-unsigned');
    const packaged = await packageInto(unsigned);
    expect(packaged.code).toBe(0);
    const sums = join(unsigned, `${PREFIX}_SHA256SUMS`);
    expect(packaged.stdout).toContain(`Not signed. A registry needs the SHA256SUMS signed: run again with --gpg-key KEY, or sign it yourself:\n  gpg --batch --yes --local-user YOUR_KEY_FINGERPRINT --detach-sign --output ${sums}.sig ${sums}\n`);
    expect(existsSync(`${sums}.sig`)).toBe(false);

    const refused = join(temp.dir, 'release-refused');
    const failed = await packageInto(refused, '--gpg-key', 'nobody@example.invalid');
    expect(failed.code).toBe(1);
    expect(failed.stderr).toBe(
      `zendesk-messaging package: no secret key "nobody@example.invalid" in the GnuPG keyring at GNUPGHOME=${keyring.home}: list yours with gpg --list-secret-keys --keyid-format long, ` +
        'import one with gpg --batch --import private-key.asc, or set GNUPGHOME to the keyring that holds it\n',
    );
    expect(existsSync(refused) ? readdirSync(refused) : []).toEqual([]);
  });
});
