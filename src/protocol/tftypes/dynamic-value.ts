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
 * - numbers: an integer that fits int64 is a compact msgpack int, any other
 *   finite number a float64, and an integer beyond int64 a decimal string
 *   (cty does that, and decodes a string as a number when the type says so).
 * - `dynamic` positions hold a 2-array [type JSON as bin, value].
 *
 * Shape mismatches throw {@link ValueTypeError}, which carries an attribute
 * path so the caller can turn it into a diagnostic pointing at the attribute.
 */
import type { AttributePathStep, DynamicValue } from '../tfprotov6/types';
import { MsgpackReader, MsgpackWriter, kindOf } from './msgpack';
import { type Type, typeFromJSON, typeToJSON } from './type';
import { UNKNOWN, UnknownValue, type Value, isObjectValue } from './value';

/** msgpack extension types cty uses for unknown values. */
const EXT_UNKNOWN = 0;
const EXT_UNKNOWN_REFINED = 12;
const UNKNOWN_BYTES = Uint8Array.of(0xd4, EXT_UNKNOWN, 0);

const TWO_POW_63 = 9223372036854775808;

export class ValueTypeError extends Error {
  /** Where in the value the problem is (set elements cannot be addressed, so paths stop at the set). */
  readonly path: readonly AttributePathStep[];
  readonly reason: string;

  constructor(path: readonly AttributePathStep[], reason: string) {
    super(path.length > 0 ? `${reason} (at ${formatPath(path)})` : reason);
    this.name = 'ValueTypeError';
    // Callers pass their working path array, which they keep mutating: copy it.
    this.path = [...path];
    this.reason = reason;
  }
}

/** Terraform-style rendering of a path: `.tags["a"][0]`. */
export function formatPath(path: readonly AttributePathStep[]): string {
  let out = '';
  for (const step of path) {
    if ('attributeName' in step) out += `.${step.attributeName}`;
    else if ('elementKeyString' in step) out += `[${JSON.stringify(step.elementKeyString)}]`;
    else out += `[${step.elementKeyInt}]`;
  }
  return out || '(root)';
}

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
        if (typeof value !== 'number') throw mismatch(path, 'number', value);
        encodeNumber(w, value, path);
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

function encodeNumber(w: MsgpackWriter, n: number, path: AttributePathStep[]): void {
  if (Number.isNaN(n)) throw new ValueTypeError(path, 'NaN is not a valid number');
  if (!Number.isFinite(n)) {
    w.float64(n); // cty writes ±Infinity as float64
  } else if (Number.isInteger(n)) {
    if (n >= -TWO_POW_63 && n < TWO_POW_63) w.int(n);
    else w.str(BigInt(n).toString()); // beyond int64: cty's exact decimal string
  } else {
    w.float64(n);
  }
}

/** The type cty would infer for a JS value (for `dynamic` positions): arrays are tuples, records objects. */
export function impliedType(value: Value, path: AttributePathStep[] = []): Type {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') return 'number';
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
  throw new ValueTypeError(path, `cannot infer a type for ${describe(value)} inside a dynamic value`);
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
  if (dv?.json && dv.json.length > 0) {
    return fromJSON(parseJSON(dv.json), type, [], false);
  }
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
  const type = typeFromJSON(parseJSON(r.bin()));
  return decodeValue(r, type, path);
}

function parseNumber(text: string, path: AttributePathStep[]): number {
  const trimmed = text.trim();
  const n = trimmed === '' ? NaN : Number(trimmed);
  if (Number.isNaN(n)) throw new ValueTypeError(path, 'number is required, found a string that is not a number');
  return n;
}

// ---- JSON ---------------------------------------------------------------------

/**
 * Decodes a resource's stored state JSON (UpgradeResourceState's RawState.json)
 * as the current schema type. Attributes the schema no longer has are dropped
 * by default, as terraform-plugin-go does (a schema that removed an attribute
 * must still read old state); missing attributes are null.
 */
export function decodeRawStateJSON(bytes: Uint8Array, type: Type, options: { ignoreUndefinedAttributes?: boolean } = {}): Value {
  return fromJSON(parseJSON(bytes), type, [], options.ignoreUndefinedAttributes ?? true);
}

