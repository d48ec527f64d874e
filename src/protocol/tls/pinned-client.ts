/**
 * Which TLS clients the plugin server accepts: exactly the certificate(s)
 * terraform sent in PLUGIN_CLIENT_CERT, compared byte for byte.
 *
 * Why not Node's `ca` option with `rejectUnauthorized`: adding any CA to a
 * secure context, or giving none, makes Node build its default root store (it
 * parses the ~140 bundled Mozilla roots, plus NODE_EXTRA_CA_CERTS when set:
 * 30–40 ms measured here), once per provider process, and terraform starts the
 * provider 3–5 times per command. Only an empty CA list (`ca: []`) skips it. A pin is as strict as go-plugin's check
 * (its client certificate is self-signed, so its pool holds exactly that
 * certificate): the handshake still proves the client holds the certificate's
 * private key (TLS CertificateVerify is checked whatever the chain verdict),
 * and a certificate that is not byte-identical is refused.
 */
import type { TLSSocket } from 'node:tls';

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\s]+?)-----END CERTIFICATE-----/g;

/** The DER of every certificate in a PEM bundle (empty when it holds none). */
export function certificatesOfPem(pem: string): Buffer[] {
  return [...pem.matchAll(PEM_BLOCK)].map((block) => Buffer.from(block[1].replace(/\s+/g, ''), 'base64'));
}

/** True when the peer presented one of the pinned certificates during the handshake. */
export function presentsPinnedCertificate(socket: Pick<TLSSocket, 'getPeerCertificate'>, pinned: readonly Buffer[]): boolean {
  const presented = socket.getPeerCertificate(false) as { raw?: Buffer } | null;
  const raw = presented?.raw;
  return raw !== undefined && pinned.some((der) => der.equals(raw));
}
