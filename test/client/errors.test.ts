import { inspect } from 'node:util';
import {
  ZendeskApiError,
  ZendeskAuthError,
  ZendeskConfigError,
  ZendeskNetworkError,
  ZendeskNotFoundError,
  ZendeskRateLimitError,
  ZendeskRequestError,
  ZendeskServerError,
  ZendeskValidationError,
} from '../../src/client';
import { type FailureContext, httpFailure, networkFailure } from '../../src/client/failure';
import { createAuthStrategy } from '../../src/client/auth';
import { redact, redactorFor, secretVariants } from '../../src/client/redact';
import { errorFacts, summariseDetails } from '../../src/client/response';

const SECRET = 'sk_live_9f8e7d6c5b4a';
const ctx = (over: Partial<FailureContext> = {}): FailureContext => ({
  method: 'PUT',
  path: '/api/v2/account/settings',
  attempts: 1,
  stop: 'not-retryable',
  tokenRequest: false,
  rejectedHint: 'Check the token.',
  host: 'acme.zendesk.com',
  root: 'https://acme.zendesk.com',
  timeoutMs: 30000,
  idempotent: true,
  redact: redactorFor(() => [SECRET]),
  sent: { authorizationBytes: 60, bodyBytes: 0 },
  credential: 'the OAuth access token',
  ...over,
});

describe('messages', () => {
  it('422 names the field and says what to do', () => {
    const err = httpFailure(
      ctx(),
      422,
      {},
      {
        error: 'RecordInvalid',
        description: 'Record validation errors',
        details: { 'messaging_inactivity.timeout': [{ description: 'must be between 1 and 60', error: 'InvalidValue' }] },
      },
      undefined,
    );
    expect(err).toBeInstanceOf(ZendeskValidationError);
    expect(err.message).toBe(
      'PUT /api/v2/account/settings failed: 422 RecordInvalid (Record validation errors: messaging_inactivity.timeout must be between 1 and 60). ' +
        'Fix the value named in the details and retry.',
    );
    expect((err as ZendeskValidationError).details).toEqual({ 'messaging_inactivity.timeout': ['must be between 1 and 60'] });
    expect(err).toMatchObject({ status: 422, zendeskError: 'RecordInvalid', description: 'Record validation errors', attempts: 1, name: 'ZendeskValidationError' });
  });

  it('maps statuses to classes', () => {
    expect(httpFailure(ctx(), 401, {}, { error: "Couldn't authenticate you" }, undefined)).toBeInstanceOf(ZendeskAuthError);
    expect(httpFailure(ctx(), 403, {}, { error: { title: 'Forbidden', message: 'No access' } }, undefined)).toBeInstanceOf(ZendeskAuthError);
    expect(httpFailure(ctx(), 404, {}, { error: 'RecordNotFound', description: 'Not found' }, undefined)).toBeInstanceOf(ZendeskNotFoundError);
    expect(httpFailure(ctx(), 429, {}, 'Number of allowed API requests per minute exceeded', 3)).toBeInstanceOf(ZendeskRateLimitError);
    expect(httpFailure(ctx(), 503, {}, '<html>oops</html>', undefined)).toBeInstanceOf(ZendeskServerError);
    const other = httpFailure(ctx(), 400, {}, { errors: [{ code: 'InvalidPaginationParameter', title: 'page[after] is not valid' }] }, undefined);
    expect(other).toBeInstanceOf(ZendeskRequestError);
    expect(other.message).toContain('400 InvalidPaginationParameter (page[after] is not valid)');
  });

  it('401 uses the auth kind\'s hint; 403 about scopes says so', () => {
    expect(httpFailure(ctx(), 401, {}, { error: "Couldn't authenticate you" }, undefined).message).toBe(
      "PUT /api/v2/account/settings failed: 401 Unauthorized (Couldn't authenticate you). Check the token.",
    );
    const scope = httpFailure(ctx(), 403, {}, { error: 'Forbidden', description: 'You are missing the following required scopes: write' }, undefined);
    expect(scope.hint).toMatch(/scope/);
    const token = httpFailure(ctx({ tokenRequest: true, method: 'POST', path: '/oauth/tokens' }), 401, {}, { error: 'invalid_client', error_description: 'Client authentication failed' }, undefined);
    expect(token).toBeInstanceOf(ZendeskAuthError);
    expect(token.message).toMatch(/^POST \/oauth\/tokens failed: 401 invalid_client \(Client authentication failed\)\. Zendesk rejected the OAuth client credentials/);
  });

  it('429 reports Retry-After and attempts', () => {
    const err = httpFailure(ctx({ attempts: 6, stop: 'max-retries' }), 429, {}, 'Number of allowed API requests per minute exceeded', 2);
    expect(err.message).toMatch(/429 Too Many Requests \(Number of allowed API requests per minute exceeded\) after 6 attempts\./);
    expect(err.message).toMatch(/wait 2 s \(Retry-After\)/);
    expect((err as ZendeskRateLimitError).retryAfterSeconds).toBe(2);
  });

  it('5xx on a non-idempotent method says it was not retried on purpose', () => {
    expect(httpFailure(ctx({ method: 'POST', idempotent: false }), 502, {}, undefined, undefined).message).toMatch(/may have been processed/);
  });

  it('network failures say which', () => {
    const timeout = networkFailure(ctx({ attempts: 3 }), { reason: 'timeout', transient: true });
    expect(timeout).toBeInstanceOf(ZendeskNetworkError);
    expect(timeout.message).toBe(
      'PUT /api/v2/account/settings failed: no answer from acme.zendesk.com within 30000 ms after 3 attempts. Check connectivity to Zendesk, or raise the request timeout if it is slow.',
    );
    expect(networkFailure(ctx(), { reason: 'dns', transient: false, code: 'ENOTFOUND' }).message).toContain('could not resolve acme.zendesk.com (ENOTFOUND)');
    expect(networkFailure(ctx(), { reason: 'connection-reset', transient: true, code: 'ECONNRESET' })).toMatchObject({ reason: 'connection-reset', code: 'ECONNRESET' });
  });

  it('keeps queries out of the path', () => {
    const err = httpFailure(ctx({ method: 'GET', path: '/api/v2/triggers?page[after]=secretcursor' }), 404, {}, undefined, undefined);
    expect(err.path).toBe('/api/v2/triggers');
    expect(err.message).not.toContain('secretcursor');
  });

  it('redacts secrets a server echoes back', () => {
    const b64 = Buffer.from(SECRET).toString('base64');
    const err = httpFailure(ctx(), 401, {}, { error: 'Unauthorized', description: `bad token ${SECRET} / Basic ${b64}`, details: { [SECRET]: [SECRET] } }, undefined);
    for (const form of [err.message, JSON.stringify(err), inspect(err, { depth: 10, showHidden: true }), String(err), err.stack ?? '']) {
      expect(form).not.toContain(SECRET);
      expect(form).not.toContain(b64);
    }
  });
});

