/**
 * DynamicValue <-> JS Value, directed by the schema type, following cty's
 * msgpack and JSON codecs (go-cty cty/msgpack, cty/json) rule for rule:
 *
 * - null is msgpack nil; an unknown is extension type 0, written as fixext1
 *   `d4 00 00`; a refined unknown (Terraform ≥ 1.6) is extension type 12 whose
 *   payload we keep verbatim, so echoing it back is byte-identical.
 * - objects are maps carrying every attribute of the object type, sorted by
 *   name (null → nil); maps are maps with sorted keys; lists, sets and tuples
 *   are arrays.
 * - numbers: an int64 is a compact msgpack int, a fraction or ±Infinity a
 *   float64, anything else its decimal text (cty's Text('f', -1); see
 *   encodeNumber for the one place we differ from cty's marshal); a string is
 *   read as a number when the type says so. A number no JS number holds
 *   exactly (a near-integer, an int64 beyond 2^53) decodes to an ExactNumber
 *   and encodes back to the same bytes.
 * - `dynamic` positions hold a 2-array [type JSON as bin, value].
 *
 * Shape mismatches throw {@link ValueTypeError}, which carries an attribute
 * path so the caller can turn it into a diagnostic pointing at the attribute.
 */
import type { AttributePathStep, DynamicValue } from '../tfprotov6/types';
import { ExactNumber } from './exact-number';
import { decodeJSONValue, parseNumber } from './json-value';
import { MsgpackReader, MsgpackWriter, kindOf } from './msgpack';
import { type Type, typeFromJSON, typeToJSON } from './type';
import { UNKNOWN, UnknownValue, type Value, isObjectValue } from './value';
import { ValueTypeError, describeKind } from './value-type-error';

export { decodeRawStateJSON } from './json-value';
export { ValueTypeError, formatPath } from './value-type-error';

/** msgpack extension types cty uses for unknown values. */
const EXT_UNKNOWN = 0;
const EXT_UNKNOWN_REFINED = 12;
const UNKNOWN_BYTES = Uint8Array.of(0xd4, EXT_UNKNOWN, 0);

const TWO_POW_63 = 9223372036854775808;
const MIN_INT64 = -(1n << 63n);
const MAX_INT64 = (1n << 63n) - 1n;

// ---- encode -----------------------------------------------------------------

/** Encodes a value of the given type as a msgpack DynamicValue. */
export function encodeDynamicValue(value: Value, type: Type): DynamicValue {
  const w = new MsgpackWriter();
  encodeValue(w, value, type, []);
  return { msgpack: w.finish() };
}

