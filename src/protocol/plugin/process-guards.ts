/**
 * Process-level safety nets for a plugin process.
 *
 * - Last-resort handlers: an error that escapes every RPC wrapper is logged
 *   to stderr and the process keeps serving (a crash would surface in
 *   terraform as "plugin exited unexpectedly", losing the real error).
 * - console.log/info/debug go to stderr: stdout carries the handshake, and a
 *   stray log line from any dependency before it would break the start.
 * - SIGINT is ignored: Ctrl-C reaches the whole process group, and terraform
 *   cancels gracefully through StopProvider, then Shutdown (go-plugin does this).
 * - If terraform dies without a Shutdown (kill -9), the process is
 *   re-parented; we notice and exit rather than linger forever.
 */
import { format } from 'node:util';
import type { Logger } from '../log';
import { writeStderr } from '../log';

let installed = false;

export interface GuardOptions {
  ignoreInterrupt: boolean;
  exitWhenOrphaned: boolean;
}

export function installProcessGuards(log: Logger, options: GuardOptions): void {
  if (installed) return;
  installed = true;

  process.on('uncaughtException', (err) => {
    log.error('uncaught exception (please report this provider bug)', { error: err });
  });
  process.on('unhandledRejection', (reason) => {
    log.error('unhandled promise rejection (please report this provider bug)', { error: reason instanceof Error ? reason : String(reason) });
  });

  const toStderr = (...args: unknown[]): void => writeStderr(`${format(...args)}\n`);
  console.log = toStderr;
  console.info = toStderr;
  console.debug = toStderr;

  if (options.ignoreInterrupt) {
    process.on('SIGINT', () => log.trace('plugin received interrupt signal, ignoring'));
  }

  if (options.exitWhenOrphaned) {
    const parent = process.ppid;
    const timer = setInterval(() => {
      if (process.ppid !== parent) {
        log.warn('terraform went away without shutting the provider down; exiting');
        process.exit(1);
      }
    }, 2000);
    timer.unref(); // never the reason the process stays alive
  }
}
