import type { NetworkFailureReason } from './errors';

/**
 * Classifies a failed request that got no HTTP answer, from the system error
 * code only (the error object itself is dropped right after: it carries the
 * request config and its Authorization header).
 */
export interface NetworkFailure {
  reason: NetworkFailureReason;
  /** Worth retrying (for idempotent methods): the next attempt may well succeed. */
  transient: boolean;
  code?: string;
  /** Set when the status line and headers had arrived and the body then failed (a connection cut mid-body). */
  partial?: PartialAnswer;
}

/** What had arrived of an answer whose body was cut off. */
export interface PartialAnswer {
  status: number;
  receivedBytes: number;
  /** The body's promised length, when the headers said (see promisedBodyBytes). */
  expectedBytes?: number;
}

const BY_CODE: Record<string, Omit<NetworkFailure, 'code'>> = {
  ETIMEDOUT: { reason: 'timeout', transient: true },
  ECONNABORTED: { reason: 'timeout', transient: true }, // axios' code for its own timeout
  ESOCKETTIMEDOUT: { reason: 'timeout', transient: true },
  ERR_SOCKET_CONNECTION_TIMEOUT: { reason: 'timeout', transient: true },
  UND_ERR_CONNECT_TIMEOUT: { reason: 'timeout', transient: true },
  ECONNRESET: { reason: 'connection-reset', transient: true },
  EPIPE: { reason: 'connection-reset', transient: true },
  ERR_STREAM_PREMATURE_CLOSE: { reason: 'connection-reset', transient: true },
  UND_ERR_SOCKET: { reason: 'connection-reset', transient: true },
  ECONNREFUSED: { reason: 'connection-refused', transient: true },
  // "Not found" is almost always a wrong subdomain or host: retrying only delays the message.
  ENOTFOUND: { reason: 'dns', transient: false },
  EAI_AGAIN: { reason: 'dns', transient: true },
  EHOSTUNREACH: { reason: 'network', transient: true },
  ENETUNREACH: { reason: 'network', transient: true },
  ENETDOWN: { reason: 'network', transient: true },
  EPROTO: { reason: 'tls', transient: false },
};

const TLS_CODE = /^(CERT_|ERR_TLS_|ERR_SSL_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|HOSTNAME_MISMATCH)/;

export function classifyNetworkFailure(code: string | undefined, timedOut = false): NetworkFailure {
  if (timedOut) return { reason: 'timeout', transient: true, code: code === 'ERR_CANCELED' ? undefined : code };
  if (code && BY_CODE[code]) return { ...BY_CODE[code], code };
  if (code && TLS_CODE.test(code)) return { reason: 'tls', transient: false, code };
  return { reason: 'network', transient: false, code };
}

/**
 * A body that failed after its status and headers arrived. A reset or close there (Node reports either as
 * ECONNRESET "aborted", a body shorter than its Content-Length included) is a reset like one before the answer:
 * transient, and retried for idempotent methods only. Anything else (the per-attempt timeout, a stop, a body over
 * the size limit) is classified as it would be without the partial answer.
 */
export function classifyBodyFailure(code: string | undefined, timedOut: boolean, partial: PartialAnswer): NetworkFailure {
  const failure = classifyNetworkFailure(code, timedOut);
  return failure.reason === 'connection-reset' || failure.reason === 'timeout' ? { ...failure, partial } : failure;
}

/** The system error code of an axios (or Node) error, looking one level into `cause`; nothing else is read. */
export function errorCode(err: unknown): string | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const direct = (err as { code?: unknown }).code;
  const cause = (err as { cause?: { code?: unknown } }).cause;
  const causeCode = typeof cause === 'object' && cause !== null ? cause.code : undefined;
  // axios wraps some socket errors as ERR_NETWORK / ERR_BAD_RESPONSE with the system error as cause.
  if (typeof causeCode === 'string' && (typeof direct !== 'string' || direct.startsWith('ERR_'))) return causeCode;
  return typeof direct === 'string' ? direct : undefined;
}
