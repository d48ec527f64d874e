import type { NetworkFailureReason } from './errors';

/**
 * The retry policy as pure functions, so the rules can be tested without
 * sockets or clocks:
 *  - 429: the request was not processed, so any method is retried, after
 *    Retry-After when Zendesk sends it (it does), else after a backoff.
 *  - 5xx, timeouts, resets, refused connections: the request may have been
 *    processed, so only idempotent methods are retried (a repeated POST could
 *    create a second trigger). A reset or close after the status arrived but
 *    before the whole body did is a reset like the others: GET and PUT (which
 *    sets the same values again) are retried; a POST is not, since the status
 *    shows Zendesk processed it and a repeat would create a second record.
 *  - everything else (400/401/403/404/422, DNS "not found", TLS): retrying
 *    cannot help. The single OAuth renew-and-retry on 401 lives in the
 *    transport: it is about credentials, not about the request.
 *  - stop at maxRetries or when the time budget (deadline) is spent.
 */

export const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);

export function isIdempotent(method: string): boolean {
  return IDEMPOTENT_METHODS.has(method.toUpperCase());
}

export interface RetryTuning {
  maxRetries: number;
  /** Total budget from the first attempt; no retry (or wait) goes beyond it. */
  deadlineMs: number;
  /** First backoff ceiling; doubles each retry. */
  baseDelayMs: number;
  /** Largest backoff ceiling. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY_TUNING: RetryTuning = {
  maxRetries: 5,
  deadlineMs: 120_000,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
};

/** What one attempt produced, reduced to what the policy needs. */
export type AttemptOutcome =
  | { kind: 'status'; status: number; retryAfterSeconds?: number }
  | { kind: 'network'; reason: NetworkFailureReason; transient: boolean };

export interface RetryState {
  method: string;
  /** Treat as idempotent whatever the method (the OAuth token grant: a repeat only mints another short-lived token). */
  idempotent?: boolean;
  /** Attempts made so far, including the one that just failed (≥ 1). */
  attempts: number;
  /** Time since the first attempt started. */
  elapsedMs: number;
}

export type StopReason = 'not-retryable' | 'max-retries' | 'deadline';

export type RetryDecision =
  | { retry: true; delayMs: number; basis: 'retry-after' | 'backoff' }
  | { retry: false; reason: StopReason };

/** Whether this outcome may be retried at all, ignoring budgets. */
export function isRetryable(outcome: AttemptOutcome, method: string, idempotent = isIdempotent(method)): boolean {
  if (outcome.kind === 'network') return outcome.transient && idempotent;
  if (outcome.status === 429) return true;
  // 501/505 say the server will never do this; retrying cannot change that.
  if (outcome.status >= 500 && outcome.status <= 599 && outcome.status !== 501 && outcome.status !== 505) return idempotent;
  return false;
}

/**
 * "Full jitter" backoff: a uniformly random wait in [0, min(cap, base·2^(n-1))).
 * Spreading retries out matters because every client of an account shares one
 * rate limit; synchronized retries would hit it again together.
 */
export function backoffDelayMs(retryNumber: number, tuning: Pick<RetryTuning, 'baseDelayMs' | 'maxDelayMs'>, random: () => number): number {
  const ceiling = Math.min(tuning.maxDelayMs, tuning.baseDelayMs * 2 ** Math.max(0, retryNumber - 1));
  return Math.floor(Math.min(Math.max(random(), 0), 0.999999) * ceiling);
}

export function decideRetry(outcome: AttemptOutcome, state: RetryState, tuning: RetryTuning, random: () => number): RetryDecision {
  if (!isRetryable(outcome, state.method, state.idempotent ?? isIdempotent(state.method))) return { retry: false, reason: 'not-retryable' };
  if (state.attempts - 1 >= tuning.maxRetries) return { retry: false, reason: 'max-retries' };
  const remaining = tuning.deadlineMs - state.elapsedMs;
  if (remaining <= 0) return { retry: false, reason: 'deadline' };

  const retryAfter = outcome.kind === 'status' ? outcome.retryAfterSeconds : undefined;
  if (retryAfter !== undefined) {
    const delayMs = Math.ceil(retryAfter * 1000);
    // Retrying before Retry-After is over would only be refused again: when the wait does
    // not fit in the budget, stop now and report how long Zendesk asked to wait.
    if (delayMs > remaining) return { retry: false, reason: 'deadline' };
    return { retry: true, delayMs, basis: 'retry-after' };
  }
  return { retry: true, delayMs: Math.min(backoffDelayMs(state.attempts, tuning, random), remaining), basis: 'backoff' };
}

/**
 * `Retry-After` is delta-seconds (what Zendesk sends) or an HTTP-date
 * (RFC 9110 §10.2.3). Returns seconds to wait, or undefined when absent or
 * unparseable (the caller then falls back to backoff).
 */
export function parseRetryAfter(value: string | string[] | undefined | null, nowMs: number): number | undefined {
  const raw = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!raw) return undefined;
  if (/^\d+(\.\d+)?$/.test(raw)) return Number(raw);
  if (!/[a-z]/i.test(raw)) return undefined; // e.g. "-1": neither seconds nor a date
  const at = Date.parse(raw);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - nowMs) / 1000));
}
