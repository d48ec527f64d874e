/**
 * A ProviderServer that is built only after the handshake line.
 *
 * A real provider's modules (framework, HTTP client, resources) can cost
 * more start-up time than the whole protocol layer. serve() accepts a
 * factory instead of an instance: it prints the handshake first, then calls
 * the factory while terraform is still setting up its client, and every RPC
 * waits for it. A factory that throws makes each RPC answer with a gRPC
 * error (there is no provider to answer it), never a dead process.
 */
import type { ProviderServer } from '../tfprotov6/types';

export type ProviderServerFactory = () => ProviderServer | Promise<ProviderServer>;

/** Every ProviderServer method; the `satisfies` clause breaks the build if the interface gains one. */
const METHODS = [
  'getMetadata',
  'getProviderSchema',
  'validateProviderConfig',
  'validateResourceConfig',
  'validateDataResourceConfig',
  'upgradeResourceState',
  'configureProvider',
  'readResource',
  'planResourceChange',
  'applyResourceChange',
  'importResourceState',
  'moveResourceState',
  'readDataSource',
  'stopProvider',
] as const satisfies readonly (keyof ProviderServer)[];
type Missing = Exclude<keyof ProviderServer, (typeof METHODS)[number]>;
const exhaustive: Missing extends never ? true : Missing = true;
void exhaustive;

export interface DeferredServer {
  readonly server: ProviderServer;
  /** Builds the real server (once); RPCs call this too, so calling it early is only a head start. */
  load(): Promise<ProviderServer>;
}

export function deferredProviderServer(factory: ProviderServerFactory): DeferredServer {
  let loading: Promise<ProviderServer> | undefined;
  const load = (): Promise<ProviderServer> => {
    if (!loading) {
      loading = new Promise<ProviderServer>((resolve) => resolve(factory()));
      loading.catch(() => undefined); // reported by each RPC that needs it
    }
    return loading;
  };
  const server = {} as Record<string, (req?: unknown) => Promise<unknown>>;
  for (const name of METHODS) {
    server[name] = async (req?: unknown) => {
      const real = (await load()) as unknown as Record<string, (req?: unknown) => Promise<unknown>>;
      if (typeof real[name] !== 'function') throw new Error(`the provider server does not implement ${name}`);
      return real[name](req);
    };
  }
  return { server: server as unknown as ProviderServer, load };
}
