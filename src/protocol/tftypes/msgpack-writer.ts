/**
 * The msgpack writer: the smallest header for every length and vmihailenco's
 * compact-int choices, float64 only, which is what cty writes.
 */
import { TextEncoder } from 'node:util';
import { withRoom } from '../wire/grow';
import {
  NIL, FALSE, TRUE, BIN8, BIN16, BIN32, EXT8, EXT16, EXT32, FLOAT64,
  UINT8, UINT16, UINT32, UINT64, INT8, INT16, INT32, INT64, FIXEXT1, FIXEXT2,
  FIXEXT4, FIXEXT8, FIXEXT16, STR8, STR16, STR32, ARRAY16, ARRAY32, MAP16, MAP32,
} from './msgpack-format';

const TWO_POW_63 = 9223372036854775808;
const TWO_POW_32 = 4294967296;
const TWO_POW_63_BIG = 1n << 63n;
const MAX_SAFE_BIG = BigInt(Number.MAX_SAFE_INTEGER);

const textEncoder = new TextEncoder();

/** The header forms of one msgpack family: a fix form below `fixLimit` (0 = none), then 8-, 16- and 32-bit lengths. */
interface LengthForms {
  fixLimit: number;
  fixBase: number;
  u8?: number;
  u16: number;
  u32: number;
}
const STR_FORMS: LengthForms = { fixLimit: 32, fixBase: 0xa0, u8: STR8, u16: STR16, u32: STR32 };
const BIN_FORMS: LengthForms = { fixLimit: 0, fixBase: 0, u8: BIN8, u16: BIN16, u32: BIN32 };
const ARRAY_FORMS: LengthForms = { fixLimit: 16, fixBase: 0x90, u16: ARRAY16, u32: ARRAY32 };
const MAP_FORMS: LengthForms = { fixLimit: 16, fixBase: 0x80, u16: MAP16, u32: MAP32 };
const EXT_FORMS: LengthForms = { fixLimit: 0, fixBase: 0, u8: EXT8, u16: EXT16, u32: EXT32 };
export class MsgpackWriter {
  private buf: Uint8Array;
  private view: DataView;
  private pos = 0;

  constructor(initialSize = 128) {
    this.buf = new Uint8Array(initialSize);
    this.view = new DataView(this.buf.buffer);
  }

  finish(): Uint8Array {
    return this.buf.slice(0, this.pos);
  }

  private reserve(n: number): void {
    const buf = withRoom(this.buf, this.pos, n);
    if (buf === this.buf) return;
    this.buf = buf;
    this.view = new DataView(buf.buffer);
  }

  /** The length part of a str/bin/array/map/ext header, in the smallest form `forms` allows. */
  private lengthHeader(n: number, forms: LengthForms): void {
    if (n < forms.fixLimit) this.buf[this.pos++] = forms.fixBase | n;
    else if (forms.u8 !== undefined && n <= 0xff) {
      this.buf[this.pos++] = forms.u8;
      this.buf[this.pos++] = n;
    } else if (n <= 0xffff) {
      this.buf[this.pos++] = forms.u16;
      this.view.setUint16(this.pos, n);
      this.pos += 2;
    } else {
      this.buf[this.pos++] = forms.u32;
      this.view.setUint32(this.pos, n);
      this.pos += 4;
    }
  }

  private byte(b: number): void {
    this.reserve(1);
    this.buf[this.pos++] = b;
  }

  raw(bytes: Uint8Array): this {
    this.reserve(bytes.length);
    this.buf.set(bytes, this.pos);
    this.pos += bytes.length;
    return this;
  }

  nil(): this {
    this.byte(NIL);
    return this;
  }

  bool(b: boolean): this {
    this.byte(b ? TRUE : FALSE);
    return this;
  }

