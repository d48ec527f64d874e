/**
 * gRPC message framing (gRPC over HTTP/2: Length-Prefixed-Message):
 * 1 byte compressed flag, 4 bytes big-endian length, then the message.
 *
 * A unary call carries exactly one message each way. We never negotiate
 * compression (no grpc-accept-encoding beyond identity), so a set compressed
 * flag is a client error.
 */
import { GrpcError, Status } from './status';

export const FRAME_HEADER_BYTES = 5;

export function frameMessage(message: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(FRAME_HEADER_BYTES + message.length);
  out[0] = 0;
  out.writeUInt32BE(message.length, 1);
  out.set(message, FRAME_HEADER_BYTES);
  return out;
}

/** The single message of a unary request body; throws GrpcError for anything else. */
export function unframeUnary(body: Uint8Array): Uint8Array {
  if (body.length < FRAME_HEADER_BYTES) {
    throw new GrpcError(Status.INTERNAL, body.length === 0 ? 'unary request carried no message' : 'truncated gRPC message header');
  }
  if (body[0] === 1) throw new GrpcError(Status.UNIMPLEMENTED, 'compressed gRPC messages are not supported (use identity encoding)');
  if (body[0] !== 0) throw new GrpcError(Status.INTERNAL, `invalid gRPC compressed flag ${body[0]}`);
  const length = ((body[1] << 24) | (body[2] << 16) | (body[3] << 8) | body[4]) >>> 0;
  const end = FRAME_HEADER_BYTES + length;
  if (body.length < end) throw new GrpcError(Status.INTERNAL, 'truncated gRPC message');
  if (body.length > end) throw new GrpcError(Status.INTERNAL, 'unary request carried more than one message');
  return body.subarray(FRAME_HEADER_BYTES, end);
}
