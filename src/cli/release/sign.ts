/**
 * Signs a release's SHA256SUMS with the releaser's GnuPG key: the detached binary signature
 * `…_SHA256SUMS.sig` that a provider registry serves as `shasums_signature_url` and terraform checks against the
 * key the registry lists in `signing_keys` (docs/design/release-signing.md). gpg itself does the signing, with the
 * user's keyring (GNUPGHOME, else ~/.gnupg) and agent: no key material passes through this process.
 *
 * Every failure is a value with what was wrong and what to do; gpg's own words are kept (they name the key and
 * the cause), the passphrase never appears in them.
 */
import { spawnSync } from 'node:child_process';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Read for a passphrase-protected key; handed to gpg on stdin, never on its command line (which `ps` shows). */
export const PASSPHRASE_ENV = 'ZENDESK_MESSAGING_GPG_PASSPHRASE';

/** Long enough for a smartcard or a slow agent; short enough that a gpg stuck waiting for a pinentry is ended. */
const GPG_TIMEOUT_MS = 120_000;

export type SignResult =
  | { ok: true; signature: string; fingerprint: string; userId: string }
  | { ok: false; problem: string };

export interface SignOptions {
  /** The environment gpg runs with (GNUPGHOME, the passphrase variable); the process's by default. */
  env?: NodeJS.ProcessEnv;
}

/** The keyring gpg reads, in words for messages. */
export function keyringLocation(env: NodeJS.ProcessEnv = process.env): string {
  return env.GNUPGHOME ? `GNUPGHOME=${env.GNUPGHOME}` : join(homedir(), '.gnupg');
}

/** The exact command that signs `sumsFile` by hand, for when `--gpg-key` was not given. */
export function signCommand(sumsFile: string, key = 'YOUR_KEY_FINGERPRINT'): string {
  return `gpg --batch --yes --local-user ${key} --detach-sign --output ${quote(`${sumsFile}.sig`)} ${quote(sumsFile)}`;
}

