import {
  ZendeskApiError,
  ZendeskConfigError,
  ZendeskResponseError,
} from '../../src/client';
import { ZendeskNetworkError } from '../../src/client/errors';
import { API_ERROR_MARKER } from '../../src/client/errors';
import { type FailureContext, NOT_THE_API, httpFailure, networkFailure, unexpectedAnswer } from '../../src/client/failure';
import { Diagnostics, Path } from '../../src/framework';
import { failureContext } from '../support/failure-context';
import { isApiError, reportApiError, summaryOf } from '../../src/provider/api-errors';

/** Every client error becomes one user diagnostic with a summary of its own; anything else is a bug and is rethrown. */

const ctx = (over: Partial<FailureContext> = {}): FailureContext => failureContext({ sent: { authorizationBytes: 40_011, bodyBytes: 0 }, ...over });

const status = (code: number, body?: unknown, headers: Record<string, string> = {}) => httpFailure(ctx(), code, headers, body, undefined);

const cases: [string, Error, string][] = [
  ['301', status(301, undefined, { location: 'https://www.zendesk.com/' }), 'Zendesk API redirected the request'],
  ['400', status(400, { error: 'InvalidRequest' }), 'Zendesk refused the request'],
  ['401', status(401, { error: "Couldn't authenticate you" }), 'Zendesk rejected the credentials'],
  ['403', status(403), 'Zendesk rejected the credentials'],
  ['404', status(404), 'Zendesk API resource not found'],
  ['405', status(405), 'Zendesk refused the request'],
  ['409', status(409), 'Zendesk refused the request'],
  ['413', status(413), 'Request too large for the Zendesk API'],
  ['422', status(422, { error: 'RecordInvalid', details: { base: ['no'] } }), 'Zendesk rejected the values'],
  ['429', status(429, 'Number of allowed API requests per minute exceeded'), 'Zendesk rate limit exceeded'],
  ['431', status(431), 'Request headers too large for the Zendesk API'],
  ['418', status(418), 'Zendesk refused the request'],
  ['500', status(500), 'Zendesk API error'],
  ['600', status(600), 'Unexpected answer from the Zendesk API'],
  [
    '200 without settings',
    unexpectedAnswer({ method: 'GET', path: '/api/v2/account/settings', redact: (t) => t }, { status: 200, headers: {}, data: '<html>', attempts: 1 }, 'JSON with a "settings" object', NOT_THE_API),
    'Unexpected answer from the Zendesk API',
  ],
  ['network', networkFailure(ctx(), { reason: 'connection-reset', transient: true }), 'Zendesk API unreachable'],
  [
    'network after the status arrived (a body cut off)',
    new ZendeskNetworkError('the connection was reset after Zendesk answered 200 OK', { method: 'GET', path: '/api/v2/account/settings', status: 200, attempts: 3, hint: 'Retry.', reason: 'connection-reset' }),
    'Zendesk answer cut off',
  ],
  ['config', new ZendeskConfigError('Invalid Zendesk subdomain "A": use lowercase.', 'subdomain'), 'Invalid Zendesk connection settings'],
];

describe('reportApiError', () => {
  it.each(cases)('%s → one error diagnostic with its summary, the message and the hint', (_name, err, summary) => {
    const diagnostics = new Diagnostics();
    reportApiError(err, diagnostics, 'Checking the credentials against "acme"');
    expect(diagnostics.toArray()).toHaveLength(1);
    const [d] = diagnostics.toArray();
    expect(d).toMatchObject({ severity: 'error', summary });
    expect(d.detail.startsWith(`Checking the credentials against "acme": ${err.message}`)).toBe(true);
    expect(d.detail).toContain((err as ZendeskApiError).hint);
    expect(d.summary).not.toMatch(/unexpected error|bug/i);
  });

  it('points at an attribute when given one', () => {
    const diagnostics = new Diagnostics();
    reportApiError(new ZendeskConfigError('Invalid.', 'baseUrl'), diagnostics, 'Connecting to Zendesk', Path.root('base_url'));
    expect(diagnostics.toArray()[0].path?.toString()).toBe('base_url');
  });

  it('adds the hint when the message does not carry it already', () => {
    const diagnostics = new Diagnostics();
    reportApiError(new ZendeskResponseError('GET /x failed.', { method: 'GET', path: '/x', attempts: 1, hint: 'Do this.' }), diagnostics, 'Reading');
    expect(diagnostics.toArray()[0].detail).toBe('Reading: GET /x failed. Do this.');
  });

  it('reports a client error class it has no summary for by its status family, never as a bug', () => {
    class ZendeskFutureError extends ZendeskApiError {}
    Object.defineProperty(ZendeskFutureError.prototype, 'name', { value: 'ZendeskFutureError' });
    const make = (code?: number) => new ZendeskFutureError('GET /x failed.', { method: 'GET', path: '/x', status: code, attempts: 1, hint: 'h' });
    expect(summaryOf(make(302))).toBe('Zendesk API redirected the request');
    expect(summaryOf(make(410))).toBe('Zendesk refused the request');
    expect(summaryOf(make(undefined))).toBe('Zendesk API error');
    const diagnostics = new Diagnostics();
    reportApiError(make(410), diagnostics, 'Reading');
    expect(diagnostics.hasError()).toBe(true);
  });

  it('rethrows everything that is not a client error: real defects stay visible as bugs', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'messaging')");
    expect(() => reportApiError(bug, new Diagnostics(), 'Reading')).toThrow(bug);
    // A look-alike without the marker is not a client error either.
    const lookalike = Object.assign(new Error('GET /x failed.'), { name: 'ZendeskAuthError', hint: 'h' });
    expect(isApiError(lookalike)).toBe(false);
    expect(() => reportApiError('a string', new Diagnostics(), 'Reading')).toThrow();
  });

  it('recognises client errors by the same marker the client sets', () => {
    expect(API_ERROR_MARKER).toBe(Symbol.for('cdktf-zendesk-messaging.ZendeskApiError'));
    for (const [, err] of cases) expect(isApiError(err)).toBe(true);
  });
});
