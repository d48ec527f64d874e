/**
 * The msgpack reader: every format cty's decoder accepts (strings from str or
 * bin, any int width, float32 or float64), one item at a time for the
 * type-directed decoder in ./dynamic-value.ts.
 */
import { TextDecoder } from 'node:util';
import {
  type MsgpackKind, NIL, FALSE, TRUE, BIN8, BIN16, BIN32, EXT8, EXT16, EXT32,
  FLOAT32, FLOAT64, UINT8, UINT16, UINT32, UINT64, INT8, INT16, INT32, INT64,
  FIXEXT1, FIXEXT2, FIXEXT4, FIXEXT8, FIXEXT16, STR8, STR16, STR32, ARRAY16, ARRAY32,
  MAP16, MAP32, describeFormat, kindOf,
} from './msgpack-format';

const TWO_POW_32 = 4294967296;
/** The high 32-bit half of a 64-bit integer below this (in magnitude) keeps the whole value within ±2^53. */
const HIGH_HALF_LIMIT = 0x200000;

let textDecoder: TextDecoder | undefined;

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
    const bytes = this.bytes('string');
    textDecoder ??= new TextDecoder('utf-8', { fatal: true });
    return textDecoder.decode(bytes);
  }

  /** A bin, or a str read as bytes (vmihailenco's DecodeBytes accepts both). */
  bin(): Uint8Array {
    return this.bytes('binary');
  }

  /** The payload of a str or bin of any length form (the two share their decoding). */
  private bytes(expected: string): Uint8Array {
    const c = this.u8();
    let n: number;
    if (c >= 0xa0 && c <= 0xbf) n = c & 0x1f;
    else if (c === STR8 || c === BIN8) n = this.u8();
    else if (c === STR16 || c === BIN16) n = this.u16();
    else if (c === STR32 || c === BIN32) n = this.u32();
    else return this.fail(expected, c);
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
    const found = code === undefined ? '' : `, found ${describeFormat(code)}`;
    throw new Error(`msgpack: expected ${expected}${found}`);
  }
}
