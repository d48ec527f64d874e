import type { Diagnostics, PrivateData } from '../framework';

/**
 * Which Zendesk account a provider instance talks to. The account is where the
 * requests go (the API root: base_url when set, else https://{subdomain}.zendesk.com),
 * whichever settings or ZENDESK_* variables said so: two roots are two accounts,
 * even when their names agree (http://127.0.0.1:1111/acme and http://127.0.0.1:2222/acme).
 */
export interface AccountIdentity {
  /** The account's name in ids and messages ("acme"), derived from the endpoint. */
  readonly name: string;
  /** The API root requests go to, as the client normalised it (no trailing slash, lowercase host, no credentials). */
  readonly endpoint: string;
  /**
   * The name earlier versions gave this configuration (the subdomain first, even when base_url sent the requests
   * elsewhere). States they wrote record only a name, which is compared with this one or `name`.
   */
  readonly legacyName: string;
}

/** Private-state key of the endpoint a resource was created, imported or last read through. */
export const ENDPOINT_KEY = 'endpoint';

/** What a resource's state recorded of its account: the endpoint (this version on), a name (every version). */
export interface RecordedAccount {
  endpoint?: unknown;
  name?: unknown;
}

/** The recorded account of a resource: the endpoint in its private state, and the name it keeps. */
export function recordedAccount(privateData: PrivateData, name: unknown): RecordedAccount {
  return { endpoint: privateData[ENDPOINT_KEY], name };
}

/** Records the endpoint a resource was written or read through, so a later configuration is compared with it. */
export function recordEndpoint(privateData: PrivateData, account: AccountIdentity): void {
  privateData[ENDPOINT_KEY] = account.endpoint;
}

/**
 * A resource belongs to one account (a provider configured for another account
 * than the one in state never writes that other account silently). When the
 * provider now points at another account than the one a resource was created
 * or imported in, the provider refuses to read, plan or write it rather than
 * planning a replacement: it cannot see the old account through the new
 * configuration, so it could neither refresh the old account truthfully nor
 * honour on_destroy there, and a replacement would quietly adopt the new
 * account in an apply meant for the old one.
 *
 * The recorded endpoint decides. A state written before endpoints were
 * recorded has only a name; it belongs to the account when that name is what
 * this configuration is called now or was called by earlier versions, so an
 * unchanged configuration keeps working (its next read records the endpoint).
 *
 * Returns true when the resource belongs to the configured account (or
 * records nothing: state written before accounts were recorded).
 */
export function checkSameAccount(recorded: RecordedAccount, configured: AccountIdentity, resource: string, diagnostics: Diagnostics): boolean {
  const endpoint = nonEmpty(recorded.endpoint);
  const name = nonEmpty(recorded.name);
  if (endpoint !== undefined ? endpoint === configured.endpoint : name === undefined || name === configured.name || name === configured.legacyName) {
    return true;
  }
  const was = endpoint !== undefined ? `${describe(name)}${endpoint}` : `account "${name}"`;
  const now = `${describe(configured.name)}${configured.endpoint}`;
  diagnostics.addError(
    'The provider is configured for another Zendesk account',
    `${resource} belongs to ${was}, but the provider is now configured for ${now} ` +
      `(subdomain, base_url or their ZENDESK_* environment variables changed; the account is where the requests go: ` +
      `base_url when set, else https://{subdomain}.zendesk.com). Nothing was written to either account, and nothing ` +
      `from the new one was recorded for it. If the change is a mistake, point the provider back at ${endpoint ?? `"${name}"`}. ` +
      `To move this resource to "${configured.name}" (${configured.endpoint}), remove it from state (a removed block, or ` +
      `terraform state rm) and import it through the new configuration (an import block, or terraform import), so the ` +
      'plan shows the adoption for review.',
  );
  return false;
}

const nonEmpty = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
const describe = (name: string | undefined) => (name === undefined ? '' : `account "${name}" at `);
