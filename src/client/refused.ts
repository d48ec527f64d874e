import { STATUS_CODES } from 'node:http';
import { type ZendeskApiErrorInit, ZendeskRedirectError, ZendeskRequestError } from './errors';
import { type FailureContext, compose, oversizedCredentialNote } from './failure-context';

/**
 * Answers that refuse the request as sent, or send it elsewhere: 3xx and the
 * 4xx without a class of their own (400, 405, 409, 413, 431, …). Most of them
 * mean the base URL is not the API root, a value is far too large, or a proxy
 * stands in between; each message says which it probably is.
 */

type Init = (hint: string) => ZendeskApiErrorInit;

const NOT_FOLLOWED = 'Redirects are not followed, so the credentials stay on this host.';
const API_ROOT_EXAMPLE = 'e.g. https://acme.zendesk.com, or http://127.0.0.1:8080/acme for the emulator';

/** Where a Location header points, resolved against the request, without user info, query or fragment. */
function redirectTarget(location: string | undefined, requestUrl: string): URL | undefined {
  if (!location) return undefined;
  try {
    const url = new URL(location, requestUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return new URL(`${url.protocol}//${url.host}${url.pathname}`);
  } catch {
    return undefined;
  }
}

export function redirectFailure(ctx: FailureContext, status: number, location: string | undefined, init: Init): ZendeskRedirectError {
  const from = new URL(ctx.root);
  const target = redirectTarget(location, `${ctx.root}${ctx.path}`);
  let hint: string;
  if (!target) {
    hint = `The base URL probably does not point at the account's API root (${API_ROOT_EXAMPLE}). ${NOT_FOLLOWED}`;
  } else if (target.host === from.host && from.protocol === 'http:' && target.protocol === 'https:') {
    hint = `The server redirects to https: use an https:// base URL. ${NOT_FOLLOWED}`;
  } else if (target.host !== from.host) {
    hint =
      `The base URL probably does not point at the account's API root: the server sends the request on to ${target.host}. ` +
      `If that host is your account's API root, use it as the base URL. ${NOT_FOLLOWED}`;
  } else {
    hint =
      `The base URL probably does not point at the account's API root (${API_ROOT_EXAMPLE}: the address that API paths ` +
      `such as /api/v2/account/settings go below, without /api/v2 or /agent). ${NOT_FOLLOWED}`;
  }
  const shown = target ? ctx.redact(target.href) : undefined;
  const what = shown ? `${status} redirect to ${shown}` : `${status} ${STATUS_CODES[status] ?? 'redirect'}`;
  return new ZendeskRedirectError(compose(ctx, what, hint), { ...init(hint), location: shown });
}

function refusedHint(ctx: FailureContext, status: number, zendeskSaid: boolean): string {
  const { method, tokenRequest } = ctx;
  switch (status) {
    case 400:
      // Front ends answer an oversized header line with 400 (nginx: "Request Header Or Cookie Too Large"). A request
      // with a body answered in Zendesk's own error shape reached Zendesk, and its words say which value it objects to;
      // one without a body (a GET) carried no value of the configuration, so the address is what to check.
      return (
        'Zendesk (or a proxy in front of it) refused the request as malformed.' +
        (oversizedCredentialNote(ctx) ||
          (zendeskSaid && ctx.sent.bodyBytes > 0
            ? ' Its answer above says what it objects to: change that value in the configuration; if the configuration is right, report this with the description above.'
            : ` Check that the base URL is the account's API root (${API_ROOT_EXAMPLE}); if it is, report this with the description above.`))
      );
    case 405:
      return (
        `The server does not allow ${method} here: the base URL probably does not point at the account's API root ` +
        `(${API_ROOT_EXAMPLE}), or a proxy in front of it refuses ${method}.`
      );
    case 408:
      return 'The server gave up waiting for the request; retry. If it persists, check proxies between here and Zendesk.';
    case 409:
      return (
        'Zendesk reports a conflict with another change made at the same time (another run, an integration, or an admin ' +
        'in Admin Center). Run the command again; a plan shows the current values first.'
      );
    case 413:
      return (
        `The server refused the ${ctx.sent.bodyBytes}-byte request body as too large: ` +
        (tokenRequest
          ? "the OAuth client ID or secret is far too long. Use the OAuth client's Identifier and the secret Zendesk showed when it was created."
          : 'shorten the longest values in the configuration (trigger conditions and actions, reminder messages).')
      );
    case 431:
      return (
        'The server refused the request headers as too large.' +
        (oversizedCredentialNote(ctx, true) || ' A proxy between here and Zendesk may add large headers; check its settings.')
      );
    default:
      return (
        'Zendesk (or a proxy in front of it) refused the request; the description above says why where one was sent. ' +
        `Check that the base URL is the account's API root (${API_ROOT_EXAMPLE}).`
      );
  }
}

/** A 4xx without a class of its own. */
/** `zendeskSaid`: the answer came in Zendesk's own error shape (an `error` or a `description`), not a proxy's page. */
export function requestRefused(ctx: FailureContext, status: number, what: string, init: Init, zendeskSaid = false): ZendeskRequestError {
  const hint = refusedHint(ctx, status, zendeskSaid);
  return new ZendeskRequestError(compose(ctx, what, hint), init(hint));
}
