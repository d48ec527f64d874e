import type { AuthOptions } from './auth/strategy';

/** Receives progress and warnings; never given secrets (every line is redacted first). */
export interface ZendeskLogger {
  debug(message: string): void;
  warn(message: string): void;
}

export interface ZendeskClientOptions {
  /** `acme` → `https://acme.zendesk.com`. Lowercase letters, digits and hyphens. */
  subdomain?: string;
  /**
   * API root, e.g. `https://acme.zendesk.com` or the emulator's `http://127.0.0.1:8080/acme`;
   * paths are appended (`{baseUrl}/api/v2/...`). Plain http only for loopback hosts. Wins over `subdomain`.
   */
  baseUrl?: string;
  auth: AuthOptions;
  /** Per attempt, from sending to the whole answer. Default 30000. */
  requestTimeoutMs?: number;
  /** Retries after the first attempt. Default 5. */
  maxRetries?: number;
  /** Total time budget for one call including all retries and waits. Default 120000. */
  retryDeadlineMs?: number;
  /** First backoff ceiling (doubles per retry, full jitter). Default 500. */
  retryBaseDelayMs?: number;
  /** Largest backoff ceiling. Default 30000. */
  retryMaxDelayMs?: number;
  userAgent?: string;
  /**
   * PEM certificates to trust besides Node's bundled root CAs for an https API root (what NODE_EXTRA_CA_CERTS adds,
   * e.g. a corporate TLS proxy's CA). The provider passes the file its wrapper kept from Node's start-up.
   */
  extraCaCertificates?: string;
  /**
   * Aborting it ends the client's calls promptly: a request in flight is cancelled and no retry or backoff wait
   * follows (the call fails as a network error). The provider passes Terraform's StopProvider here.
   */
  signal?: AbortSignal;
  logger?: ZendeskLogger;
  /** Test hook: how to wait between retries (default setTimeout). Lets tests observe or shorten waits. */
  sleep?: (ms: number) => Promise<void>;
  /** Test hook: the clock for deadlines and token expiry (default Date.now). */
  now?: () => number;
  /** Test hook: jitter source in [0, 1) (default Math.random). */
  random?: () => number;
}

export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
export const DEFAULT_USER_AGENT = 'cdktf-zendesk-messaging';