  /**
   * An integer in its most compact form, as vmihailenco's EncodeInt with
   * UseCompactInts: non-negative values use the unsigned formats, negative
   * values the signed ones. Must satisfy -2^63 ≤ n < 2^63.
   */
  int(n: number): this {
    if (!Number.isInteger(n) || n < -TWO_POW_63 || n >= TWO_POW_63) throw new Error(`msgpack: ${n} is not an int64`);
    this.reserve(9);
    const v = this.view;
    if (n >= 0) {
      if (n <= 0x7f) this.buf[this.pos++] = n;
      else if (n <= 0xff) {
        this.buf[this.pos++] = UINT8;
        this.buf[this.pos++] = n;
      } else if (n <= 0xffff) {
        this.buf[this.pos++] = UINT16;
        v.setUint16(this.pos, n);
        this.pos += 2;
      } else if (n <= 0xffffffff) {
        this.buf[this.pos++] = UINT32;
        v.setUint32(this.pos, n);
        this.pos += 4;
      } else {
        this.buf[this.pos++] = UINT64;
        this.halves(n);
      }
    } else if (n >= -32) {
      this.buf[this.pos++] = n & 0xff; // negative fixint
    } else if (n >= -0x80) {
      this.buf[this.pos++] = INT8;
      v.setInt8(this.pos++, n);
    } else if (n >= -0x8000) {
      this.buf[this.pos++] = INT16;
      v.setInt16(this.pos, n);
      this.pos += 2;
    } else if (n >= -0x80000000) {
      this.buf[this.pos++] = INT32;
      v.setInt32(this.pos, n);
      this.pos += 4;
    } else {
      this.buf[this.pos++] = INT64;
      this.halves(n);
    }
    return this;
  }

  /**
   * An exact integer beyond 2^53 (Terraform's numbers are arbitrary precision),
   * in the same compact form as {@link int}. Must satisfy -2^63 ≤ n < 2^63.
   */
  bigInt(n: bigint): this {
    if (n < -TWO_POW_63_BIG || n >= TWO_POW_63_BIG) throw new Error(`msgpack: ${n} is not an int64`);
    if (n >= -MAX_SAFE_BIG && n <= MAX_SAFE_BIG) return this.int(Number(n));
    this.reserve(9);
    if (n >= 0n) {
      this.buf[this.pos++] = UINT64;
      this.view.setBigUint64(this.pos, n);
    } else {
      this.buf[this.pos++] = INT64;
      this.view.setBigInt64(this.pos, n);
    }
    this.pos += 8;
    return this;
  }

  /** An integer double as 8 big-endian bytes (two's complement), without BigInt: both halves are exact. */
  private halves(n: number): void {
    const high = Math.floor(n / TWO_POW_32);
    this.view.setInt32(this.pos, high);
    this.view.setUint32(this.pos + 4, n - high * TWO_POW_32);
    this.pos += 8;
  }

  /** Always float64: cty turns compact floats off (float32 rounding differs across platforms). */
  float64(n: number): this {
    this.reserve(9);
    this.buf[this.pos++] = FLOAT64;
    this.view.setFloat64(this.pos, n);
    this.pos += 8;
    return this;
  }

  str(s: string): this {
    const bytes = textEncoder.encode(s);
    const n = bytes.length;
    this.reserve(5 + n);
    this.lengthHeader(n, STR_FORMS);
    return this.raw(bytes);
  }

  bin(bytes: Uint8Array): this {
    const n = bytes.length;
    this.reserve(5);
    this.lengthHeader(n, BIN_FORMS);
    return this.raw(bytes);
  }

  arrayHeader(n: number): this {
    this.reserve(5);
    this.lengthHeader(n, ARRAY_FORMS);
    return this;
  }

  mapHeader(n: number): this {
    this.reserve(5);
    this.lengthHeader(n, MAP_FORMS);
    return this;
  }

  /** An extension value with the smallest header for its length (fixext when the length allows, as vmihailenco does). */
  ext(type: number, data: Uint8Array): this {
    const n = data.length;
    this.reserve(6);
    const fixed = n === 1 ? FIXEXT1 : n === 2 ? FIXEXT2 : n === 4 ? FIXEXT4 : n === 8 ? FIXEXT8 : n === 16 ? FIXEXT16 : 0;
    if (fixed) this.buf[this.pos++] = fixed;
    else this.lengthHeader(n, EXT_FORMS);
    this.buf[this.pos++] = type & 0xff;
    return this.raw(data);
  }
}
