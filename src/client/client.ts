import { API_TOKEN_DEPRECATION_WARNING } from './auth/api-token';
import { createAuthStrategy } from './auth/index';
import { TOKEN_PATH } from './auth/oauth-client';
import type { AuthKind, AuthStrategy } from './auth/strategy';
import { resolveApiRoot } from './base-url';
import { ZendeskApiError, ZendeskConfigError, ZendeskResponseError } from './errors';
import { NOT_THE_API, unexpectedAnswer } from './failure';
import { DEFAULT_REQUEST_TIMEOUT_MS, DEFAULT_USER_AGENT, type ZendeskClientOptions, type ZendeskLogger } from './options';
import { DEFAULT_PAGE_SIZE, nextPage } from './paginate';
import { type Redact, redactorFor } from './redact';
import { DEFAULT_RETRY_TUNING, type RetryTuning } from './retry';
import {
  type AccountSettings,
  type NotKeptJudge,
  type SettingsPatch,
  type UpdateSettingsResult,
  isEmptyPatch,
  minimalPatch,
  parseApiWarn,
  tellsEverySentKey,
  verifyReadBack,
} from './settings';
import { type HttpMethod, type Query, type RawResponse, Transport, buildTarget } from './transport';

export const SETTINGS_PATH = '/api/v2/account/settings';
export const ACCOUNT_PATH = '/api/v2/account';

/**
 * What GET /api/v2/account answers about the account the credentials belong to. Zendesk's API reference does not
 * document the endpoint; only fields observed in public clients are typed (the emulator's routes/account.ts names
 * them), the rest pass through as they came.
 */
export interface ZendeskAccount {
  name?: string;
  subdomain?: string;
  /** true for a sandbox; Salto's Zendesk adapter requires it to be a boolean and reads false as production. */
  sandbox?: boolean;
  [field: string]: unknown;
}

export interface RequestOptions {
  body?: unknown;
  query?: Query;
}

export interface PaginateOptions {
  query?: Query;
  /** `page[size]` of the first request (cursor mode); default 100, Zendesk's maximum for most endpoints. */
  pageSize?: number;
  /** Safety stop against a server that never says "no more". Default 1000. */
  maxPages?: number;
}

const INSPECT = Symbol.for('nodejs.util.inspect.custom');
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The Zendesk admin API for one account. Create it with `createZendeskClient`.
 * Secrets live only inside the auth strategy's #private fields; the object
 * prints and serialises as its base URL and auth kind.
 */
export class ZendeskClient {
  /** The API root requests go to (no credentials in it). */
  readonly baseUrl: string;
  readonly authKind: AuthKind;
  /** Set for API-token auth: Zendesk is retiring API tokens. Show it to the user. */
  readonly deprecationWarning?: string;
  readonly #transport: Transport;
  readonly #log: ZendeskLogger;
  readonly #redact: Redact;

  /** @internal use createZendeskClient */
  constructor(baseUrl: string, auth: AuthStrategy, transport: Transport, log: ZendeskLogger, redact: Redact) {
    this.baseUrl = baseUrl;
    this.authKind = auth.kind;
    this.#transport = transport;
    this.#log = log;
    this.#redact = redact;
    if (auth.kind === 'api-token') this.deprecationWarning = API_TOKEN_DEPRECATION_WARNING;
  }

  /** Any admin API call (same auth, retries and errors); resolves to the parsed body. */
  async request<T = unknown>(method: HttpMethod, path: string, options: RequestOptions = {}): Promise<T> {
    return (await this.requestWithResponse<T>(method, path, options)).data;
  }

  /** Like `request`, with status, headers (lowercase) and the number of attempts. */
  requestWithResponse<T = unknown>(method: HttpMethod, path: string, options: RequestOptions = {}): Promise<RawResponse<T>> {
    return this.#transport.send<T>({ method, path, query: options.query, body: options.body });
  }

