import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ACCOUNT_NAME, AccountStore } from './accounts';
import { Authenticator, type OAuthClient } from './auth';
import { DEFAULT_ACCESS_TOKEN_TTL_SECONDS, DEFAULT_API_TOKEN, DEFAULT_OAUTH_CLIENT } from './defaults';
import type { ApiRequest, Route } from './context';
import { handleControl } from './control';
import { EmulatorControl } from './control-client';
import { RequestCounters } from './counters';
import { faultBody, invalidEndpoint, invalidToken, unauthorized } from './errors';
import { type Fault, FaultRegistry, cutBodyAfter } from './faults';
import { BodyTooLarge, readBody, sendJson, sendText, sleep, zendeskHeaders } from './http';
import { RateLimiter, rateLimitHeaders } from './rate-limit';
import { type AssumptionOverrides, withAssumptions } from './recorded/assumptions';
import { accountRoutes } from './routes/account';
import { oauthRoutes } from './routes/oauth';
import { settingsRoutes } from './routes/settings';
import { triggerCategoryRoutes } from './routes/trigger-categories';
import { triggerRoutes } from './routes/triggers';
import { auditLogRoutes } from './routes/audit-logs';
import { userRoutes } from './routes/users';
import { routingRoutes } from './routing';
import { clientAddress } from './audit/model';

export interface EmulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  /** Persist accounts here (atomic writes); memory only when absent. */
  dataDir?: string;
  apiTokens?: string[];
  oauthClients?: OAuthClient[];
  /** Lifetime of an access token whose grant asks for none (default 1800 s: Zendesk's 30 minutes). */
  accessTokenTtlSeconds?: number;
  /** Requests per minute per account (default 700, Zendesk Enterprise). */
  rateLimitPerMinute?: number;
  /** Length of a rate-limit window (default 60 000 ms; short windows for tests and benchmarks). */
  rateLimitWindowMs?: number;
  log?: (line: string) => void;
  /**
   * Other names for what the emulator assumes where no recording shows
   * Zendesk's (recorded/assumptions.ts: messaging subjects and values, the
   * Status category subject, the native messaging via id), for this run.
   */
  assumptions?: AssumptionOverrides;
  /**
   * Accounts that are sandboxes (GET /api/v2/account answers `sandbox: true`), made so at start: created as
   * sandboxes, or marked as such when the data directory already holds them. Every other account is production.
   */
  sandboxAccounts?: string[];
  /**
   * Accounts that answer as non-Enterprise ones do: their audit-log API is refused with 403 (the control API's
   * `setAuditLogAccess` switches any account either way).
   */
  accountsWithoutAuditLogs?: string[];
  /**
   * Accounts created as legacy ones (messaging enabled before agents could end sessions: `messaging_end_session`
   * starts false), when they are first created; an account the data directory already holds keeps what it has.
   */
  legacyAccounts?: string[];
}

export interface EmulatorHandle {
  /** `http://127.0.0.1:PORT` */
  url: string;
  port: number;
  /** The API root of an account, e.g. `http://127.0.0.1:PORT/acme`: a provider's base_url. */
  accountUrl(account: string): string;
  control: EmulatorControl;
  close(): Promise<void>;
}

export { DEFAULT_ACCESS_TOKEN_TTL_SECONDS, DEFAULT_API_TOKEN, DEFAULT_OAUTH_CLIENT };

const ROUTES: Route[] = [...oauthRoutes, ...accountRoutes, ...settingsRoutes, ...triggerRoutes, ...triggerCategoryRoutes, ...auditLogRoutes, ...userRoutes, ...routingRoutes];

/** The answer an injected fault asks for: its status, its body (JSON, or verbatim) and its extra headers. */
function sendFault(res: ServerResponse, fault: Fault, headers: Record<string, string | number>): void {
  const extra: Record<string, string | number> = { ...(fault.headers ?? {}) };
  if (fault.retryAfterSeconds !== undefined || fault.status === 429) extra['Retry-After'] = fault.retryAfterSeconds ?? 1;
  if (fault.rawBody !== undefined) {
    const text = fault.rawBody;
    res.writeHead(fault.status!, { ...headers, ...extra, 'Content-Type': fault.contentType ?? 'application/json; charset=UTF-8', 'Content-Length': Buffer.byteLength(text) });
    res.end(text);
  } else if (fault.status === 429 && fault.body === undefined) {
    sendText(res, 429, 'Number of allowed API requests per minute exceeded', { ...headers, ...extra, 'X-Rate-Limit-Remaining': 0 });
  } else {
    sendJson(res, fault.status!, fault.body ?? faultBody(fault.status!), { ...headers, ...extra });
  }
}

