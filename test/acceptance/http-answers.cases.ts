import type { FaultSpec } from '../../src/emulator/faults';

/**
 * The HTTP answers http-answers.test.ts injects, one per kind: what the
 * emulator sends, and what the diagnostic must say. `failed` is what follows
 * "{METHOD} {path} failed: " in the detail; `hint` is the part saying what to do.
 */
export interface AnswerCase {
  /** Sent by the emulator instead of (or, with afterHandling, after) the real answer. */
  fault: Omit<FaultSpec, 'account'>;
  summary: string;
  failed: string | RegExp;
  hint: RegExp;
}

const SETTINGS = { method: 'GET', path: '/api/v2/account/settings' };
const TOKENS = { method: 'POST', path: '/oauth/tokens' };
const PUT = { method: 'PUT', path: '/api/v2/account/settings' };
const html = (title: string) => `<!DOCTYPE html>\n<html><head><title>${title}</title></head><body><h1>${title}</h1></body></html>`;
const NOT_THE_API = /Check that the base URL points at the account's API root .*not at a help center, Admin Center, or a proxy's sign-in page/;

const REDIRECTED = 'Zendesk API redirected the request';
const REFUSED = 'Zendesk refused the request';
const REJECTED = 'Zendesk rejected the credentials';
const SERVER = 'Zendesk API error';
const ANSWER = 'Unexpected answer from the Zendesk API';

