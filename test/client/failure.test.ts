import {
  ZendeskAuthError,
  ZendeskNetworkError,
  ZendeskNotFoundError,
  ZendeskRateLimitError,
  ZendeskRedirectError,
  ZendeskRequestError,
  ZendeskResponseError,
  ZendeskServerError,
  ZendeskValidationError,
} from '../../src/client';
import { type FailureContext, NOT_THE_API, httpFailure, networkFailure, unexpectedAnswer } from '../../src/client/failure';
import { redactorFor } from '../../src/client/redact';
import { failureContext } from '../support/failure-context';

/** Every HTTP answer the client can get, as the typed error it becomes: class, message and hint. */

const TOKEN = `tok-${'Z9'.repeat(20_000)}`; // a 40 KB credential
const SMALL_TOKEN = 'tok-0123456789abcdef';

const ctx = (over: Partial<FailureContext> = {}): FailureContext =>
  failureContext({ redact: redactorFor(() => [TOKEN, SMALL_TOKEN]), sent: { authorizationBytes: `Bearer ${SMALL_TOKEN}`.length, bodyBytes: 0 }, ...over });

const TOKEN_REQUEST: Partial<FailureContext> = {
  method: 'POST',
  path: '/oauth/tokens',
  tokenRequest: true,
  credential: '',
  sent: { authorizationBytes: 0, bodyBytes: 40_123 },
};
const HUGE_HEADER: Partial<FailureContext> = { sent: { authorizationBytes: `Bearer ${TOKEN}`.length, bodyBytes: 0 } };
const NGINX_431_PAGE =
  '<html>\r\n<head><title>400 Request Header Or Cookie Too Large</title></head>\r\n<body>\r\n<center><h1>400 Bad Request</h1></center>\r\n</body>\r\n</html>';

interface Case {
  status: number;
  over?: Partial<FailureContext>;
  headers?: Record<string, string>;
  body?: unknown;
  retryAfter?: number;
  cls: new (...args: never[]) => Error;
  /** The message starts with method, path and this. */
  what: string;
  hint: RegExp;
}

