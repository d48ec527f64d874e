import { type AuthStrategy, INSPECT, type OAuthTokenAuth, requireCredential } from './strategy';

/** A ready OAuth access token: nothing to renew, so a 401 is final. */
export class OAuthTokenStrategy implements AuthStrategy {
  readonly kind = 'oauth-token' as const;
  readonly credential = 'the OAuth access token';
  readonly rejectedHint =
    'Zendesk rejected the OAuth access token: it may have expired, been revoked, or belong to another account. ' +
    'Create a new token, or use an OAuth client (client credentials grant) so the client renews tokens itself.';
  readonly #header: string;
  readonly #token: string;

  constructor(options: OAuthTokenAuth) {
    this.#token = requireCredential(options.token, 'the OAuth access token');
    this.#header = `Bearer ${this.#token}`;
  }

  async authorization(): Promise<string> {
    return this.#header;
  }

  invalidate(): boolean {
    return false;
  }

  secrets(): string[] {
    return [this.#token];
  }

  toJSON() {
    return { kind: this.kind };
  }

  [INSPECT]() {
    return 'OAuthTokenStrategy { kind: oauth-token }';
  }
}