function parseJSON(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    throw new ValueTypeError([], `invalid JSON: ${(e as Error).message}`);
  }
}

/** cty/json's rules: strings, numbers and bools convert into each other where cty's convert package allows. */
function fromJSON(json: unknown, type: Type, path: AttributePathStep[], ignoreUndefined: boolean): Value {
  if (type === 'dynamic') {
    if (json === null) return null;
    if (typeof json !== 'object' || Array.isArray(json) || !('type' in json) || !('value' in json)) {
      throw new ValueTypeError(path, 'a dynamic value must be a JSON object with "value" and "type"');
    }
    const wrapped = json as { value: unknown; type: unknown };
    return fromJSON(wrapped.value, typeFromJSON(wrapped.type), path, ignoreUndefined);
  }
  if (json === null) return null;
  if (typeof type === 'string') {
    switch (type) {
      case 'string':
        if (typeof json === 'string') return json;
        if (typeof json === 'number' || typeof json === 'boolean') return String(json);
        throw jsonMismatch(path, 'string', json);
      case 'number':
        if (typeof json === 'number') return json;
        if (typeof json === 'string') return parseNumber(json, path);
        throw jsonMismatch(path, 'number', json);
      case 'bool':
        if (typeof json === 'boolean') return json;
        if (json === 'true' || json === '1') return true;
        if (json === 'false' || json === '0') return false;
        throw jsonMismatch(path, 'bool', json);
    }
  }
  switch (type.kind) {
    case 'list':
    case 'set': {
      if (!Array.isArray(json)) throw jsonMismatch(path, type.kind, json);
      return json.map((item: unknown, i: number) => {
        if (type.kind === 'list') path.push({ elementKeyInt: i });
        const v = fromJSON(item, type.element, path, ignoreUndefined);
        if (type.kind === 'list') path.pop();
        return v;
      });
    }
    case 'tuple': {
      if (!Array.isArray(json)) throw jsonMismatch(path, 'tuple', json);
      if (json.length !== type.elements.length) {
        throw new ValueTypeError(path, `a tuple of ${type.elements.length} elements is required, got ${json.length}`);
      }
      return json.map((item: unknown, i: number) => {
        path.push({ elementKeyInt: i });
        const v = fromJSON(item, type.elements[i], path, ignoreUndefined);
        path.pop();
        return v;
      });
    }
    case 'map': {
      if (typeof json !== 'object' || Array.isArray(json)) throw jsonMismatch(path, 'map', json);
      const out: Record<string, Value> = {};
      for (const [key, item] of Object.entries(json as Record<string, unknown>)) {
        path.push({ elementKeyString: key });
        out[key] = fromJSON(item, type.element, path, ignoreUndefined);
        path.pop();
      }
      return out;
    }
    case 'object': {
      if (typeof json !== 'object' || Array.isArray(json)) throw jsonMismatch(path, 'object', json);
      const record = json as Record<string, unknown>;
      if (!ignoreUndefined) {
        for (const key of Object.keys(record)) {
          if (!Object.prototype.hasOwnProperty.call(type.attributes, key)) throw new ValueTypeError(path, `unsupported attribute "${key}"`);
        }
      }
      const out: Record<string, Value> = {};
      for (const [name, attrType] of Object.entries(type.attributes)) {
        path.push({ attributeName: name });
        out[name] = Object.prototype.hasOwnProperty.call(record, name) ? fromJSON(record[name], attrType, path, ignoreUndefined) : null;
        path.pop();
      }
      return out;
    }
  }
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

/**
 * Names a value's kind, never its content: these messages end up in
 * diagnostics and logs, and the value may be a secret.
 */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof UnknownValue) return 'an unknown value';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

function mismatch(path: AttributePathStep[], expected: string, value: unknown): ValueTypeError {
  return new ValueTypeError(path, `${expected} is required, got ${describe(value)}`);
}

function jsonMismatch(path: AttributePathStep[], expected: string, json: unknown): ValueTypeError {
  return new ValueTypeError(path, `${expected} is required, got JSON ${describe(json)}`);
}