function encodeValue(w: MsgpackWriter, value: Value, type: Type, path: AttributePathStep[]): void {
  if (type === 'dynamic') {
    if (value === null) {
      w.nil();
      return;
    }
    if (value instanceof UnknownValue) {
      // A wholly unknown value of unknown type: cty's DynamicVal, never refined.
      w.raw(UNKNOWN_BYTES);
      return;
    }
    const concrete = impliedType(value, path);
    w.arrayHeader(2);
    w.bin(new TextEncoder().encode(JSON.stringify(typeToJSON(concrete))));
    encodeValue(w, value, concrete, path);
    return;
  }
  if (value === null) {
    w.nil();
    return;
  }
  if (value instanceof UnknownValue) {
    if (value.refinements && value.refinements.length > 1) w.ext(EXT_UNKNOWN_REFINED, value.refinements);
    else w.raw(UNKNOWN_BYTES);
    return;
  }
  if (typeof type === 'string') {
    switch (type) {
      case 'string':
        if (typeof value !== 'string') throw mismatch(path, 'string', value);
        w.str(value);
        return;
      case 'bool':
        if (typeof value !== 'boolean') throw mismatch(path, 'bool', value);
        w.bool(value);
        return;
      case 'number':
        if (typeof value === 'number') encodeNumber(w, value, path);
        else if (value instanceof ExactNumber) encodeExactNumber(w, value);
        else throw mismatch(path, 'number', value);
        return;
    }
  }
  switch (type.kind) {
    case 'list':
    case 'set': {
      if (!Array.isArray(value)) throw mismatch(path, type.kind, value);
      const items = value as readonly Value[];
      w.arrayHeader(items.length);
      for (let i = 0; i < items.length; i++) {
        if (type.kind === 'list') path.push({ elementKeyInt: i });
        encodeValue(w, items[i], type.element, path);
        if (type.kind === 'list') path.pop();
      }
      return;
    }
    case 'tuple': {
      if (!Array.isArray(value)) throw mismatch(path, 'tuple', value);
      const items = value as readonly Value[];
      if (items.length !== type.elements.length) {
        throw new ValueTypeError(path, `a tuple of ${type.elements.length} elements is required, got ${items.length}`);
      }
      w.arrayHeader(items.length);
      for (let i = 0; i < items.length; i++) {
        path.push({ elementKeyInt: i });
        encodeValue(w, items[i], type.elements[i], path);
        path.pop();
      }
      return;
    }
    case 'map': {
      if (!isObjectValue(value)) throw mismatch(path, 'map', value);
      const keys = Object.keys(value).sort(compareCodePoints);
      w.mapHeader(keys.length);
      for (const key of keys) {
        path.push({ elementKeyString: key });
        w.str(key);
        encodeValue(w, value[key], type.element, path);
        path.pop();
      }
      return;
    }
    case 'object': {
      if (!isObjectValue(value)) throw mismatch(path, 'object', value);
      for (const key of Object.keys(value)) {
        if (!Object.prototype.hasOwnProperty.call(type.attributes, key)) throw new ValueTypeError(path, `unsupported attribute "${key}"`);
      }
      const names = Object.keys(type.attributes).sort(compareCodePoints);
      w.mapHeader(names.length);
      for (const name of names) {
        path.push({ attributeName: name });
        w.str(name);
        const attr = value[name];
        encodeValue(w, attr === undefined ? null : attr, type.attributes[name], path);
        path.pop();
      }
      return;
    }
  }
}

/**
 * A JS number: an int64 as a compact msgpack int, a fraction or ±Infinity as
 * float64, and an integer beyond int64 as its exact decimal text. (cty itself
 * would write that integer as a float64, since a double is exact; but Terraform
 * reads a float64 as a 53-bit number whose text is its shortest form,
 * 18446744073709550000 for 2^64, and its final-plan check at apply then fails.
 * Checked with Terraform 1.11.4: the decimal text round-trips.)
 */
function encodeNumber(w: MsgpackWriter, n: number, path: AttributePathStep[]): void {
  if (Number.isNaN(n)) throw new ValueTypeError(path, 'NaN is not a valid number');
  if (!Number.isInteger(n)) w.float64(n);
  else if (n >= -TWO_POW_63 && n < TWO_POW_63) w.int(n);
  else w.str(BigInt(n).toString());
}

/**
 * A number no JS number holds exactly, as cty marshals it: an int64 as a msgpack
 * int, else its decimal text. (cty's middle rule, float64 when exact, never
 * applies to an exact integer, which is never a double; a fraction that is a
 * double's full binary expansion, 0.1000000000000000055511151231257827021181583404541015625,
 * stays text: as a float64 cty would compare it by its shortest form, "0.1".)
 */
function encodeExactNumber(w: MsgpackWriter, n: ExactNumber): void {
  if (n.isInteger) {
    const integer = BigInt(n.text);
    if (integer >= MIN_INT64 && integer <= MAX_INT64) {
      w.bigInt(integer);
      return;
    }
  }
  w.str(n.text);
}

