import { STATUS_CODES } from 'node:http';
import {
  ZendeskApiError,
  ZendeskAuthError,
  type ZendeskApiErrorInit,
  ZendeskNetworkError,
  ZendeskNotFoundError,
  ZendeskRateLimitError,
  ZendeskServerError,
  ZendeskValidationError,
  stripQuery,
} from './errors';
import type { NetworkFailure } from './network';
import type { Redact } from './redact';
import { errorFacts, summariseDetails } from './response';
import type { StopReason } from './retry';

/**
 * Turns the last failed attempt into a typed error with a message that says
 * what failed and what to do. Everything copied from the answer goes through
 * `redact` first.
 */

export interface FailureContext {
  method: string;
  path: string;
  attempts: number;
  stop: StopReason;
  /** The request went to the OAuth token endpoint (credential problems read differently there). */
  tokenRequest: boolean;
  /** What to say about a 401 for the configured auth kind. */
  rejectedHint: string;
  host: string;
  timeoutMs: number;
  idempotent: boolean;
  redact: Redact;
}

const TOKEN_REJECTED_HINT =
  'Zendesk rejected the OAuth client credentials: check the client ID (the OAuth client\'s "Identifier") and secret, ' +
  'that the client belongs to this account, and that it may use the client credentials grant with the requested scope.';

function compose(ctx: FailureContext, what: string, hint: string): string {
  const tries = ctx.attempts > 1 ? ` after ${ctx.attempts} attempts` : '';
  return ctx.redact(`${ctx.method} ${stripQuery(ctx.path)} failed: ${what}${tries}. ${hint}`);
}

export function httpFailure(
  ctx: FailureContext,
  status: number,
  headers: Record<string, string>,
  body: unknown,
  retryAfterSeconds: number | undefined,
): ZendeskApiError {
  const facts = errorFacts(body);
  const description = facts.description === undefined ? undefined : ctx.redact(facts.description);
  const zendeskError = facts.zendeskError === undefined ? undefined : ctx.redact(facts.zendeskError);
  const details = facts.details
    ? Object.fromEntries(Object.entries(facts.details).map(([k, v]) => [ctx.redact(k), v.map(ctx.redact)]))
    : undefined;
  const detailSummary = details && Object.keys(details).length > 0 ? summariseDetails(details) : undefined;
  const label = zendeskError ?? STATUS_CODES[status] ?? 'error';
  const said = [description, detailSummary].filter(Boolean).join(': ');
  const what = `${status} ${label}${said ? ` (${said})` : ''}`;

  const init = (hint: string): ZendeskApiErrorInit => ({
    method: ctx.method,
    path: stripQuery(ctx.path),
    status,
    zendeskError,
    description,
    attempts: ctx.attempts,
    hint,
  });
  const notProcessedNote = ctx.idempotent
    ? ''
    : ' It was not retried because the request may have been processed; check the result before repeating it.';

  if (status === 401 || status === 403 || (ctx.tokenRequest && status >= 400 && status < 500 && status !== 404 && status !== 429)) {
    let hint: string;
    if (ctx.tokenRequest) hint = TOKEN_REJECTED_HINT;
    else if (status === 401) hint = ctx.rejectedHint;
    else if (/scope/i.test(description ?? '')) {
      hint = 'The OAuth token lacks a scope this request needs (named above): give the OAuth client or token the read and write scopes.';
    } else {
      hint =
        'The credentials are valid but not allowed to do this: changing account settings and triggers needs an admin ' +
        '(or an OAuth token with the write scope), and some settings need a Zendesk plan that includes them.';
    }
    return new ZendeskAuthError(compose(ctx, what, hint), init(hint));
  }
  if (status === 404) {
    const hint = ctx.tokenRequest
      ? 'No OAuth token endpoint at this address: check the subdomain or base URL (it must be the API root, e.g. https://acme.zendesk.com).'
      : 'Check the subdomain or base URL and any ID in the path; the record may have been deleted.';
    return new ZendeskNotFoundError(compose(ctx, what, hint), init(hint));
  }
  if (status === 422) {
    const hint = 'Fix the value named in the details and retry.';
    return new ZendeskValidationError(compose(ctx, what, hint), { ...init(hint), details: details ?? {} });
  }
  if (status === 429) {
    const wait = retryAfterSeconds === undefined ? '' : `; it asks to wait ${retryAfterSeconds} s (Retry-After)`;
    const budget = ctx.stop === 'deadline' ? ', longer than the retry time budget left' : '';
    const hint =
      `Zendesk's per-account API rate limit was reached${wait}${budget}. Retry later, or reduce other API traffic on this ` +
      'account (every integration shares the same limit).';
    return new ZendeskRateLimitError(compose(ctx, what, hint), { ...init(hint), retryAfterSeconds });
  }
  if (status >= 500) {
    const hint = `Zendesk had a server error; retry later (status: https://status.zendesk.com).${notProcessedNote}`;
    return new ZendeskServerError(compose(ctx, what, hint), init(hint));
  }
  if (status >= 300 && status < 400) {
    const location = headers.location ? ` to ${ctx.redact(headers.location.split('?')[0])}` : '';
    const hint = 'The subdomain or base URL probably does not point at the API root (e.g. https://acme.zendesk.com); redirects are not followed so credentials stay on this host.';
    return new ZendeskApiError(compose(ctx, `${status} redirect${location}`, hint), init(hint));
  }
  const hint = 'Zendesk refused the request as sent; see the description.';
  return new ZendeskApiError(compose(ctx, what, hint), init(hint));
}

export function networkFailure(ctx: FailureContext, failure: NetworkFailure): ZendeskNetworkError {
  const code = failure.code ? ` (${failure.code})` : '';
  const mayHaveArrived = failure.reason === 'timeout' || failure.reason === 'connection-reset';
  const notRetried =
    !ctx.idempotent && mayHaveArrived
      ? ' It was not retried because the request may have reached Zendesk; check the result before repeating it.'
      : '';
  const [what, hint] = ((): [string, string] => {
    switch (failure.reason) {
      case 'timeout':
        return [`no answer from ${ctx.host} within ${ctx.timeoutMs} ms`, 'Check connectivity to Zendesk, or raise the request timeout if it is slow.'];
      case 'connection-reset':
        return [
          `connection reset by ${ctx.host}${code}`,
          'Something between here and Zendesk (a proxy, a firewall, or the server) closed the connection; retry later.',
        ];
      case 'connection-refused':
        return [`connection refused by ${ctx.host}${code}`, 'Nothing accepts connections there: check the base URL and port (is the emulator running?).'];
      case 'dns':
        return [`could not resolve ${ctx.host.replace(/:\d+$/, '')}${code}`, 'Check the subdomain or base URL, and DNS or proxy settings.'];
      case 'tls':
        return [
          `TLS failure talking to ${ctx.host}${code}`,
          "Check the system's CA certificates (NODE_EXTRA_CA_CERTS) or the proxy that intercepts HTTPS.",
        ];
      default:
        return [`network error talking to ${ctx.host}${code}`, 'Check network connectivity and proxy settings.'];
    }
  })();
  const fullHint = hint + notRetried;
  return new ZendeskNetworkError(compose(ctx, what, fullHint), {
    method: ctx.method,
    path: stripQuery(ctx.path),
    attempts: ctx.attempts,
    hint: fullHint,
    reason: failure.reason,
    code: failure.code,
  });
}