const cases: Record<string, Case> = {
  '301 to another host': {
    status: 301,
    headers: { location: 'https://elsewhere.example/api/v2/account/settings?return_to=secret#frag' },
    cls: ZendeskRedirectError,
    what: '301 redirect to https://elsewhere.example/api/v2/account/settings',
    hint: /does not point at the account's API root: the server sends the request on to elsewhere\.example\. .*Redirects are not followed/,
  },
  '302 relative, same host': {
    status: 302,
    headers: { location: '/access/unauthenticated?return_to=https%3A%2F%2Facme' },
    cls: ZendeskRedirectError,
    what: '302 redirect to https://acme.zendesk.com/access/unauthenticated',
    hint: /does not point at the account's API root \(e\.g\. https:\/\/acme\.zendesk\.com.*without \/api\/v2/,
  },
  '307 http to https': {
    status: 307,
    over: { root: 'http://127.0.0.1:8080/acme', host: '127.0.0.1:8080' },
    headers: { location: 'https://127.0.0.1:8080/acme/api/v2/account/settings' },
    cls: ZendeskRedirectError,
    what: '307 redirect to https://127.0.0.1:8080/acme/api/v2/account/settings',
    hint: /redirects to https: use an https:\/\/ base URL/,
  },
  '308 with user info in the Location': {
    status: 308,
    headers: { location: `https://admin:${SMALL_TOKEN}@evil.example/x?y=1` },
    cls: ZendeskRedirectError,
    what: '308 redirect to https://evil.example/x',
    hint: /sends the request on to evil\.example/,
  },
  '304 without a Location': { status: 304, cls: ZendeskRedirectError, what: '304 Not Modified', hint: /does not point at the account's API root/ },
  '400 with a Zendesk body to a PUT': {
    status: 400,
    over: { method: 'PUT', sent: { authorizationBytes: 20, bodyBytes: 120 } },
    body: { error: 'InvalidRequest', description: 'Unexpected character in JSON' },
    cls: ZendeskRequestError,
    what: '400 InvalidRequest (Unexpected character in JSON)',
    // A request with a body answered in Zendesk's own error shape: its words say which value to change.
    hint: /refused the request as malformed\. Its answer above says what it objects to: change that value in the configuration/,
  },
  '400 with a Zendesk body to a GET': {
    status: 400,
    body: { error: 'InvalidRequest', description: 'Unexpected character in JSON' },
    cls: ZendeskRequestError,
    what: '400 InvalidRequest (Unexpected character in JSON)',
    // No value of the configuration was sent: the address is what to check.
    hint: /refused the request as malformed\. Check that the base URL is the account's API root.*report this/,
  },
  '400 from a front end that is not Zendesk (plain text)': {
    status: 400,
    body: 'Bad Request',
    cls: ZendeskRequestError,
    what: '400 Bad Request (Bad Request)',
    hint: /refused the request as malformed\. Check that the base URL is the account's API root.*report this/,
  },
  '400 from nginx for a 40 KB token': {
    status: 400,
    over: HUGE_HEADER,
    body: NGINX_431_PAGE,
    cls: ZendeskRequestError,
    what: '400 Bad Request (400 Request Header Or Cookie Too Large)',
    hint: /The Authorization header was 40011 bytes, far more than a Zendesk credential needs: the OAuth access token is most likely far too long/,
  },
  '400 from the token endpoint': {
    status: 400,
    over: TOKEN_REQUEST,
    body: { error: 'invalid_scope', error_description: 'The requested scope is not allowed' },
    cls: ZendeskAuthError,
    what: '400 invalid_scope (The requested scope is not allowed)',
    hint: /rejected the OAuth client credentials.*requested scope/,
  },
  '401': { status: 401, body: { error: "Couldn't authenticate you" }, cls: ZendeskAuthError, what: "401 Unauthorized (Couldn't authenticate you)", hint: /rejected the OAuth access token/ },
  '403 role': { status: 403, body: { error: { title: 'Forbidden', message: 'You do not have access to this page.' } }, cls: ZendeskAuthError, what: '403 Forbidden', hint: /needs an admin/ },
  '403 scope': {
    status: 403,
    body: { error: 'Forbidden', description: 'You are missing the following required scopes: write' },
    cls: ZendeskAuthError,
    what: '403 Forbidden (You are missing the following required scopes: write)',
    hint: /lacks a scope/,
  },
  '404': { status: 404, body: { error: 'InvalidEndpoint', description: 'Not found' }, cls: ZendeskNotFoundError, what: '404 InvalidEndpoint (Not found)', hint: /Check the subdomain or base URL/ },
  '404 token endpoint': { status: 404, over: TOKEN_REQUEST, cls: ZendeskNotFoundError, what: '404 Not Found', hint: /No OAuth token endpoint/ },
  '405': {
    status: 405,
    over: { method: 'PUT' },
    body: '<html><head><title>405 Not Allowed</title></head></html>',
    cls: ZendeskRequestError,
    what: '405 Method Not Allowed (405 Not Allowed)',
    hint: /does not allow PUT here: the base URL probably does not point at the account's API root/,
  },
  '408': { status: 408, cls: ZendeskRequestError, what: '408 Request Timeout', hint: /gave up waiting/ },
  '409': { status: 409, over: { method: 'PUT' }, body: { error: 'ConflictError' }, cls: ZendeskRequestError, what: '409 ConflictError', hint: /conflict with another change.*Run the command again/ },
  '413 on a write': { status: 413, over: { method: 'PUT', sent: { authorizationBytes: 30, bodyBytes: 6_000_000 } }, cls: ZendeskRequestError, what: '413 Payload Too Large', hint: /6000000-byte request body as too large: shorten/ },
  '413 on the token endpoint': {
    status: 413,
    over: TOKEN_REQUEST,
    body: { error: 'RequestTooLarge', description: 'Request body too large.' },
    cls: ZendeskRequestError,
    what: '413 RequestTooLarge (Request body too large.)',
    hint: /40123-byte request body as too large: the OAuth client ID or secret is far too long/,
  },
  '422': {
    status: 422,
    body: { error: 'RecordInvalid', description: 'Record validation errors', details: { 'messaging_inactivity.timeout': [{ description: 'must be between 3 and 15' }] } },
    cls: ZendeskValidationError,
    what: '422 RecordInvalid (Record validation errors: messaging_inactivity.timeout must be between 3 and 15)',
    hint: /Fix the value/,
  },
  '429 after retries': {
    status: 429,
    over: { attempts: 6, stop: 'max-retries' },
    body: 'Number of allowed API requests per minute exceeded',
    retryAfter: 2,
    cls: ZendeskRateLimitError,
    what: '429 Too Many Requests (Number of allowed API requests per minute exceeded) after 6 attempts',
    hint: /rate limit was reached; it asks to wait 2 s/,
  },
  '431 for a 40 KB token, no body': {
    status: 431,
    over: HUGE_HEADER,
    cls: ZendeskRequestError,
    what: '431 Request Header Fields Too Large',
    hint: /refused the request headers as too large\. The Authorization header was 40011 bytes.*the OAuth access token is most likely far too long/,
  },
  '431 without a large credential': { status: 431, over: TOKEN_REQUEST, cls: ZendeskRequestError, what: '431 Request Header Fields Too Large', hint: /A proxy between here and Zendesk/ },
  '418 (any other 4xx)': { status: 418, body: { error: 'Teapot' }, cls: ZendeskRequestError, what: '418 Teapot', hint: /refused the request; the description above says why/ },
  '500 after retries': { status: 500, over: { attempts: 6, stop: 'max-retries' }, cls: ZendeskServerError, what: '500 Internal Server Error after 6 attempts', hint: /server error; retry later/ },
  '502 HTML page from a proxy': {
    status: 502,
    body: '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>',
    cls: ZendeskServerError,
    what: '502 Bad Gateway.',
    hint: /server error/,
  },
  '503 on a POST': { status: 503, over: { method: 'POST', path: '/api/v2/triggers', idempotent: false }, cls: ZendeskServerError, what: '503 Service Unavailable', hint: /not retried because the request may have been processed/ },
  '600 (no such status)': { status: 600, cls: ZendeskResponseError, what: '600 error', hint: /status HTTP does not define/ },
};

describe('httpFailure: status → class, message, hint', () => {
  it.each(Object.entries(cases))('%s', (_name, c) => {
    const context = ctx(c.over);
    const err = httpFailure(context, c.status, c.headers ?? {}, c.body, c.retryAfter);
    expect(err).toBeInstanceOf(c.cls);
    expect(err.name).toBe(c.cls.name);
    expect(err.message.startsWith(`${context.method} ${context.path} failed: ${c.what}`)).toBe(true);
    expect(err.hint).toMatch(c.hint);
    expect(err.message).toContain(err.hint);
    expect(err).toMatchObject({ method: context.method, path: context.path, status: c.status });
    for (const form of [err.message, JSON.stringify(err)]) {
      expect(form).not.toContain(SMALL_TOKEN);
      expect(form).not.toContain(TOKEN.slice(0, 100));
      expect(form).not.toContain('return_to');
    }
  });

  it('a redirect keeps where it pointed, without query or user info', () => {
    const err = httpFailure(ctx(), 301, { location: `https://u:${SMALL_TOKEN}@elsewhere.example/p?q=1` }, undefined, undefined);
    expect((err as ZendeskRedirectError).location).toBe('https://elsewhere.example/p');
    expect(JSON.parse(JSON.stringify(err)).location).toBe('https://elsewhere.example/p');
  });

  it('an unparseable Location is left out', () => {
    expect(httpFailure(ctx(), 302, { location: 'http://[::1' }, undefined, undefined).message).toMatch(/^GET \/api\/v2\/account\/settings failed: 302 Found\./);
  });

  it('a 400 with a large but plausible credential does not blame it', () => {
    const err = httpFailure(ctx({ sent: { authorizationBytes: 8 * 1024, bodyBytes: 0 } }), 400, {}, undefined, undefined);
    expect(err.hint).not.toContain('Authorization header');
  });
});

describe('unexpectedAnswer: 2xx bodies of the wrong shape', () => {
  const answer = (data: unknown, contentType = 'application/json; charset=UTF-8', status = 200) => ({
    status,
    headers: { 'content-type': contentType },
    data,
    attempts: 1,
  });
  const EXPECTED = 'JSON with a "settings" object';

  it.each<[string, ReturnType<typeof answer>, string]>([
    ['empty body', answer(undefined, '', 204), '204 No Content with an empty body'],
    ['HTML sign-in page', answer('<!DOCTYPE html><html><head><title>Sign in - Zendesk</title>', 'text/html'), '200 OK with an HTML page titled "Sign in - Zendesk"'],
    ['HTML without a title', answer('<html><body>hi</body></html>', 'text/html'), '200 OK with an HTML page,'],
    ['truncated JSON', answer('{"settings": {"messaging": {'), '200 OK with invalid or truncated JSON'],
    ['plain text', answer('OK', 'text/plain'), '200 OK with a body that is not JSON (Content-Type text/plain)'],
    ['JSON array', answer([1, 2]), '200 OK with a JSON array'],
    ['JSON null', answer(null), '200 OK with a JSON null'],
    ['JSON of another shape', answer({ account: {}, error: 'x' }), '200 OK with a JSON object with the keys "account", "error"'],
    ['empty JSON object', answer({}), '200 OK with an empty JSON object'],
  ])('%s', (_name, response, what) => {
    const err = unexpectedAnswer({ method: 'GET', path: '/api/v2/account/settings?x=1', redact: (t) => t }, response, EXPECTED, NOT_THE_API);
    expect(err).toBeInstanceOf(ZendeskResponseError);
    expect(err.message).toContain(`GET /api/v2/account/settings failed: ${what}`);
    expect(err.message).toContain(`not ${EXPECTED}. ${NOT_THE_API}`);
    expect(err).toMatchObject({ status: response.status, path: '/api/v2/account/settings', hint: NOT_THE_API });
  });

  it('never copies the body itself, and redacts what it names', () => {
    const err = unexpectedAnswer(
      { method: 'POST', path: '/oauth/tokens', redact: redactorFor(() => [SMALL_TOKEN]) },
      answer({ [SMALL_TOKEN]: 'value-that-must-not-show' }),
      'JSON with a bearer "access_token" string',
      NOT_THE_API,
    );
    expect(err.message).not.toContain(SMALL_TOKEN);
    expect(err.message).not.toContain('value-that-must-not-show');
  });
});

describe('networkFailure after huge headers', () => {
  it('a reset after a 40 KB Authorization header blames the credential', () => {
    const err = networkFailure(ctx(HUGE_HEADER), { reason: 'connection-reset', transient: true, code: 'ECONNRESET' });
    expect(err).toBeInstanceOf(ZendeskNetworkError);
    expect(err.hint).toMatch(/closed the connection; retry later\. The Authorization header was 40011 bytes/);
  });

  it('an ordinary reset does not', () => {
    expect(networkFailure(ctx(), { reason: 'connection-reset', transient: true }).hint).not.toContain('Authorization');
  });
});

describe('networkFailure after the status arrived and the body was cut', () => {
  const cut = { reason: 'connection-reset' as const, transient: true, code: 'ECONNRESET', partial: { status: 200, receivedBytes: 20, expectedBytes: 105 } };

  it('names the method, path and status, how much came, and what to do', () => {
    const err = networkFailure(ctx({ attempts: 6 }), cut);
    expect(err).toMatchObject({ reason: 'connection-reset', status: 200, code: 'ECONNRESET', attempts: 6 });
    expect(err.message).toBe(
      'GET /api/v2/account/settings failed: the connection was reset or closed after Zendesk answered 200 OK, before the whole body arrived ' +
        '(20 of 105 bytes) after 6 attempts. Retry; if it keeps happening, a proxy, firewall or load balancer between here and Zendesk is ' +
        'cutting responses off (check its time and size limits for responses).',
    );
  });

  it('leaves the sizes out when the headers promised none (chunked or compressed)', () => {
    expect(networkFailure(ctx(), { ...cut, partial: { status: 200, receivedBytes: 20 } }).message).toContain('before the whole body arrived. Retry;');
  });

  it('a POST says Zendesk processed it and it was not retried', () => {
    const err = networkFailure(ctx({ method: 'POST', path: '/api/v2/triggers', idempotent: false }), { ...cut, partial: { status: 201, receivedBytes: 3 } });
    expect(err.message).toContain('after Zendesk answered 201 Created, before the whole body arrived.');
    expect(err.hint).toMatch(/not retried because Zendesk had answered, so it processed the request; check the result before repeating it\.$/);
  });

  it('a body too slow to finish says the status came and the rest did not in time', () => {
    const err = networkFailure(ctx({ timeoutMs: 100 }), { reason: 'timeout', transient: true, partial: { status: 200, receivedBytes: 20 } });
    expect(err.message).toContain('failed: Zendesk answered 200 OK, but the whole body did not arrive within 100 ms (20 bytes did).');
  });
});
