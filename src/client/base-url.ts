import { ZendeskConfigError } from './errors';

/**
 * Where the API lives. Pure validation, no I/O: it runs when the provider is
 * configured, so a typo fails `plan` with a clear message instead of a DNS
 * error or, worse, a token sent somewhere it should not go.
 */

/** A Zendesk subdomain: one DNS label of lowercase letters, digits and hyphens. */
const SUBDOMAIN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export interface ApiRoot {
  /** `https://acme.zendesk.com` or `http://127.0.0.1:8080/acme`: no trailing slash; API paths are appended to it. */
  readonly root: string;
  /** Host (and port) for messages about connectivity; never carries credentials. */
  readonly host: string;
}

export function validateSubdomain(subdomain: string): string {
  if (!SUBDOMAIN.test(subdomain)) {
    const shown = JSON.stringify(subdomain.length > 80 ? `${subdomain.slice(0, 80)}…` : subdomain);
    const hint = /\.zendesk\.com/i.test(subdomain)
      ? ' Give only the first label (e.g. "acme" for acme.zendesk.com), or set the base URL instead.'
      : /[A-Z]/.test(subdomain)
        ? ' Use lowercase.'
        : '';
    throw new ZendeskConfigError(
      `Invalid Zendesk subdomain ${shown}: use lowercase letters, digits and hyphens only (e.g. "acme" for acme.zendesk.com).${hint}`,
      'subdomain',
    );
  }
  return subdomain;
}

/**
 * True for hosts where plain http cannot leave the machine: 127.0.0.0/8, ::1
 * and `localhost`. Anything else needs https, so a token never crosses a
 * network in clear text.
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host === '::1' || host === '0:0:0:0:0:0:0:1') return true;
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (v4) return Number(v4[1]) === 127 && v4.slice(2).every((octet) => Number(octet) <= 255);
  // IPv4-mapped IPv6 loopback, e.g. ::ffff:127.0.0.1 (URL normalises it to ::ffff:7f00:1).
  const mapped = /^::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}$/.exec(host);
  return mapped !== null;
}

export function parseBaseUrl(baseUrl: string): ApiRoot {
  let url: URL;
  try {
    url = new URL(baseUrl.trim());
  } catch {
    throw new ZendeskConfigError(
      'Invalid Zendesk base URL: expected an absolute URL such as https://acme.zendesk.com or http://127.0.0.1:8080/acme.',
      'baseUrl',
    );
  }
  // Never echo a URL that carries credentials; say what is wrong instead.
  if (url.username || url.password) {
    throw new ZendeskConfigError(
      'Invalid Zendesk base URL: it must not contain a user name or password. Pass credentials through the auth options.',
      'baseUrl',
    );
  }
  const shown = `${url.protocol}//${url.host}${url.pathname}`;
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ZendeskConfigError(`Invalid Zendesk base URL ${shown}: only https (or http on loopback) is supported.`, 'baseUrl');
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    throw new ZendeskConfigError(
      `Refusing plain http for ${url.host}: credentials would be sent in clear text. Use https://${url.host}${url.pathname.replace(/\/+$/, '')} ` +
        '(plain http is allowed only for loopback hosts such as 127.0.0.1 or localhost, e.g. the local emulator).',
      'baseUrl',
    );
  }
  if (url.search || url.hash) {
    throw new ZendeskConfigError(
      `Invalid Zendesk base URL ${shown}: remove the query string and fragment; give only the API root.`,
      'baseUrl',
    );
  }
  // The API root: paths such as /api/v2/account/settings are appended, so drop trailing slashes
  // and a pasted-in /api/v2 suffix would double up; refuse it with the fix.
  const path = url.pathname.replace(/\/+$/, '');
  if (/\/api\/v2$/.test(path)) {
    throw new ZendeskConfigError(
      `Invalid Zendesk base URL ${shown}: give the API root without /api/v2 (e.g. ${url.protocol}//${url.host}${path.slice(0, -7)}).`,
      'baseUrl',
    );
  }
  return { root: `${url.protocol}//${url.host}${path}`, host: url.host };
}

/** The API root from either a subdomain or a base URL (the base URL wins: it is the more specific setting). */
export function resolveApiRoot(options: { subdomain?: string; baseUrl?: string }): ApiRoot {
  if (options.baseUrl !== undefined && options.baseUrl !== '') return parseBaseUrl(options.baseUrl);
  if (options.subdomain !== undefined && options.subdomain !== '') {
    const subdomain = validateSubdomain(options.subdomain);
    return { root: `https://${subdomain}.zendesk.com`, host: `${subdomain}.zendesk.com` };
  }
  throw new ZendeskConfigError(
    'No Zendesk account given: set a subdomain (e.g. "acme" for acme.zendesk.com) or a base URL (e.g. http://127.0.0.1:8080/acme for the emulator).',
    'subdomain',
  );
}
