/**
 * Entry point of the provider executable (bundled to dist/terraform-provider-zendesk.js).
 * Terraform starts it with the go-plugin handshake environment; run by hand it explains itself.
 */
import { serve } from '../protocol/serve';
import { FrameworkServer } from '../framework/server/server';
import { ZendeskPluginProvider } from './provider';
import { PROVIDER_ADDRESS } from './address';

// A factory: in debug and host mode every connection (every provider instance terraform would have
// started) gets its own FrameworkServer, so configurations, credentials and caches never meet.
serve(() => new FrameworkServer(new ZendeskPluginProvider()), {
  providerAddress: PROVIDER_ADDRESS,
  mode: process.argv.includes('--host') ? 'host' : process.argv.includes('--debug') ? 'debug' : 'plugin',
});
