import type { FailureContext } from '../../src/client/failure';

/** The context a failed GET of the settings carries, for tests that build client errors; override what a case needs. */
export function failureContext(over: Partial<FailureContext> = {}): FailureContext {
  return {
    method: 'GET',
    path: '/api/v2/account/settings',
    attempts: 1,
    stop: 'not-retryable',
    tokenRequest: false,
    rejectedHint: 'Zendesk rejected the OAuth access token.',
    host: 'acme.zendesk.com',
    root: 'https://acme.zendesk.com',
    timeoutMs: 30_000,
    idempotent: true,
    redact: (text) => text,
    sent: { authorizationBytes: 'Bearer tok-0123456789abcdef'.length, bodyBytes: 0 },
    credential: 'the OAuth access token',
    ...over,
  };
}
