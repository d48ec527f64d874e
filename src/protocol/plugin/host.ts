/**
 * The provider host: one long-running provider process that serves every
 * terraform command of a job through TF_REATTACH_PROVIDERS, so those commands
 * start no provider process of their own (terraform would start 3–5 per
 * command, each a Node start and a TLS handshake).
 *
 * - Plaintext gRPC on a unix domain socket, in a directory only this user can
 *   open (0700; the socket itself 0600). Reattached providers get no AutoMTLS
 *   from terraform, so the file permissions are what keeps other users out.
 * - Every connection gets its own provider instance (see plugin-server.ts):
 *   terraform opens one per provider instance, concurrent terraform processes
 *   configure different accounts, and nothing of one may reach another.
 * - It lives as long as the process that started it: when that parent goes
 *   (its IPC channel closes, which also happens on kill -9, or it is
 *   re-parented), on SIGINT, SIGTERM or SIGHUP, the host exits and removes its
 *   socket directory.
 * - The parent learns the address from one IPC message
 *   `{ type: 'ready', reattach }` (or, without IPC, one stdout line: the
 *   TF_REATTACH_PROVIDERS value).
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from '../log';
import type { ProviderServerFactory } from './deferred-server';
import { type RunningPluginServer, startPluginServer } from './plugin-server';
import { installProcessGuards } from './process-guards';
import { reattachProvidersJSON } from './reattach';

/** The message a host sends its parent once it is listening. */
export interface HostReady {
  type: 'ready';
  /** The TF_REATTACH_PROVIDERS value (JSON) for this provider. */
  reattach: string;
  socketPath: string;
}

export interface HostOptions {
  providerAddress: string;
  logger: Logger;
  /** Where the private socket directory is made (default: the system temp dir). */
  tempDir?: string;
  /** Writes the reattach line when there is no IPC channel to the parent. */
  writeStdout: (text: string) => void;
}

export async function serveHost(factory: ProviderServerFactory, options: HostOptions): Promise<RunningPluginServer> {
  const log = options.logger;
  installProcessGuards(log, { ignoreInterrupt: false, exitWhenOrphaned: true });
  // mkdtemp makes the directory 0700: only this user (and root) can reach the socket inside.
  const dir = mkdtempSync(join(options.tempDir ?? tmpdir(), 'zdm-host-'));
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  process.on('exit', removeDir);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => process.exit(0));
  if (process.send) process.once('disconnect', () => process.exit(0)); // the parent went away (also on kill -9)

  const socketPath = join(dir, 'provider.sock');
  const running = await startPluginServer(
    { perConnection: factory },
    {
      logger: log,
      socketPath,
      // With reattach ("Test": true) terraform does not own the process; it should outlive each command.
      onShutdown: () => log.debug('terraform asked the provider host to shut down; still serving its other commands'),
    },
  );
  chmodSync(socketPath, 0o600);
  running.prepare();
  const reattach = reattachProvidersJSON(options.providerAddress, { network: 'unix', path: socketPath });
  const ready: HostReady = { type: 'ready', reattach, socketPath };
  if (process.send) process.send(ready);
  else options.writeStdout(`${reattach}\n`);
  log.info('provider host listening', { socket: socketPath });
  return running;
}
