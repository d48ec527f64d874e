/**
 * The emulator's defaults, in a module of their own so that the CLI can show them in `emulator --help` without
 * loading the emulator itself (its server, routes and recorded data) at every CLI start.
 */
import type { OAuthClient } from './auth';

/** Used when no credentials are configured, so a first run needs no setup (printed by the CLI). */
export const DEFAULT_API_TOKEN = 'emulator-token';
export const DEFAULT_OAUTH_CLIENT: OAuthClient = { id: 'emulator-client', secret: 'emulator-secret' };
/** Zendesk's default access-token lifetime, 30 minutes [documented: docs/design/zendesk-api.md#oauth]. */
export const DEFAULT_ACCESS_TOKEN_TTL_SECONDS = 1800;
