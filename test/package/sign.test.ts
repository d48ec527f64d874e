/**
 * src/cli/release/sign.ts against the real gpg, with throwaway keyrings: the signature it writes is one
 * `gpg --verify` accepts (binary, detached, by the key asked for), and every way signing goes wrong is a message
 * saying what to do, with no JavaScript error text and no passphrase in it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PASSPHRASE_ENV, signChecksums, signCommand } from '../../src/cli/release/sign';
import { makeGpgHome, type GpgHome } from '../support/gpg-keys';
import { gpgAvailable } from '../support/provider-registry';
import { makeTempDir } from '../support/temp';

const JS_ERROR_TEXT = /TypeError|Cannot read properties|is not a function|undefined|ENOENT|\bat .*\.ts:/;

(gpgAvailable() ? describe : describe.skip)('signing the SHA256SUMS with gpg', () => {
  const temp = makeTempDir('sign');
  let keyring: GpgHome;
  const sums = join(temp.dir, 'terraform-provider-zendesk_1.2.3_SHA256SUMS');
  beforeAll(() => {
    keyring = makeGpgHome(temp.dir);
    writeFileSync(sums, `${'a'.repeat(64)}  terraform-provider-zendesk_1.2.3_linux_amd64.zip\n`);
  });
  afterAll(() => {
    keyring?.close();
    temp.cleanup();
  });

  const verify = (env: NodeJS.ProcessEnv) =>
    execFileSync('gpg', ['--batch', '--status-fd', '1', '--verify', `${sums}.sig`, sums], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

  it('writes a detached binary signature by the key given by fingerprint or key id, which gpg --verify accepts', () => {
    const key = keyring.generateKey('Release A');
    for (const given of [key.fingerprint, key.keyId]) {
      const signed = signChecksums(sums, given, { env: keyring.env });
      expect(signed).toEqual({ ok: true, signature: `${sums}.sig`, fingerprint: key.fingerprint, userId: key.userId });
      expect(readFileSync(`${sums}.sig`).subarray(0, 5).toString()).not.toBe('-----'); // binary, as terraform reads it
      expect(verify(keyring.env)).toMatch(new RegExp(`^\\[GNUPG:\\] VALIDSIG ${key.fingerprint} `, 'm'));
    }
    // A changed SHA256SUMS no longer verifies.
    writeFileSync(sums, `${'b'.repeat(64)}  terraform-provider-zendesk_1.2.3_linux_amd64.zip\n`);
    expect(() => verify(keyring.env)).toThrow();
  });

  it('signs with a passphrase-protected key when the passphrase is in the environment, and says what to do when it is not', () => {
    const passphrase = 'correct horse battery staple';
    const key = keyring.generateKey('Release Protected', { passphrase });
    // No agent holds it unlocked (a fresh agent per keyring, and the key was made in loopback mode).
    execFileSync('gpgconf', ['--homedir', keyring.home, '--reload', 'gpg-agent']);
    const without = signChecksums(sums, key.fingerprint, { env: keyring.env });
    expect(without.ok).toBe(false);
    if (!without.ok) expect(without.problem).toContain(`set ${PASSPHRASE_ENV}`);

    const wrong = signChecksums(sums, key.fingerprint, { env: { ...keyring.env, [PASSPHRASE_ENV]: 'not it' } });
    expect(wrong).toEqual({ ok: false, problem: expect.stringContaining(`the passphrase in ${PASSPHRASE_ENV} is not this key's`) });
    if (!wrong.ok) expect(wrong.problem).not.toContain('not it');

    const signed = signChecksums(sums, key.fingerprint, { env: { ...keyring.env, [PASSPHRASE_ENV]: passphrase } });
    expect(signed.ok).toBe(true);
    expect(verify(keyring.env)).toMatch(new RegExp(`VALIDSIG ${key.fingerprint} `));
  });

  it('refuses an unknown, an ambiguous, an expired key, and a missing gpg, each with what to do', async () => {
    const unknown = signChecksums(sums, '0123456789ABCDEF', { env: keyring.env });
    expect(unknown).toEqual({ ok: false, problem: expect.stringContaining(`no secret key "0123456789ABCDEF" in the GnuPG keyring at GNUPGHOME=${keyring.home}: list yours with gpg --list-secret-keys`) });

    const ambiguous = signChecksums(sums, 'release@example.invalid', { env: keyring.env });
    expect(ambiguous).toEqual({ ok: false, problem: expect.stringMatching(/^"release@example.invalid" names \d secret keys \([0-9A-F, ]+\): give the fingerprint/) });

    const expiring = keyring.generateKey('Release Expired', { expire: 'seconds=1' });
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const expired = signChecksums(sums, expiring.fingerprint, { env: keyring.env });
    expect(expired).toEqual({ ok: false, problem: expect.stringContaining(`the key ${expiring.fingerprint} (${expiring.userId}) expired on `) });
    if (!expired.ok) expect(expired.problem).toContain(`gpg --quick-set-expire ${expiring.fingerprint} 1y`);

    const noGpg = signChecksums(sums, expiring.fingerprint, { env: { ...keyring.env, PATH: temp.dir } });
    expect(noGpg).toEqual({ ok: false, problem: expect.stringContaining('gpg (GnuPG 2.1 or later) is not on PATH') });

    for (const r of [unknown, ambiguous, expired, noGpg]) if (!r.ok) expect(r.problem).not.toMatch(JS_ERROR_TEXT);
  });

  it('prints a signing command that works as printed', () => {
    const key = keyring.generateKey('Release By Hand');
    const command = signCommand(sums, key.fingerprint);
    expect(command).toBe(`gpg --batch --yes --local-user ${key.fingerprint} --detach-sign --output ${sums}.sig ${sums}`);
    execFileSync('sh', ['-c', command], { env: keyring.env, stdio: 'ignore' });
    expect(verify(keyring.env)).toMatch(new RegExp(`VALIDSIG ${key.fingerprint} `));
  });
});
