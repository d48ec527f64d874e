/**
 * NODE_EXTRA_CA_CERTS, loaded when the client is built rather than at every provider start: the provider's wrapper
 * (cli/provider-package.ts) moves the variable to this one, because Node builds its whole root store from it at
 * start-up and most provider processes never open a TLS connection.
 */
import { readFileSync } from 'node:fs';
import type { Diagnostics } from '../framework';

export const DEFERRED_CA_CERTS_VARIABLE = 'ZENDESK_PROVIDER_EXTRA_CA_CERTS';

/**
 * The PEM text of the deferred file, or undefined when there is none. A file that cannot be read is a warning and
 * the bundled roots stay in force: what Node itself does with an unreadable NODE_EXTRA_CA_CERTS.
 */
export function deferredCaCertificates(environment: NodeJS.ProcessEnv, diagnostics: Diagnostics): string | undefined {
  const file = environment[DEFERRED_CA_CERTS_VARIABLE];
  if (!file) return undefined;
  try {
    const pem = readFileSync(file, 'utf8');
    if (pem.includes('-----BEGIN CERTIFICATE-----')) return pem;
    diagnostics.addWarning('Extra CA certificates not used', `NODE_EXTRA_CA_CERTS names ${file}, which holds no PEM certificate; only Node's bundled root certificates are trusted for Zendesk's TLS connections. Point NODE_EXTRA_CA_CERTS at a PEM file.`);
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code ?? String(err);
    diagnostics.addWarning('Extra CA certificates not used', `NODE_EXTRA_CA_CERTS names ${file}, which could not be read (${reason}); only Node's bundled root certificates are trusted for Zendesk's TLS connections. Fix the path or the file's permissions.`);
  }
  return undefined;
}
