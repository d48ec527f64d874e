/**
 * A minimal protobuf (proto3) reader and writer.
 *
 * Why hand-written: start-up time is the product's key metric and terraform
 * starts a provider 3-5 times per command; protobufjs alone costs ~12% of a
 * bare `node` start (see TERRAFORM-PLUGIN-NOTES). We only need the wire
 * format, not reflection: the tfplugin6 messages are coded by hand in
 * ../tfprotov6/messages from the published field numbers.
 *
 * 64-bit integers (int64 fields such as schema versions) are exposed as JS
 * numbers: every value the protocol carries for us (versions, list indexes,
 * min/max items) is far below 2^53, and negative int64 values use the full
 * 10-byte two's-complement varint, which we decode exactly.
 */
import { TextDecoder, TextEncoder } from 'node:util';
import { withRoom } from './grow';

/** Protobuf wire types (the low 3 bits of a field key). A plain object, not an enum: nothing to initialise. */
export const WireType = {
  Varint: 0,
  Fixed64: 1,
  LengthDelimited: 2,
  StartGroup: 3,
  EndGroup: 4,
  Fixed32: 5,
} as const;
export type WireType = (typeof WireType)[keyof typeof WireType];

const TWO_POW_32 = 4294967296;

/** Sequential reader over one encoded message (or a slice of one). */
export class ProtoReader {
  pos: number;
  readonly end: number;

  constructor(
    readonly buf: Uint8Array,
    start = 0,
    end = buf.length,
  ) {
    this.pos = start;
    this.end = end;
  }

  /** True when the message has no more fields. */
  done(): boolean {
    return this.pos >= this.end;
  }

  /**
   * Throws unless a field key carries the expected wire type. A mismatch means
   * the sender's definition of the field differs from ours: decoding it anyway
   * would misread the rest of the message.
   */
  expect(key: number, wireType: WireType): this {
    if ((key & 7) !== wireType) {
      throw new Error(`protobuf: field ${key >>> 3} has wire type ${key & 7}, expected ${wireType}`);
    }
    return this;
  }

  /** Reads a field key; returns `field << 3 | wireType` as one number (use fieldOf/wireTypeOf). */
  tag(): number {
    const key = this.uint32();
    if (key >>> 3 === 0) throw new Error(`protobuf: invalid field number 0 at offset ${this.pos}`);
    return key;
  }

