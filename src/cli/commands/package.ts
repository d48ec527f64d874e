import type { Command } from 'commander';
import { PROVIDER_SOURCE } from '../../provider/address';
import { RELEASE_PLATFORMS, releasePlatforms, writeRelease } from '../release/package-release';

export function registerPackageCommand(program: Command): void {
  program
    .command('package')
    .description(
      `Write the ${PROVIDER_SOURCE} release artifacts a provider registry or mirror takes: one zip per platform, SHA256SUMS and the protocol manifest.`,
    )
    .option('--out <dir>', 'release directory', 'release')
    .option('--platform <os_arch...>', `platforms to package (default: ${RELEASE_PLATFORMS.join(', ')})`)
    .addHelpText('after', '\nThe zips are reproducible: the same build gives the same bytes. Publishing them: docs/guides/publishing-to-a-private-registry.md')
    .action((opts: { out: string; platform?: string[] }) => {
      const release = writeRelease(opts.out, releasePlatforms(opts.platform));
      process.stdout.write(
        [
          `Packaged ${PROVIDER_SOURCE} ${release.version} into ${release.dir}`,
          ...release.zips.map((z) => `  ${z.name}`),
          `  ${release.sums}`,
          `  ${release.manifest.name}`,
          '',
          `Each zip needs Node.js 20 or later on the PATH terraform runs with. Sign the SHA256SUMS (gpg --detach-sign) before publishing.`,
          '',
        ].join('\n'),
      );
    });
}
