/**
 * Entry point of the provider executable (bundled to dist/terraform-provider-zendesk.js).
 * Terraform starts it with the go-plugin handshake environment; run by hand it explains itself.
 */
import { serve } from '../protocol/serve';
import { FrameworkServer } from '../framework/server/server';
import { ZendeskProvider } from './provider';
import { PROVIDER_ADDRESS } from './address';

serve(new FrameworkServer(new ZendeskProvider()), {
  providerAddress: PROVIDER_ADDRESS,
  debug: process.argv.includes('--debug'),
});
