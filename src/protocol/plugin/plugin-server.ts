/**
 * Everything a go-plugin client talks to, on one gRPC server: the
 * tfplugin6.Provider service plus go-plugin's own health check and
 * controller. GRPCStdio and GRPCBroker are left unrouted, so they answer
 * UNIMPLEMENTED, which go-plugin treats as "feature not available" (we
 * never write to stdout after the handshake and need no broker).
 */
import { GrpcServer, type MutualTLS } from '../grpc/server';
import type { UnaryHandler } from '../grpc/types';
import type { Logger } from '../log';
import { providerRoutes } from '../tfprotov6/server/provider-routes';
import type { ProviderServer } from '../tfprotov6/types';
import { SHUTDOWN_PATH, shutdownHandler } from './controller';
import { HEALTH_CHECK_PATH, healthCheck } from './health';

export interface PluginServerOptions {
  logger: Logger;
  /** AutoMTLS material; plaintext when absent (reattach/debug mode). */
  tls?: MutualTLS;
  /** Ports to try in order; [0] (any free port) by default. */
  ports?: readonly number[];
  host?: string;
  /** Called after the Shutdown RPC's response has gone out. */
  onShutdown: () => void;
}

export interface RunningPluginServer {
  readonly host: string;
  readonly port: number;
  /**
   * Sets up HTTP/2 and TLS now (it would otherwise happen on the first
   * connection): call it right after printing the handshake line. Throws if
   * the TLS material is unusable.
   */
  prepare(): void;
  close(): Promise<void>;
}

export async function startPluginServer(provider: ProviderServer, options: PluginServerOptions): Promise<RunningPluginServer> {
  const routes = new Map<string, UnaryHandler>(providerRoutes(provider, options.logger.named('tfprotov6')));
  routes.set(HEALTH_CHECK_PATH, healthCheck);
  routes.set(SHUTDOWN_PATH, shutdownHandler(options.onShutdown));

  const grpc = new GrpcServer({ router: (path) => routes.get(path), logger: options.logger.named('grpc'), tls: options.tls });
  const host = options.host ?? '127.0.0.1';
  const ports = options.ports ?? [0];
  let lastError: unknown;
  for (const candidate of ports) {
    try {
      const address = await grpc.listen(candidate, host);
      return { host, port: address.port, prepare: () => void grpc.prepare(), close: () => grpc.close() };
    } catch (err) {
      lastError = err;
      if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE' && (err as NodeJS.ErrnoException).code !== 'EACCES') break;
    }
  }
  throw new Error(`couldn't bind plugin TCP listener: ${(lastError as Error)?.message ?? 'no port available'}`);
}