  /**
   * Every item of a cursor-paginated list, page by page: `for await (const t of client.paginate('/api/v2/triggers', 'triggers'))`.
   * Follows `links.next` while `meta.has_more` (or `next_page` for offset-only endpoints).
   */
  async *paginate<T = unknown>(path: string, key: string, options: PaginateOptions = {}): AsyncGenerator<T, void, undefined> {
    const query: Query = { ...options.query };
    if (query['page[size]'] === undefined && options.pageSize !== 0) query['page[size]'] = options.pageSize ?? DEFAULT_PAGE_SIZE;
    let target = buildTarget(path, query);
    const maxPages = options.maxPages ?? 1000;
    const seen = new Set<string>();
    const fail = (what: string) =>
      new ZendeskResponseError(this.#redact(`GET ${path} failed: ${what}.`), {
        method: 'GET',
        path,
        attempts: seen.size,
        hint: 'The API answered pages in an unexpected shape; report this with the endpoint name.',
      });
    for (;;) {
      if (seen.has(target)) throw fail('the next-page link repeats a page already read');
      if (seen.size >= maxPages) throw fail(`more than ${maxPages} pages`);
      seen.add(target);
      const page = await this.#transport.send({ method: 'GET', path: target });
      const items = isRecord(page.data) ? page.data[key] : undefined;
      if (!Array.isArray(items)) throw fail(`the answer has no "${key}" list`);
      for (const item of items) yield item as T;
      const next = nextPage(this.baseUrl, page.data, target);
      if ('done' in next) return;
      if ('error' in next) throw fail(next.error);
      target = next.path;
    }
  }

  /** All items of a paginated list in one array. */
  async paginateAll<T = unknown>(path: string, key: string, options?: PaginateOptions): Promise<T[]> {
    const all: T[] = [];
    for await (const item of this.paginate<T>(path, key, options)) all.push(item);
    return all;
  }

  async getSettings(): Promise<AccountSettings> {
    const response = await this.#transport.send({ method: 'GET', path: SETTINGS_PATH });
    const settings = settingsOf(response.data);
    if (!settings) throw unexpectedAnswer({ method: 'GET', path: SETTINGS_PATH, redact: this.#redact }, response, 'JSON with a "settings" object', NOT_THE_API);
    return settings;
  }

  /** The account the credentials belong to (GET /api/v2/account): its name, subdomain and whether it is a sandbox. */
  async getAccount(): Promise<ZendeskAccount> {
    const response = await this.#transport.send({ method: 'GET', path: ACCOUNT_PATH });
    const account = isRecord(response.data) && isRecord(response.data.account) ? (response.data.account as ZendeskAccount) : undefined;
    if (!account) throw unexpectedAnswer({ method: 'GET', path: ACCOUNT_PATH, redact: this.#redact }, response, 'JSON with an "account" object', NOT_THE_API);
    return account;
  }

  /**
   * Writes the keys of `patch` that differ from `options.current` (all of them
   * without it) with one PUT, then checks the read-back: the PUT's answer when
   * it carries the settings (Zendesk's does), else one GET. Keys the API
   * answered 200 for but did not keep are listed in `notKept` (as `options.notKept`
   * judges them: the caller that knows the settings decides; by default, as JSON),
   * explained by X-Zendesk-API-Warn where Zendesk sent it. Nothing to change: no request
   * (with `current`; without it, one GET to return the settings).
   */
  async updateSettings(patch: SettingsPatch, options: { current?: AccountSettings; notKept?: NotKeptJudge } = {}): Promise<UpdateSettingsResult> {
    const sent = minimalPatch(patch, options.current);
    if (isEmptyPatch(sent)) {
      this.#log.debug('settings already as requested; nothing to send');
      return { settings: options.current ?? (await this.getSettings()), sent: {}, notKept: [], warnings: [] };
    }
    const response = await this.#transport.send({ method: 'PUT', path: SETTINGS_PATH, body: { settings: sent } });
    const warning = parseApiWarn(response.headers['x-zendesk-api-warn']);
    const fromPut = settingsOf(response.data);
    const told = fromPut !== undefined && tellsEverySentKey(sent, fromPut);
    if (!told) this.#log.debug('the PUT answer does not tell every key sent; reading the settings back with a GET');
    const settings = told ? fromPut : await this.#readBack();
    const verdict = verifyReadBack(sent, settings, warning, options.notKept);
    const warnings = verdict.warnings.map(this.#redact);
    for (const w of warnings) this.#log.warn(w);
    return { settings, sent: sent as SettingsPatch, notKept: verdict.notKept, warnings };
  }

  /** The GET after a PUT whose answer did not tell what was kept: a failure here must say the PUT was answered 200. */
  async #readBack(): Promise<AccountSettings> {
    try {
      return await this.getSettings();
    } catch (err) {
      if (!(err instanceof ZendeskApiError)) throw err;
      throw new ZendeskResponseError(
        `PUT ${SETTINGS_PATH} was answered with HTTP 200 but without the settings it wrote, and reading them back failed: ${err.message}`,
        {
          method: 'GET',
          path: SETTINGS_PATH,
          status: err.status,
          attempts: err.attempts,
          hint: 'Zendesk may hold the new values: the next plan reads the account again and shows what differs.',
        },
      );
    }
  }

  toJSON() {
    return { baseUrl: this.baseUrl, authKind: this.authKind };
  }

  [INSPECT]() {
    return `ZendeskClient { baseUrl: '${this.baseUrl}', authKind: '${this.authKind}' }`;
  }
}

function settingsOf(body: unknown): AccountSettings | undefined {
  return isRecord(body) && isRecord(body.settings) ? (body.settings as AccountSettings) : undefined;
}

function numberOption(value: number | undefined, fallback: number, name: string, min: number, integer = false): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || (integer && !Number.isInteger(value))) {
    throw new ZendeskConfigError(`Invalid client option ${name}: expected ${integer ? 'an integer' : 'a number'} ≥ ${min}.`, 'options');
  }
  return value;
}

/** A logger that never sees a secret and whose failures never break a request. */
function safeLogger(logger: ZendeskLogger | undefined, redact: Redact): ZendeskLogger {
  const call = (level: 'debug' | 'warn', message: string) => {
    if (!logger) return;
    try {
      logger[level](redact(message));
    } catch {
      // a broken logger must not turn a successful call into a failure
    }
  };
  return { debug: (m) => call('debug', m), warn: (m) => call('warn', m) };
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A client for one account. Validates everything up front (subdomain or base
 * URL, http only on loopback, credentials present) and throws
 * ZendeskConfigError; makes no request until the first call.
 */
export function createZendeskClient(options: ZendeskClientOptions): ZendeskClient {
  if (!isRecord(options)) throw new ZendeskConfigError('createZendeskClient needs an options object.', 'options');
  const { root, host } = resolveApiRoot(options);
  const tuning: RetryTuning = {
    maxRetries: numberOption(options.maxRetries, DEFAULT_RETRY_TUNING.maxRetries, 'maxRetries', 0, true),
    deadlineMs: numberOption(options.retryDeadlineMs, DEFAULT_RETRY_TUNING.deadlineMs, 'retryDeadlineMs', 0),
    baseDelayMs: numberOption(options.retryBaseDelayMs, DEFAULT_RETRY_TUNING.baseDelayMs, 'retryBaseDelayMs', 0),
    maxDelayMs: numberOption(options.retryMaxDelayMs, DEFAULT_RETRY_TUNING.maxDelayMs, 'retryMaxDelayMs', 0),
  };
  const timeoutMs = numberOption(options.requestTimeoutMs, DEFAULT_REQUEST_TIMEOUT_MS, 'requestTimeoutMs', 1);
  const now = options.now ?? Date.now;

  // The redactor needs the strategy's secrets and the strategy needs the transport: break the cycle with a holder.
  const holder: { auth?: AuthStrategy } = {};
  const redact = redactorFor(() => holder.auth?.secrets() ?? []);
  const log = safeLogger(options.logger, redact);
  const transport = new Transport({
    root,
    host,
    timeoutMs,
    tuning,
    userAgent: options.userAgent?.trim() || DEFAULT_USER_AGENT,
    extraCaCertificates: options.extraCaCertificates,
    sleep: options.sleep ?? defaultSleep,
    signal: options.signal,
    now,
    random: options.random ?? Math.random,
    logger: log,
    redact,
  });
  const auth = createAuthStrategy(options.auth, {
    grant: (body) => transport.send({ method: 'POST', path: TOKEN_PATH, body, authenticate: false, idempotent: true, tokenRequest: true }),
    now,
    debug: log.debug,
    redact,
  });
  holder.auth = auth;
  transport.useAuth(auth);
  const client = new ZendeskClient(root, auth, transport, log, redact);
  if (client.deprecationWarning) log.warn(client.deprecationWarning);
  return client;
}
