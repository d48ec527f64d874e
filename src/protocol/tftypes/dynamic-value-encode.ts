/**
 * JS Value → msgpack DynamicValue, directed by the schema type (the rules are
 * listed in ./dynamic-value.ts), and the type cty would infer for a value in a
 * `dynamic` position.
 */
import type { AttributePathStep, DynamicValue } from '../tfprotov6/types';
import { ExactNumber } from './exact-number';
import { MsgpackWriter } from './msgpack-writer';
import { type Type, typeToJSON } from './type';
import { EXT_UNKNOWN_REFINED, UNKNOWN_BYTES } from './unknown-ext';
import { UnknownValue, type Value, isObjectValue } from './value';
import { ValueTypeError, describeKind } from './value-type-error';

const TWO_POW_63 = 9223372036854775808;
const MIN_INT64 = -(1n << 63n);
const MAX_INT64 = (1n << 63n) - 1n;

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

function mismatch(path: AttributePathStep[], expected: string, value: unknown): ValueTypeError {
  return new ValueTypeError(path, `${expected} is required, got ${describeKind(value)}`);
}
