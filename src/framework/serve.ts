/**
 * serveProvider(): a framework Provider as a terraform plugin process, the
 * whole of a provider's entry point. The protocol's serve() gets a factory:
 *
 * - it runs after the handshake line (../protocol/plugin/deferred-server.ts),
 *   so the framework's server and the provider's own modules, which `load`
 *   imports dynamically, are evaluated while terraform reads that line and
 *   sets up its TLS connection, not before it (the bundle evaluates a module
 *   reached only through `import()` when it is first imported);
 * - every connection of debug and host mode (every provider instance
 *   terraform would have started) gets its own FrameworkServer and Provider:
 *   configurations, credentials and caches never meet.
 */
import { type ServeOptions, serve } from '../protocol/serve';
import type { Provider } from './provider';

export type { ServeOptions };

export function serveProvider(load: () => Provider | Promise<Provider>, options: ServeOptions): ReturnType<typeof serve> {
  const server = () => import('./server/server');
  return serve(
    async () => {
      const [{ FrameworkServer }, provider] = await Promise.all([server(), load()]);
      return new FrameworkServer(provider);
    },
    // Debug and host mode: the framework's server is needed by every connection, like whatever the provider warms.
    { ...options, warmUp: async () => Promise.all([server(), options.warmUp?.()]) },
  );
}
