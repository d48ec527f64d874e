/** API requests per account, method and path (failed ones included), for tests and benchmarks. */
export class RequestCounters {
  private readonly counts = new Map<string, { account: string; method: string; path: string; count: number }>();
  private total = 0;

  record(account: string, method: string, path: string): void {
    const key = `${account} ${method} ${path}`;
    const entry = this.counts.get(key) ?? { account, method, path, count: 0 };
    entry.count++;
    this.counts.set(key, entry);
    this.total++;
  }

  snapshot() {
    return { total: this.total, counts: [...this.counts.values()].map((c) => ({ ...c })) };
  }

  reset(): void {
    this.counts.clear();
    this.total = 0;
  }
}
