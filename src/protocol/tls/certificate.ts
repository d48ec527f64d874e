/**
 * The per-start AutoMTLS server certificate (go-plugin's `generateCert`,
 * re-done in DER by hand).
 *
 * Terraform passes its own client certificate in PLUGIN_CLIENT_CERT and
 * expects ours, base64 DER without padding, as the handshake line's last
 * field. It then trusts exactly that certificate as a root and checks the
 * name "localhost", so the certificate is self-signed, a CA, and carries
 * SAN DNS:localhost plus serverAuth/clientAuth.
 *
 * Why by hand: pure-JS certificate generators were measured too slow for
 * start-up; an EC P-256 key from node:crypto plus ~1 KB of DER costs about a
 * millisecond.
 */
import { type KeyObject, createHash, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import {
  bitString,
  boolean,
  explicit,
  implicitPrimitive,
  octetString,
  oid,
  sequence,
  set,
  smallInteger,
  time,
  unsignedInteger,
  utf8String,
} from './der';

const OID = {
  ecdsaWithSHA256: '1.2.840.10045.4.3.2',
  commonName: '2.5.4.3',
  organization: '2.5.4.10',
  subjectKeyIdentifier: '2.5.29.14',
  keyUsage: '2.5.29.15',
  subjectAltName: '2.5.29.17',
  basicConstraints: '2.5.29.19',
  extKeyUsage: '2.5.29.37',
  serverAuth: '1.3.6.1.5.5.7.3.1',
  clientAuth: '1.3.6.1.5.5.7.3.2',
} as const;

/** keyUsage bits (RFC 5280 4.2.1.3): digitalSignature (0), keyEncipherment (2), keyCertSign (5). */
const KEY_USAGE = Uint8Array.of(0b1010_0100);
/** Bits 6 and 7 of the last byte are unused: DER requires trailing zero bits of a named bit list to be dropped. */
const KEY_USAGE_UNUSED_BITS = 2;

export interface Certificate {
  /** PEM of the certificate, for TLS contexts. */
  certPem: string;
  /** PEM (PKCS#8) of the private key, for TLS contexts. */
  keyPem: string;
  privateKey: KeyObject;
  /** The certificate's DER. */
  der: Buffer;
  /** What the go-plugin handshake line carries: base64 of the DER with the '=' padding stripped. */
  handshake: string;
}

export interface CertificateOptions {
  /** Clock for the validity period (tests). */
  now?: Date;
  /** How long the certificate is valid after `now`. */
  validForMs?: number;
  /** Serial number magnitude (tests); 16 random bytes otherwise. */
  serial?: Uint8Array;
}

/** Validity starts this far in the past so a peer whose clock is a little behind still accepts it (go-plugin does the same). */
const BACKDATE_MS = 30_000;
const DEFAULT_VALIDITY_MS = 365 * 24 * 3600 * 1000;

export function generateCertificate(options: CertificateOptions = {}): Certificate {
  const now = options.now ?? new Date();
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const spki = publicKey.export({ type: 'spki', format: 'der' });

  const name = sequence(
    set(sequence(oid(OID.organization), utf8String('Terraform provider'))),
    set(sequence(oid(OID.commonName), utf8String('localhost'))),
  );
  const signatureAlgorithm = sequence(oid(OID.ecdsaWithSHA256)); // parameters absent (RFC 5758)

  const serial = options.serial ?? randomBytes(16);
  if (serial.every((b) => b === 0)) serial[serial.length - 1] = 1; // serials must be positive

  const tbs = sequence(
    explicit(0, smallInteger(2)), // v3
    unsignedInteger(serial),
    signatureAlgorithm,
    name,
    sequence(time(new Date(now.getTime() - BACKDATE_MS)), time(new Date(now.getTime() + (options.validForMs ?? DEFAULT_VALIDITY_MS)))),
    name,
    spki,
    explicit(
      3,
      sequence(
        extension(OID.basicConstraints, true, sequence(boolean(true))),
        extension(OID.keyUsage, true, bitString(KEY_USAGE, KEY_USAGE_UNUSED_BITS)),
        extension(OID.extKeyUsage, false, sequence(oid(OID.serverAuth), oid(OID.clientAuth))),
        extension(OID.subjectAltName, false, sequence(implicitPrimitive(2, new TextEncoder().encode('localhost')))),
        extension(OID.subjectKeyIdentifier, false, octetString(subjectKeyIdentifier(spki))),
      ),
    ),
  );
  const signature = sign('sha256', tbs, privateKey); // ECDSA-Sig-Value, DER (OpenSSL encodes it minimally)
  const der = Buffer.from(sequence(tbs, signatureAlgorithm, bitString(signature)));
  const base64 = der.toString('base64');

  return {
    certPem: `-----BEGIN CERTIFICATE-----\n${base64.replace(/.{1,64}/g, '$&\n')}-----END CERTIFICATE-----\n`,
    keyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    privateKey,
    der,
    handshake: base64.replace(/=+$/, ''),
  };
}

/** Extension ::= SEQUENCE { extnID, critical BOOLEAN DEFAULT FALSE, extnValue OCTET STRING }; DER omits a FALSE default. */
function extension(id: string, critical: boolean, value: Uint8Array): Uint8Array {
  return critical ? sequence(oid(id), boolean(true), octetString(value)) : sequence(oid(id), octetString(value));
}

/** RFC 5280 4.2.1.2 method 1: SHA-1 of the subjectPublicKey BIT STRING's contents. */
function subjectKeyIdentifier(spki: Buffer): Buffer {
  // SPKI = SEQUENCE { AlgorithmIdentifier, BIT STRING }: the key is the BIT
  // STRING's content after its unused-bits byte. For P-256 it is the 65-byte
  // uncompressed point at the end of the structure.
  return createHash('sha1').update(spki.subarray(spki.length - 65)).digest();
}
