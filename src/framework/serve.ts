/**
 * serveProvider(): a framework Provider as a terraform plugin process, the
 * whole of a provider's entry point. The protocol's serve() gets a factory,
 * so every connection of debug and host mode (every provider instance
 * terraform would have started) has its own FrameworkServer and Provider:
 * configurations, credentials and caches never meet.
 */
import { type ServeOptions, serve } from '../protocol/serve';
import type { Provider } from './provider';
import { FrameworkServer } from './server/server';

export type { ServeOptions };

export function serveProvider(newProvider: () => Provider, options: ServeOptions): ReturnType<typeof serve> {
  return serve(() => new FrameworkServer(newProvider()), options);
}
