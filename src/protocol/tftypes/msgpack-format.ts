/**
 * msgpack's format bytes and item kinds (the msgpack spec), shared by the
 * reader and the writer. Named so both read like the spec.
 */
export const NIL = 0xc0;
export const FALSE = 0xc2;
export const TRUE = 0xc3;
export const BIN8 = 0xc4;
export const BIN16 = 0xc5;
export const BIN32 = 0xc6;
export const EXT8 = 0xc7;
export const EXT16 = 0xc8;
export const EXT32 = 0xc9;
export const FLOAT32 = 0xca;
export const FLOAT64 = 0xcb;
export const UINT8 = 0xcc;
export const UINT16 = 0xcd;
export const UINT32 = 0xce;
export const UINT64 = 0xcf;
export const INT8 = 0xd0;
export const INT16 = 0xd1;
export const INT32 = 0xd2;
export const INT64 = 0xd3;
export const FIXEXT1 = 0xd4;
export const FIXEXT2 = 0xd5;
export const FIXEXT4 = 0xd6;
export const FIXEXT8 = 0xd7;
export const FIXEXT16 = 0xd8;
export const STR8 = 0xd9;
export const STR16 = 0xda;
export const STR32 = 0xdb;
export const ARRAY16 = 0xdc;
export const ARRAY32 = 0xdd;
export const MAP16 = 0xde;
export const MAP32 = 0xdf;

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

/** A format byte in words, for error messages. */
export function describeFormat(code: number): string {
  try {
    return kindOf(code);
  } catch {
    return `format byte 0x${code.toString(16)}`;
  }
}
