/**
 * gRPC status codes and the `grpc-message` trailer encoding.
 *
 * Only the codes this server produces are named. `grpc-message` is
 * percent-encoded (gRPC over HTTP/2 spec): bytes 0x20–0x7E except '%' pass
 * through, every other UTF-8 byte becomes %XX. A raw newline or non-ASCII
 * character in a header would otherwise break the HTTP/2 header block.
 */
export const Status = {
  OK: 0,
  CANCELLED: 1,
  UNKNOWN: 2,
  INVALID_ARGUMENT: 3,
  NOT_FOUND: 5,
  RESOURCE_EXHAUSTED: 8,
  UNIMPLEMENTED: 12,
  INTERNAL: 13,
  UNAVAILABLE: 14,
} as const;
export type StatusCode = (typeof Status)[keyof typeof Status];

/** Thrown by a handler to answer with a non-OK status instead of a message. */
export class GrpcError extends Error {
  constructor(
    readonly code: StatusCode,
    message: string,
  ) {
    super(message);
    this.name = 'GrpcError';
  }
}

export function encodeGrpcMessage(message: string): string {
  let out = '';
  let plain = true;
  for (let i = 0; i < message.length; i++) {
    const c = message.charCodeAt(i);
    if (c < 0x20 || c > 0x7e || c === 0x25) {
      plain = false;
      break;
    }
  }
  if (plain) return message;
  for (const byte of Buffer.from(message, 'utf8')) {
    out += byte >= 0x20 && byte <= 0x7e && byte !== 0x25 ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** Inverse of {@link encodeGrpcMessage} (clients; tests). Malformed escapes are kept as they are, as the spec asks. */
export function decodeGrpcMessage(encoded: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < encoded.length; i++) {
    const c = encoded.charCodeAt(i);
    if (c === 0x25 && /^[0-9A-Fa-f]{2}$/.test(encoded.slice(i + 1, i + 3))) {
      bytes.push(parseInt(encoded.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(c & 0xff);
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
