import { ZendeskConfigError } from '../errors';

/**
 * One way of authenticating (one file per strategy). The transport asks for
 * an Authorization value before each attempt and reports 401s back; only the
 * OAuth client-credentials strategy can do something about one.
 *
 * Strategies keep their secrets in #private fields and define an inspect hook:
 * neither util.inspect nor JSON.stringify of the client ever reaches them.
 */

export type AuthKind = 'oauth-client' | 'oauth-token' | 'api-token';

/** Client credentials grant at `POST {root}/oauth/tokens`: tokens are minted lazily, reused, and renewed before they expire. */
export interface OAuthClientAuth {
  kind: 'oauth-client';
  clientId: string;
  clientSecret: string;
  /** Requested scope; default `read write` (reading and writing account settings and triggers). */
  scope?: string;
}

/** A ready OAuth access token, sent as `Bearer`. */
export interface OAuthTokenAuth {
  kind: 'oauth-token';
  token: string;
}

/** Deprecated by Zendesk (see API_TOKEN_DEPRECATION_WARNING): Basic `{email}/token:{token}`. */
export interface ApiTokenAuth {
  kind: 'api-token';
  email: string;
  token: string;
}

export type AuthOptions = OAuthClientAuth | OAuthTokenAuth | ApiTokenAuth;

export interface AuthStrategy {
  readonly kind: AuthKind;
  /** The Authorization header value for the next attempt (mints or renews a token first when needed). */
  authorization(): Promise<string>;
  /**
   * Zendesk answered 401 to a request sent with `rejected`: forget it. True when
   * a fresh credential can be obtained, i.e. one renew-and-retry is worthwhile.
   */
  invalidate(rejected: string): boolean;
  /** Every secret value this strategy has seen, for redaction. */
  secrets(): string[];
  /** What to tell the user when Zendesk rejects the credentials. */
  readonly rejectedHint: string;
  /** What the Authorization header carries, in words for messages ("the OAuth access token"). */
  readonly credential: string;
}

/** Secrets end up in an HTTP header: refuse empties and characters that cannot be in one (without echoing the value). */
export function requireCredential(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ZendeskConfigError(`Missing Zendesk credentials: ${what} is empty or not set.`, 'auth');
  }
  if (/[\s\u0000-\u001f\u007f]/.test(value)) {
    throw new ZendeskConfigError(
      `Invalid Zendesk credentials: ${what} contains whitespace or control characters (a stray newline from a file or paste?).`,
      'auth',
    );
  }
  return value;
}

export const INSPECT = Symbol.for('nodejs.util.inspect.custom');
