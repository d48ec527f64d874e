import type { ObjectValue } from '../framework';
import { Diagnostics, Path } from '../framework';
import type { AccountIdentity } from './account-identity';
import { DEFAULT_MAX_RETRIES, DEFAULT_REQUEST_TIMEOUT_SECONDS, ENV_FALLBACKS } from './provider-schema';

type SettingName = keyof typeof ENV_FALLBACKS;

/** Where a setting's value came from, so messages can tell the user what to change. */
interface Sourced {
  value: string;
  from: 'config' | 'env';
  name: SettingName;
}

export type ResolvedAuth =
  | { kind: 'oauth-client'; clientId: string; clientSecret: string }
  | { kind: 'oauth-token'; token: string }
  | { kind: 'api-token'; email: string; token: string };

export interface ConnectionSettings {
  subdomain?: string;
  baseUrl?: string;
  auth: ResolvedAuth;
  requestTimeoutMs: number;
  maxRetries: number;
}

/** Credential kinds in the CONTRACT's order of preference: OAuth client credentials, OAuth token, API token. */
const KINDS = [
  { kind: 'oauth-client', settings: ['oauth_client_id', 'oauth_client_secret'] },
  { kind: 'oauth-token', settings: ['oauth_token'] },
  { kind: 'api-token', settings: ['email', 'api_token'] },
] as const;

const describeSource = (s: Sourced) => (s.from === 'config' ? `"${s.name}"` : `the ${ENV_FALLBACKS[s.name]} environment variable`);
const pathOf = (s: Sourced) => (s.from === 'config' ? Path.root(s.name) : Path.ROOT);

export const API_TOKEN_DEPRECATION =
  'Zendesk stopped issuing API tokens on 2026-10-27 and deactivates every API token on 2027-04-30. Switch to OAuth: set ' +
  'oauth_client_id and oauth_client_secret (client credentials grant) or oauth_token.';

const NO_CREDENTIALS_DETAIL =
  'Configure exactly one way to authenticate, in the provider block or the environment:\n' +
  '  - oauth_client_id + oauth_client_secret (ZENDESK_OAUTH_CLIENT_ID, ZENDESK_OAUTH_CLIENT_SECRET): recommended\n' +
  '  - oauth_token (ZENDESK_OAUTH_TOKEN): a ready OAuth access token\n' +
  '  - email + api_token (ZENDESK_EMAIL, ZENDESK_API_TOKEN): deprecated, stops working on 2027-04-30';

/**
 * Reads the provider settings: each attribute falls back to its environment
 * variable, then exactly one complete credential kind must remain. In
 * 'validate' mode (ValidateProviderConfig) only contradictions are errors.
 * Unknown values (a provider configured from another resource's output) are
 * treated as "set" for conflict checks and reported by the caller.
 */
