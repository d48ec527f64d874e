import {
  type Schema,
  between,
  int64Attribute,
  matches,
  stringAttribute,
} from '../framework';

export const SUBDOMAIN_PATTERN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

/** Environment variables each provider attribute falls back to (CONTRACT table). */
export const ENV_FALLBACKS = {
  subdomain: 'ZENDESK_SUBDOMAIN',
  base_url: 'ZENDESK_BASE_URL',
  email: 'ZENDESK_EMAIL',
  api_token: 'ZENDESK_API_TOKEN',
  oauth_token: 'ZENDESK_OAUTH_TOKEN',
  oauth_client_id: 'ZENDESK_OAUTH_CLIENT_ID',
  oauth_client_secret: 'ZENDESK_OAUTH_CLIENT_SECRET',
} as const;

export const DEFAULT_REQUEST_TIMEOUT_SECONDS = 30;
export const DEFAULT_MAX_RETRIES = 5;

const env = (name: keyof typeof ENV_FALLBACKS) => ` Falls back to the \`${ENV_FALLBACKS[name]}\` environment variable.`;

export const providerSchema = {
  description:
    'Manages Zendesk messaging settings through the Zendesk admin API. Authenticate with OAuth (client credentials, ' +
    'or a ready access token); API tokens still work but Zendesk deactivates them all on 2027-04-30.',
  attributes: {
    subdomain: stringAttribute({
      optional: true,
      description: 'The Zendesk account subdomain (`acme` for acme.zendesk.com). Required unless base_url is set.' + env('subdomain'),
      validators: [matches(SUBDOMAIN_PATTERN, 'a Zendesk subdomain: lowercase letters, digits and hyphens')],
    }),
    base_url: stringAttribute({
      optional: true,
      description:
        'The API root, for example `https://acme.zendesk.com` or an emulator account root such as ' +
        '`http://127.0.0.1:8080/acme`. Defaults to `https://{subdomain}.zendesk.com`. Plain http is accepted only for ' +
        'loopback hosts, so credentials never travel in clear text.' + env('base_url'),
    }),
    email: stringAttribute({
      optional: true,
      description: 'Email of the Zendesk user the API token acts as (API token auth only).' + env('email'),
    }),
    api_token: stringAttribute({
      optional: true,
      sensitive: true,
      description:
        'Zendesk API token (Basic auth as `{email}/token:{api_token}`). Deprecated by Zendesk: no new tokens since ' +
        '2026-10-27 and all tokens stop working on 2027-04-30; use OAuth.' + env('api_token'),
    }),
    oauth_token: stringAttribute({
      optional: true,
      sensitive: true,
      description: 'A ready OAuth access token, sent as a Bearer token.' + env('oauth_token'),
    }),
    oauth_client_id: stringAttribute({
      optional: true,
      description:
        'OAuth client ID for the client credentials grant: the provider mints a short-lived access token, reuses it, ' +
        'and gets a new one when it expires.' + env('oauth_client_id'),
    }),
    oauth_client_secret: stringAttribute({
      optional: true,
      sensitive: true,
      description: 'OAuth client secret for the client credentials grant.' + env('oauth_client_secret'),
    }),
    request_timeout_seconds: int64Attribute({
      optional: true,
      description: `Timeout of one API request in seconds. Defaults to ${DEFAULT_REQUEST_TIMEOUT_SECONDS}.`,
      validators: [between(1, 600, 'seconds')],
    }),
    max_retries: int64Attribute({
      optional: true,
      description:
        `How often a request is retried after a rate limit (429, honouring Retry-After) or, for idempotent requests, a ` +
        `server error or network failure. Defaults to ${DEFAULT_MAX_RETRIES}.`,
      validators: [between(0, 20)],
    }),
  },
} satisfies Schema;
