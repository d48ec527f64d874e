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
  .description('Zendesk messaging and omnichannel routing configuration as code: emulator, Terraform provider install, drift reports and PR summaries.')
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

/**
 * Commands throw errors whose message is written for the user (what was wrong, what to do). A JavaScript error
 * (a TypeError and its kin) is a bug of ours: its text would mean nothing to the reader, so it is said as one.
 */
const JAVASCRIPT_ERRORS = new Set(['TypeError', 'ReferenceError', 'RangeError', 'SyntaxError', 'EvalError', 'URIError', 'AggregateError']);

program.parseAsync(process.argv).catch((err: unknown) => {
  const internal = err instanceof Error && JAVASCRIPT_ERRORS.has(err.constructor.name);
  const message = internal
    ? `an internal error of zendesk-messaging ${VERSION} stopped the command (a bug: please report it with the command you ran). Run with ZENDESK_MESSAGING_DEBUG=1 for details.`
    : err instanceof Error
      ? err.message
      : String(err);
  process.stderr.write(`zendesk-messaging: ${message}\n`);
  if (internal && process.env.ZENDESK_MESSAGING_DEBUG) process.stderr.write(`${(err as Error).stack}\n`);
  process.exitCode = 1;
});