export function resolveConnection(
  config: ObjectValue,
  environment: NodeJS.ProcessEnv,
  diagnostics: Diagnostics,
  mode: 'validate' | 'configure' = 'configure',
): ConnectionSettings | undefined {
  // `terraform validate` must work without credentials at hand: validation only reports contradictions.
  const complete = mode === 'configure';
  const read = (name: SettingName): Sourced | undefined => {
    const configured = config[name];
    if (typeof configured === 'string' && configured !== '') return { value: configured, from: 'config', name };
    if (configured !== null && configured !== undefined && typeof configured !== 'string') return { value: '', from: 'config', name };
    const fromEnv = environment[ENV_FALLBACKS[name]];
    return fromEnv ? { value: fromEnv, from: 'env', name } : undefined;
  };

  const subdomain = read('subdomain');
  const baseUrl = read('base_url');
  if (complete && !subdomain && !baseUrl) {
    diagnostics.addError(
      'No Zendesk account configured',
      'Set "subdomain" (or ZENDESK_SUBDOMAIN) to your account, e.g. subdomain = "acme" for acme.zendesk.com, or "base_url" ' +
        '(or ZENDESK_BASE_URL) to an API root such as the emulator\'s http://127.0.0.1:8080/acme.',
    );
  }

  const present = KINDS.map((k) => ({ ...k, found: k.settings.map(read) })).filter((k) => k.found.some(Boolean));
  if (present.length === 0) {
    if (complete) diagnostics.addError('No Zendesk credentials configured', NO_CREDENTIALS_DETAIL);
    return undefined;
  }
  if (present.length > 1) {
    const [first, ...others] = present;
    for (const other of others) {
      const offending = other.found.find(Boolean)!;
      const kept = first.found.find(Boolean)!;
      diagnostics.addAttributeError(
        pathOf(offending),
        'Conflicting Zendesk credentials',
        `Both ${describeSource(kept)} (${first.kind}) and ${describeSource(offending)} (${other.kind}) are set. ` +
          'Configure exactly one way to authenticate and remove the other (check the environment too).',
      );
    }
    return undefined;
  }
  const chosen = present[0];
  if (!complete) return undefined;
  chosen.settings.forEach((name, i) => {
    if (!chosen.found[i]) {
      const partner = chosen.found.find(Boolean)!;
      diagnostics.addAttributeError(
        pathOf(partner),
        'Incomplete Zendesk credentials',
        `${describeSource(partner)} is set but "${name}" (or ${ENV_FALLBACKS[name]}) is missing; ${chosen.kind} needs both ` +
          `${chosen.settings.join(' and ')}.`,
      );
    }
  });
  if (diagnostics.hasError()) return undefined;

  const [a, b] = chosen.found.map((s) => s!.value);
  const auth: ResolvedAuth =
    chosen.kind === 'oauth-client'
      ? { kind: 'oauth-client', clientId: a, clientSecret: b }
      : chosen.kind === 'oauth-token'
        ? { kind: 'oauth-token', token: a }
        : { kind: 'api-token', email: a, token: b };
  if (auth.kind === 'api-token') {
    diagnostics.addAttributeWarning(pathOf(chosen.found[1]!), 'Zendesk API tokens are deprecated', API_TOKEN_DEPRECATION);
  }
  const timeout = config.request_timeout_seconds;
  const retries = config.max_retries;
  return {
    subdomain: subdomain?.value,
    baseUrl: baseUrl?.value,
    auth,
    requestTimeoutMs: (typeof timeout === 'number' ? timeout : DEFAULT_REQUEST_TIMEOUT_SECONDS) * 1000,
    maxRetries: typeof retries === 'number' ? retries : DEFAULT_MAX_RETRIES,
  };
}

/**
 * The account a provider instance manages, by name: the one its requests go
 * to, so the base URL when given (it wins over the subdomain in the client
 * too), else the subdomain. Of a base URL: the first label of a *.zendesk.com
 * host, else the last path segment of the API root (the emulator's
 * http://127.0.0.1:N/acme → acme), else the host. A name alone does not tell
 * two hosts apart: the identity resources record is the endpoint (account-identity.ts).
 */
export function accountIdFor(settings: Pick<ConnectionSettings, 'subdomain' | 'baseUrl'>): string {
  if (settings.baseUrl) return accountNameOf(settings.baseUrl);
  return settings.subdomain ?? '';
}

/**
 * The name versions before the endpoint was recorded gave a configuration: the
 * subdomain whenever one was set, even when base_url sent the requests
 * elsewhere. Only to recognise the states they wrote.
 */
export function legacyAccountIdFor(settings: Pick<ConnectionSettings, 'subdomain' | 'baseUrl'>): string {
  return settings.subdomain || accountIdFor(settings);
}

/** The account a provider instance manages: its name, endpoint (the client's API root) and earlier name. */
export function accountIdentityFor(settings: Pick<ConnectionSettings, 'subdomain' | 'baseUrl'>, endpoint: string): AccountIdentity {
  return { name: accountNameOf(endpoint), endpoint, legacyName: legacyAccountIdFor(settings) };
}

function accountNameOf(baseUrl: string): string {
  try {
    const url = new URL(baseUrl);
    const zendeskHost = /^([a-z0-9-]+)\.zendesk\.com$/i.exec(url.hostname);
    if (zendeskHost) return zendeskHost[1].toLowerCase();
    const segments = url.pathname.split('/').filter(Boolean);
    return segments.length > 0 ? decodeURIComponent(segments[segments.length - 1]) : url.host;
  } catch {
    return baseUrl;
  }
}
