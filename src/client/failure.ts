import { STATUS_CODES } from 'node:http';
import {
  ZendeskApiError,
  ZendeskAuthError,
  type ZendeskApiErrorInit,
  ZendeskNetworkError,
  ZendeskNotFoundError,
  ZendeskRateLimitError,
  ZendeskResponseError,
  ZendeskServerError,
  ZendeskValidationError,
  stripQuery,
} from './errors';
import { type FailureContext, compose, oversizedCredentialNote } from './failure-context';
import type { NetworkFailure, PartialAnswer } from './network';
import { redirectFailure, requestRefused } from './refused';
import { describeBody, errorFacts, summariseDetails } from './response';

export type { FailureContext } from './failure-context';

/**
 * Turns the last failed attempt into a typed error with a message that says
 * what failed and what to do. Every HTTP status ends in a typed error (3xx and
 * the 4xx without a class of their own are in refused.ts). Everything copied
 * from the answer goes through `redact` first.
 */

const TOKEN_REJECTED_HINT =
  'Zendesk rejected the OAuth client credentials: check the client ID (the OAuth client\'s "Identifier") and secret, ' +
  'that the client belongs to this account, and that it may use the client credentials grant with the requested scope.';

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
  const statusText = STATUS_CODES[status];
  const label = zendeskError ?? statusText ?? 'error';
  // An HTML page titled "502 Bad Gateway" adds nothing to "502 Bad Gateway".
  const repeatsStatus = description?.toLowerCase() === `${status} ${statusText ?? ''}`.toLowerCase().trim();
  const said = [repeatsStatus ? undefined : description, detailSummary].filter(Boolean).join(': ');
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

  if (status >= 300 && status < 400) return redirectFailure(ctx, status, headers.location, init);
  // OAuth answers a refused grant with 400 or 401 (RFC 6749 §5.2); Zendesk also uses 403.
  if (status === 401 || status === 403 || (ctx.tokenRequest && status === 400)) {
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
  if (status >= 500 && status < 600) {
    const hint = `Zendesk had a server error; retry later (status: https://status.zendesk.com).${notProcessedNote}`;
    return new ZendeskServerError(compose(ctx, what, hint), init(hint));
  }
  // Zendesk's own words come as a JSON object; a proxy's HTML page or plain text does not count.
  const zendeskSaid = typeof body === 'object' && body !== null && !Array.isArray(body) && (facts.zendeskError !== undefined || facts.description !== undefined);
  if (status >= 400 && status < 500) return requestRefused(ctx, status, what, init, zendeskSaid);
  // 1xx and 2xx never fail a request; anything else is not HTTP as we know it.
  const hint = 'The server answered with a status HTTP does not define; check that the base URL points at a Zendesk API root.';
  return new ZendeskResponseError(compose(ctx, what, hint), init(hint));
}

/** For a 2xx answer that is not what a Zendesk API root gives. */
export const NOT_THE_API =
  "Check that the base URL points at the account's API root (e.g. https://acme.zendesk.com), not at a help center, " +
  "Admin Center, or a proxy's sign-in page.";

/**
 * A 2xx answer whose body is not what the client needs from it (`expected`,
 * e.g. 'JSON with a "settings" object'). Says what came instead, never the body.
 */
export function unexpectedAnswer(
  ctx: Pick<FailureContext, 'method' | 'path' | 'redact'>,
  response: { status: number; headers: Record<string, string>; data: unknown; attempts: number },
  expected: string,
  hint: string,
): ZendeskResponseError {
  const what = `${response.status} ${STATUS_CODES[response.status] ?? ''}`.trim();
  const message = compose({ ...ctx, attempts: 1 }, `${what} with ${describeBody(response.headers, response.data)}, not ${expected}`, hint);
  return new ZendeskResponseError(message, { method: ctx.method, path: stripQuery(ctx.path), status: response.status, attempts: response.attempts, hint });
}

export function networkFailure(ctx: FailureContext, failure: NetworkFailure): ZendeskNetworkError {
  const code = failure.code ? ` (${failure.code})` : '';
  const mayHaveArrived = failure.reason === 'timeout' || failure.reason === 'connection-reset';
  const notRetried = !ctx.idempotent && mayHaveArrived ? notRetriedNote(failure) : '';
  const [what, hint] = ((): [string, string] => {
    if (failure.partial) return cutAnswer(ctx, failure.reason, failure.partial);
    switch (failure.reason) {
      case 'timeout':
        return [`no answer from ${ctx.host} within ${ctx.timeoutMs} ms`, 'Check connectivity to Zendesk, or raise the request timeout if it is slow.'];
      case 'connection-reset':
        return [
          `connection reset by ${ctx.host}${code}`,
          // Some servers drop the connection instead of answering headers they will not read.
          'Something between here and Zendesk (a proxy, a firewall, or the server) closed the connection; retry later.' +
            oversizedCredentialNote(ctx),
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
    status: failure.partial?.status,
  });
}

function notRetriedNote(failure: NetworkFailure): string {
  return failure.partial
    ? ' It was not retried because Zendesk had answered, so it processed the request; check the result before repeating it.'
    : ' It was not retried because the request may have reached Zendesk; check the result before repeating it.';
}

/**
 * An answer whose status and headers arrived but whose body did not all arrive: reset or closed mid-body (Node
 * cannot tell which), or too slow to finish. Names the status, since it shows the request got through.
 */
function cutAnswer(ctx: FailureContext, reason: NetworkFailure['reason'], partial: PartialAnswer): [string, string] {
  const answered = `Zendesk answered ${`${partial.status} ${STATUS_CODES[partial.status] ?? ''}`.trim()}`;
  if (reason === 'timeout') {
    return [
      `${answered}, but the whole body did not arrive within ${ctx.timeoutMs} ms (${partial.receivedBytes} bytes did)`,
      'Retry, or raise the request timeout if answers are this slow; if it keeps happening, a proxy between here and Zendesk may be holding responses back.',
    ];
  }
  const bytes = partial.expectedBytes === undefined ? '' : ` (${partial.receivedBytes} of ${partial.expectedBytes} bytes)`;
  return [
    `the connection was reset or closed after ${answered}, before the whole body arrived${bytes}`,
    'Retry; if it keeps happening, a proxy, firewall or load balancer between here and Zendesk is cutting responses off ' +
      '(check its time and size limits for responses).',
  ];
}
