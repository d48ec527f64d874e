import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Principal } from './audit/model';

export interface OAuthClient {
  id: string;
  secret: string;
}

export interface AuthOptions {
  apiTokens: string[];
  oauthClients: OAuthClient[];
  /** Lifetime of an access token whose grant asks for none. */
  accessTokenTtlSeconds: number;
}

/** `ok`; `bearer-rejected`: a Bearer token that is not valid here; `rejected`: anything else (none, Basic, another scheme). */
export type AuthVerdict = 'ok' | 'bearer-rejected' | 'rejected';

interface AccessToken {
  account: string;
  /** The OAuth client the token was issued to: the actor of what it writes (audit log). */
  clientId: string;
  expiresAt: number;
  scope: string;
}

const safeEqual = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** `{email}/token:{token}`, decoded from Basic auth. */
const BASIC_TOKEN = /^([^/:]+)\/token:(.+)$/;

/**
 * Credentials as Zendesk checks them:
 * - API tokens: Basic `{email}/token:{token}`; a token works with any user's email [documented: docs/design/zendesk-api.md#api-tokens].
 * - OAuth: the client credentials grant issues access tokens per account that expire
 *   (since 2025-04-30); `Authorization: Bearer …` [documented: docs/design/zendesk-api.md#oauth].
 * Access tokens live in memory: an emulator restart invalidates them, and clients re-authenticate on the 401.
 */
export class Authenticator {
  private readonly tokens = new Map<string, AccessToken>();

  constructor(private readonly options: AuthOptions) {}

  /**
   * Whether the Authorization header is valid for `account` now. A Bearer token that is not (unknown, expired,
   * revoked, or another account's) is told apart from other failures, because Zendesk answers it differently
   * (errors.ts: invalidToken vs unauthorized).
   */
  authenticate(account: string, header: string | undefined, now = Date.now()): AuthVerdict {
    if (!header) return 'rejected';
    const [scheme, credentials = ''] = header.split(/\s+/, 2);
    if (/^basic$/i.test(scheme)) {
      const decoded = Buffer.from(credentials, 'base64').toString('utf8');
      const match = BASIC_TOKEN.exec(decoded);
      return match && this.options.apiTokens.some((t) => safeEqual(t, match[2])) ? 'ok' : 'rejected';
    }
    if (/^bearer$/i.test(scheme)) {
      const token = this.tokens.get(credentials);
      return token && token.account === account && token.expiresAt > now ? 'ok' : 'bearer-rejected';
    }
    return 'rejected';
  }

  /**
   * Who an Authorization header that `authenticate` accepted acts as: the user of the email for API-token auth (a
   * token acts with that user's permissions [documented: docs/design/zendesk-api.md#api-tokens]), the OAuth client for a client credentials token.
   */
  principal(header: string): Principal {
    const [scheme, credentials = ''] = header.split(/\s+/, 2);
    if (/^bearer$/i.test(scheme)) return { kind: 'oauth-client', clientId: this.tokens.get(credentials)?.clientId ?? 'unknown' };
    const match = BASIC_TOKEN.exec(Buffer.from(credentials, 'base64').toString('utf8'));
    return { kind: 'user', email: match?.[1] ?? 'unknown' };
  }

  /**
   * Client credentials grant; undefined when the client is unknown or the secret is wrong. The token lives
   * `ttlSeconds` (what the request asked for, checked by the route) or the emulator's default lifetime. No refresh
   * token: the client credentials grant issues none [documented: docs/design/zendesk-api.md#oauth].
   */
  issue(account: string, clientId: string, clientSecret: string, scope: string, ttlSeconds?: number, now = Date.now()) {
    const client = this.options.oauthClients.find((c) => c.id === clientId);
    if (!client || !safeEqual(client.secret, clientSecret)) return undefined;
    const accessToken = randomBytes(24).toString('hex');
    const ttl = ttlSeconds ?? this.options.accessTokenTtlSeconds;
    this.tokens.set(accessToken, { account, clientId, expiresAt: now + ttl * 1000, scope });
    return { access_token: accessToken, token_type: 'bearer', scope, expires_in: ttl };
  }

  /** Test control: the access tokens issued for an account, so secret-leak tests can search for them. */
  issuedTokens(account: string): string[] {
    return [...this.tokens.entries()].filter(([, t]) => t.account === account).map(([value]) => value);
  }

  /** Test control: every access token of the account stops working now. */
  expireAll(account: string): number {
    let expired = 0;
    for (const token of this.tokens.values()) {
      if (token.account === account) {
        token.expiresAt = 0;
        expired++;
      }
    }
    return expired;
  }

  reset(): void {
    this.tokens.clear();
  }
}
