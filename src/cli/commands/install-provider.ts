import { join } from 'node:path';
import { homedir } from 'node:os';
import type { Command } from 'commander';
import { installProvider } from '../install-provider';
import { PROVIDER_SOURCE } from '../../provider/address';

export function registerInstallProviderCommand(program: Command): void {
  program
    .command('install-provider')
    .description(`Put the ${PROVIDER_SOURCE} provider into a filesystem mirror and write a Terraform CLI config for it.`)
    .option('--out <dir>', 'mirror directory', join(homedir(), '.terraform.d', 'zendesk-messaging'))
    .action((opts: { out: string }) => {
      const installed = installProvider(opts.out);
      process.stdout.write(
        [
          `Installed ${PROVIDER_SOURCE} ${installed.version} into ${installed.mirrorDir}`,
          `Terraform CLI config: ${installed.cliConfigPath}`,
          '',
          'Point Terraform (and cdktf) at it, then run terraform init:',
          `  export TF_CLI_CONFIG_FILE=${installed.cliConfigPath}`,
          '',
        ].join('\n'),
      );
    });
}
