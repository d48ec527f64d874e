/**
 * Requests per minute per account (Team 200, Growth/Professional 400,
 * Enterprise 700 [documented: docs/design/zendesk-api.md#rate-limits]). A fixed
 * window per account; the window length is configurable so tests and
 * benchmarks can use short windows.
 */
export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets (ratelimit-reset; Retry-After on a 429). */
  retryAfterSeconds: number;
}

/**
 * The account-wide rate-limit headers Zendesk sends with each Ticketing API answer [documented: docs/design/zendesk-api.md#rate-limits]:
 * "X-Rate-Limit: 700 X-Rate-Limit-Remaining: 699" on every answer; list endpoints show "x-rate-limit,
 * ratelimit-limit, x-rate-limit-remaining, ratelimit-remaining, ratelimit-reset: 41", and "for each Ticketing API
 * call you make, Zendesk includes the above account-wide rate limit information". So every API answer here
 * carries all five; ratelimit-reset counts the seconds until the window starts again.
 */
export function rateLimitHeaders(decision: RateDecision): Record<string, number> {
  return {
    'X-Rate-Limit': decision.limit,
    'X-Rate-Limit-Remaining': decision.remaining,
    'ratelimit-limit': decision.limit,
    'ratelimit-remaining': decision.remaining,
    'ratelimit-reset': decision.retryAfterSeconds,
  };
}

export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(private readonly windowMs: number) {}

  take(account: string, limit: number, now = Date.now()): RateDecision {
    let window = this.windows.get(account);
    if (!window || now - window.start >= this.windowMs) {
      window = { start: now, count: 0 };
      this.windows.set(account, window);
    }
    const retryAfterSeconds = Math.max(1, Math.ceil((window.start + this.windowMs - now) / 1000));
    if (window.count >= limit) return { allowed: false, limit, remaining: 0, retryAfterSeconds };
    window.count++;
    return { allowed: true, limit, remaining: limit - window.count, retryAfterSeconds };
  }

  reset(): void {
    this.windows.clear();
  }
}