/** The type cty would infer for a JS value (for `dynamic` positions): arrays are tuples, records objects. */
export function impliedType(value: Value, path: AttributePathStep[] = []): Type {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number' || value instanceof ExactNumber) return 'number';
  if (typeof value === 'boolean') return 'bool';
  if (Array.isArray(value)) {
    const items = value as readonly Value[];
    return { kind: 'tuple', elements: items.map((item, i) => nestedImplied(item, path, { elementKeyInt: i })) };
  }
  if (isObjectValue(value)) {
    const attributes: Record<string, Type> = {};
    for (const name of Object.keys(value).sort(compareCodePoints)) {
      attributes[name] = nestedImplied(value[name], path, { attributeName: name });
    }
    return { kind: 'object', attributes };
  }
  throw new ValueTypeError(path, `cannot infer a type for ${describeKind(value)} inside a dynamic value`);
}

function nestedImplied(value: Value, path: AttributePathStep[], step: AttributePathStep): Type {
  // null and unknown carry no type of their own: cty would call them dynamic.
  if (value === null || value instanceof UnknownValue) return 'dynamic';
  path.push(step);
  const t = impliedType(value, path);
  path.pop();
  return t;
}

// ---- decode -----------------------------------------------------------------

/**
 * Decodes a DynamicValue (msgpack, or JSON when only that is set) as the given
 * type. An empty DynamicValue is null, as terraform treats it.
 */
export function decodeDynamicValue(dv: DynamicValue | undefined, type: Type): Value {
  if (dv?.msgpack && dv.msgpack.length > 0) {
    const r = new MsgpackReader(dv.msgpack);
    const path: AttributePathStep[] = [];
    let value: Value;
    try {
      value = decodeValue(r, type, path);
    } catch (e) {
      if (e instanceof ValueTypeError) throw e;
      throw new ValueTypeError(path, (e as Error).message);
    }
    if (!r.done()) throw new ValueTypeError([], 'msgpack: trailing bytes after the value');
    return value;
  }
  if (dv?.json && dv.json.length > 0) return decodeJSONValue(dv.json, type);
  return null;
}

function decodeValue(r: MsgpackReader, type: Type, path: AttributePathStep[]): Value {
  const kind = kindOf(r.peek());
  if (kind === 'ext') return decodeUnknown(r, path);
  if (type === 'dynamic') return decodeDynamic(r, path);
  if (kind === 'nil') return r.nil();
  if (typeof type === 'string') {
    switch (type) {
      case 'string':
        if (kind !== 'str' && kind !== 'bin') throw new ValueTypeError(path, `string is required, found msgpack ${kind}`);
        return r.str();
      case 'bool':
        if (kind !== 'bool') throw new ValueTypeError(path, `bool is required, found msgpack ${kind}`);
        return r.bool();
      case 'number': {
        if (kind === 'int' || kind === 'float') {
          const n = r.number();
          if (typeof n === 'bigint') return ExactNumber.fromBigInt(n);
          if (Number.isNaN(n)) throw new ValueTypeError(path, 'NaN is not a valid number');
          return n;
        }
        if (kind === 'str' || kind === 'bin') return parseNumber(r.str(), path);
        throw new ValueTypeError(path, `number is required, found msgpack ${kind}`);
      }
    }
  }
  switch (type.kind) {
    case 'list':
    case 'set': {
      if (kind !== 'array') throw new ValueTypeError(path, `a ${type.kind} is required, found msgpack ${kind}`);
      const n = r.arrayHeader();
      const out: Value[] = new Array(n);
      for (let i = 0; i < n; i++) {
        if (type.kind === 'list') path.push({ elementKeyInt: i });
        out[i] = decodeValue(r, type.element, path);
        if (type.kind === 'list') path.pop();
      }
      return out;
    }
    case 'tuple': {
      if (kind !== 'array') throw new ValueTypeError(path, `a tuple is required, found msgpack ${kind}`);
      const n = r.arrayHeader();
      if (n !== type.elements.length) {
        throw new ValueTypeError(path, `a tuple of ${type.elements.length} elements is required, got ${n}`);
      }
      const out: Value[] = new Array(n);
      for (let i = 0; i < n; i++) {
        path.push({ elementKeyInt: i });
        out[i] = decodeValue(r, type.elements[i], path);
        path.pop();
      }
      return out;
    }
    case 'map': {
      if (kind !== 'map') throw new ValueTypeError(path, `a map is required, found msgpack ${kind}`);
      const n = r.mapHeader();
      const out: Record<string, Value> = {};
      for (let i = 0; i < n; i++) {
        const key = readKey(r, path);
        path.push({ elementKeyString: key });
        out[key] = decodeValue(r, type.element, path);
        path.pop();
      }
      return out;
    }
    case 'object': {
      if (kind !== 'map') throw new ValueTypeError(path, `an object is required, found msgpack ${kind}`);
      const n = r.mapHeader();
      const expected = Object.keys(type.attributes).length;
      if (n !== expected) throw new ValueTypeError(path, `an object with ${expected} attributes is required (${n} given)`);
      const out: Record<string, Value> = {};
      for (let i = 0; i < n; i++) {
        const key = readKey(r, path);
        const attrType = type.attributes[key];
        if (attrType === undefined || !Object.prototype.hasOwnProperty.call(type.attributes, key)) {
          throw new ValueTypeError(path, `unsupported attribute "${key}"`);
        }
        if (Object.prototype.hasOwnProperty.call(out, key)) throw new ValueTypeError(path, `duplicate attribute "${key}"`);
        path.push({ attributeName: key });
        out[key] = decodeValue(r, attrType, path);
        path.pop();
      }
      return out;
    }
  }
}

