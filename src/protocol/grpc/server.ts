/**
 * A small gRPC server over node:http2: unary calls only.
 *
 * Why not @grpc/grpc-js: loading it costs ~44% of a bare `node` start
 * [observed: docs/design/terraform-plugin.md#start-up-cost-of-grpc-libraries], and terraform starts a
 * provider 3–5 times per command [observed: docs/design/terraform-plugin.md#provider-starts-per-command]. gRPC over HTTP/2 for unary calls is small: POST to
 * /package.Service/Method with `content-type: application/grpc`, one
 * length-prefixed message each way, the status in `grpc-status` /
 * `grpc-message` trailers (or in the headers of a "trailers-only" response
 * when there is no message).
 *
 * RPCs may arrive concurrently (terraform validates and plans resources in
 * parallel): every stream is handled independently.
 */
import type * as http2 from 'node:http2';
import * as net from 'node:net';
import type { TLSSocket } from 'node:tls';
import type { Logger } from '../log';
import { certificatesOfPem, presentsPinnedCertificate } from '../tls/pinned-client';
import { frameMessage, unframeUnary } from './framing';
import { GrpcError, Status, type StatusCode, encodeGrpcMessage } from './status';
import type { CallContext, Connection, Router } from './types';

export interface MutualTLS {
  /** Our certificate and key (PEM). */
  certPem: string;
  keyPem: string;
  /** The only certificate(s) we accept from clients (terraform's, from PLUGIN_CLIENT_CERT), pinned byte for byte. */
  clientCertPem: string;
}

export interface GrpcServerOptions {
  router: Router;
  logger: Logger;
  /** Serve TLS with required, verified client certificates; plaintext h2c when absent (debug/reattach mode). */
  tls?: MutualTLS;
  /** Largest request message accepted; terraform state can be large, so the default is generous. */
  maxRequestBytes?: number;
}

const DEFAULT_MAX_REQUEST_BYTES = 256 * 1024 * 1024;
/** HTTP/2 error code REFUSED_STREAM (RFC 9113 §7); node:http2 is loaded lazily, so not its constant. */
const REFUSED_STREAM = 0x7;

/**
 * Listening and speaking HTTP/2 are split on purpose. Only a plain TCP
 * listener is needed before the handshake line; node:http2 (≈2.5 ms to load)
 * and the TLS context (<1 ms: no CA store, see tls/pinned-client.ts) are set up by {@link GrpcServer.prepare} right
 * after the line is printed, while terraform is still parsing it and
 * building its TLS client, so that work overlaps terraform's instead of
 * delaying the handshake. A connection can only be accepted by the event
 * loop, i.e. after prepare() has run, and prepare() also runs on demand.
 */
export class GrpcServer {
  private readonly listener: net.Server;
  private h2: http2.Http2Server | http2.Http2SecureServer | undefined;
  private readonly sockets = new Set<net.Socket>();
  private readonly connections = new WeakMap<http2.Http2Session, Connection>();
  /** With TLS: the DER of the client certificates accepted (see tls/pinned-client.ts). */
  private readonly pinned: Buffer[] | undefined;
  private nextConnectionId = 1;
  private readonly log: Logger;
  private readonly maxRequestBytes: number;

  constructor(private readonly options: GrpcServerOptions) {
    this.log = options.logger;
    this.maxRequestBytes = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
    this.pinned = options.tls && certificatesOfPem(options.tls.clientCertPem);
    this.listener = net.createServer((socket) => {
      this.sockets.add(socket);
      socket.once('close', () => this.sockets.delete(socket));
      this.prepare().emit('connection', socket);
    });
    this.listener.on('error', (err) => this.log.error('gRPC listener error', { error: err.message }));
  }

  /** Starts listening; resolves with the bound address (port 0 picks a free port). */
  listen(port: number, host = '127.0.0.1'): Promise<net.AddressInfo> {
    return this.listenOn({ port, host }).then(() => this.listener.address() as net.AddressInfo);
  }

  /** Starts listening on a unix domain socket at `path` (plaintext only: reattach mode). */
  listenOnSocket(path: string): Promise<void> {
    return this.listenOn({ path });
  }

  private listenOn(where: net.ListenOptions): Promise<void> {
    return new Promise((resolve, reject) => {
      const onError = (err: Error) => reject(err);
      this.listener.once('error', onError);
      this.listener.listen(where, () => {
        this.listener.off('error', onError);
        resolve();
      });
    });
  }

  address(): net.AddressInfo | null {
    const address = this.listener.address();
    return typeof address === 'object' ? address : null;
  }

  /** Loads node:http2 and builds the (TLS) HTTP/2 server that accepted sockets are handed to. Idempotent. */
  prepare(): http2.Http2Server | http2.Http2SecureServer {
    if (this.h2) return this.h2;
    // Lazy on purpose (see the class comment): not needed to print the handshake line.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const h2: typeof http2 = require('node:http2');
    const tls = this.options.tls;
    // Node's default (10 MB) would refuse new streams while a few large
    // states are in flight; terraform plans many resources concurrently.
    const common = { maxSessionMemory: 512 };
    const server = tls
      ? h2.createSecureServer({
          ...common,
          cert: tls.certPem,
          key: tls.keyPem,
          // An empty CA list, so Node never builds its root store (without `ca` it adds every root; tls/pinned-client.ts
          // says why that matters). The client certificate is pinned in onSession instead, so the chain verdict is not
          // what decides; the handshake still proves the client holds its key.
          ca: [],
          requestCert: true,
          rejectUnauthorized: false,
          // grpc-go refuses TLS connections that do not negotiate h2 via ALPN.
          ALPNProtocols: ['h2'],
          allowHTTP1: false,
          minVersion: 'TLSv1.2',
        })
      : h2.createServer(common);
    server.on('session', (session) => this.onSession(session));
    server.on('stream', (stream, headers) => this.onStream(stream, headers));
    // Connection-level failures (a client without a valid certificate, a
    // reset connection) are the client's problem, never a reason to crash.
    server.on('sessionError', (err) => this.log.debug('gRPC session error', { error: err.message }));
    server.on('tlsClientError', (err) => this.log.warn('rejected TLS client', { error: err.message }));
    server.on('error', (err) => this.log.error('gRPC server error', { error: err.message }));
    this.h2 = server;
    return server;
  }

