/**
 * Entry point of the provider executable (bundled to dist/terraform-provider-zendesk.js).
 * Terraform starts it with the go-plugin handshake environment; run by hand it explains itself.
 */
import { serveProvider } from '../framework/serve';
import { ZendeskProvider } from './provider';
import { PROVIDER_ADDRESS } from './address';

// A factory: in debug and host mode every connection (every provider instance terraform would have
// started) gets its own provider, so configurations, credentials and caches never meet.
void serveProvider(() => new ZendeskProvider(), {
  providerAddress: PROVIDER_ADDRESS,
  mode: process.argv.includes('--host') ? 'host' : process.argv.includes('--debug') ? 'debug' : 'plugin',
});
