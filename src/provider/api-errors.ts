import type { Diagnostics, Path } from '../framework';

/** The fields of the client's typed errors the provider reports (duck-typed: the client module loads lazily). */
interface ApiErrorLike {
  name: string;
  message: string;
  hint?: string;
  status?: number;
  details?: Record<string, unknown>;
}

const SUMMARIES: Record<string, string> = {
  ZendeskAuthError: 'Zendesk rejected the credentials',
  ZendeskNotFoundError: 'Zendesk API resource not found',
  ZendeskValidationError: 'Zendesk rejected the values',
  ZendeskRateLimitError: 'Zendesk rate limit exceeded',
  ZendeskServerError: 'Zendesk API error',
  ZendeskResponseError: 'Unexpected answer from the Zendesk API',
  ZendeskNetworkError: 'Zendesk API unreachable',
  ZendeskConfigError: 'Invalid Zendesk connection settings',
};

export function isApiError(err: unknown): err is ApiErrorLike {
  return err instanceof Error && err.name in SUMMARIES;
}

/**
 * Turns a client error into a diagnostic saying what failed and what to do.
 * Anything else is a bug and is rethrown (the framework reports it as such).
 * The client's messages never contain secrets; the framework scrubs them anyway.
 * `afterwards` says what the caller did about it (e.g. looked for a trigger the failed request may have made).
 */
export function reportApiError(err: unknown, diagnostics: Diagnostics, context: string, path?: Path, afterwards?: string): void {
  if (!isApiError(err)) throw err;
  const summary = SUMMARIES[err.name];
  const detail = `${context}: ${err.message}${err.hint && !err.message.includes(err.hint) ? ` ${err.hint}` : ''}${afterwards ? ` ${afterwards}` : ''}`;
  if (path) diagnostics.addAttributeError(path, summary, detail);
  else diagnostics.addError(summary, detail);
}

