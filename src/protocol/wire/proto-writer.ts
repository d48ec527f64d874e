/**
 * The protobuf writer: varints, keys, length-delimited payloads and the
 * proto3 field helpers the message tables (./message-codec.ts) write with.
 */
import { withRoom } from './grow';
import { utf8Encode } from './utf8';
import { WireType } from './wire-type';

const TWO_POW_32 = 4294967296;

/**
 * Growable output buffer. Nested messages are written to their own writer
 * and copied in with their length (responses are small: a copy per nesting
 * level is cheaper than protobufjs's fork/ldelim bookkeeping at our sizes).
 *
 * Field helpers follow proto3: a scalar equal to its default (0, false, "",
 * empty bytes) is not written; `undefined` means "absent".
 */
export class ProtoWriter {
  private buf: Uint8Array;
  private pos = 0;

  constructor(initialSize = 64) {
    this.buf = new Uint8Array(initialSize);
  }

  get length(): number {
    return this.pos;
  }

  finish(): Uint8Array {
    return this.buf.subarray(0, this.pos);
  }

  private reserve(n: number): void {
    this.buf = withRoom(this.buf, this.pos, n);
  }

  /** Unsigned varint of any safe integer (0 ≤ n < 2^53). */
  uint(n: number): this {
    if (!Number.isSafeInteger(n) || n < 0) throw new Error(`protobuf: ${n} is not an unsigned safe integer`);
    this.reserve(10);
    const buf = this.buf;
    while (n >= 0x80) {
      buf[this.pos++] = (n % 0x80) | 0x80;
      n = Math.floor(n / 0x80);
    }
    buf[this.pos++] = n;
    return this;
  }

  /** Signed int64 varint: negative values take the 10-byte two's-complement form. */
  int(n: number): this {
    if (!Number.isSafeInteger(n)) throw new Error(`protobuf: ${n} is not a safe integer`);
    if (n >= 0) return this.uint(n);
    // Two's complement over 64 bits, computed on 32-bit halves.
    const abs = -n;
    let lo = abs % TWO_POW_32;
    let hi = Math.floor(abs / TWO_POW_32);
    lo = ~lo >>> 0;
    hi = ~hi >>> 0;
    lo += 1;
    if (lo > 0xffffffff) {
      lo = 0;
      hi = (hi + 1) >>> 0;
    }
    this.reserve(10);
    const buf = this.buf;
    for (let i = 0; i < 9; i++) {
      buf[this.pos++] = (lo & 0x7f) | 0x80;
      lo = (lo >>> 7) | ((hi & 0x7f) << 25);
      hi >>>= 7;
    }
    buf[this.pos++] = lo & 0x01;
    return this;
  }

  key(field: number, wireType: WireType): this {
    return this.uint(field * 8 + wireType);
  }

  raw(bytes: Uint8Array): this {
    this.reserve(bytes.length);
    this.buf.set(bytes, this.pos);
    this.pos += bytes.length;
    return this;
  }

  /** Length prefix plus bytes (the payload of a wire-type-2 field). */
  lengthDelimited(bytes: Uint8Array): this {
    this.uint(bytes.length);
    return this.raw(bytes);
  }

  // ---- proto3 field helpers (skip defaults) --------------------------------

  int64Field(field: number, value: number | undefined): this {
    if (value === undefined || value === 0) return this;
    return this.key(field, WireType.Varint).int(value);
  }

  enumField(field: number, value: number | undefined): this {
    return this.int64Field(field, value);
  }

  boolField(field: number, value: boolean | undefined): this {
    if (!value) return this;
    return this.key(field, WireType.Varint).uint(1);
  }

  stringField(field: number, value: string | undefined): this {
    if (value === undefined || value === '') return this;
    return this.key(field, WireType.LengthDelimited).lengthDelimited(utf8Encode(value));
  }

  bytesField(field: number, value: Uint8Array | undefined): this {
    if (value === undefined || value.length === 0) return this;
    return this.key(field, WireType.LengthDelimited).lengthDelimited(value);
  }

  /** An embedded message, always written when present (even if empty: presence matters for messages). */
  messageField(field: number, encode: (w: ProtoWriter) => void): this {
    const sub = new ProtoWriter();
    encode(sub);
    return this.key(field, WireType.LengthDelimited).lengthDelimited(sub.finish());
  }

  /** A packed repeated int64 field (proto3's default encoding for repeated scalars). */
  packedInt64Field(field: number, values: readonly number[]): this {
    if (values.length === 0) return this;
    const sub = new ProtoWriter();
    for (const v of values) sub.int(v);
    return this.key(field, WireType.LengthDelimited).lengthDelimited(sub.finish());
  }

  /** A `map<string, V>` field: one entry message per key, in the record's key order. */
  mapField<V>(field: number, record: Readonly<Record<string, V>> | undefined, encodeValue: (w: ProtoWriter, value: V) => void): this {
    if (!record) return this;
    for (const key of Object.keys(record)) {
      this.messageField(field, (entry) => {
        entry.stringField(1, key);
        entry.messageField(2, (value) => encodeValue(value, record[key]));
      });
    }
    return this;
  }
}

