import { ZendeskConfigError } from '../errors';
import { ApiTokenStrategy } from './api-token';
import { type OAuthClientDeps, OAuthClientStrategy } from './oauth-client';
import { OAuthTokenStrategy } from './oauth-token';
import type { AuthOptions, AuthStrategy } from './strategy';

export function createAuthStrategy(
  auth: AuthOptions | undefined,
  deps: OAuthClientDeps,
): AuthStrategy {
  switch (auth?.kind) {
    case 'oauth-client':
      return new OAuthClientStrategy(auth, deps);
    case 'oauth-token':
      return new OAuthTokenStrategy(auth);
    case 'api-token':
      return new ApiTokenStrategy(auth);
    default:
      throw new ZendeskConfigError(
        'Missing Zendesk credentials: give auth as an OAuth client (kind "oauth-client" with clientId and clientSecret), ' +
          'an OAuth access token (kind "oauth-token"), or an API token (kind "api-token" with email and token; deprecated).',
        'auth',
      );
  }
}
