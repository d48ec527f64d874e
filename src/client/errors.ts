/**
 * Typed errors of the admin API client.
 *
 * They are built from copied, redacted facts only (method, path without the
 * query, status, Zendesk's error code and description). The axios error that
 * caused one is never kept: it carries the request config, and with it the
 * Authorization header and request body. `toJSON` and the inspect hook make
 * sure nothing else is ever serialised, whatever a caller adds later.
 */

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/**
 * Set (true) on every error of this module, through the base prototype. The
 * provider recognises client errors by this key alone (Symbol.for is shared
 * across bundles and chunks), without importing the lazily loaded client, so
 * an error class added here later is reported as what it is, not as a bug.
 */
export const API_ERROR_MARKER = Symbol.for('cdktf-zendesk-messaging.ZendeskApiError');

export interface ZendeskApiErrorInit {
  method: string;
  /** Path below the API root, without the query string (queries may carry cursors or other data). */
  path: string;
  status?: number;
  /** Zendesk's error code, e.g. `RecordInvalid`, `RecordNotFound`, `invalid_client`. */
  zendeskError?: string;
  description?: string;
  /** How many HTTP attempts were made (0 when none was, e.g. a configuration error). */
  attempts: number;
  /** What to do about it. */
  hint: string;
}

export class ZendeskApiError extends Error {
  readonly method: string;
  readonly path: string;
  readonly status?: number;
  readonly zendeskError?: string;
  readonly description?: string;
  readonly attempts: number;
  readonly hint: string;

  constructor(message: string, init: ZendeskApiErrorInit) {
    super(message);
    this.method = init.method;
    this.path = stripQuery(init.path);
    this.status = init.status;
    this.zendeskError = init.zendeskError;
    this.description = init.description;
    this.attempts = init.attempts;
    this.hint = init.hint;
  }

  /** The fields worth logging; also what JSON.stringify shows. */
  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = { name: this.name, message: this.message };
    for (const [key, value] of Object.entries(this.extraFields())) if (value !== undefined) json[key] = value;
    return json;
  }

  protected extraFields(): Record<string, unknown> {
    return {
      method: this.method || undefined,
      path: this.path || undefined,
      status: this.status,
      zendeskError: this.zendeskError,
      description: this.description,
      attempts: this.attempts,
      hint: this.hint,
    };
  }

  /** util.inspect / console.log: the stack plus the safe fields, never arbitrary own properties. */
  [INSPECT](_depth: number, options: { stylize?: unknown }, inspect?: (value: unknown, opts?: unknown) => string): string {
    const { name: _name, message: _message, ...fields } = this.toJSON();
    const rendered = inspect ? inspect(fields, { ...options, depth: 3 }) : JSON.stringify(fields);
    return `${this.stack ?? `${this.name}: ${this.message}`} ${rendered}`;
  }
}

/**
 * 3xx. Redirects are never followed (the Authorization header must not travel
 * to whatever host a redirect names); `location` is where it pointed, without
 * query, fragment or user info.
 */
export class ZendeskRedirectError extends ZendeskApiError {
  readonly location?: string;

  constructor(message: string, init: ZendeskApiErrorInit & { location?: string }) {
    super(message, init);
    this.location = init.location;
  }

  protected override extraFields(): Record<string, unknown> {
    return { ...super.extraFields(), location: this.location };
  }
}

/**
 * A 4xx other than the ones with their own class (401/403, 404, 422, 429): the
 * request as sent was refused, e.g. 400 malformed, 405 method not allowed,
 * 409 conflict, 413 body too large, 431 headers too large.
 */
export class ZendeskRequestError extends ZendeskApiError {}

/** 401 (bad or expired credentials) and 403 (not allowed: role, plan or OAuth scope). */
export class ZendeskAuthError extends ZendeskApiError {}

/** 404: the account, endpoint or record does not exist. */
export class ZendeskNotFoundError extends ZendeskApiError {}

/** 422 RecordInvalid: `details` maps a field (`messaging_inactivity.timeout`, `base`, …) to its messages. */
export class ZendeskValidationError extends ZendeskApiError {
  readonly details: Record<string, string[]>;

  constructor(message: string, init: ZendeskApiErrorInit & { details: Record<string, string[]> }) {
    super(message, init);
    this.details = init.details;
  }

