/**
 * Throwaway GnuPG keyrings for the signing tests: a GNUPGHOME in the test's temp dir, keys generated in it with
 * `gpg --batch --quick-gen-key`, and its gpg-agent stopped by `close` (the temp dir's removal then leaves nothing).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export interface ThrowawayKey {
  fingerprint: string;
  /** The 16-hex long key id terraform prints ("self-signed, key ID …"). */
  keyId: string;
  userId: string;
}

export interface GpgHome {
  home: string;
  /** The environment gpg (or the CLI) runs with to use this keyring. */
  env: NodeJS.ProcessEnv;
  gpg(...args: string[]): string;
  /**
   * A new ed25519 signing key. `passphrase` protects it (none by default); `expire` is gpg's expiry argument
   * ("never", "1y", "seconds=1").
   */
  generateKey(name: string, options?: { passphrase?: string; expire?: string }): ThrowawayKey;
  /** The ASCII-armored public key, as a registry's `signing_keys` carries it. */
  exportPublic(fingerprint: string): string;
  close(): void;
}

export function makeGpgHome(parent: string, name = 'gnupg'): GpgHome {
  const home = join(parent, name);
  mkdirSync(home, { recursive: true, mode: 0o700 });
  const env = { ...process.env, GNUPGHOME: home };
  const gpg = (...args: string[]) => execFileSync('gpg', ['--batch', ...args], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return {
    home,
    env,
    gpg,
    generateKey(userName, options = {}) {
      const userId = `${userName} <release@example.invalid>`;
      gpg('--pinentry-mode', 'loopback', '--passphrase', options.passphrase ?? '', '--quick-gen-key', userId, 'ed25519', 'sign', options.expire ?? 'never');
      const listing = gpg('--with-colons', '--fixed-list-mode', '--list-secret-keys', '--', userId);
      const fingerprint = /^fpr:(?:[^:]*:){8}([0-9A-F]{40}):/m.exec(listing)![1];
      return { fingerprint, keyId: fingerprint.slice(-16), userId };
    },
    exportPublic: (fingerprint) => gpg('--armor', '--export', fingerprint),
    close: () => execFileSync('gpgconf', ['--homedir', home, '--kill', 'all'], { stdio: 'ignore' }),
  };
}
