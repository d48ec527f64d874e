/**
 * What a gRPC service implementation sees: one request message in, one
 * response message out (unary calls only: everything terraform needs from
 * a provider is unary; the streaming go-plugin services answer UNIMPLEMENTED).
 */
export interface CallContext {
  /** Full method path, e.g. "/tfplugin6.Provider/PlanResourceChange". */
  readonly path: string;
  /** Runs `fn` once the response has been sent and the stream closed (e.g. exit after Shutdown). */
  afterResponse(fn: () => void): void;
}

/** Returns the encoded response message, or throws a GrpcError (any other throw is INTERNAL). */
export type UnaryHandler = (request: Uint8Array, call: CallContext) => Promise<Uint8Array> | Uint8Array;

/** Routes a full method path to its handler; undefined answers UNIMPLEMENTED. */
export type Router = (path: string) => UnaryHandler | undefined;
