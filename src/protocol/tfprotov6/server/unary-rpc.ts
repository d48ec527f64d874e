/**
 * One tfplugin6 RPC as a gRPC handler: decode the request, call the
 * ProviderServer, encode the response (TPF's proto6server shape, in one
 * place for all RPCs).
 *
 * - An undecodable request is a protocol error: gRPC INTERNAL.
 * - A throw or rejection from the provider, or a response we cannot encode,
 *   becomes an error diagnostic in that RPC's response ("always a bug in the
 *   provider"), logged with its stack to stderr; never a crashed process.
 */
import { GrpcError, Status } from '../../grpc/status';
import type { UnaryHandler } from '../../grpc/types';
import type { Logger } from '../../log';
import type { Diagnostic } from '../types';
import { errorMessage, providerBugDiagnostic } from './bug-diagnostic';

export interface RpcDefinition<Req, Res> {
  /** tfplugin6 method name, e.g. "PlanResourceChange". */
  name: string;
  decode: (bytes: Uint8Array) => Req;
  invoke: (req: Req) => Promise<Res>;
  encode: (res: Res) => Uint8Array;
  /** The response that carries only this diagnostic (used when the provider failed). */
  failed: (diagnostic: Diagnostic) => Res;
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
      res = rpc.failed(providerBugDiagnostic(rpc.name, err));
    }

    let out: Uint8Array;
    try {
      out = rpc.encode(res);
    } catch (err) {
      log.error('cannot encode response', { ...fields, error: err instanceof Error ? err : errorMessage(err) });
      out = rpc.encode(rpc.failed(providerBugDiagnostic(rpc.name, new Error(`invalid response: ${errorMessage(err)}`))));
    }
    if (started) {
      const diagnostics = (res as { diagnostics?: unknown[] }).diagnostics?.length ?? 0;
      log.debug('served request', { ...fields, diagnostics, duration_ms: Math.round((performance.now() - started) * 1000) / 1000 });
    }
    return out;
  };
}