/** Answers to the configure-time credential check (GET settings) and to the OAuth grant before it: `terraform plan` fails. */
export const planCases: Record<string, AnswerCase> = {
  '301 to another host': {
    fault: { ...SETTINGS, status: 301, headers: { Location: 'https://www.zendesk.com/login?return_to=secret-query' } },
    summary: REDIRECTED,
    failed: '301 redirect to https://www.zendesk.com/login.',
    hint: /the server sends the request on to www\.zendesk\.com\. .*Redirects are not followed, so the credentials stay on this host/,
  },
  '302 relative, same host': {
    fault: { ...SETTINGS, status: 302, headers: { Location: '/answers/agent/?brand=1' } },
    summary: REDIRECTED,
    failed: /^302 redirect to http:\/\/127\.0\.0\.1:\d+\/answers\/agent\/\./,
    hint: /without \/api\/v2 or \/agent/,
  },
  '400 JSON': {
    fault: { ...SETTINGS, status: 400, body: { error: 'InvalidRequest', description: 'The request could not be parsed' } },
    summary: REFUSED,
    failed: '400 InvalidRequest (The request could not be parsed)',
    hint: /refused the request as malformed\. Check that the base URL is the account's API root/,
  },
  '400 HTML page': {
    fault: { ...SETTINGS, status: 400, rawBody: html('400 Request Header Or Cookie Too Large'), contentType: 'text/html' },
    summary: REFUSED,
    failed: '400 Bad Request (400 Request Header Or Cookie Too Large)',
    hint: /refused the request as malformed/,
  },
  // An OAuth client's 401 is renewed and retried once: both attempts are refused.
  '401 twice': {
    fault: { ...SETTINGS, status: 401, count: 2 },
    summary: REJECTED,
    failed: "401 Unauthorized (Couldn't authenticate you) after 2 attempts",
    hint: /rejected an access token minted just now/,
  },
  '403 role': {
    fault: { ...SETTINGS, status: 403 },
    summary: REJECTED,
    failed: '403 Forbidden (You do not have access to this page.)',
    hint: /valid but not allowed to do this: changing account settings and triggers needs an admin/,
  },
  '403 scope': {
    fault: { ...SETTINGS, status: 403, body: { error: 'Forbidden', description: 'You are missing the following required scopes: read' } },
    summary: REJECTED,
    failed: '403 Forbidden (You are missing the following required scopes: read)',
    hint: /lacks a scope this request needs/,
  },
  '404 InvalidEndpoint': {
    fault: { ...SETTINGS, status: 404, body: { error: 'InvalidEndpoint', description: 'Not found' } },
    summary: 'Zendesk API resource not found',
    failed: '404 InvalidEndpoint (Not found)',
    hint: /Check the subdomain or base URL/,
  },
  '405 empty body': { fault: { ...SETTINGS, status: 405, rawBody: '' }, summary: REFUSED, failed: '405 Method Not Allowed.', hint: /does not allow GET here/ },
  '409 conflict': { fault: { ...SETTINGS, status: 409, body: { error: 'Conflict' } }, summary: REFUSED, failed: '409 Conflict.', hint: /conflict with another change/ },
  '422 RecordInvalid': {
    fault: { ...SETTINGS, status: 422, body: { error: 'RecordInvalid', description: 'Record validation errors', details: { base: [{ description: 'Account is suspended' }] } } },
    summary: 'Zendesk rejected the values',
    failed: '422 RecordInvalid (Record validation errors: Account is suspended)',
    hint: /Fix the value named in the details/,
  },
  '429 after retries': {
    fault: { ...SETTINGS, status: 429, retryAfterSeconds: 1, count: 2 },
    summary: 'Zendesk rate limit exceeded',
    failed: '429 Too Many Requests (Number of allowed API requests per minute exceeded) after 2 attempts',
    hint: /rate limit was reached; it asks to wait 1 s \(Retry-After\)/,
  },
  '431 no body': {
    fault: { ...SETTINGS, status: 431, rawBody: '' },
    summary: 'Request headers too large for the Zendesk API',
    failed: '431 Request Header Fields Too Large.',
    hint: /refused the request headers as too large/,
  },
  '500 after retries': {
    fault: { ...SETTINGS, status: 500, body: { error: 'InternalError' }, count: 2 },
    summary: SERVER,
    failed: '500 InternalError after 2 attempts',
    hint: /Zendesk had a server error; retry later/,
  },
  '502 HTML page after retries': {
    fault: { ...SETTINGS, status: 502, rawBody: html('502 Bad Gateway'), contentType: 'text/html', count: 2 },
    summary: SERVER,
    failed: '502 Bad Gateway after 2 attempts',
    hint: /server error/,
  },
  '503 empty body after retries': {
    fault: { ...SETTINGS, status: 503, rawBody: '', count: 2 },
    summary: SERVER,
    failed: '503 Service Unavailable after 2 attempts',
    hint: /server error/,
  },
  '200 HTML page': {
    fault: { ...SETTINGS, status: 200, rawBody: html('Sign in to Zendesk'), contentType: 'text/html; charset=utf-8' },
    summary: ANSWER,
    failed: '200 OK with an HTML page titled "Sign in to Zendesk", not JSON with a "settings" object',
    hint: NOT_THE_API,
  },
  '200 empty body': { fault: { ...SETTINGS, status: 200, rawBody: '' }, summary: ANSWER, failed: '200 OK with an empty body', hint: NOT_THE_API },
  '200 truncated JSON': {
    fault: { ...SETTINGS, status: 200, rawBody: '{"settings":{"messaging":{"messaging_end_sess' },
    summary: ANSWER,
    failed: '200 OK with invalid or truncated JSON',
    hint: NOT_THE_API,
  },
  '200 plain text': {
    fault: { ...SETTINGS, status: 200, rawBody: 'OK', contentType: 'text/plain' },
    summary: ANSWER,
    failed: '200 OK with a body that is not JSON (Content-Type text/plain)',
    hint: NOT_THE_API,
  },
  '200 JSON without settings': { fault: { ...SETTINGS, status: 200, body: { account: { subdomain: 'answers' } } }, summary: ANSWER, failed: '200 OK with a JSON object with the key "account"', hint: NOT_THE_API },
  '200 settings not an object': { fault: { ...SETTINGS, status: 200, body: { settings: [] } }, summary: ANSWER, failed: '200 OK with a JSON object with the key "settings", not JSON with a "settings" object', hint: NOT_THE_API },
  '204 no content': { fault: { ...SETTINGS, status: 204, rawBody: '' }, summary: ANSWER, failed: '204 No Content with an empty body', hint: NOT_THE_API },
  'OAuth grant: 200 without access_token': {
    fault: { ...TOKENS, status: 200, body: { token_type: 'bearer', scope: 'read write' } },
    summary: ANSWER,
    failed: '200 OK with a JSON object with the keys "token_type", "scope", not JSON with a bearer "access_token" string',
    hint: NOT_THE_API,
  },
  'OAuth grant: 200 HTML page': {
    fault: { ...TOKENS, status: 200, rawBody: html('Zendesk'), contentType: 'text/html' },
    summary: ANSWER,
    failed: '200 OK with an HTML page titled "Zendesk", not JSON with a bearer "access_token" string',
    hint: NOT_THE_API,
  },
  'OAuth grant: 302': {
    fault: { ...TOKENS, status: 302, headers: { Location: 'https://answers.zendesk.com/auth/v2/login/signin?return_to=x' } },
    summary: REDIRECTED,
    failed: '302 redirect to https://answers.zendesk.com/auth/v2/login/signin.',
    hint: /sends the request on to answers\.zendesk\.com/,
  },
  'OAuth grant: 400 invalid_scope': {
    fault: { ...TOKENS, status: 400, body: { error: 'invalid_scope', error_description: 'The requested scope is not allowed for this client.' } },
    summary: REJECTED,
    failed: '400 invalid_scope (The requested scope is not allowed for this client.)',
    hint: /rejected the OAuth client credentials/,
  },
  'OAuth grant: 413': {
    fault: { ...TOKENS, status: 413, body: { error: 'RequestTooLarge', description: 'Request body too large.' } },
    summary: 'Request too large for the Zendesk API',
    failed: '413 RequestTooLarge (Request body too large.)',
    hint: /request body as too large: the OAuth client ID or secret is far too long/,
  },
  'OAuth grant: 503 after retries': { fault: { ...TOKENS, status: 503, rawBody: '', count: 2 }, summary: SERVER, failed: '503 Service Unavailable after 2 attempts', hint: /server error/ },
  'connection reset after retries': {
    fault: { ...SETTINGS, reset: true, count: 2 },
    summary: 'Zendesk API unreachable',
    failed: /^connection reset by 127\.0\.0\.1:\d+ \(ECONNRESET\) after 2 attempts/,
    hint: /closed the connection; retry later/,
  },
  // The status line and headers arrive, then the connection closes 20 bytes into the body, on both attempts.
  'connection cut mid-body after retries': {
    fault: { ...SETTINGS, cutBodyAfterBytes: 20, count: 2 },
    summary: 'Zendesk answer cut off',
    failed: /^the connection was reset or closed after Zendesk answered 200 OK, before the whole body arrived \(20 of \d+ bytes\) after 2 attempts\./,
    hint: /Retry; if it keeps happening, a proxy, firewall or load balancer between here and Zendesk is cutting responses off/,
  },
};