  protected override extraFields(): Record<string, unknown> {
    return { ...super.extraFields(), details: this.details };
  }
}

/** 429 after the retry budget ran out (or Retry-After asked for longer than the budget left). */
export class ZendeskRateLimitError extends ZendeskApiError {
  readonly retryAfterSeconds?: number;

  constructor(message: string, init: ZendeskApiErrorInit & { retryAfterSeconds?: number }) {
    super(message, init);
    this.retryAfterSeconds = init.retryAfterSeconds;
  }

  protected override extraFields(): Record<string, unknown> {
    return { ...super.extraFields(), retryAfterSeconds: this.retryAfterSeconds };
  }
}

/** 5xx. */
export class ZendeskServerError extends ZendeskApiError {}

/**
 * A successful (2xx) answer whose body is not what the endpoint documents: not
 * JSON, truncated, the wrong shape or the wrong types. Nothing in it is trusted;
 * `field` names the part that was wrong when one part was (e.g. `settings.messaging`).
 */
export class ZendeskResponseError extends ZendeskApiError {
  readonly field?: string;

  constructor(message: string, init: ZendeskApiErrorInit & { field?: string }) {
    super(message, init);
    this.field = init.field;
  }

  protected override extraFields(): Record<string, unknown> {
    return { ...super.extraFields(), field: this.field };
  }
}

export type NetworkFailureReason = 'timeout' | 'connection-reset' | 'connection-refused' | 'dns' | 'tls' | 'network';

/** No HTTP answer: timeout, reset, refused, DNS or TLS failure (`reason`), with the system `code` when there is one. */
export class ZendeskNetworkError extends ZendeskApiError {
  readonly reason: NetworkFailureReason;
  readonly code?: string;

  constructor(message: string, init: ZendeskApiErrorInit & { reason: NetworkFailureReason; code?: string }) {
    super(message, init);
    this.reason = init.reason;
    this.code = init.code;
  }

  protected override extraFields(): Record<string, unknown> {
    return { ...super.extraFields(), reason: this.reason, code: this.code };
  }
}

/** Which client option is wrong, so callers can point at their own setting. */
export type ConfigSetting = 'subdomain' | 'baseUrl' | 'auth' | 'options';

/** Invalid options (bad subdomain, http for a non-loopback host, missing credentials); raised before any request. */
export class ZendeskConfigError extends ZendeskApiError {
  readonly setting: ConfigSetting;

  constructor(message: string, setting: ConfigSetting) {
    super(message, { method: '', path: '', attempts: 0, hint: message });
    this.setting = setting;
  }

  protected override extraFields(): Record<string, unknown> {
    return { setting: this.setting };
  }
}

// `name` lives on the prototypes so it is right already when the stack is captured in
// Error's constructor (a class field would be set only after `super()` returns), and so
// duck-typing callers (`err.name === 'ZendeskAuthError'`) work without importing this module.
// Literal names, not `cls.name`: a bundler may rename classes to avoid collisions.
const NAMES: [new (...args: never[]) => Error, string][] = [
  [ZendeskApiError, 'ZendeskApiError'],
  [ZendeskRedirectError, 'ZendeskRedirectError'],
  [ZendeskRequestError, 'ZendeskRequestError'],
  [ZendeskAuthError, 'ZendeskAuthError'],
  [ZendeskNotFoundError, 'ZendeskNotFoundError'],
  [ZendeskValidationError, 'ZendeskValidationError'],
  [ZendeskRateLimitError, 'ZendeskRateLimitError'],
  [ZendeskServerError, 'ZendeskServerError'],
  [ZendeskResponseError, 'ZendeskResponseError'],
  [ZendeskNetworkError, 'ZendeskNetworkError'],
  [ZendeskConfigError, 'ZendeskConfigError'],
];
for (const [cls, name] of NAMES) {
  Object.defineProperty(cls.prototype, 'name', { value: name, writable: true, configurable: true, enumerable: false });
}
Object.defineProperty(ZendeskApiError.prototype, API_ERROR_MARKER, { value: true, enumerable: false });

export function stripQuery(path: string): string {
  const cut = path.search(/[?#]/);
  return cut === -1 ? path : path.slice(0, cut);
}
