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

/**
 * One client connection (one HTTP/2 session). A go-plugin client opens one
 * per provider instance, so state that belongs to an instance (its
 * configuration, credentials, caches) is kept per connection.
 */
export interface Connection {
  /** 1, 2, 3… in the order connections were accepted (for logs). */
  readonly id: number;
  /** Runs `fn` when the connection closes (the client is gone; drop what was kept for it). */
  onClose(fn: () => void): void;
}

/** Routes a full method path, on a connection, to its handler; undefined answers UNIMPLEMENTED. */
export type Router = (path: string, connection: Connection) => UnaryHandler | undefined;
