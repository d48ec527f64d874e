import { Agent } from 'node:https';
import { rootCertificates } from 'node:tls';
import type { AxiosInstance } from 'axios';
import type { AuthStrategy } from './auth/strategy';
import { stripQuery } from './errors';
import { httpFailure, networkFailure, type FailureContext } from './failure';
import { promisedBodyBytes, readBodyText } from './body';
import { classifyBodyFailure, classifyNetworkFailure, errorCode, type NetworkFailure } from './network';
import type { ZendeskLogger } from './options';
import type { Redact } from './redact';
import { parseBody, plainHeaders } from './response';
import { type AttemptOutcome, decideRetry, isIdempotent, parseRetryAfter, type RetryDecision, type RetryTuning } from './retry';

/**
 * One HTTP call with everything around it: authorization, a per-attempt
 * timeout, the retry policy, the single OAuth renew-and-retry on 401, and the
 * translation of the last failure into a typed error.
 *
 * axios is configured to never throw for an HTTP status and never follow
 * redirects (a redirect to another host must not carry the Authorization
 * header); its errors (network failures only) are reduced to their code on the
 * spot and dropped, because they hold the request config and its headers.
 */

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type QueryValue = string | number | boolean | undefined | null | readonly (string | number)[];
export type Query = Record<string, QueryValue>;

export interface SendRequest {
  method: HttpMethod;
  /** Below the API root, starting with `/`; may carry a query string (e.g. a pagination link). */
  path: string;
  query?: Query;
  body?: unknown;
  /** Default true; false for the OAuth token grant itself. */
  authenticate?: boolean;
  /** Override the method's idempotency for the retry policy. */
  idempotent?: boolean;
  tokenRequest?: boolean;
}

export interface RawResponse<T = unknown> {
  status: number;
  /** Lowercase names. */
  headers: Record<string, string>;
  data: T;
  /** HTTP attempts this call took (retries and the OAuth renew-and-retry included). */
  attempts: number;
}

export interface TransportSettings {
  root: string;
  host: string;
  timeoutMs: number;
  tuning: RetryTuning;
  userAgent: string;
  /** PEM to trust besides Node's bundled roots (ZendeskClientOptions.extraCaCertificates). */
  extraCaCertificates?: string;
  sleep: (ms: number) => Promise<void>;
  /** Ends every call promptly once aborted (ZendeskClientOptions.signal). */
  signal?: AbortSignal;
  now: () => number;
  random: () => number;
  logger: ZendeskLogger;
  redact: Redact;
}

type Attempt =
  | { kind: 'response'; status: number; headers: Record<string, string>; data: unknown }
  | { kind: 'network'; failure: NetworkFailure };

/** `path` + `query` → the URL below the root; refuses anything that could point at another host. */
export function buildTarget(path: string, query?: Query): string {
  if (!path.startsWith('/') || path.startsWith('//') || /^\/[a-z][a-z0-9+.-]*:/i.test(path) || /[\r\n]/.test(path)) {
    throw new TypeError(`Zendesk API path must start with a single "/" below the API root, got ${JSON.stringify(stripQuery(path))}`);
  }
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null) continue;
    // Zendesk takes lists comma-separated (e.g. destroy_many?ids=1,2,3).
    params.append(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const extra = params.toString();
  if (!extra) return path;
  return `${path}${path.includes('?') ? '&' : '?'}${extra}`;
}

export class Transport {
  readonly #settings: TransportSettings;
  #http?: Promise<AxiosInstance>;
  #auth?: AuthStrategy;

  constructor(settings: TransportSettings) {
    this.#settings = settings;
  }