function readKey(r: MsgpackReader, path: AttributePathStep[]): string {
  const kind = kindOf(r.peek());
  if (kind !== 'str' && kind !== 'bin') throw new ValueTypeError(path, `all keys must be strings, found msgpack ${kind}`);
  return r.str();
}

/**
 * cty reads any extension as unknown: 0- or 1-byte payloads are plain
 * unknowns; longer ones must be type 12 (refinements), kept verbatim.
 */
function decodeUnknown(r: MsgpackReader, path: AttributePathStep[]): UnknownValue {
  const ext = r.ext();
  if (ext.data.length <= 1) return UNKNOWN;
  if (ext.type !== EXT_UNKNOWN_REFINED) {
    throw new ValueTypeError(path, `unsupported msgpack extension type ${ext.type} with length ${ext.data.length}`);
  }
  // Copy: the payload is a view into the request buffer.
  return new UnknownValue(ext.data.slice());
}

function decodeDynamic(r: MsgpackReader, path: AttributePathStep[]): Value {
  const kind = kindOf(r.peek());
  if (kind === 'nil') return r.nil();
  if (kind !== 'array' || r.arrayHeader() !== 2) {
    throw new ValueTypeError(path, 'dynamic value array must have exactly two elements');
  }
  const type = typeFromJSON(parseTypeJSON(r.bin(), path));
  return decodeValue(r, type, path);
}

// ---- helpers ------------------------------------------------------------------

/** Orders strings by code point, which is the byte order of their UTF-8 form (Go's sort.Strings). */
function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(i);
    if (ca === cb) continue;
    // Surrogates (astral code points) sort above every BMP code point in UTF-8.
    const sa = ca >= 0xd800 && ca <= 0xdfff;
    const sb = cb >= 0xd800 && cb <= 0xdfff;
    if (sa !== sb) return sa ? 1 : -1;
    return ca - cb;
  }
  return a.length - b.length;
}

function parseTypeJSON(bytes: Uint8Array, path: AttributePathStep[]): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    throw new ValueTypeError(path, `invalid JSON: ${(e as Error).message}`);
  }
}

function mismatch(path: AttributePathStep[], expected: string, value: unknown): ValueTypeError {
  return new ValueTypeError(path, `${expected} is required, got ${describeKind(value)}`);
}
