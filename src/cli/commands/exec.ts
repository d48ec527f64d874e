import { spawn } from 'node:child_process';
import type { Readable } from 'node:stream';
import type { Command } from 'commander';
import { installHint } from '../terraform-exec';

const SIGNAL_NUMBERS: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGKILL: 9, SIGTERM: 15 };

/**
 * `zendesk-messaging exec -- COMMAND [ARGS…]`: COMMAND (terraform, `cdktf
 * diff`, a script of many terraform calls) runs with TF_REATTACH_PROVIDERS
 * pointing at one warm provider host, so none of its terraform commands
 * starts a provider process. stdin, stdout and stderr pass through; the exit
 * code is COMMAND's (128 + n when a signal ended it, as a shell reports it);
 * SIGINT and SIGTERM are passed on to it. When the host dies under it, the
 * terraform runs fail with terraform's connection error, and exec says what
 * happened and exits 1. When COMMAND fails because terraform could not
 * install the zendesk provider (`terraform providers lock`, or a terraform run
 * that does not get the host), exec says how to fix it, as drift does.
 */
export function registerExecCommand(program: Command): void {
  program
    .command('exec')
    .description('Run a command (terraform, cdktf, cdktn, a script) with one warm zendesk provider for all its terraform runs (TF_REATTACH_PROVIDERS).')
    .argument('<command...>', 'the command and its arguments, after --')
    .addHelpText(
      'after',
      '\nExample: zendesk-messaging exec -- terraform plan -out=tfplan\n' +
        'The provider reads ZENDESK_* variables from the environment of exec, once, not from each terraform run.',
    )
    .action(async (argv: string[]) => {
      // A signal while the host starts (before there is a command to pass it to) is kept, not fatal: exec then stops
      // the host it started and exits as the command would have (128 + n), rather than dying and leaving it behind.
      let early: NodeJS.Signals | undefined;
      const keep = (['SIGINT', 'SIGTERM', 'SIGHUP'] as const).map((signal) => [signal, () => (early ??= signal)] as const);
      for (const [signal, handler] of keep) process.on(signal, handler);
      const { startProviderHost } = await import('../provider-host');
      const host = await startProviderHost(process.env);
      for (const [signal, handler] of keep) process.off(signal, handler);
      if (early) {
        await host.stop();
        process.exitCode = 128 + (SIGNAL_NUMBERS[early] ?? 0);
        return;
      }
      process.exitCode = await runWithHost(argv, host);
    });
}

async function runWithHost(argv: string[], host: Awaited<ReturnType<typeof import('../provider-host').startProviderHost>>): Promise<number> {
  const [command, ...args] = argv;
  // stderr passes through as it comes, and its tail is kept for the hint: terraform writes its errors there (and still
  // colours them when stderr is a pipe); stdin and stdout stay the terminal's, for prompts and progress.
  const child = spawn(command, args, { stdio: ['inherit', 'inherit', 'pipe'], env: { ...process.env, ...host.env } });
  const stderrTail = passOnKeepingTail(child.stderr!, process.stderr);
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
  const handlers = (['SIGINT', 'SIGTERM', 'SIGHUP'] as const).map((signal) => [signal, forward(signal)] as const);
  for (const [signal, handler] of handlers) process.on(signal, handler);
  let hostDied = false;
  void host.exited.then(() => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    hostDied = true;
    process.stderr.write(`zendesk-messaging exec: ${host.describeExit()}; the terraform runs of ${command} that use the zendesk provider fail.\n`);
  });
  const code = await new Promise<number>((resolve) => {
    child.once('error', (err) => {
      process.stderr.write(`zendesk-messaging exec: cannot run ${command}: ${err.message}\n`);
      resolve(127);
    });
    child.once('exit', (exitCode, signal) => resolve(signal ? 128 + (SIGNAL_NUMBERS[signal] ?? 0) : (exitCode ?? 1)));
  });
  for (const [signal, handler] of handlers) process.off(signal, handler);
  await host.stop();
  const stderr = await stderrTail();
  const hint = code !== 0 ? installHint(stderr) : undefined;
  if (hint) process.stderr.write(`zendesk-messaging exec: ${hint}\n`);
  // A host that died under the command is a failure even if the command itself did not notice.
  return hostDied && code === 0 ? 1 : code;
}

/** The most of a failure's stderr worth reading for the hint: terraform's diagnostics come last. */
const TAIL_BYTES = 64 * 1024;

/**
 * Forwards `stream` to `to` chunk by chunk and keeps its last TAIL_BYTES. The
 * returned function gives them once the stream has ended, or after a moment
 * when a background process COMMAND started still holds it open; then it
 * lets go of the pipe, which would otherwise keep exec running as long as
 * that process (what that process writes later is lost: the host it would need
 * is gone by then too).
 */
function passOnKeepingTail(stream: Readable, to: NodeJS.WritableStream): () => Promise<string> {
  let tail = Buffer.alloc(0);
  stream.on('data', (chunk: Buffer) => {
    to.write(chunk);
    tail = Buffer.concat([tail, chunk]);
    if (tail.length > TAIL_BYTES) tail = tail.subarray(tail.length - TAIL_BYTES);
  });
  const ended = new Promise<void>((resolve) => stream.once('close', resolve));
  return async () => {
    await Promise.race([ended, new Promise((resolve) => setTimeout(resolve, 500).unref())]);
    stream.destroy();
    return tail.toString('utf8');
  };
}
