/** API requests per account, method and path (failed ones included), for tests and benchmarks. */
export class RequestCounters {
  private readonly counts = new Map<string, { account: string; method: string; path: string; count: number }>();
  private total = 0;
  /** 429s from the per-account limit (not injected faults), and the Retry-After they asked for. */
  private limited = { count: 0, retryAfterSeconds: 0 };

  record(account: string, method: string, path: string): void {
    const key = `${account} ${method} ${path}`;
    const entry = this.counts.get(key) ?? { account, method, path, count: 0 };
    entry.count++;
    this.counts.set(key, entry);
    this.total++;
  }

  recordRateLimited(retryAfterSeconds: number): void {
    this.limited.count++;
    this.limited.retryAfterSeconds += retryAfterSeconds;
  }

  snapshot() {
    return { total: this.total, counts: [...this.counts.values()].map((c) => ({ ...c })), rateLimited: { ...this.limited } };
  }

  reset(): void {
    this.counts.clear();
    this.total = 0;
    this.limited = { count: 0, retryAfterSeconds: 0 };
  }
}