  /** Stops accepting connections and tears down open ones. */
  close(): Promise<void> {
    return new Promise((resolve) => {
      for (const socket of this.sockets) socket.destroy();
      this.listener.close(() => resolve());
    });
  }

  /**
   * A TLS session is refused here, before any of its frames are read (the socket is read on a later tick), unless
   * its client presented a pinned certificate; a session never registered has no connection, so onStream refuses it too.
   */
  private onSession(session: http2.Http2Session): void {
    if (this.pinned && !presentsPinnedCertificate(session.socket as TLSSocket, this.pinned)) {
      this.log.warn('rejected TLS client', { error: 'the client did not present the certificate terraform sent (PLUGIN_CLIENT_CERT)' });
      session.destroy();
      return;
    }
    this.connections.set(session, this.newConnection(session));
  }

  private newConnection(session: http2.Http2Session): Connection {
    const closers: (() => void)[] = [];
    const connection: Connection = { id: this.nextConnectionId++, onClose: (fn) => void closers.push(fn) };
    session.once('close', () => {
      for (const fn of closers.splice(0)) fn();
    });
    return connection;
  }

  private onStream(stream: http2.ServerHttp2Stream, headers: http2.IncomingHttpHeaders): void {
    // A stream error (client cancelled, connection reset) must have a listener or it becomes an uncaught exception.
    stream.on('error', (err) => this.log.debug('gRPC stream error', { error: err.message }));
    const path = String(headers[':path'] ?? '');
    const contentType = String(headers['content-type'] ?? '');
    if (headers[':method'] !== 'POST' || !contentType.startsWith('application/grpc')) {
      // Not gRPC at all: the spec asks for HTTP 415 Unsupported Media Type.
      stream.respond({ ':status': 415 }, { endStream: true });
      stream.resume();
      return;
    }

    const connection = this.connections.get(stream.session!);
    if (!connection) {
      // Only a session onSession refused has none; it is being torn down.
      stream.close(REFUSED_STREAM);
      return;
    }
    const handler = this.options.router(path, connection);
    if (!handler) {
      this.log.debug('unimplemented gRPC method', { path });
      this.respondStatus(stream, Status.UNIMPLEMENTED, `unknown method ${path}`);
      stream.resume(); // drain whatever a streaming client still sends
      return;
    }

    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    stream.on('data', (chunk: Buffer) => {
      if (tooLarge) return;
      size += chunk.length;
      if (size > this.maxRequestBytes) {
        tooLarge = true;
        chunks.length = 0;
        this.respondStatus(stream, Status.RESOURCE_EXHAUSTED, `request larger than ${this.maxRequestBytes} bytes`);
        return;
      }
      chunks.push(chunk);
    });
    stream.on('end', () => {
      if (tooLarge) return;
      const body = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size);
      void this.dispatch(stream, path, body, handler);
    });
  }

  private async dispatch(
    stream: http2.ServerHttp2Stream,
    path: string,
    body: Buffer,
    handler: NonNullable<ReturnType<Router>>,
  ): Promise<void> {
    const after: (() => void)[] = [];
    const call: CallContext = { path, afterResponse: (fn) => void after.push(fn) };
    stream.once('close', () => {
      for (const fn of after) fn();
    });
    let response: Uint8Array;
    try {
      response = await handler(unframeUnary(body), call);
    } catch (err) {
      if (err instanceof GrpcError) {
        this.respondStatus(stream, err.code, err.message);
      } else {
        // Handlers turn provider failures into diagnostics; reaching here is a bug in this layer.
        this.log.error('gRPC handler failed', { path, error: err as Error });
        this.respondStatus(stream, Status.INTERNAL, `internal error in ${path}: ${(err as Error)?.message ?? String(err)}`);
      }
      return;
    }
    if (stream.destroyed || stream.closed) return; // the client went away meanwhile
    stream.respond(
      { ':status': 200, 'content-type': 'application/grpc', 'grpc-accept-encoding': 'identity' },
      { waitForTrailers: true },
    );
    stream.once('wantTrailers', () => stream.sendTrailers({ 'grpc-status': String(Status.OK) }));
    stream.end(frameMessage(response));
  }

  /** A "trailers-only" response: status in the only HEADERS frame, which ends the stream. */
  private respondStatus(stream: http2.ServerHttp2Stream, code: StatusCode, message: string): void {
    if (stream.destroyed || stream.closed || stream.headersSent) return;
    stream.respond(
      {
        ':status': 200,
        'content-type': 'application/grpc',
        'grpc-status': String(code),
        'grpc-message': encodeGrpcMessage(message),
      },
      { endStream: true },
    );
  }
}
