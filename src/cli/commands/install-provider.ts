import type { Command } from 'commander';
import { installIntoImplicitMirror, installProvider } from '../install-provider';
import { implicitInstallReport, outInstallReport } from '../install-provider-report';
import { readUserCliConfig } from '../user-cli-config';
import { PROVIDER_SOURCE } from '../../provider/address';

export function registerInstallProviderCommand(program: Command): void {
  program
    .command('install-provider')
    .description(
      `Install the ${PROVIDER_SOURCE} provider where terraform finds it with no configuration (~/.terraform.d/plugins), ` +
        'keeping your own CLI config; with --out, into a mirror directory plus a CLI config for TF_CLI_CONFIG_FILE (CI).',
    )
    .option('--out <dir>', 'write a filesystem mirror and DIR/terraformrc here instead (for CI: point TF_CLI_CONFIG_FILE at it)')
    .option('--wrapper', 'install the Node.js wrapper (runs the provider on the node on PATH) instead of the standalone executable (Linux, Windows)')
    .action((opts: { out?: string; wrapper?: boolean }) => {
      const runtime = opts.wrapper ? 'wrapper' : undefined;
      if (opts.out !== undefined) {
        const installed = installProvider(opts.out, runtime);
        process.stdout.write(outInstallReport(installed, configReplacedByOurs()));
      } else {
        const installed = installIntoImplicitMirror(process.env, runtime);
        process.stdout.write(implicitInstallReport(installed, readUserCliConfig()));
      }
    });
}

/**
 * The config a TF_CLI_CONFIG_FILE of ours would replace: the one in effect, or, when that is already an earlier
 * `--out`'s, the user's default files behind it.
 */
function configReplacedByOurs() {
  const current = readUserCliConfig();
  if (!current.override || !current.files.every((f) => f.writtenByInstallProvider)) return current;
  return readUserCliConfig({ ...process.env, TF_CLI_CONFIG_FILE: undefined, TERRAFORM_CONFIG: undefined });
}
