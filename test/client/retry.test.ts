import { classifyBodyFailure, classifyNetworkFailure, errorCode } from '../../src/client/network';
import { type RetryTuning, backoffDelayMs, decideRetry, isIdempotent, isRetryable, parseRetryAfter } from '../../src/client/retry';

const tuning: RetryTuning = { maxRetries: 5, deadlineMs: 120_000, baseDelayMs: 500, maxDelayMs: 30_000 };
const state = (method: string, attempts = 1, elapsedMs = 0) => ({ method, attempts, elapsedMs });
const half = () => 0.5;

describe('which outcomes are retried', () => {
  it('knows the idempotent methods', () => {
    expect(['GET', 'HEAD', 'PUT', 'DELETE', 'get'].every(isIdempotent)).toBe(true);
    expect(['POST', 'PATCH'].some(isIdempotent)).toBe(false);
  });

  it('retries 429 for every method (the request was not processed)', () => {
    for (const m of ['GET', 'POST', 'PATCH', 'PUT']) expect(isRetryable({ kind: 'status', status: 429 }, m)).toBe(true);
  });

  it('retries 5xx and transient network failures only for idempotent methods', () => {
    for (const status of [500, 502, 503, 504]) {
      expect(isRetryable({ kind: 'status', status }, 'GET')).toBe(true);
      expect(isRetryable({ kind: 'status', status }, 'PUT')).toBe(true);
      expect(isRetryable({ kind: 'status', status }, 'POST')).toBe(false);
      expect(isRetryable({ kind: 'status', status }, 'PATCH')).toBe(false);
    }
    const reset = { kind: 'network', reason: 'connection-reset', transient: true } as const;
    expect(isRetryable(reset, 'DELETE')).toBe(true);
    expect(isRetryable(reset, 'POST')).toBe(false);
    expect(isRetryable(reset, 'POST', true)).toBe(true); // explicit override (the OAuth grant)
  });

  it.each([400, 401, 403, 404, 409, 422, 501])('never retries %i', (status) => {
    expect(isRetryable({ kind: 'status', status }, 'GET')).toBe(false);
  });

  it('does not retry DNS "not found" or TLS failures', () => {
    expect(isRetryable({ kind: 'network', ...classifyNetworkFailure('ENOTFOUND') }, 'GET')).toBe(false);
    expect(isRetryable({ kind: 'network', ...classifyNetworkFailure('CERT_HAS_EXPIRED') }, 'GET')).toBe(false);
    expect(isRetryable({ kind: 'network', ...classifyNetworkFailure('EAI_AGAIN') }, 'GET')).toBe(true);
  });
});

describe('backoff', () => {
  it('is full jitter under a doubling, capped ceiling', () => {
    expect([1, 2, 3, 4].map((n) => backoffDelayMs(n, tuning, () => 0.999999))).toEqual([499, 999, 1999, 3999]);
    expect(backoffDelayMs(20, tuning, () => 0.999999)).toBe(29_999);
    expect(backoffDelayMs(3, tuning, () => 0)).toBe(0);
    expect(backoffDelayMs(3, tuning, half)).toBe(1000);
  });

  it('never exceeds the ceiling even with a bad random source', () => {
    expect(backoffDelayMs(1, tuning, () => 7)).toBeLessThan(500);
    expect(backoffDelayMs(1, tuning, () => -1)).toBe(0);
  });
});

