import { type ApiTokenAuth, type AuthStrategy, INSPECT, requireCredential } from './strategy';

/** Shown whenever API-token auth is used [documented: docs/design/zendesk-api.md#api-token-retirement]. */
export const API_TOKEN_DEPRECATION_WARNING =
  'Zendesk API tokens are being retired: no new API tokens can be created since 2026-10-27, and Zendesk deactivates ' +
  'all API tokens on 2027-04-30. Switch to OAuth: an OAuth client with the client credentials grant (recommended) or an OAuth access token.';

/** Basic `{email}/token:{token}`: acts as the user with that email, with all of their permissions. */
export class ApiTokenStrategy implements AuthStrategy {
  readonly kind = 'api-token' as const;
  readonly credential = 'the API token (or the email sent with it)';
  readonly rejectedHint =
    'Zendesk rejected the API token: check the email and token, that token access is enabled (Admin Center > Apps and ' +
    'integrations > APIs), and that the token has not been deactivated. API tokens stop working on 2027-04-30: switch to OAuth.';
  readonly #header: string;
  readonly #secrets: string[];

  constructor(options: ApiTokenAuth) {
    const email = requireCredential(options.email, 'the email for the API token');
    const token = requireCredential(options.token, 'the API token');
    const pair = `${email}/token:${token}`;
    const encoded = Buffer.from(pair, 'utf8').toString('base64');
    this.#header = `Basic ${encoded}`;
    this.#secrets = [token, pair, encoded];
  }

  async authorization(): Promise<string> {
    return this.#header;
  }

  invalidate(): boolean {
    return false;
  }

  secrets(): string[] {
    return [...this.#secrets];
  }

  toJSON() {
    return { kind: this.kind };
  }

  [INSPECT]() {
    return 'ApiTokenStrategy { kind: api-token }';
  }
}
