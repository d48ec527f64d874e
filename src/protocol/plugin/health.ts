/**
 * grpc.health.v1.Health/Check, which go-plugin's client calls (service
 * "plugin") right after connecting, to ping the plugin.
 *   HealthCheckRequest { string service = 1; }
 *   HealthCheckResponse { ServingStatus status = 1; }  SERVING = 1
 */
import { GrpcError, Status } from '../grpc/status';
import type { UnaryHandler } from '../grpc/types';
import { ProtoReader, WireType } from '../wire/protobuf';

export const HEALTH_CHECK_PATH = '/grpc.health.v1.Health/Check';

/** go-plugin registers its plugins under this service name; "" asks about the server as a whole. */
const SERVICES = new Set(['', 'plugin']);
const SERVING = Uint8Array.of(0x08, 0x01);

export const healthCheck: UnaryHandler = (request) => {
  const r = new ProtoReader(request);
  let service = '';
  while (!r.done()) {
    const key = r.tag();
    if (key >>> 3 === 1) service = r.expect(key, WireType.LengthDelimited).string();
    else r.skipField(key);
  }
  if (!SERVICES.has(service)) throw new GrpcError(Status.NOT_FOUND, `unknown service ${service}`);
  return SERVING;
};
