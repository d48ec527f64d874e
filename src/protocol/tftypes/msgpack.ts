/**
 * A small msgpack encoder/decoder: just the formats cty's msgpack codec
 * (github.com/zclconf/go-cty/cty/msgpack, via vmihailenco/msgpack) reads and
 * writes, plus extension types, which carry terraform's unknown values.
 *
 * Why our own: a general msgpack library costs start-up time and hides the
 * byte-level choices that must match cty (compact ints, float64 only,
 * fixext1 for a plain unknown). The type-directed walk lives in
 * ./dynamic-value.ts; this file only knows msgpack.
 */
import { TextDecoder, TextEncoder } from 'node:util';
import { withRoom } from '../wire/grow';

// Format bytes (msgpack spec). Named so the reader/writer read like the spec.
const NIL = 0xc0;
const FALSE = 0xc2;
const TRUE = 0xc3;
const BIN8 = 0xc4;
const BIN16 = 0xc5;
const BIN32 = 0xc6;
const EXT8 = 0xc7;
const EXT16 = 0xc8;
const EXT32 = 0xc9;
const FLOAT32 = 0xca;
const FLOAT64 = 0xcb;
const UINT8 = 0xcc;
const UINT16 = 0xcd;
const UINT32 = 0xce;
const UINT64 = 0xcf;
const INT8 = 0xd0;
const INT16 = 0xd1;
const INT32 = 0xd2;
const INT64 = 0xd3;
const FIXEXT1 = 0xd4;
const FIXEXT2 = 0xd5;
const FIXEXT4 = 0xd6;
const FIXEXT8 = 0xd7;
const FIXEXT16 = 0xd8;
const STR8 = 0xd9;
const STR16 = 0xda;
const STR32 = 0xdb;
const ARRAY16 = 0xdc;
const ARRAY32 = 0xdd;
const MAP16 = 0xde;
const MAP32 = 0xdf;

const TWO_POW_63 = 9223372036854775808;
const TWO_POW_32 = 4294967296;
const TWO_POW_63_BIG = 1n << 63n;
const MAX_SAFE_BIG = BigInt(Number.MAX_SAFE_INTEGER);
/** The high 32-bit half of a 64-bit integer below this (in magnitude) keeps the whole value within ±2^53. */
const HIGH_HALF_LIMIT = 0x200000;

/** What kind of item comes next, for type-directed decoders. */
export type MsgpackKind = 'nil' | 'bool' | 'int' | 'float' | 'str' | 'bin' | 'array' | 'map' | 'ext';

export function kindOf(code: number): MsgpackKind {
  if (code <= 0x7f || code >= 0xe0) return 'int';
  if (code <= 0x8f) return 'map';
  if (code <= 0x9f) return 'array';
  if (code <= 0xbf) return 'str';
  switch (code) {
    case NIL:
      return 'nil';
    case FALSE:
    case TRUE:
      return 'bool';
    case BIN8:
    case BIN16:
    case BIN32:
      return 'bin';
    case EXT8:
    case EXT16:
    case EXT32:
    case FIXEXT1:
    case FIXEXT2:
    case FIXEXT4:
    case FIXEXT8:
    case FIXEXT16:
      return 'ext';
    case FLOAT32:
    case FLOAT64:
      return 'float';
    case UINT8:
    case UINT16:
    case UINT32:
    case UINT64:
    case INT8:
    case INT16:
    case INT32:
    case INT64:
      return 'int';
    case STR8:
    case STR16:
    case STR32:
      return 'str';
    case ARRAY16:
    case ARRAY32:
      return 'array';
    case MAP16:
    case MAP32:
      return 'map';
    default:
      throw new Error(`msgpack: invalid format byte 0x${code.toString(16)}`);
  }
}

const textEncoder = new TextEncoder();
let textDecoder: TextDecoder | undefined;

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

export interface MsgpackExt {
  /** Extension type, -128..127. */
  type: number;
  data: Uint8Array;
}

export class MsgpackReader {
  pos = 0;
  private readonly view: DataView;

  constructor(readonly buf: Uint8Array) {
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }

  done(): boolean {
    return this.pos >= this.buf.length;
  }

  /** The next item's format byte, without consuming it. */
  peek(): number {
    if (this.pos >= this.buf.length) throw new Error('msgpack: unexpected end of data');
    return this.buf[this.pos];
  }

  peekKind(): MsgpackKind {
    return kindOf(this.peek());
  }

  private need(n: number): number {
    const p = this.pos;
    if (p + n > this.buf.length) throw new Error('msgpack: unexpected end of data');
    this.pos = p + n;
    return p;
  }

  private u8(): number {
    return this.buf[this.need(1)];
  }
  private u16(): number {
    return this.view.getUint16(this.need(2));
  }
  private u32(): number {
    return this.view.getUint32(this.need(4));
  }

  nil(): null {
    if (this.u8() !== NIL) this.fail('nil');
    return null;
  }

  bool(): boolean {
    const c = this.u8();
    if (c === TRUE) return true;
    if (c === FALSE) return false;
    return this.fail('bool', c);
  }