  /** A varint that fits in 32 bits (tags, lengths, enums, bools). Longer varints are truncated like protobuf does. */
  uint32(): number {
    const buf = this.buf;
    let result = 0;
    let shift = 0;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end) throw new Error('protobuf: truncated varint');
      const b = buf[this.pos++];
      if (shift < 32) result |= (b & 0x7f) << shift;
      if (b < 0x80) return result >>> 0;
      shift += 7;
    }
    throw new Error('protobuf: varint longer than 10 bytes');
  }

  /** Reads a 64-bit varint as low and high 32-bit halves. */
  private varint64(): [lo: number, hi: number] {
    const buf = this.buf;
    let lo = 0;
    let hi = 0;
    let shift = 0;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end) throw new Error('protobuf: truncated varint');
      const b = buf[this.pos++];
      const bits = b & 0x7f;
      if (shift < 28) {
        lo |= bits << shift;
      } else if (shift === 28) {
        // 4 bits complete `lo`, the remaining 3 start `hi`.
        lo |= (bits & 0x0f) << 28;
        hi |= bits >>> 4;
      } else {
        hi |= bits << (shift - 32);
      }
      if (b < 0x80) return [lo >>> 0, hi >>> 0];
      shift += 7;
    }
    throw new Error('protobuf: varint longer than 10 bytes');
  }

  /** int64 as a JS number (negative values decoded from two's complement). */
  int64(): number {
    const [lo, hi] = this.varint64();
    if (hi & 0x80000000) {
      // -(~value + 1), computed on the halves to stay exact for small magnitudes.
      const nlo = ~lo >>> 0;
      const nhi = ~hi >>> 0;
      return -(nhi * TWO_POW_32 + nlo + 1);
    }
    return hi * TWO_POW_32 + lo;
  }

  /** uint64 as a JS number (exact below 2^53). */
  uint64(): number {
    const [lo, hi] = this.varint64();
    return hi * TWO_POW_32 + lo;
  }

  /** int32 fields are sign-extended to 64 bits on the wire. */
  int32(): number {
    return this.uint32() | 0;
  }

  bool(): boolean {
    return this.uint64() !== 0;
  }

  /** Length-delimited payload, as a view into the buffer (no copy). */
  bytes(): Uint8Array {
    const length = this.uint32();
    const start = this.pos;
    const end = start + length;
    if (end > this.end) throw new Error('protobuf: length-delimited field runs past the end of the message');
    this.pos = end;
    return this.buf.subarray(start, end);
  }

  string(): string {
    return utf8Decode(this.bytes());
  }

  /** A reader over an embedded message, advancing this reader past it. */
  message(): ProtoReader {
    const length = this.uint32();
    const start = this.pos;
    const end = start + length;
    if (end > this.end) throw new Error('protobuf: embedded message runs past the end of the message');
    this.pos = end;
    return new ProtoReader(this.buf, start, end);
  }

  fixed32(): number {
    const p = this.pos;
    if (p + 4 > this.end) throw new Error('protobuf: truncated fixed32');
    this.pos = p + 4;
    const b = this.buf;
    return (b[p] | (b[p + 1] << 8) | (b[p + 2] << 16) | (b[p + 3] << 24)) >>> 0;
  }

  fixed64(): number {
    const lo = this.fixed32();
    const hi = this.fixed32();
    return hi * TWO_POW_32 + lo;
  }

  double(): number {
    if (this.pos + 8 > this.end) throw new Error('protobuf: truncated double');
    const view = new DataView(this.buf.buffer, this.buf.byteOffset + this.pos, 8);
    this.pos += 8;
    return view.getFloat64(0, true);
  }

  /**
   * Skips a field's value of any wire type. Unknown fields are expected: the
   * proto evolves (identity, deferral, …) and terraform sends fields newer than
   * what we model.
   */
  skip(wireType: number, field = 0): void {
    switch (wireType) {
      case WireType.Varint:
        this.varint64();
        return;
      case WireType.Fixed64:
        this.advance(8);
        return;
      case WireType.LengthDelimited:
        this.advance(this.uint32());
        return;
      case WireType.StartGroup:
        // Deprecated groups: skip nested fields until the matching end-group tag.
        for (;;) {
          if (this.done()) throw new Error('protobuf: unterminated group');
          const key = this.tag();
          const wt = key & 7;
          if (wt === WireType.EndGroup) {
            if (key >>> 3 !== field) throw new Error('protobuf: mismatched end-group tag');
            return;
          }
          this.skip(wt, key >>> 3);
        }
      case WireType.Fixed32:
        this.advance(4);
        return;
      default:
        throw new Error(`protobuf: unsupported wire type ${wireType}`);
    }
  }

  /** Skips the value of a field whose key was just read. */
  skipField(key: number): void {
    this.skip(key & 7, key >>> 3);
  }

  /**
   * Appends a repeated varint field's values, accepting both the packed
   * (one length-delimited run, proto3's default) and unpacked encodings, as
   * parsers must.
   */
  repeatedInt64(key: number, into: number[]): void {
    if ((key & 7) === WireType.LengthDelimited) {
      const sub = this.message();
      while (!sub.done()) into.push(sub.int64());
    } else {
      into.push(this.int64());
    }
  }

  private advance(n: number): void {
    if (this.pos + n > this.end) throw new Error('protobuf: field runs past the end of the message');
    this.pos += n;
  }
}

export const fieldOf = (key: number): number => key >>> 3;
export const wireTypeOf = (key: number): number => key & 7;

/**
 * Reads a map entry (`message Entry { K key = 1; V value = 2; }`). Either
 * half may be absent on the wire, in which case it takes its default.
 */
export function readMapEntry<K, V>(
  reader: ProtoReader,
  readKey: (r: ProtoReader) => K,
  readValue: (r: ProtoReader) => V,
  defaultKey: K,
  defaultValue: () => V,
): [K, V] {
  const entry = reader.message();
  let key = defaultKey;
  let value: V | undefined;
  while (!entry.done()) {
    const tag = entry.tag();
    switch (tag >>> 3) {
      case 1:
        key = readKey(entry);
        break;
      case 2:
        value = readValue(entry);
        break;
      default:
        entry.skipField(tag);
    }
  }
  return [key, value === undefined ? defaultValue() : value];
}

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

// node:util is loaded during Node's own bootstrap, so importing it costs nothing. Decoding is strict so a
// malformed string is an error rather than silently replaced characters.
const encoder = new TextEncoder();
let decoder: TextDecoder | undefined;

export function utf8Encode(s: string): Uint8Array {
  return encoder.encode(s);
}

export function utf8Decode(bytes: Uint8Array): string {
  decoder ??= new TextDecoder('utf-8', { fatal: true });
  return decoder.decode(bytes);
}