const quote = (s: string) => (/^[\w./:@%+=,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

interface GpgRun {
  code: number | null;
  stdout: string;
  stderr: string;
  missing: boolean;
  timedOut: boolean;
}

function gpg(args: string[], env: NodeJS.ProcessEnv, input?: string): GpgRun {
  const result = spawnSync('gpg', ['--batch', ...args], { env, input, encoding: 'utf8', timeout: GPG_TIMEOUT_MS, stdio: ['pipe', 'pipe', 'pipe'] });
  const error = result.error as NodeJS.ErrnoException | undefined;
  return {
    code: result.status,
    stdout: result.stdout ?? '',
    stderr: result.stderr ?? '',
    missing: error?.code === 'ENOENT',
    timedOut: error?.code === 'ETIMEDOUT' || result.signal === 'SIGTERM',
  };
}

/** gpg's own lines ("gpg: …"), the passphrase blanked should gpg ever echo it. */
function gpgSaid(run: GpgRun, passphrase: string | undefined): string {
  const lines = run.stderr.split('\n').filter((l) => l.startsWith('gpg: ') && !/^gpg: (WARNING: unsafe|using pgp trust model|checking the trustdb)/.test(l));
  const text = [...new Set(lines)].join('\n  '); // gpg repeats some lines word for word
  return passphrase ? text.split(passphrase).join('********') : text;
}

interface SecretKey {
  fingerprint: string;
  /** gpg's validity letter: e = expired, r = revoked, d/i = disabled or invalid. */
  validity: string;
  /** Epoch seconds, or '' for never. */
  expires: string;
  /** The key's overall capabilities: a capital S when some (sub)key can still sign. */
  capabilities: string;
  userId: string;
}

/** The secret keys `key` names, from gpg's machine-readable listing (`--with-colons`, see the design note). */
function parseSecretKeys(colons: string): SecretKey[] {
  const keys: SecretKey[] = [];
  for (const line of colons.split('\n')) {
    const f = line.split(':');
    if (f[0] === 'sec') keys.push({ fingerprint: '', validity: f[1], expires: f[6], capabilities: f[11] ?? '', userId: '' });
    const last = keys[keys.length - 1];
    if (!last) continue;
    if (f[0] === 'fpr' && !last.fingerprint) last.fingerprint = f[9];
    if (f[0] === 'uid' && !last.userId) last.userId = f[9];
  }
  return keys;
}

const NOT_INSTALLED =
  'gpg (GnuPG 2.1 or later) is not on PATH, and it is what signs the checksums: install it (Debian/Ubuntu: apt-get install gnupg; ' +
  'macOS: brew install gnupg; Windows: Gpg4win) and run this again';

/** Checks that `key` names exactly one secret key that can sign; its fingerprint, or why not. */
export function findSigningKey(key: string, options: SignOptions = {}): { ok: true; key: SecretKey } | { ok: false; problem: string } {
  const env = options.env ?? process.env;
  const keyring = keyringLocation(env);
  if (!key.trim() || key.startsWith('-')) return { ok: false, problem: `--gpg-key needs a key fingerprint or id from your GnuPG keyring, got "${key}"` };
  const listed = gpg(['--with-colons', '--fixed-list-mode', '--list-secret-keys', '--', key], env);
  if (listed.missing) return { ok: false, problem: NOT_INSTALLED };
  if (listed.timedOut) return { ok: false, problem: `gpg did not list the secret keys within ${GPG_TIMEOUT_MS / 1000} s: is its agent stuck? (gpgconf --kill gpg-agent restarts it)` };
  const keys = listed.code === 0 ? parseSecretKeys(listed.stdout) : [];
  if (keys.length === 0) {
    return {
      ok: false,
      problem:
        `no secret key "${key}" in the GnuPG keyring at ${keyring}: list yours with gpg --list-secret-keys --keyid-format long, ` +
        'import one with gpg --batch --import private-key.asc, or set GNUPGHOME to the keyring that holds it',
    };
  }
  if (keys.length > 1) {
    return { ok: false, problem: `"${key}" names ${keys.length} secret keys (${keys.map((k) => k.fingerprint).join(', ')}): give the fingerprint of the one to sign with` };
  }
  const [found] = keys;
  if (found.validity === 'e') {
    const when = found.expires ? ` on ${new Date(Number(found.expires) * 1000).toISOString().slice(0, 10)}` : '';
    return {
      ok: false,
      problem:
        `the key ${found.fingerprint} (${found.userId}) expired${when}: extend it with gpg --quick-set-expire ${found.fingerprint} 1y ` +
        '(and give the registry its public key again: gpg --armor --export ' + found.fingerprint + '), or sign with another key',
    };
  }
  if (found.validity === 'r') return { ok: false, problem: `the key ${found.fingerprint} (${found.userId}) is revoked: sign with another key, and publish that key's public half to the registry` };
  if (!found.capabilities.includes('S')) {
    return { ok: false, problem: `the key ${found.fingerprint} (${found.userId}) has no usable signing (sub)key (capabilities "${found.capabilities}"): add one with gpg --quick-add-key ${found.fingerprint} ed25519 sign 1y` };
  }
  return { ok: true, key: found };
}

/**
 * Writes `sumsFile.sig`, a detached binary signature by `key`. A passphrase-protected key is unlocked by the
 * running gpg-agent, or, when PASSPHRASE_ENV is set, by that passphrase through `--pinentry-mode loopback`.
 */
export function signChecksums(sumsFile: string, key: string, options: SignOptions = {}): SignResult {
  const env = options.env ?? process.env;
  const found = findSigningKey(key, options);
  if (!found.ok) return found;
  const { fingerprint, userId } = found.key;
  const signature = `${sumsFile}.sig`;
  const passphrase = env[PASSPHRASE_ENV] || undefined;
  const loopback = passphrase === undefined ? [] : ['--pinentry-mode', 'loopback', '--passphrase-fd', '0'];
  // The fingerprint, not what the user typed: the key just checked is the one that signs.
  const signed = gpg([...loopback, '--yes', '--local-user', fingerprint, '--detach-sign', '--output', signature, '--', sumsFile], env, passphrase === undefined ? '' : `${passphrase}\n`);
  if (signed.missing) return { ok: false, problem: NOT_INSTALLED };
  if (signed.timedOut) {
    return { ok: false, problem: `gpg did not sign within ${GPG_TIMEOUT_MS / 1000} s: it was probably waiting for a passphrase nobody can type here. Set ${PASSPHRASE_ENV}, or unlock the key in gpg-agent first` };
  }
  if (signed.code === 0) return { ok: true, signature, fingerprint, userId };
  const said = gpgSaid(signed, passphrase);
  let hint = 'check the key with gpg --list-secret-keys ' + fingerprint;
  if (/bad passphrase/i.test(said)) hint = `the passphrase in ${PASSPHRASE_ENV} is not this key's`;
  else if (/no pinentry|inappropriate ioctl|operation cancelled|no passphrase given/i.test(said)) {
    hint = `the key is passphrase-protected and nothing here can ask for it: set ${PASSPHRASE_ENV} (read by gpg on stdin with --pinentry-mode loopback), or unlock the key in a running gpg-agent first`;
  }
  return { ok: false, problem: `gpg could not sign ${sumsFile} with ${fingerprint} (${userId}): ${hint}.\n  ${said || `gpg exited with ${signed.code}`}` };
}
