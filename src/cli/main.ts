/**
 * The zendesk-messaging CLI (bundled to dist/cli.js). Each command lives in
 * its own module and is registered here; heavy modules load inside the
 * command that needs them.
 */
import { Command } from 'commander';
import { VERSION } from '../version';
import { registerDemoCommand } from './commands/demo';
import { registerDriftCommand } from './commands/drift';
import { registerDriftMergeCommand } from './commands/drift-merge';
import { registerEmulatorCommand } from './commands/emulator';
import { registerExecCommand } from './commands/exec';
import { registerInstallProviderCommand } from './commands/install-provider';
import { registerPackageCommand } from './commands/package';
import { registerPlanSummaryCommand } from './commands/plan-summary';
import { registerSchemaCommand } from './commands/schema';

const program = new Command()
  .name('zendesk-messaging')
  .description('Zendesk messaging settings as code: emulator, Terraform provider install, drift reports and PR summaries.')
  .version(VERSION)
  .showHelpAfterError();

registerDemoCommand(program);
registerDriftCommand(program);
registerDriftMergeCommand(program);
registerEmulatorCommand(program);
registerExecCommand(program);
registerInstallProviderCommand(program);
registerPackageCommand(program);
registerPlanSummaryCommand(program);
registerSchemaCommand(program);

program.parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(`zendesk-messaging: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
