/**
 * Requests per minute per account [DOC rate-limits page; plan limits in HC
 * 4408836402074: Team 200, Growth/Professional 400, Enterprise 700]. A fixed
 * window per account; the window length is configurable so tests and
 * benchmarks can use short windows.
 */
export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets (Retry-After on a 429). */
  retryAfterSeconds: number;
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