describe('error objects', () => {
  const err = new ZendeskValidationError('PUT /x failed: 422 RecordInvalid. Fix it.', {
    method: 'PUT',
    path: '/x',
    status: 422,
    attempts: 1,
    hint: 'Fix it.',
    details: { a: ['b'] },
  });

  it('have their name from the start (stack, String) and are instances of the base', () => {
    expect(err.name).toBe('ZendeskValidationError');
    expect(String(err)).toBe('ZendeskValidationError: PUT /x failed: 422 RecordInvalid. Fix it.');
    expect(err.stack).toMatch(/^ZendeskValidationError: PUT \/x failed/);
    expect(err).toBeInstanceOf(ZendeskApiError);
    expect(err).toBeInstanceOf(Error);
  });

  it('serialise only their own safe fields, even if something is attached later', () => {
    (err as unknown as Record<string, unknown>).config = { headers: { Authorization: `Bearer ${SECRET}` } };
    expect(JSON.parse(JSON.stringify(err))).toEqual({
      name: 'ZendeskValidationError',
      message: 'PUT /x failed: 422 RecordInvalid. Fix it.',
      method: 'PUT',
      path: '/x',
      status: 422,
      attempts: 1,
      hint: 'Fix it.',
      details: { a: ['b'] },
    });
    expect(inspect(err)).not.toContain(SECRET);
    expect(inspect(err)).toContain("details: { a: [ 'b' ] }");
  });

  it('config errors name the setting and have no method or path', () => {
    const config = new ZendeskConfigError('Invalid thing.', 'baseUrl');
    expect(config).toMatchObject({ name: 'ZendeskConfigError', setting: 'baseUrl', attempts: 0, hint: 'Invalid thing.' });
    expect(JSON.parse(JSON.stringify(config))).toEqual({ name: 'ZendeskConfigError', message: 'Invalid thing.', setting: 'baseUrl' });
  });
});

