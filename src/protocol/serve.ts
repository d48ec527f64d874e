/**
 * serve(): run a ProviderServer as a terraform plugin process.
 *
 * Normal mode is go-plugin's server side, as terraform starts it:
 *   1. refuse to run without terraform's magic cookie (exit 1, clear message);
 *   2. make a fresh AutoMTLS certificate and trust only PLUGIN_CLIENT_CERT;
 *   3. listen on 127.0.0.1 (any free port, or PLUGIN_MIN_PORT..PLUGIN_MAX_PORT);
 *   4. print `1|6|tcp|127.0.0.1:PORT|grpc|CERT` as the first and only stdout output;
 *   5. serve until terraform calls Shutdown, then exit at once.
 *
 * Debug mode serves plaintext on a free port and prints the
 * TF_REATTACH_PROVIDERS value, so a developer can run the provider under a
 * debugger and point any number of terraform commands at it. Host mode
 * (plugin/host.ts) serves every terraform command of a job from one process,
 * on a private unix socket. In both, each connection (each provider instance
 * terraform would have started) gets its own provider: `server` must then be
 * a factory.
 *
 * Start-up time matters (terraform starts providers 3–5 times per command):
 * this path loads only node:http2, node:crypto and our own small modules.
 */
import { writeSync } from 'node:fs';
import type { MutualTLS } from './grpc/server';
import { type Logger, getLogger, writeStderr } from './log';
import { type ProviderServerFactory, deferredProviderServer } from './plugin/deferred-server';
import { type RunningPluginServer, startPluginServer } from './plugin/plugin-server';
import { NOT_A_PLUGIN_MESSAGE, clientOffersProtocol6, handshakeLine, hasMagicCookie, portCandidates } from './plugin/handshake';
import { serveHost } from './plugin/host';
import { installProcessGuards } from './plugin/process-guards';
import { reattachInstructions, reattachProvidersJSON } from './plugin/reattach';
import { generateCertificate } from './tls/certificate';
import type { ProviderServer } from './tfprotov6/types';

export interface ServeOptions {
  /**
   * The provider's source address, e.g. "registry.terraform.io/zendesk-iac/zendesk".
   * Required in debug mode (it keys TF_REATTACH_PROVIDERS).
   */
  providerAddress?: string;
  /** plugin (default: started by terraform), debug (`--debug`) or host (`--host`): see the module comment. */
  mode?: 'plugin' | 'debug' | 'host';
  logger?: Logger;
  /** Environment to read (default process.env). */
  env?: NodeJS.ProcessEnv;
  /**
   * Debug and host mode: called once the server listens and has said so. A process that serves many connections,
   * nearly all of which will need the same modules, can load them here, while terraform starts up, rather than on
   * the first connection's path. Never called in plugin mode, whose process most often answers only a schema or a
   * validation. A failure is logged, never fatal: the connection that needs the module loads it again.
   */
  warmUp?: () => Promise<unknown>;
}

/**
 * Serves until terraform shuts the provider down (normal mode) or the process
 * is interrupted (debug mode). Resolves once listening; never rejects: a
 * failure to start is reported on stderr and exits with code 1.
 *
 * `server` may be a factory: it is then called right after the handshake
 * line, so a provider whose modules are expensive to load can `require()`
 * them inside it and keep them off the start-up path (see plugin/deferred-server.ts).
 */
export async function serve(server: ProviderServer | ProviderServerFactory, options: ServeOptions = {}): Promise<RunningPluginServer | undefined> {
  const env = options.env ?? process.env;
  const log = options.logger ?? getLogger();
  const mode = options.mode ?? 'plugin';
  try {
    if (mode !== 'plugin') {
      if (typeof server !== 'function') throw new Error(`${mode} mode needs a provider factory: each connection gets its own instance`);
      if (!options.providerAddress) throw new Error(`${mode} mode needs the provider address (ServeOptions.providerAddress)`);
      const running =
        mode === 'host'
          ? await serveHost(server, { providerAddress: options.providerAddress, logger: log, writeStdout })
          : await serveDebug(server, options.providerAddress, env, log);
      const warmUp = options.warmUp;
      if (warmUp) setImmediate(() => warmUp().catch((err: unknown) => log.debug('warming up failed', { error: err instanceof Error ? err : String(err) })));
      return running;
    }
    const deferred = typeof server === 'function' ? deferredProviderServer(server) : undefined;
    const running = await servePlugin(deferred ? deferred.server : (server as ProviderServer), env, log);
    if (running && deferred) {
      deferred.load().catch((err) => log.error('building the provider server failed', { error: err instanceof Error ? err : String(err) }));
    }
    return running;
  } catch (err) {
    writeStderr(`Error: failed to start the provider: ${(err as Error)?.message ?? String(err)}\n`);
    process.exit(1);
  }
}

async function servePlugin(server: ProviderServer, env: NodeJS.ProcessEnv, log: Logger): Promise<RunningPluginServer | undefined> {
  if (!hasMagicCookie(env)) {
    writeStderr(NOT_A_PLUGIN_MESSAGE);
    process.exit(1);
  }
  installProcessGuards(log, { ignoreInterrupt: true, exitWhenOrphaned: true });
  if (!clientOffersProtocol6(env)) {
    log.warn('terraform does not offer plugin protocol 6; it will refuse this provider', { offered: env.PLUGIN_PROTOCOL_VERSIONS });
  }

  const clientCertPem = env.PLUGIN_CLIENT_CERT;
  let tls: MutualTLS | undefined;
  let handshakeCert = '';
  if (clientCertPem) {
    // A garbled certificate would make every connection fail its TLS check later, far from the cause.
    if (!clientCertPem.includes('-----BEGIN CERTIFICATE-----')) throw new Error('PLUGIN_CLIENT_CERT is set but holds no PEM certificate');
    const cert = generateCertificate();
    tls = { certPem: cert.certPem, keyPem: cert.keyPem, clientCertPem };
    handshakeCert = cert.handshake;
  } else {
    // go-plugin does the same when the client did not ask for AutoMTLS.
    log.warn('PLUGIN_CLIENT_CERT is not set: serving without TLS');
  }

  const running = await startPluginServer(server, {
    logger: log,
    tls,
    ports: portCandidates(env),
    onShutdown: () => {
      log.debug('shutdown requested; exiting');
      process.exit(0);
    },
  });
  writeStdout(handshakeLine(running.host, running.port, handshakeCert));
  // Same tick as the line: terraform's connection can only be accepted after this.
  running.prepare();
  log.debug('plugin listening', { address: `${running.host}:${running.port}`, tls: Boolean(tls) });
  return running;
}

async function serveDebug(factory: ProviderServerFactory, providerAddress: string, env: NodeJS.ProcessEnv, log: Logger): Promise<RunningPluginServer> {
  installProcessGuards(log, { ignoreInterrupt: false, exitWhenOrphaned: false });
  const running = await startPluginServer(
    { perConnection: factory },
    {
      logger: log,
      ports: portCandidates(env),
      // With reattach, terraform does not own the process; it should outlive each command.
      onShutdown: () => log.info('terraform asked a debug-mode provider to shut down; still serving (Ctrl-C stops it)'),
    },
  );
  running.prepare();
  writeStdout(reattachInstructions(reattachProvidersJSON(providerAddress, { network: 'tcp', host: running.host, port: running.port })));
  return running;
}

/** Synchronous write to fd 1: the handshake must be complete before anything else happens. */
function writeStdout(text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(1, bytes, offset);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') throw err;
    }
  }
}
