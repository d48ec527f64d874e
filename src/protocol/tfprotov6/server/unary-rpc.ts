/**
 * One tfplugin6 RPC as a gRPC handler: decode the request, call the
 * ProviderServer, encode the response (TPF's proto6server shape, in one
 * place for all RPCs).
 *
 * Errors a user can cause travel as diagnostics, and turning a provider's
 * thrown error into one is the provider's own boundary (our framework's
 * FrameworkServer guards every RPC; it alone can scrub secrets from the
 * message and keep the prior state). What reaches this layer is what no
 * provider answered, so it is a gRPC error, which terraform shows as "Plugin
 * error … returned an unexpected error", logged with its stack to stderr;
 * never a crashed process:
 *
 * - an undecodable request, or a response we cannot encode: INTERNAL;
 * - a throw or rejection from the provider, or no response at all: UNKNOWN
 *   (what grpc-go answers for a handler's plain error).
 */
import { GrpcError, Status } from '../../grpc/status';
import type { UnaryHandler } from '../../grpc/types';
import { type Logger, errorMessage } from '../../log';

export interface RpcDefinition<Req, Res> {
  /** tfplugin6 method name, e.g. "PlanResourceChange". */
  name: string;
  decode: (bytes: Uint8Array) => Req;
  invoke: (req: Req) => Promise<Res>;
  encode: (res: Res) => Uint8Array;
  /** The RPC's own answer to a failure, for the one RPC whose response carries an error (StopProvider's Error string). */
  failedAs?: (message: string) => Res;
}

export function unaryRpc<Req, Res>(rpc: RpcDefinition<Req, Res>, log: Logger): UnaryHandler {
  return async (bytes) => {
    let req: Req;
    try {
      req = rpc.decode(bytes);
    } catch (err) {
      log.error('cannot decode request', { tf_rpc: rpc.name, error: errorMessage(err) });
      throw new GrpcError(Status.INTERNAL, `cannot decode ${rpc.name} request: ${errorMessage(err)}`);
    }
    const typeName = (req as { typeName?: unknown } | undefined)?.typeName;
    const fields = typeof typeName === 'string' && typeName !== '' ? { tf_rpc: rpc.name, tf_type_name: typeName } : { tf_rpc: rpc.name };
    const started = log.isEnabled('debug') ? performance.now() : 0;
    log.debug('received request', fields);

    let res: Res;
    try {
      res = await rpc.invoke(req);
      if (res === undefined || res === null) throw new Error(`${rpc.name} returned no response`);
    } catch (err) {
      log.error('provider method failed', { ...fields, error: err instanceof Error ? err : errorMessage(err) });
      if (!rpc.failedAs) throw new GrpcError(Status.UNKNOWN, `${rpc.name} failed: ${errorMessage(err)}`);
      res = rpc.failedAs(errorMessage(err));
    }

    let out: Uint8Array;
    try {
      out = rpc.encode(res);
    } catch (err) {
      log.error('cannot encode response', { ...fields, error: err instanceof Error ? err : errorMessage(err) });
      throw new GrpcError(Status.INTERNAL, `cannot encode ${rpc.name} response: ${errorMessage(err)}`);
    }
    if (started) {
      const diagnostics = (res as { diagnostics?: unknown[] }).diagnostics?.length ?? 0;
      log.debug('served request', { ...fields, diagnostics, duration_ms: Math.round((performance.now() - started) * 1000) / 1000 });
    }
    return out;
  };
}
