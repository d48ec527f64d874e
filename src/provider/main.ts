/**
 * Entry point of the provider executable (bundled to dist/terraform-provider-zendesk.js).
 * Terraform starts it with the go-plugin handshake environment; run by hand it explains itself.
 */
import { serveProvider } from '../framework/serve';
import { PROVIDER_ADDRESS } from './address';

// A factory, called after the handshake line and once per connection in debug and host mode (every provider
// instance terraform would have started gets its own provider, so configurations, credentials and caches never
// meet). The provider's modules are imported there, off the start-up path (see framework/serve.ts).
void serveProvider(async () => new (await import('./provider')).ZendeskPluginProvider(), {
  providerAddress: PROVIDER_ADDRESS,
  mode: process.argv.includes('--host') ? 'host' : process.argv.includes('--debug') ? 'debug' : 'plugin',
  // A host's plans nearly all configure a client: its modules and the client chunk load while terraform starts up.
  warmUp: async () => (await import('./provider')).loadClient(),
});
