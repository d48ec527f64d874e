/**
 * JSON → Value, directed by the schema type, following cty/json's rules: what
 * UpgradeResourceState's RawState.json and a DynamicValue's json form carry.
 * Numbers keep every digit (see ./exact-json.ts): Terraform writes state numbers
 * as their full decimal text, and rounding them would silently change state.
 */
import type { AttributePathStep } from '../tfprotov6/types';
import { ExactNumber, NumberFormatError } from './exact-number';
import { parseJSONKeepingNumbers } from './exact-json';
import { type Type, typeFromJSON } from './type';
import type { Value } from './value';
import { ValueTypeError, describeKind } from './value-type-error';

/**
 * Decodes a resource's stored state JSON (UpgradeResourceState's RawState.json)
 * as the current schema type. Attributes the schema no longer has are dropped
 * by default, as terraform-plugin-go does (a schema that removed an attribute
 * must still read old state); missing attributes are null.
 */
export function decodeRawStateJSON(bytes: Uint8Array, type: Type, options: { ignoreUndefinedAttributes?: boolean } = {}): Value {
  return fromJSON(parseJSON(bytes), type, [], options.ignoreUndefinedAttributes ?? true);
}

/** A DynamicValue's json form: every attribute must be in the type. */
export function decodeJSONValue(bytes: Uint8Array, type: Type): Value {
  return fromJSON(parseJSON(bytes), type, [], false);
}

/**
 * Parses JSON keeping every digit of its numbers (a JS number, or an
 * ExactNumber where no JS number is exact). Throws ValueTypeError.
 */
function parseJSON(bytes: Uint8Array): unknown {
  try {
    return parseJSONKeepingNumbers(new TextDecoder().decode(bytes));
  } catch (e) {
    throw new ValueTypeError([], `invalid JSON: ${(e as Error).message}`);
  }
}

/** A number written as text (cty.ParseNumberVal's grammar), exactly. */
export function parseNumber(text: string, path: AttributePathStep[]): number | ExactNumber {
  try {
    return ExactNumber.parse(text);
  } catch (e) {
    if (e instanceof NumberFormatError) throw new ValueTypeError(path, e.message);
    throw e;
  }
}

const isJSONNumber = (json: unknown): json is number | ExactNumber => typeof json === 'number' || json instanceof ExactNumber;
const isJSONObject = (json: unknown): json is Record<string, unknown> =>
  typeof json === 'object' && json !== null && !Array.isArray(json) && !(json instanceof ExactNumber);

/** cty/json's rules: strings, numbers and bools convert into each other where cty's convert package allows. */
function fromJSON(json: unknown, type: Type, path: AttributePathStep[], ignoreUndefined: boolean): Value {
  if (type === 'dynamic') {
    if (json === null) return null;
    if (!isJSONObject(json) || !('type' in json) || !('value' in json)) {
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
        if (isJSONNumber(json) || typeof json === 'boolean') return String(json);
        throw jsonMismatch(path, 'string', json);
      case 'number':
        if (isJSONNumber(json)) return json;
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
      if (!isJSONObject(json)) throw jsonMismatch(path, 'map', json);
      const out: Record<string, Value> = {};
      for (const [key, item] of Object.entries(json)) {
        path.push({ elementKeyString: key });
        out[key] = fromJSON(item, type.element, path, ignoreUndefined);
        path.pop();
      }
      return out;
    }
    case 'object': {
      if (!isJSONObject(json)) throw jsonMismatch(path, 'object', json);
      const record = json;
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

function jsonMismatch(path: AttributePathStep[], expected: string, json: unknown): ValueTypeError {
  return new ValueTypeError(path, `${expected} is required, got JSON ${describeKind(json)}`);
}
