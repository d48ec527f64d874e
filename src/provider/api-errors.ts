import type { Diagnostics, Path } from '../framework';

/**
 * The fields of the client's typed errors the provider reports. Duck-typed:
 * the client is a lazily loaded chunk, so the provider never imports its
 * classes; it recognises them by the marker every client error carries.
 */
interface ApiErrorLike {
  name: string;
  message: string;
  hint?: string;
  status?: number;
  details?: Record<string, unknown>;
}

/** The same registry key as API_ERROR_MARKER in src/client/errors.ts (test/provider/api-errors.test.ts checks they agree). */
const API_ERROR_MARKER = Symbol.for('cdktf-zendesk-messaging.ZendeskApiError');

const SUMMARIES: Record<string, string> = {
  ZendeskAuthError: 'Zendesk rejected the credentials',
  ZendeskNotFoundError: 'Zendesk API resource not found',
  ZendeskValidationError: 'Zendesk rejected the values',
  ZendeskRateLimitError: 'Zendesk rate limit exceeded',
  ZendeskServerError: 'Zendesk API error',
  ZendeskRedirectError: 'Zendesk API redirected the request',
  ZendeskRequestError: 'Zendesk refused the request',
  ZendeskResponseError: 'Unexpected answer from the Zendesk API',
  ZendeskNetworkError: 'Zendesk API unreachable',
  ZendeskConfigError: 'Invalid Zendesk connection settings',
};

/** Statuses whose cause is clear enough to say in the summary already. */
const BY_STATUS: Record<number, string> = {
  413: 'Request too large for the Zendesk API',
  431: 'Request headers too large for the Zendesk API',
};

export function isApiError(err: unknown): err is ApiErrorLike {
  return err instanceof Error && (err as unknown as Record<symbol, unknown>)[API_ERROR_MARKER] === true;
}

/** One line for the diagnostic's summary: by status where that says more, else by class, else by status family. */
export function summaryOf(err: ApiErrorLike): string {
  const byStatus = err.status === undefined ? undefined : BY_STATUS[err.status];
  if (byStatus) return byStatus;
  // A network failure after the status arrived (a body cut off): Zendesk was reached, the answer was not whole.
  if (err.name === 'ZendeskNetworkError' && err.status !== undefined) return 'Zendesk answer cut off';
  if (SUMMARIES[err.name]) return SUMMARIES[err.name];
  // A client error class this table does not know yet is still an answer from the API, not a provider bug.
  const status = err.status ?? 0;
  if (status >= 300 && status < 400) return SUMMARIES.ZendeskRedirectError;
  if (status >= 400 && status < 500) return SUMMARIES.ZendeskRequestError;
  return 'Zendesk API error';
}

/**
 * Turns a client error into a diagnostic saying what failed and what to do.
 * Anything else is a bug and is rethrown (the framework reports it as such).
 * The client's messages never contain secrets; the framework scrubs them anyway.
 * `afterwards` says what the caller did about it (e.g. looked for a trigger the failed request may have made).
 */
export function reportApiError(err: unknown, diagnostics: Diagnostics, context: string, path?: Path, afterwards?: string): void {
  if (!isApiError(err)) throw err;
  const summary = summaryOf(err);
  const detail = `${context}: ${err.message}${err.hint && !err.message.includes(err.hint) ? ` ${err.hint}` : ''}${afterwards ? ` ${afterwards}` : ''}`;
  if (path) diagnostics.addAttributeError(path, summary, detail);
  else diagnostics.addError(summary, detail);
}