describe('redact', () => {
  it('replaces known secrets in every wire form', () => {
    const out = redact(`a ${SECRET} b ${encodeURIComponent('p@ss/w rd')} c`, [...secretVariants(SECRET), ...secretVariants('p@ss/w rd')]);
    expect(out).toBe('a [REDACTED] b [REDACTED] c');
  });

  it('replaces credential shapes even when the secret is unknown', () => {
    expect(redact('Authorization: Bearer abc.def-123456', [])).toBe('Authorization: Bearer [REDACTED]');
    expect(redact('Basic dXNlckBleGFtcGxlLmNvbS90b2tlbjp4eXo=', [])).toBe('Basic [REDACTED]');
    expect(redact('{"access_token":"zzz111","token_type":"bearer"}', [])).toBe('{"access_token":"[REDACTED]","token_type":"bearer"}');
    expect(redact('client_secret=abc&x=1', [])).toBe('client_secret=[REDACTED]&x=1');
  });

  it('leaves prose alone', () => {
    expect(redact('Basic authentication is disabled for this account', [])).toBe('Basic authentication is disabled for this account');
    expect(redact('Zendesk rejected the OAuth access token: it may have expired', [])).toBe('Zendesk rejected the OAuth access token: it may have expired');
    expect(redact('Zendesk rejected the API token: check the email and token', [])).toBe('Zendesk rejected the API token: check the email and token');
  });

  it('replaces unquoted "token: …" values that look like credentials, and JSON values of any kind', () => {
    expect(redact('token: 9f8e7d6c5b4a3210', [])).toBe('token: [REDACTED]');
    expect(redact('{"password": "correct horse battery staple", "token": "a\\"b"}', [])).toBe('{"password": "[REDACTED]", "token": "[REDACTED]"}');
    expect(redact(`{"client_secret":"${'s'.repeat(40_000)}"}`, [])).toBe('{"client_secret":"[REDACTED]"}');
  });

  it("never garbles the client's own hints", () => {
    for (const kind of ['api-token', 'oauth-token', 'oauth-client'] as const) {
      const auth =
        kind === 'api-token'
          ? { kind, email: 'a@b.test', token: 'tok-123456' }
          : kind === 'oauth-token'
            ? { kind, token: 'tok-123456' }
            : { kind, clientId: 'id', clientSecret: 'sec-123456' };
      const strategy = createAuthStrategy(auth, { grant: async () => ({ status: 200, headers: {}, data: {}, attempts: 1 }), now: Date.now, redact: (t) => t });
      expect(redact(strategy.rejectedHint, strategy.secrets())).toBe(strategy.rejectedHint);
    }
  });
});

describe('error bodies', () => {
  it('reads every envelope', () => {
    expect(errorFacts({ error: 'RecordNotFound', description: 'Not found' })).toEqual({ zendeskError: 'RecordNotFound', description: 'Not found' });
    expect(errorFacts({ error: "Couldn't authenticate you" })).toEqual({ description: "Couldn't authenticate you" });
    expect(errorFacts({ error: { title: 'Forbidden', message: 'No.' } })).toEqual({ zendeskError: 'Forbidden', description: 'No.' });
    expect(errorFacts({ errors: [{ code: 'TriggerCategoryNotFound', title: "Category can't be found." }] })).toEqual({
      zendeskError: 'TriggerCategoryNotFound',
      description: "Category can't be found.",
    });
    expect(errorFacts('<!DOCTYPE html><html>…')).toEqual({});
    expect(errorFacts(undefined)).toEqual({});
  });

  it('summarises details', () => {
    expect(summariseDetails({ base: ["Invalid value 'web'"], title: ['Title cannot be blank'], 'x.y': ['must be set'] })).toBe(
      "Invalid value 'web'; Title cannot be blank; x.y must be set",
    );
  });
});