/** A response object that accepts whatever a route writes and sends nothing (for faults answered after handling). */
function discardingResponse(): ServerResponse {
  const sink = { headersSent: false, writeHead: () => sink, setHeader: () => sink, end: () => sink, write: () => true, destroy: () => sink };
  return sink as unknown as ServerResponse;
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<EmulatorHandle> {
  const noCredentials = !options.apiTokens?.length && !options.oauthClients?.length;
  for (const [kind, names] of [['sandbox', options.sandboxAccounts], ['legacy', options.legacyAccounts]] as const) {
    const bad = names?.find((name) => !ACCOUNT_NAME.test(name));
    if (bad !== undefined) throw new Error(`${kind} account "${bad}": account names are lowercase letters, digits and hyphens`);
  }
  const store = new AccountStore(options.dataDir, withAssumptions(options.assumptions), {
    accountsWithoutAuditLogs: options.accountsWithoutAuditLogs,
    legacyAccounts: options.legacyAccounts,
  });
  for (const name of options.sandboxAccounts ?? []) store.markSandbox(name);
  const auth = new Authenticator({
    apiTokens: noCredentials ? [DEFAULT_API_TOKEN] : (options.apiTokens ?? []),
    oauthClients: noCredentials ? [DEFAULT_OAUTH_CLIENT] : (options.oauthClients ?? []),
    accessTokenTtlSeconds: options.accessTokenTtlSeconds ?? DEFAULT_ACCESS_TOKEN_TTL_SECONDS,
  });
  const faults = new FaultRegistry();
  const counters = new RequestCounters();
  const limiter = new RateLimiter(options.rateLimitWindowMs ?? 60_000);
  const defaultLimit = options.rateLimitPerMinute ?? 700;
  const log = options.log ?? (() => {});
  const closing = new AbortController();

  async function handleApi(req: IncomingMessage, res: ServerResponse, account: string, path: string, query: URLSearchParams) {
    const method = req.method ?? 'GET';
    counters.record(account, method, path);
    const body = readBody(req);
    body.catch(() => undefined); // a broken upload is reported by the handler that awaits it
    const fault = faults.take(account, method, path);
    if (fault?.latencyMs) await sleep(fault.latencyMs, closing.signal);
    if (closing.signal.aborted) return;
    if (fault?.reset && !fault.afterHandling) {
      req.socket.destroy();
      return;
    }
    if (fault?.cutBodyAfterBytes !== undefined) cutBodyAfter(res, fault.cutBodyAfterBytes);
    const route = ROUTES.find((r) => r.method === method && r.pattern.test(path));
    const headers: Record<string, string | number> = zendeskHeaders();
    // An injected answer wins over everything else, like a failure in front of the real API.
    if (fault?.status && !fault.afterHandling) return sendFault(res, fault, headers);
    if (!route?.public) {
      const limit = store.has(account) ? (store.get(account).rateLimitPerMinute ?? defaultLimit) : defaultLimit;
      const decision = limiter.take(account, limit);
      Object.assign(headers, rateLimitHeaders(decision));
      if (!decision.allowed) {
        counters.recordRateLimited(decision.retryAfterSeconds);
        // A text/plain body, Retry-After in seconds [observed: docs/design/zendesk-api.md#rate-limits].
        sendText(res, 429, 'Number of allowed API requests per minute exceeded', { ...headers, 'Retry-After': decision.retryAfterSeconds });
        return;
      }
    }
    if (!route) return invalidEndpoint(res, headers);
    if (!route.public) {
      const verdict = auth.authenticate(account, req.headers.authorization);
      if (verdict === 'bearer-rejected') return invalidToken(res, headers);
      if (verdict !== 'ok') return unauthorized(res, headers);
    }
    // With afterHandling the route runs for real against a response that goes nowhere; then the fault's answer is
    // sent instead, or the connection is reset (Zendesk applied the request, the client never hears of it).
    const answered = (fault?.status || fault?.reset) && fault.afterHandling ? discardingResponse() : res;
    const principal = route.public ? undefined : auth.principal(req.headers.authorization!);
    const ip = clientAddress(req.socket.remoteAddress);
    const request: ApiRequest = { req, res: answered, account, method, path, query, body, headers, fault, store, auth, principal, ip };
    await route.handle(request, route.pattern.exec(path)!.slice(1));
    if (answered === res) return;
    if (fault!.reset) req.socket.destroy();
    else sendFault(res, fault!, headers);
  }

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://emulator');
    const segments = /^\/([^/]+)(\/.*)?$/.exec(url.pathname);
    const work =
      url.pathname === '/__emulator' || url.pathname.startsWith('/__emulator/')
        ? handleControl(req, res, url.pathname.slice('/__emulator'.length) || '/', { store, auth, faults, counters, limiter })
        : segments && ACCOUNT_NAME.test(segments[1])
          ? handleApi(req, res, segments[1], segments[2] ?? '/', url.searchParams)
          : Promise.resolve(invalidEndpoint(res, zendeskHeaders()));
    work.catch((err: unknown) => {
      if (err instanceof BodyTooLarge) return sendJson(res, 413, { error: 'RequestTooLarge', description: 'Request body too large.' });
      log(`emulator error on ${req.method} ${url.pathname}: ${(err as Error).stack ?? err}`);
      if (!res.headersSent) sendJson(res, 500, { error: 'InternalError', description: 'The emulator failed to handle this request.' });
      else res.destroy();
    });
  });
  // Keep-alive connections must not hold close() hostage in tests.
  server.keepAliveTimeout = 1000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => reject(listenError(err, options.host ?? '127.0.0.1', options.port ?? 0)));
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  // No "listening" line here: the caller says where it listens (the CLI prints its banner once).
  const url = `http://${options.host ?? '127.0.0.1'}:${port}`;
  return {
    url,
    port,
    accountUrl: (account) => `${url}/${account}`,
    control: new EmulatorControl(url),
    close: () =>
      new Promise<void>((resolve) => {
        closing.abort();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Node's listen errors in words a user of the emulator can act on. */
function listenError(err: NodeJS.ErrnoException, host: string, port: number): Error {
  if (err.code === 'EADDRINUSE') return new Error(`port ${port} on ${host} is in use: give another port, or 0 for any free port`);
  if (err.code === 'EACCES') return new Error(`not allowed to listen on port ${port} on ${host}: ports below 1024 need privileges; give a higher port, or 0`);
  return err;
}
