import { NOT_THE_API, unexpectedAnswer } from '../failure';
import type { Redact } from '../redact';
import type { RawResponse } from '../transport';
import { type AuthStrategy, INSPECT, type OAuthClientAuth, requireCredential } from './strategy';

/** Sends the grant request (`POST {root}/oauth/tokens`, unauthenticated) and returns the 2xx answer; errors are thrown typed. */
export type TokenGrant = (body: Record<string, string>) => Promise<RawResponse>;

/** What the strategy needs from the client around it. */
export interface OAuthClientDeps {
  grant: TokenGrant;
  now: () => number;
  debug?: (msg: string) => void;
  /** For messages about the grant's answer (the redactor also knows this strategy's secrets). */
  redact: Redact;
}

export const TOKEN_PATH = '/oauth/tokens';
export const DEFAULT_OAUTH_SCOPE = 'read write';
/** Renew this long before expiry (capped at a tenth of the lifetime, so a short-lived token is not renewed on every call). */
const RENEW_MARGIN_MS = 60_000;
/** Minted tokens remembered for redaction; old ones may still appear in a late error body. */
const REMEMBERED_TOKENS = 16;

interface Minted {
  header: string;
  /** When to mint a new one (undefined: the grant gave no expires_in; keep it until a 401). */
  renewAt?: number;
}

/**
 * OAuth client credentials grant. The access token is minted on first use (a
 * provider start that never calls the API never mints one), shared by
 * concurrent requests (one grant in flight at a time), renewed shortly before
 * `expires_in` runs out, and dropped after a 401 so the transport can renew
 * once and retry once.
 */
export class OAuthClientStrategy implements AuthStrategy {
  readonly kind = 'oauth-client' as const;
  readonly credential = 'the access token minted for the OAuth client';
  readonly rejectedHint =
    'Zendesk rejected an access token minted just now for this OAuth client: check that the client belongs to this ' +
    'account and that its scopes allow the request.';
  readonly #clientId: string;
  readonly #clientSecret: string;
  readonly #scope: string;
  readonly #grant: TokenGrant;
  readonly #now: () => number;
  readonly #debug: (msg: string) => void;
  readonly #redact: Redact;
  readonly #tokens: string[] = [];
  #current?: Minted;
  #minting?: Promise<string>;

  constructor(options: OAuthClientAuth, { grant, now, debug = () => {}, redact }: OAuthClientDeps) {
    this.#clientId = requireCredential(options.clientId, 'the OAuth client ID');
    this.#clientSecret = requireCredential(options.clientSecret, 'the OAuth client secret');
    this.#scope = options.scope?.trim() || DEFAULT_OAUTH_SCOPE;
    this.#grant = grant;
    this.#now = now;
    this.#debug = debug;
    this.#redact = redact;
  }

  async authorization(): Promise<string> {
    const current = this.#current;
    if (current && (current.renewAt === undefined || this.#now() < current.renewAt)) return current.header;
    if (current) this.#debug('OAuth access token is about to expire; minting a new one');
    return this.#mint();
  }

  invalidate(rejected: string): boolean {
    // A concurrent request may already have replaced the token: only drop the one that was rejected.
    if (this.#current?.header === rejected) this.#current = undefined;
    return true;
  }

  secrets(): string[] {
    return [this.#clientSecret, ...this.#tokens];
  }

  #mint(): Promise<string> {
    if (!this.#minting) {
      this.#minting = this.#requestToken().finally(() => {
        this.#minting = undefined;
      });
    }
    return this.#minting;
  }

  async #requestToken(): Promise<string> {
    const started = this.#now();
    const response = await this.#grant({
      grant_type: 'client_credentials',
      client_id: this.#clientId,
      client_secret: this.#clientSecret,
      scope: this.#scope,
    });
    const body = response.data;
    const answer = (typeof body === 'object' && body !== null && !Array.isArray(body) ? body : {}) as Record<string, unknown>;
    const token = answer.access_token;
    const type = answer.token_type;
    if (typeof token !== 'string' || token === '' || (type !== undefined && String(type).toLowerCase() !== 'bearer')) {
      // Never the body: a token of another type is still a token.
      throw unexpectedAnswer({ method: 'POST', path: TOKEN_PATH, redact: this.#redact }, response, 'JSON with a bearer "access_token" string', NOT_THE_API);
    }
    this.#tokens.push(token);
    if (this.#tokens.length > REMEMBERED_TOKENS) this.#tokens.shift();
    const expiresIn = Number(answer.expires_in);
    const ttlMs = Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn * 1000 : undefined;
    const header = `Bearer ${token}`;
    this.#current = {
      header,
      renewAt: ttlMs === undefined ? undefined : started + ttlMs - Math.min(RENEW_MARGIN_MS, ttlMs / 10),
    };
    this.#debug(`minted an OAuth access token (${ttlMs === undefined ? 'no expiry given' : `expires in ${expiresIn} s`})`);
    return header;
  }

  toJSON() {
    return { kind: this.kind };
  }

  [INSPECT]() {
    return 'OAuthClientStrategy { kind: oauth-client }';
  }
}
