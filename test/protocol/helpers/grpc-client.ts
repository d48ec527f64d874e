/**
 * A minimal gRPC unary client over node:http2, standing in for terraform's
 * go-plugin client in tests (mutual TLS, or plaintext for debug mode).
 */
import * as http2 from 'node:http2';
import { decodeGrpcMessage } from '../../../src/protocol/grpc/status';

export interface CallResult {
  /** gRPC status (from trailers, or from the headers of a trailers-only response). */
  status: number;
  message: string;
  /** The response message (without the 5-byte prefix), if one came. */
  body?: Buffer;
  contentType?: string;
}

export interface ClientTLS {
  /** The server certificate to trust (PEM). */
  ca: string;
  /** Our client certificate and key, or none to test rejection. */
  cert?: string;
  key?: string;
}

export class GrpcTestClient {
  readonly session: http2.ClientHttp2Session;

  constructor(port: number, tls?: ClientTLS) {
    this.session = tls
      ? http2.connect(`https://localhost:${port}`, {
          ca: tls.ca,
          cert: tls.cert,
          key: tls.key,
          servername: 'localhost',
          ALPNProtocols: ['h2'],
        })
      : http2.connect(`http://127.0.0.1:${port}`);
    this.session.on('error', () => undefined); // surfaced through the calls instead
  }

  /** Sends one framed message (or the raw body given) to `path`. */
  call(path: string, message: Uint8Array = new Uint8Array(0), options: { rawBody?: Uint8Array; contentType?: string } = {}): Promise<CallResult> {
    return new Promise((resolve, reject) => {
      const req = this.session.request({
        ':method': 'POST',
        ':path': path,
        'content-type': options.contentType ?? 'application/grpc',
        te: 'trailers',
      });
      let headers: http2.IncomingHttpHeaders = {};
      const chunks: Buffer[] = [];
      let result: CallResult | undefined;
      req.on('response', (h) => {
        headers = h;
        if (h['grpc-status'] !== undefined) {
          result = { status: Number(h['grpc-status']), message: decodeGrpcMessage(String(h['grpc-message'] ?? '')), contentType: String(h['content-type']) };
        }
      });
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('trailers', (t) => {
        result = { status: Number(t['grpc-status']), message: decodeGrpcMessage(String(t['grpc-message'] ?? '')), contentType: String(headers['content-type']) };
      });
      req.on('error', reject);
      req.on('close', () => {
        if (!result) {
          if (headers[':status'] && Number(headers[':status']) !== 200) {
            resolve({ status: -Number(headers[':status']), message: `HTTP ${headers[':status']}` });
            return;
          }
          reject(new Error(`stream closed without a gRPC status (rst code ${req.rstCode})`));
          return;
        }
        const body = Buffer.concat(chunks);
        if (body.length > 0) {
          expectFrame(body);
          result.body = body.subarray(5);
        }
        resolve(result);
      });
      const frame = Buffer.alloc(5 + message.length);
      frame.writeUInt32BE(message.length, 1);
      frame.set(message, 5);
      req.end(options.rawBody ?? frame);
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (this.session.closed || this.session.destroyed) resolve();
      else this.session.close(() => resolve());
    });
  }
}

function expectFrame(body: Buffer): void {
  if (body[0] !== 0) throw new Error(`response compressed flag ${body[0]}`);
  if (body.readUInt32BE(1) !== body.length - 5) throw new Error('response frame length does not match its body');
}
