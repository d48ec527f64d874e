import { X509Certificate } from 'node:crypto';
import { generateCertificate } from '../../src/protocol/tls/certificate';
import { oid, time, unsignedInteger } from '../../src/protocol/tls/der';

interface Node {
  tag: number;
  content: Uint8Array;
}

/** Parses a DER element sequence strictly (definite, shortest-form lengths). */
function parseDER(bytes: Uint8Array): Node[] {
  const out: Node[] = [];
  let i = 0;
  while (i < bytes.length) {
    const tag = bytes[i++];
    let len = bytes[i++];
    if (len & 0x80) {
      const n = len & 0x7f;
      if (n === 0 || n > 3) throw new Error('unsupported length form');
      len = 0;
      for (let k = 0; k < n; k++) len = len * 256 + bytes[i++];
      if (len < 0x80 || (n > 1 && len < 256 ** (n - 1))) throw new Error(`non-minimal length ${len} in ${n} bytes`);
    }
    out.push({ tag, content: bytes.subarray(i, i + len) });
    i += len;
  }
  if (i !== bytes.length) throw new Error('DER runs past its container');
  return out;
}

/** Every INTEGER, recursing into constructed elements and into the signature's BIT STRING (r and s). */
function integers(bytes: Uint8Array): Uint8Array[] {
  const found: Uint8Array[] = [];
  for (const node of parseDER(bytes)) {
    if (node.tag === 0x02) found.push(node.content);
    else if (node.tag & 0x20) found.push(...integers(node.content));
    else if (node.tag === 0x03 && node.content[0] === 0 && node.content[1] === 0x30) found.push(...integers(node.content.subarray(1)));
  }
  return found;
}

function isMinimal(content: Uint8Array): boolean {
  if (content.length === 0) return false;
  if (content.length === 1) return true;
  if (content[0] === 0x00 && (content[1] & 0x80) === 0) return false; // needless leading zero
  if (content[0] === 0xff && (content[1] & 0x80) !== 0) return false; // needless leading 0xff
  return true;
}

describe('DER primitives', () => {
  const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

  it('encodes unsigned integers minimally', () => {
    expect(hex(unsignedInteger(Uint8Array.of(0x00, 0x00, 0x7f)))).toBe('02017f');
    expect(hex(unsignedInteger(Uint8Array.of(0x00, 0x00, 0x80)))).toBe('02020080');
    expect(hex(unsignedInteger(Uint8Array.of(0x80)))).toBe('02020080');
    expect(hex(unsignedInteger(Uint8Array.of(0x00)))).toBe('020100');
    expect(hex(unsignedInteger(Uint8Array.of(0x01, 0x00)))).toBe('02020100');
  });

  it('encodes OIDs and times', () => {
    expect(hex(oid('1.2.840.10045.4.3.2'))).toBe('06082a8648ce3d040302');
    expect(Buffer.from(time(new Date(Date.UTC(2049, 11, 31, 23, 59, 59)))).toString('latin1').slice(2)).toBe('491231235959Z');
    expect(time(new Date(Date.UTC(2049, 0, 1)))[0]).toBe(0x17); // UTCTime
    expect(time(new Date(Date.UTC(2050, 0, 1)))[0]).toBe(0x18); // GeneralizedTime from 2050 (RFC 5280)
    expect(Buffer.from(time(new Date(Date.UTC(2050, 0, 2, 3, 4, 5)))).toString('latin1').slice(2)).toBe('20500102030405Z');
  });
});

describe('AutoMTLS server certificate', () => {
  it('1000 fresh certificates all parse, self-verify and are strictly minimal DER', () => {
    const serials = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      const cert = generateCertificate();
      const x509 = new X509Certificate(cert.certPem);
      expect(x509.verify(x509.publicKey)).toBe(true);
      expect(x509.checkPrivateKey(cert.privateKey)).toBe(true);
      expect(x509.raw.equals(cert.der)).toBe(true);
      // The handshake form: base64 DER without padding.
      expect(cert.handshake).not.toContain('=');
      expect(Buffer.from(cert.handshake, 'base64').equals(cert.der)).toBe(true);
      for (const integer of integers(cert.der)) {
        if (!isMinimal(integer)) throw new Error(`non-minimal INTEGER ${Buffer.from(integer).toString('hex')} in certificate ${i}`);
      }
      const serial = integers(cert.der)[1]; // [0] version, then the serial
      expect(serial[0] & 0x80).toBe(0); // positive
      serials.add(x509.serialNumber);
    }
    expect(serials.size).toBe(1000);
  });

  it('has the shape terraform verifies: CA, localhost, server+client auth, backdated validity', () => {
    const now = new Date(Math.floor(Date.now() / 1000) * 1000); // X.509 times have whole seconds
    const cert = generateCertificate({ now });
    const x509 = new X509Certificate(cert.certPem);
    expect(x509.ca).toBe(true);
    expect(x509.subjectAltName).toBe('DNS:localhost');
    expect(x509.checkHost('localhost')).toBe('localhost');
    expect(x509.keyUsage).toEqual(['1.3.6.1.5.5.7.3.1', '1.3.6.1.5.5.7.3.2']);
    expect(x509.issuer).toBe(x509.subject);
    expect(Math.round((now.getTime() - new Date(x509.validFrom).getTime()) / 1000)).toBe(30);
    expect(new Date(x509.validTo).getTime()).toBeGreaterThan(now.getTime() + 24 * 3600 * 1000);
    expect(x509.publicKey.asymmetricKeyDetails?.namedCurve).toBe('prime256v1');
    expect(cert.keyPem).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    // keyUsage: critical, digitalSignature | keyEncipherment | keyCertSign, shortest bit string.
    expect(cert.der.includes(Buffer.from('0603551d0f0101ff0404030202a4', 'hex'))).toBe(true);
    // basicConstraints: critical, CA:TRUE.
    expect(cert.der.includes(Buffer.from('0603551d130101ff040530030101ff', 'hex'))).toBe(true);
  });

  it('encodes serials with a high bit or leading zero bytes minimally', () => {
    for (const serial of [
      Uint8Array.of(0x80, ...new Array(15).fill(1)),
      Uint8Array.of(0x00, 0x00, 0x80, ...new Array(13).fill(1)),
      Uint8Array.of(0x00, 0x7f, ...new Array(14).fill(0xff)),
      new Uint8Array(16),
    ]) {
      const cert = generateCertificate({ serial: Uint8Array.from(serial) });
      const content = integers(cert.der)[1];
      expect(isMinimal(content)).toBe(true);
      expect(content[0] & 0x80).toBe(0);
      expect(new X509Certificate(cert.der).verify(new X509Certificate(cert.der).publicKey)).toBe(true);
    }
  });

  it('switches to GeneralizedTime for validity after 2049', () => {
    const cert = generateCertificate({ now: new Date(Date.UTC(2049, 11, 31)), validForMs: 7 * 24 * 3600 * 1000 });
    const x509 = new X509Certificate(cert.der);
    expect(new Date(x509.validTo).getUTCFullYear()).toBe(2050);
  });
});
