import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';

/** A fault injected through the control API; it hits the next `count` matching API requests. */
export interface FaultSpec {
  account?: string;
  method?: string;
  /** Matches the path below the account root by prefix, e.g. "/api/v2/account/settings". */
  path?: string;
  count?: number;
  /** Let this many matching requests through untouched first (e.g. the configure-time GET before a read-back). */
  skip?: number;
  /** Answer with this status (and `body`, default a Zendesk-shaped error) instead of handling the request. */
  status?: number;
  body?: unknown;
  /** The answer's body verbatim instead of `body` as JSON: HTML error pages, truncated JSON, empty bodies. */
  rawBody?: string;
  /** Content-Type of `rawBody` (default `application/json; charset=UTF-8`, so a truncated body claims to be JSON). */
  contentType?: string;
  /** Extra headers on the injected answer, e.g. `{"Location": "https://elsewhere.example/"}` for a redirect. */
  headers?: Record<string, string>;
  /**
   * Handle the request as usual first (a write takes effect), then send the injected answer instead of the real
   * one (a PUT that Zendesk applied but answered with a partial or broken body), or with `reset`, reset the
   * connection (a POST that Zendesk processed but whose answer never arrived).
   */
  afterHandling?: boolean;
  retryAfterSeconds?: number;
  /** Hold the request this long before handling it (auth is checked after the wait). */
  latencyMs?: number;
  /** Destroy the connection without answering (the client sees a reset); before handling unless `afterHandling`. */
  reset?: boolean;
  /**
   * Send the answer's status line and headers (Content-Length as for the whole body) but only its first this-many
   * body bytes, then close the connection: an answer cut off mid-body, as by a proxy or load balancer. Cuts the
   * injected answer (`status`) or, without one, the real answer.
   */
  cutBodyAfterBytes?: number;
  /** Accept a settings PUT with 200 but do not keep these keys ("section.key"), as Zendesk does with keys it ignores. */
  dropKeys?: string[];
}

export interface Fault extends FaultSpec {
  id: string;
  remaining: number;
  /** Matching requests still to let through before the fault hits. */
  skipping: number;
}

export class FaultRegistry {
  private faults: Fault[] = [];

  add(spec: FaultSpec): Fault {
    const fault: Fault = { ...spec, id: randomUUID(), remaining: spec.count ?? 1, skipping: spec.skip ?? 0 };
    this.faults.push(fault);
    return fault;
  }

  list(): Fault[] {
    return this.faults.filter((f) => f.remaining > 0);
  }

  clear(): void {
    this.faults = [];
  }

  /** Takes the first live fault matching the request (consuming one of its hits, or one of its skips). */
  take(account: string, method: string, path: string): Fault | undefined {
    const matching = this.faults.filter(
      (f) =>
        f.remaining > 0 &&
        (!f.account || f.account === account) &&
        (!f.method || f.method.toUpperCase() === method) &&
        (!f.path || path.startsWith(f.path)),
    );
    // Each fault counts the matching requests it lets through itself, whether or not another fault hits them.
    const fault = matching.find((f) => f.skipping === 0);
    for (const f of matching) if (f.skipping > 0) f.skipping--;
    if (fault) fault.remaining--;
    return fault;
  }
}

/**
 * Makes `res` send only the first `bytes` bytes of the body it is given, then close the connection (the fault's
 * `cutBodyAfterBytes`). A close rather than a TCP reset: a reset can overtake the bytes before the client reads
 * them, so a test could not tell whether the status had arrived; after a close the client always reads them first
 * (docs/design/connection-cut-mid-body.md).
 */
export function cutBodyAfter(res: ServerResponse, bytes: number): void {
  const end = (chunk?: unknown) => {
    const body = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.isBuffer(chunk) ? chunk : Buffer.alloc(0);
    res.write(body.subarray(0, bytes), () => res.destroy());
    return res;
  };
  res.end = end as ServerResponse['end'];
}
