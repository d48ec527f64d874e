/**
 * The protobuf reader: one encoded message (or a slice of one), field by
 * field. int64 values come back as JS numbers (see ./protobuf.ts for why that
 * is exact for everything tfplugin6 carries).
 */
import { utf8Decode } from './utf8';
import { WireType } from './wire-type';

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

  /** Reads a field key: `field << 3 | wireType` as one number (`key >>> 3` is the field, `key & 7` the wire type). */
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