describe('decideRetry', () => {
  it('uses Retry-After for 429', () => {
    expect(decideRetry({ kind: 'status', status: 429, retryAfterSeconds: 2 }, state('POST'), tuning, half)).toEqual({
      retry: true,
      delayMs: 2000,
      basis: 'retry-after',
    });
  });

  it('falls back to backoff when Retry-After is absent', () => {
    expect(decideRetry({ kind: 'status', status: 429 }, state('GET', 2), tuning, half)).toEqual({ retry: true, delayMs: 500, basis: 'backoff' });
  });

  it('stops at maxRetries', () => {
    const outcome = { kind: 'status', status: 503 } as const;
    expect(decideRetry(outcome, state('GET', 5), tuning, half).retry).toBe(true);
    expect(decideRetry(outcome, state('GET', 6), tuning, half)).toEqual({ retry: false, reason: 'max-retries' });
    expect(decideRetry(outcome, state('GET', 1), { ...tuning, maxRetries: 0 }, half)).toEqual({ retry: false, reason: 'max-retries' });
  });

  it('stops when Retry-After does not fit into the remaining budget', () => {
    const decision = decideRetry({ kind: 'status', status: 429, retryAfterSeconds: 60 }, state('GET', 1, 100_000), tuning, half);
    expect(decision).toEqual({ retry: false, reason: 'deadline' });
  });

  it('clamps backoff to the remaining budget and stops once it is spent', () => {
    const outcome = { kind: 'status', status: 500 } as const;
    expect(decideRetry(outcome, state('GET', 5, 119_900), tuning, () => 0.99)).toEqual({ retry: true, delayMs: 100, basis: 'backoff' });
    expect(decideRetry(outcome, state('GET', 2, 120_000), tuning, half)).toEqual({ retry: false, reason: 'deadline' });
  });

  it('reports non-retryable outcomes as such', () => {
    expect(decideRetry({ kind: 'status', status: 503 }, state('POST'), tuning, half)).toEqual({ retry: false, reason: 'not-retryable' });
    expect(decideRetry({ kind: 'status', status: 422 }, state('PUT'), tuning, half)).toEqual({ retry: false, reason: 'not-retryable' });
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-03-01T12:00:00Z');
  it.each([
    ['1', 1],
    [' 30 ', 30],
    ['0', 0],
    ['1.5', 1.5],
    [['7', '9'], 7],
    ['Sun, 01 Mar 2026 12:00:05 GMT', 5],
    ['Sun, 01 Mar 2026 11:59:00 GMT', 0],
  ])('%j → %j', (header, seconds) => expect(parseRetryAfter(header as string, now)).toBe(seconds));

  it.each([undefined, null, '', '-1', 'soon', '1e3', 'NaN'])('%j → undefined', (header) => {
    expect(parseRetryAfter(header as string | undefined, now)).toBeUndefined();
  });
});

describe('network failure classification', () => {
  it.each([
    ['ECONNRESET', 'connection-reset', true],
    ['EPIPE', 'connection-reset', true],
    ['ECONNREFUSED', 'connection-refused', true],
    ['ETIMEDOUT', 'timeout', true],
    ['ECONNABORTED', 'timeout', true],
    ['ENOTFOUND', 'dns', false],
    ['EAI_AGAIN', 'dns', true],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'tls', false],
    ['ERR_SOMETHING', 'network', false],
    [undefined, 'network', false],
  ])('%s → %s (transient %s)', (code, reason, transient) => {
    expect(classifyNetworkFailure(code)).toMatchObject({ reason, transient });
  });

  it('our own timer wins over the abort code', () => {
    expect(classifyNetworkFailure('ERR_CANCELED', true)).toEqual({ reason: 'timeout', transient: true, code: undefined });
  });

  it('a body cut by a reset or close keeps what had arrived and is retried like a reset, for idempotent methods only', () => {
    const partial = { status: 200, receivedBytes: 20, expectedBytes: 105 };
    const cut = classifyBodyFailure('ECONNRESET', false, partial);
    expect(cut).toEqual({ reason: 'connection-reset', transient: true, code: 'ECONNRESET', partial });
    expect(isRetryable({ kind: 'network', ...cut }, 'GET')).toBe(true);
    expect(isRetryable({ kind: 'network', ...cut }, 'PUT')).toBe(true);
    expect(isRetryable({ kind: 'network', ...cut }, 'POST')).toBe(false);
    expect(classifyBodyFailure('ERR_CANCELED', true, partial)).toMatchObject({ reason: 'timeout', partial });
    // Over the size limit, or stopped: not a cut, and nothing about the answer is claimed.
    expect(classifyBodyFailure('ERR_BAD_RESPONSE', false, partial)).toEqual({ reason: 'network', transient: false, code: 'ERR_BAD_RESPONSE' });
  });

  it('reads the system code from a wrapping error without touching anything else', () => {
    expect(errorCode({ code: 'ERR_NETWORK', cause: { code: 'ECONNRESET' } })).toBe('ECONNRESET');
    expect(errorCode({ code: 'ECONNREFUSED' })).toBe('ECONNREFUSED');
    expect(errorCode('boom')).toBeUndefined();
  });
});