  /**
   * Any int or float format: a JS number, or a bigint for an int64/uint64 beyond
   * ±2^53, which no JS number holds exactly. Ordinary values never touch BigInt.
   */
  number(): number | bigint {
    const c = this.u8();
    if (c <= 0x7f) return c;
    if (c >= 0xe0) return c - 0x100;
    switch (c) {
      case UINT8:
        return this.u8();
      case UINT16:
        return this.u16();
      case UINT32:
        return this.u32();
      case UINT64: {
        const p = this.need(8);
        const high = this.view.getUint32(p);
        return high < HIGH_HALF_LIMIT ? high * TWO_POW_32 + this.view.getUint32(p + 4) : this.view.getBigUint64(p);
      }
      case INT8:
        return this.view.getInt8(this.need(1));
      case INT16:
        return this.view.getInt16(this.need(2));
      case INT32:
        return this.view.getInt32(this.need(4));
      case INT64: {
        const p = this.need(8);
        const high = this.view.getInt32(p);
        const exact = high >= -HIGH_HALF_LIMIT && high < HIGH_HALF_LIMIT;
        return exact ? high * TWO_POW_32 + this.view.getUint32(p + 4) : this.view.getBigInt64(p);
      }
      case FLOAT32:
        return this.view.getFloat32(this.need(4));
      case FLOAT64:
        return this.view.getFloat64(this.need(8));
      default:
        return this.fail('number', c);
    }
  }

  /** A str, or a bin read as UTF-8 (vmihailenco's DecodeString accepts both). */
  str(): string {
    const c = this.u8();
    let n: number;
    if (c >= 0xa0 && c <= 0xbf) n = c & 0x1f;
    else if (c === STR8 || c === BIN8) n = this.u8();
    else if (c === STR16 || c === BIN16) n = this.u16();
    else if (c === STR32 || c === BIN32) n = this.u32();
    else return this.fail('string', c);
    const start = this.need(n);
    textDecoder ??= new TextDecoder('utf-8', { fatal: true });
    return textDecoder.decode(this.buf.subarray(start, start + n));
  }

  /** A bin, or a str read as bytes (vmihailenco's DecodeBytes accepts both). */
  bin(): Uint8Array {
    const c = this.u8();
    let n: number;
    if (c >= 0xa0 && c <= 0xbf) n = c & 0x1f;
    else if (c === STR8 || c === BIN8) n = this.u8();
    else if (c === STR16 || c === BIN16) n = this.u16();
    else if (c === STR32 || c === BIN32) n = this.u32();
    else return this.fail('binary', c);
    const start = this.need(n);
    return this.buf.subarray(start, start + n);
  }

  arrayHeader(): number {
    const c = this.u8();
    if (c >= 0x90 && c <= 0x9f) return c & 0x0f;
    if (c === ARRAY16) return this.u16();
    if (c === ARRAY32) return this.u32();
    return this.fail('array', c);
  }

  mapHeader(): number {
    const c = this.u8();
    if (c >= 0x80 && c <= 0x8f) return c & 0x0f;
    if (c === MAP16) return this.u16();
    if (c === MAP32) return this.u32();
    return this.fail('map', c);
  }

  ext(): MsgpackExt {
    const c = this.u8();
    let n: number;
    switch (c) {
      case FIXEXT1:
        n = 1;
        break;
      case FIXEXT2:
        n = 2;
        break;
      case FIXEXT4:
        n = 4;
        break;
      case FIXEXT8:
        n = 8;
        break;
      case FIXEXT16:
        n = 16;
        break;
      case EXT8:
        n = this.u8();
        break;
      case EXT16:
        n = this.u16();
        break;
      case EXT32:
        n = this.u32();
        break;
      default:
        return this.fail('extension', c);
    }
    const type = this.view.getInt8(this.need(1));
    const start = this.need(n);
    return { type, data: this.buf.subarray(start, start + n) };
  }

  /** Skips one complete item (nested containers included). */
  skip(): void {
    switch (this.peekKind()) {
      case 'nil':
        this.nil();
        return;
      case 'bool':
        this.bool();
        return;
      case 'int':
      case 'float':
        this.number();
        return;
      case 'str':
      case 'bin':
        this.bin();
        return;
      case 'ext':
        this.ext();
        return;
      case 'array':
        for (let n = this.arrayHeader(); n > 0; n--) this.skip();
        return;
      case 'map':
        for (let n = this.mapHeader() * 2; n > 0; n--) this.skip();
        return;
    }
  }

  private fail(expected: string, code?: number): never {
    const found = code === undefined ? '' : `, found ${describe(code)}`;
    throw new Error(`msgpack: expected ${expected}${found}`);
  }
}

function describe(code: number): string {
  try {
    return kindOf(code);
  } catch {
    return `format byte 0x${code.toString(16)}`;
  }
}

/**
 * Schema-less decode to plain JS (maps → objects, ext → {type, data}, ints beyond ±2^53 → bigint), for
 * tests and debugging; terraform values go through ./dynamic-value.ts.
 */
export function decodeMsgpack(bytes: Uint8Array): unknown {
  const r = new MsgpackReader(bytes);
  const value = readAny(r);
  if (!r.done()) throw new Error('msgpack: trailing bytes after value');
  return value;
}

function readAny(r: MsgpackReader): unknown {
  switch (r.peekKind()) {
    case 'nil':
      return r.nil();
    case 'bool':
      return r.bool();
    case 'int':
    case 'float':
      return r.number();
    case 'str':
      return r.str();
    case 'bin':
      return r.bin();
    case 'ext':
      return r.ext();
    case 'array': {
      const out: unknown[] = [];
      for (let n = r.arrayHeader(); n > 0; n--) out.push(readAny(r));
      return out;
    }
    case 'map': {
      const out: Record<string, unknown> = {};
      for (let n = r.mapHeader(); n > 0; n--) {
        const key = readAny(r);
        out[String(key)] = readAny(r);
      }
      return out;
    }
  }
}