  /**
   * axios is loaded on the first request, not on import or construction: the
   * provider builds a client when it is configured, and importing axios costs
   * tens of milliseconds that starts without API calls should not pay.
   */
  #client(): Promise<AxiosInstance> {
    const { root, userAgent, extraCaCertificates } = this.#settings;
    this.#http ??= import('axios').then(({ default: axios }) =>
      axios.create({
        ...(extraCaCertificates && { httpsAgent: agentTrusting(extraCaCertificates) }),
        baseURL: root,
        allowAbsoluteUrls: false,
        timeout: 0, // the per-attempt timer below covers the whole exchange, not just socket idleness
        maxRedirects: 0,
        validateStatus: () => true,
        // The body is read by the transport (body.ts), so a connection cut mid-body still knows the status that came.
        responseType: 'stream',
        transformResponse: [(data: unknown) => data],
        maxContentLength: 64 * 1024 * 1024,
        headers: { Accept: 'application/json', 'User-Agent': userAgent },
      }),
    );
    return this.#http;
  }

  /** Set once, right after construction (the OAuth strategy needs the transport to mint tokens). */
  useAuth(auth: AuthStrategy): void {
    this.#auth = auth;
  }

  async send<T = unknown>(req: SendRequest): Promise<RawResponse<T>> {
    const { now, sleep, tuning, random, logger } = this.#settings;
    const method = req.method.toUpperCase() as HttpMethod;
    const url = buildTarget(req.path, req.query);
    const shownPath = stripQuery(req.path);
    const idempotent = req.idempotent ?? isIdempotent(method);
    const body = req.body === undefined ? undefined : JSON.stringify(req.body);
    const started = now();
    let attempts = 0;
    let renewed = false;

    for (;;) {
      const authorization = req.authenticate === false ? undefined : await this.#authorization();
      attempts += 1;
      const attemptStarted = now();
      const outcome = await this.#attempt(method, url, body, authorization);
      const ms = now() - attemptStarted;

      if (outcome.kind === 'response' && outcome.status >= 200 && outcome.status < 300) {
        logger.debug(`${method} ${shownPath} → ${outcome.status} (${ms} ms${attempts > 1 ? `, attempt ${attempts}` : ''})`);
        if (outcome.headers['x-zendesk-api-warn']) logger.debug(`${method} ${shownPath}: X-Zendesk-API-Warn: ${outcome.headers['x-zendesk-api-warn']}`);
        return { status: outcome.status, headers: outcome.headers, data: outcome.data as T, attempts };
      }

      // One renew-and-retry per call when an OAuth client's token was refused (expired or revoked early).
      if (outcome.kind === 'response' && outcome.status === 401 && authorization && !renewed && this.#auth?.invalidate(authorization)) {
        renewed = true;
        logger.debug(`${method} ${shownPath} → 401; renewing the OAuth access token and retrying once`);
        continue;
      }

      const retryAfterSeconds = outcome.kind === 'response' ? parseRetryAfter(outcome.headers['retry-after'], now()) : undefined;
      const policyOutcome: AttemptOutcome =
        outcome.kind === 'response'
          ? { kind: 'status', status: outcome.status, retryAfterSeconds }
          : { kind: 'network', reason: outcome.failure.reason, transient: outcome.failure.transient };
      // A stopped client retries nothing: its caller is shutting down (StopProvider).
      const decision: RetryDecision = this.#settings.signal?.aborted
        ? { retry: false, reason: 'not-retryable' }
        : decideRetry(policyOutcome, { method, idempotent, attempts, elapsedMs: now() - started }, tuning, random);
      const what = outcome.kind === 'response' ? String(outcome.status) : describeForLog(outcome.failure);
      if (decision.retry) {
        logger.debug(
          `${method} ${shownPath} → ${what} (${ms} ms); retry ${attempts} of ${tuning.maxRetries} in ${decision.delayMs} ms` +
            (decision.basis === 'retry-after' ? ' (Retry-After)' : ''),
        );
        await untilAborted(sleep(decision.delayMs), this.#settings.signal);
        continue;
      }

      const ctx: FailureContext = {
        method,
        path: shownPath,
        attempts,
        stop: decision.reason,
        tokenRequest: req.tokenRequest === true,
        rejectedHint: this.#auth?.rejectedHint ?? '',
        host: this.#settings.host,
        root: this.#settings.root,
        timeoutMs: this.#settings.timeoutMs,
        idempotent,
        redact: this.#settings.redact,
        sent: { authorizationBytes: authorization ? Buffer.byteLength(authorization) : 0, bodyBytes: body ? Buffer.byteLength(body) : 0 },
        credential: authorization ? (this.#auth?.credential ?? '') : '',
      };
      logger.debug(`${method} ${shownPath} → ${what} (${ms} ms); giving up after ${attempts} attempt(s): ${decision.reason}`);
      throw outcome.kind === 'response'
        ? httpFailure(ctx, outcome.status, outcome.headers, outcome.data, retryAfterSeconds)
        : networkFailure(ctx, outcome.failure);
    }
  }

  async #authorization(): Promise<string> {
    if (!this.#auth) throw new Error('Transport used before its auth strategy was set');
    return this.#auth.authorization();
  }

  async #attempt(method: HttpMethod, url: string, body: string | undefined, authorization: string | undefined): Promise<Attempt> {
    const http = await this.#client();
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.#settings.timeoutMs);
    const headers: Record<string, string> = {};
    if (authorization) headers.Authorization = authorization;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    try {
      const stop = this.#settings.signal;
      const signal = stop ? AbortSignal.any([controller.signal, stop]) : controller.signal;
      const response = await http.request<AsyncIterable<Buffer>>({ method, url, data: body, headers, signal });
      const answer = { status: response.status, headers: plainHeaders(response.headers) };
      const read = await readBodyText(response.data);
      if (read.kind === 'complete') return { kind: 'response', ...answer, data: parseBody(read.text) };
      const expectedBytes = promisedBodyBytes(answer.headers, response.request);
      const failure = classifyBodyFailure(read.code, timedOut, { status: answer.status, receivedBytes: read.receivedBytes, expectedBytes });
      // An error status is the answer even when its body was cut: a 404 stays not found, a 503 is retried as a 503
      // (and a 429 waits for its Retry-After). Only a success needs its body, so only then is the cut the failure.
      const successful = answer.status >= 200 && answer.status < 300;
      if (failure.reason === 'connection-reset' && !successful) return { kind: 'response', ...answer, data: undefined };
      return { kind: 'network', failure };
    } catch (err) {
      // Keep only the code: the error object carries the request config, headers included.
      return { kind: 'network', failure: classifyNetworkFailure(errorCode(err), timedOut) };
    } finally {
      clearTimeout(timer);
    }
  }

  toJSON() {
    return { root: this.#settings.root };
  }

  [Symbol.for('nodejs.util.inspect.custom')]() {
    return `Transport { root: ${this.#settings.root} }`;
  }
}

/** The failure in a few words for the debug log: its reason, and the status that came when the body was cut. */
function describeForLog(failure: NetworkFailure): string {
  return failure.partial ? `${failure.partial.status}, then ${failure.reason} after ${failure.partial.receivedBytes} body bytes` : failure.reason;
}

/** A wait that also ends when `signal` aborts (the retry loop then gives up at once). */
function untilAborted(wait: Promise<void>, signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return wait;
  if (signal.aborted) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const done = () => {
      signal.removeEventListener('abort', done);
      resolve();
    };
    signal.addEventListener('abort', done);
    void wait.then(done, done);
  });
}

/**
 * An https agent trusting Node's bundled roots plus `extraPem`: what a default agent trusts when NODE_EXTRA_CA_CERTS
 * names the same file (a `ca` option replaces the default store, so the bundled roots are listed too). Keep-alive
 * like Node's global agent.
 */
export function agentTrusting(extraPem: string): Agent {
  return new Agent({ keepAlive: true, ca: [...rootCertificates, extraPem] });
}