/** Answers to the PUT of `terraform apply`: the apply fails, and the state and Zendesk keep their values. */
export const applyCases: Record<string, AnswerCase> = {
  '302 redirect': {
    fault: { ...PUT, status: 302, headers: { Location: 'https://writes.zendesk.com/api/v2/account/settings' } },
    summary: REDIRECTED,
    failed: '302 redirect to https://writes.zendesk.com/api/v2/account/settings.',
    hint: /sends the request on to writes\.zendesk\.com/,
  },
  '400 InvalidRequest': { fault: { ...PUT, status: 400, body: { error: 'InvalidRequest', description: 'settings is invalid' } }, summary: REFUSED, failed: '400 InvalidRequest (settings is invalid)', hint: /malformed/ },
  '403 not an admin': { fault: { ...PUT, status: 403 }, summary: REJECTED, failed: '403 Forbidden', hint: /needs an admin/ },
  '405 HTML page': { fault: { ...PUT, status: 405, rawBody: html('405 Not Allowed'), contentType: 'text/html' }, summary: REFUSED, failed: '405 Method Not Allowed (405 Not Allowed)', hint: /does not allow PUT here/ },
  '409 conflict': { fault: { ...PUT, status: 409, body: { error: 'Conflict', description: 'Settings were changed by another request' } }, summary: REFUSED, failed: '409 Conflict (Settings were changed by another request)', hint: /Run the command again/ },
  '413 too large': { fault: { ...PUT, status: 413, body: { error: 'RequestTooLarge', description: 'Request body too large.' } }, summary: 'Request too large for the Zendesk API', failed: /^413 RequestTooLarge \(Request body too large\.\)/, hint: /\d+-byte request body as too large: shorten/ },
  '422 RecordInvalid': {
    fault: { ...PUT, status: 422, body: { error: 'RecordInvalid', description: 'Record validation errors', details: { 'messaging.messaging_end_session': [{ description: 'is not allowed on this plan' }] } } },
    summary: 'Zendesk rejected the values',
    failed: '422 RecordInvalid (Record validation errors: messaging.messaging_end_session is not allowed on this plan)',
    hint: /Fix the value/,
  },
  '429 after retries': { fault: { ...PUT, status: 429, retryAfterSeconds: 1, count: 2 }, summary: 'Zendesk rate limit exceeded', failed: /^429 Too Many Requests .* after 2 attempts/, hint: /rate limit/ },
  '503 after retries': { fault: { ...PUT, status: 503, count: 2 }, summary: SERVER, failed: /^503 ServerError \(Injected fault: HTTP 503\) after 2 attempts/, hint: /server error/ },
};
