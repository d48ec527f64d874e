import type { Diagnostics } from '../framework';

/**
 * The account is a resource's identity (CONTRACT: "a provider configured for
 * another account than the one in state never writes that other account
 * silently"). When the provider block now points at another account than the
 * one a resource was created or imported in, the provider refuses to read,
 * plan or write it rather than planning a replacement: it cannot see the old
 * account through the new configuration, so it could neither refresh the old
 * account truthfully nor honour on_destroy there, and a replacement would
 * quietly adopt the new account in an apply meant for the old one.
 *
 * Returns true when the resource belongs to the configured account (or
 * records none: state written before the account was recorded).
 */
export function checkSameAccount(
  recorded: unknown,
  configured: string,
  resource: string,
  diagnostics: Diagnostics,
): boolean {
  if (typeof recorded !== 'string' || recorded === '' || recorded === configured) return true;
  diagnostics.addError(
    'The provider is configured for another Zendesk account',
    `${resource} belongs to account "${recorded}", but the provider is now configured for "${configured}" ` +
      `(subdomain, base_url or their ZENDESK_* environment variables changed). Nothing was written to either account, ` +
      `and nothing from "${configured}" was recorded for it. If the change is a mistake, point the provider back at ` +
      `"${recorded}". To move this resource to ` +
      `"${configured}", remove it from state (a removed block, or terraform state rm) and import it from "${configured}" ` +
      '(an import block, or terraform import), so the plan shows the adoption for review.',
  );
  return false;
}
