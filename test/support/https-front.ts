/**
 * An HTTPS front for the emulator (which serves plain http), with a certificate no Node trusts by default: the
 * stand-in for a Zendesk reached through a corporate TLS proxy whose CA comes from NODE_EXTRA_CA_CERTS.
 * Requests are forwarded unchanged to the emulator; the certificate is for "localhost".
 */
import { request } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { generateCertificate } from '../../src/protocol/tls/certificate';

export interface HttpsFront {
  /** `https://localhost:PORT` */
  origin: string;
  /** The PEM a client must trust to reach it. */
  caPem: string;
  close(): Promise<void>;
}

export async function startHttpsFront(upstreamPort: number): Promise<HttpsFront> {
  const cert = generateCertificate();
  const server = createServer({ cert: cert.certPem, key: cert.keyPem }, (req, res) => {
    const upstream = request({ host: '127.0.0.1', port: upstreamPort, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  server.keepAliveTimeout = 100;
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `https://localhost:${port}`,
    caPem: cert.certPem,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
