/**
 * The account a live acceptance run talks to, read from environment variables: where it is (a subdomain or an API
 * root), the credential terraform's provider uses (an OAuth client first, as the product recommends; an API token
 * while Zendesk still honours them), and a second admin's credential for the out-of-band change. Pure: `npm test`
 * drives it with made-up environments, `npm run test:live` with the real one.
 */
import type { AuthOptions } from '../../../src/client';

export type LiveCredential =
  | { kind: 'oauth-client'; clientId: string; clientSecret: string }
  | { kind: 'api-token'; email: string; apiToken: string };

export interface LiveTarget {
  /** The API root: the given base URL, or https://{subdomain}.zendesk.com. */
  baseUrl: string;
  /** terraform's provider signs in with this. */
  terraform: LiveCredential;
  /** Another admin: makes the out-of-band change, as someone in Admin Center would. */
  admin: LiveCredential;
}

/** The variables, in the order docs/design/live-sandbox.md lists them. */
export const LIVE_ENV = {
  subdomain: 'ZENDESK_LIVE_SUBDOMAIN',
  baseUrl: 'ZENDESK_LIVE_BASE_URL',
  oauthClientId: 'ZENDESK_LIVE_OAUTH_CLIENT_ID',
  oauthClientSecret: 'ZENDESK_LIVE_OAUTH_CLIENT_SECRET',
  email: 'ZENDESK_LIVE_EMAIL',
  apiToken: 'ZENDESK_LIVE_API_TOKEN',
  adminOauthClientId: 'ZENDESK_LIVE_ADMIN_OAUTH_CLIENT_ID',
  adminOauthClientSecret: 'ZENDESK_LIVE_ADMIN_OAUTH_CLIENT_SECRET',
  adminEmail: 'ZENDESK_LIVE_ADMIN_EMAIL',
  adminApiToken: 'ZENDESK_LIVE_ADMIN_API_TOKEN',
} as const;

export type LiveTargetResult = { target: LiveTarget } | { missing: string[] };

type Env = Record<string, string | undefined>;
const given = (env: Env, name: string) => (env[name]?.trim() ? env[name]!.trim() : undefined);

/**
 * One credential from two pairs of variables, the OAuth pair first. Half a pair names its other half; nothing at all
 * names both pairs. `what` says whose credential it is, in the message.
 */
function credential(env: Env, what: string, oauth: [string, string], token: [string, string]): LiveCredential | string {
  const [clientId, clientSecret, email, apiToken] = [...oauth, ...token].map((name) => given(env, name));
  if (clientId && clientSecret) return { kind: 'oauth-client', clientId, clientSecret };
  if (clientId || clientSecret) return `${clientId ? oauth[1] : oauth[0]} (${what}: the other half of ${clientId ? oauth[0] : oauth[1]})`;
  if (email && apiToken) return { kind: 'api-token', email, apiToken };
  if (email || apiToken) return `${email ? token[1] : token[0]} (${what}: the other half of ${email ? token[0] : token[1]})`;
  return `${oauth[0]} and ${oauth[1]}, or ${token[0]} and ${token[1]} (${what})`;
}

const sameCredential = (a: LiveCredential, b: LiveCredential) =>
  a.kind === 'oauth-client' && b.kind === 'oauth-client' ? a.clientId === b.clientId : a.kind === 'api-token' && b.kind === 'api-token' && a.email.toLowerCase() === b.email.toLowerCase();

/** The target the environment names, or what is missing (each entry a variable to set and why). */
export function liveTargetFromEnv(env: Env): LiveTargetResult {
  const missing: string[] = [];
  const subdomain = given(env, LIVE_ENV.subdomain);
  const baseUrl = given(env, LIVE_ENV.baseUrl) ?? (subdomain ? `https://${subdomain}.zendesk.com` : undefined);
  if (!baseUrl) missing.push(`${LIVE_ENV.subdomain} or ${LIVE_ENV.baseUrl} (the sandbox to run against)`);
  const terraform = credential(env, "terraform's provider; an OAuth client first", [LIVE_ENV.oauthClientId, LIVE_ENV.oauthClientSecret], [LIVE_ENV.email, LIVE_ENV.apiToken]);
  const admin = credential(env, 'a second admin, for the out-of-band change', [LIVE_ENV.adminOauthClientId, LIVE_ENV.adminOauthClientSecret], [LIVE_ENV.adminEmail, LIVE_ENV.adminApiToken]);
  if (typeof terraform === 'string') missing.push(terraform);
  if (typeof admin === 'string') missing.push(admin);
  if (typeof terraform !== 'string' && typeof admin !== 'string' && sameCredential(terraform, admin)) {
    missing.push(`a second admin's credential in ${LIVE_ENV.adminOauthClientId}/_SECRET or ${LIVE_ENV.adminEmail}/${LIVE_ENV.adminApiToken}: the one given is terraform's own, so the change would not come from someone else`);
  }
  if (missing.length || !baseUrl || typeof terraform === 'string' || typeof admin === 'string') return { missing };
  return { target: { baseUrl, terraform, admin } };
}

/** The message `npm run test:live` fails with when the environment does not name a target. */
export function describeMissing(missing: string[]): string {
  return ['The live acceptance run needs a Zendesk sandbox in environment variables; missing:', ...missing.map((m) => `  - ${m}`), 'See docs/design/live-sandbox.md, "Running the acceptance flows against your sandbox".'].join('\n');
}

/** The client's auth options for a credential. */
export function authOf(credential: LiveCredential): AuthOptions {
  return credential.kind === 'oauth-client'
    ? { kind: 'oauth-client', clientId: credential.clientId, clientSecret: credential.clientSecret }
    : { kind: 'api-token', email: credential.email, token: credential.apiToken };
}

/** The provider's environment variables for a credential (CONTRACT: the ZENDESK_* fallbacks), so no HCL holds it. */
export function providerEnvOf(credential: LiveCredential): Record<string, string> {
  return credential.kind === 'oauth-client'
    ? { ZENDESK_OAUTH_CLIENT_ID: credential.clientId, ZENDESK_OAUTH_CLIENT_SECRET: credential.clientSecret }
    : { ZENDESK_EMAIL: credential.email, ZENDESK_API_TOKEN: credential.apiToken };
}

/** Every secret of the target: what the runner scrubs from everything it reports. */
export function secretsOf(target: LiveTarget): string[] {
  return [target.terraform, target.admin].map((c) => (c.kind === 'oauth-client' ? c.clientSecret : c.apiToken));
}

/** A credential in words, without its secret. */
export function describeCredential(credential: LiveCredential): string {
  return credential.kind === 'oauth-client' ? `OAuth client "${credential.clientId}"` : `API token of ${credential.email}`;
}
