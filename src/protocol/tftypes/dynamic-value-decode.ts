/**
 * msgpack or JSON DynamicValue → JS Value, directed by the schema type (the
 * rules are listed in ./dynamic-value.ts).
 */
import type { AttributePathStep, DynamicValue } from '../tfprotov6/types';
import { ExactNumber } from './exact-number';
import { decodeJSONValue, parseNumber } from './json-value';
import { kindOf } from './msgpack-format';
import { MsgpackReader } from './msgpack-reader';
import { type Type, typeFromJSON } from './type';
import { EXT_UNKNOWN_REFINED } from './unknown-ext';
import { UNKNOWN, UnknownValue, type Value } from './value';
import { ValueTypeError } from './value-type-error';

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

function parseTypeJSON(bytes: Uint8Array, path: AttributePathStep[]): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    throw new ValueTypeError(path, `invalid JSON: ${(e as Error).message}`);
  }
}

