import type { Command } from 'commander';
import { PROVIDER_SOURCE } from '../../provider/address';
import { RELEASE_PLATFORMS, releasePlatforms, writeRelease } from '../release/package-release';
import { findSigningKey, PASSPHRASE_ENV, signChecksums, signCommand } from '../release/sign';
import { join } from 'node:path';

const SIGNING_HELP = `
Signing (--gpg-key): gpg signs the SHA256SUMS with a key from your GnuPG keyring (GNUPGHOME, else ~/.gnupg), by its
fingerprint or key id, and writes …_SHA256SUMS.sig, the detached signature a provider registry serves with the key's
ASCII-armored public half (gpg --armor --export KEY). A passphrase-protected key is unlocked by your running gpg-agent;
in CI, set ${PASSPHRASE_ENV} instead: gpg reads it on stdin with --pinentry-mode loopback (never on its command line).

The zips are reproducible: the same build gives the same bytes. Publishing them: docs/guides/publishing-to-a-private-registry.md`;

export function registerPackageCommand(program: Command): void {
  program
    .command('package')
    .description(
      `Write the ${PROVIDER_SOURCE} release artifacts a provider registry or mirror takes: one zip per platform, SHA256SUMS, ` +
        'the protocol manifest and, with --gpg-key, the SHA256SUMS signature.',
    )
    .option('--out <dir>', 'release directory', 'release')
    .option('--platform <os_arch...>', `platforms to package (default: ${RELEASE_PLATFORMS.join(', ')})`)
    .option('--gpg-key <key>', 'sign the SHA256SUMS with this GnuPG key (fingerprint or key id), writing …_SHA256SUMS.sig')
    .addHelpText('after', SIGNING_HELP)
    .action((opts: { out: string; platform?: string[]; gpgKey?: string }) => {
      // The key is checked before anything is written: a release directory is never left half signed.
      if (opts.gpgKey !== undefined) {
        const key = findSigningKey(opts.gpgKey);
        if (!key.ok) return fail(key.problem);
      }
      const release = writeRelease(opts.out, releasePlatforms(opts.platform));
      const sumsFile = join(release.dir, release.sums);
      const lines = [`Packaged ${PROVIDER_SOURCE} ${release.version} into ${release.dir}`, ...release.zips.map((z) => `  ${z.name}`), `  ${release.sums}`, `  ${release.manifest.name}`];
      if (opts.gpgKey === undefined) {
        process.stdout.write(
          [...lines, '', 'Not signed. A registry needs the SHA256SUMS signed: run again with --gpg-key KEY, or sign it yourself:', `  ${signCommand(sumsFile)}`, ''].join('\n'),
        );
        return;
      }
      const signed = signChecksums(sumsFile, opts.gpgKey);
      if (!signed.ok) {
        process.stdout.write([...lines, ''].join('\n'));
        return fail(`the release is written but not signed: ${signed.problem}`);
      }
      process.stdout.write(
        [
          ...lines,
          `  ${release.sums}.sig`,
          '',
          `Signed by ${signed.fingerprint} (${signed.userId}). The registry lists that key's public half: gpg --armor --export ${signed.fingerprint}`,
          '',
        ].join('\n'),
      );
    });
}

function fail(problem: string): void {
  process.stderr.write(`zendesk-messaging package: ${problem}\n`);
  process.exitCode = 1;
}
