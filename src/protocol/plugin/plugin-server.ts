/**
 * Everything a go-plugin client talks to, on one gRPC server: the
 * tfplugin6.Provider service plus go-plugin's own health check and
 * controller. GRPCStdio and GRPCBroker are left unrouted, so they answer
 * UNIMPLEMENTED, which go-plugin treats as "feature not available" (we
 * never write to stdout after the handshake and need no broker).
 */
import { GrpcServer, type MutualTLS } from '../grpc/server';
import type { Connection, UnaryHandler } from '../grpc/types';
import type { Logger } from '../log';
import { providerRoutes } from '../tfprotov6/server/provider-routes';
import type { ProviderServer } from '../tfprotov6/types';
import { type ProviderServerFactory, deferredProviderServer } from './deferred-server';
import { SHUTDOWN_PATH, shutdownHandler } from './controller';
import { HEALTH_CHECK_PATH, healthCheck } from './health';

export interface PluginServerOptions {
  logger: Logger;
  /** AutoMTLS material; plaintext when absent (reattach/debug mode). */
  tls?: MutualTLS;
  /** Ports to try in order; [0] (any free port) by default. */
  ports?: readonly number[];
  host?: string;
  /** Listen on this unix domain socket instead of a TCP port (the provider host). */
  socketPath?: string;
  /** Called after the Shutdown RPC's response has gone out. */
  onShutdown: () => void;
}

export interface RunningPluginServer {
  /** The TCP host and port; for a unix socket, `host` is the socket path and `port` is 0. */
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

/**
 * Where each connection's provider comes from: one server for every
 * connection (a plugin process terraform started: it makes one connection),
 * or a fresh instance per connection (debug mode and the provider host, where
 * many terraform processes and provider aliases connect to one process and
 * each must have its own configuration, credentials and caches).
 */
export type ProviderSource = ProviderServer | { perConnection: ProviderServerFactory };

export async function startPluginServer(source: ProviderSource, options: PluginServerOptions): Promise<RunningPluginServer> {
  const log = options.logger.named('tfprotov6');
  const shared: Map<string, UnaryHandler> = new Map([
    [HEALTH_CHECK_PATH, healthCheck],
    [SHUTDOWN_PATH, shutdownHandler(options.onShutdown)],
  ]);
  const routesOf = routesPerConnection(source, log);
  const router = (path: string, connection: Connection) => shared.get(path) ?? routesOf(connection).get(path);
  const grpc = new GrpcServer({ router, logger: options.logger.named('grpc'), tls: options.tls });
  if (options.socketPath) {
    await grpc.listenOnSocket(options.socketPath);
    return { host: options.socketPath, port: 0, prepare: () => void grpc.prepare(), close: () => grpc.close() };
  }
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

/** The tfplugin6 routes a connection uses: the shared server's, or those of an instance made for it on first use. */
function routesPerConnection(source: ProviderSource, log: Logger): (connection: Connection) => Map<string, UnaryHandler> {
  if (!('perConnection' in source)) {
    const routes = providerRoutes(source, log);
    return () => routes;
  }
  const made = new WeakMap<Connection, Map<string, UnaryHandler>>();
  return (connection) => {
    let routes = made.get(connection);
    if (!routes) {
      // Deferred: an async factory still gives routes at once; each RPC waits for the instance.
      routes = providerRoutes(deferredProviderServer(source.perConnection).server, log.named(`connection-${connection.id}`));
      made.set(connection, routes);
      log.debug('new provider instance for connection', { tf_connection: connection.id });
      connection.onClose(() => made.delete(connection));
    }
    return routes;
  };
}
