/**
 * Just enough ASN.1 DER to write one X.509 certificate by hand.
 *
 * DER is strict and Go's parser (terraform's side of AutoMTLS) enforces it:
 * integers must be minimally encoded (a needless leading 0x00 makes
 * x509.ParseCertificate fail, which with a random serial breaks about one
 * start in 256), DEFAULT values must be omitted, lengths use the shortest form.
 */

export type Der = Uint8Array;

/** Tag + length + content, with the definite short/long length form DER requires. */
export function tlv(tag: number, content: Uint8Array): Der {
  const n = content.length;
  let header: number[];
  if (n < 0x80) header = [tag, n];
  else if (n <= 0xff) header = [tag, 0x81, n];
  else if (n <= 0xffff) header = [tag, 0x82, n >> 8, n & 0xff];
  else header = [tag, 0x83, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
  const out = new Uint8Array(header.length + n);
  out.set(header, 0);
  out.set(content, header.length);
  return out;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

export const sequence = (...children: Der[]): Der => tlv(0x30, concat(children));
export const set = (...children: Der[]): Der => tlv(0x31, concat(children));
export const octetString = (bytes: Uint8Array): Der => tlv(0x04, bytes);
export const utf8String = (s: string): Der => tlv(0x0c, new TextEncoder().encode(s));
export const boolean = (b: boolean): Der => tlv(0x01, Uint8Array.of(b ? 0xff : 0x00));
/** [n] EXPLICIT: a constructed context-specific wrapper around one element. */
export const explicit = (n: number, child: Der): Der => tlv(0xa0 | n, child);
/** [n] IMPLICIT on a primitive (e.g. GeneralName dNSName is [2] IA5String). */
export const implicitPrimitive = (n: number, content: Uint8Array): Der => tlv(0x80 | n, content);

/** BIT STRING with the given number of unused (zero) bits in the last byte. */
export function bitString(bytes: Uint8Array, unusedBits = 0): Der {
  return tlv(0x03, concat([Uint8Array.of(unusedBits), bytes]));
}

/**
 * A non-negative INTEGER from big-endian magnitude bytes, minimally encoded:
 * leading zero bytes are dropped, and one 0x00 is added back only when the
 * top bit would otherwise make the number negative.
 */
export function unsignedInteger(magnitude: Uint8Array): Der {
  let start = 0;
  while (start < magnitude.length - 1 && magnitude[start] === 0) start++;
  const trimmed = magnitude.length === 0 ? Uint8Array.of(0) : magnitude.subarray(start);
  const content = trimmed[0] & 0x80 ? concat([Uint8Array.of(0), trimmed]) : trimmed;
  return tlv(0x02, content);
}

export function smallInteger(n: number): Der {
  if (!Number.isInteger(n) || n < 0 || n > 0x7fffffff) throw new Error(`der: ${n} is not a small non-negative integer`);
  const bytes: number[] = [];
  do {
    bytes.unshift(n & 0xff);
    n = Math.floor(n / 256);
  } while (n > 0);
  return unsignedInteger(Uint8Array.from(bytes));
}

/** OBJECT IDENTIFIER from dotted form. */
export function oid(dotted: string): Der {
  const arcs = dotted.split('.').map(Number);
  const bytes: number[] = [arcs[0] * 40 + arcs[1]];
  for (const arc of arcs.slice(2)) {
    const chunk: number[] = [arc & 0x7f];
    for (let v = Math.floor(arc / 128); v > 0; v = Math.floor(v / 128)) chunk.unshift((v & 0x7f) | 0x80);
    bytes.push(...chunk);
  }
  return tlv(0x06, Uint8Array.from(bytes));
}

/** X.509 Time: UTCTime through 2049, GeneralizedTime from 2050 (RFC 5280 4.1.2.5), whole seconds, 'Z'. */
export function time(date: Date): Der {
  const pad = (v: number, width = 2) => String(v).padStart(width, '0');
  const year = date.getUTCFullYear();
  const rest = `${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
  if (year >= 1950 && year < 2050) return tlv(0x17, new TextEncoder().encode(`${pad(year % 100)}${rest}`));
  return tlv(0x18, new TextEncoder().encode(`${pad(year, 4)}${rest}`));
}
