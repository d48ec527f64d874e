import type { Type } from '../protocol/tftypes/type';
import { ExactNumber, NumberFormatError, type Value, isNumberValue } from '../protocol/tftypes/value';

/**
 * Shapes plain JSON (a stored state, or an upgrader's output) into a value of
 * `type`: attributes the type lacks are dropped (state written by an older
 * schema may carry removed attributes), missing ones become null. Throws with
 * a path when a value cannot be of the type. Numbers may be ExactNumbers (the
 * state parser keeps every digit); numbers written as strings are read exactly.
 */
export function conformToType(json: unknown, type: Type, path = ''): Value {
  if (json === null || json === undefined) return null;
  if (type === 'dynamic') return json as Value;
  if (type === 'number') {
    if (isNumberValue(json as Value)) return json as Value;
    if (typeof json === 'string') return numberFromText(json, path);
    throw new Error(`${path || 'value'}: expected number, got ${JSON.stringify(json)}`);
  }
  if (type === 'string' || type === 'bool') {
    if (typeof json === (type === 'bool' ? 'boolean' : type)) return json as Value;
    throw new Error(`${path || 'value'}: expected ${type}, got ${JSON.stringify(json)}`);
  }
  switch (type.kind) {
    case 'list':
    case 'set':
      if (!Array.isArray(json)) throw new Error(`${path || 'value'}: expected a ${type.kind}`);
      return json.map((item, i) => conformToType(item, type.element, `${path}[${i}]`));
    case 'tuple':
      if (!Array.isArray(json)) throw new Error(`${path || 'value'}: expected a tuple`);
      return type.elements.map((t, i) => conformToType(json[i], t, `${path}[${i}]`));
    case 'map': {
      if (!isRecord(json)) throw new Error(`${path || 'value'}: expected a map`);
      const out: Record<string, Value> = {};
      for (const [k, v] of Object.entries(json)) out[k] = conformToType(v, type.element, `${path}["${k}"]`);
      return out;
    }
    case 'object': {
      if (!isRecord(json)) throw new Error(`${path || 'value'}: expected an object`);
      const out: Record<string, Value> = {};
      for (const [name, t] of Object.entries(type.attributes)) {
        out[name] = conformToType(json[name], t, path ? `${path}.${name}` : name);
      }
      return out;
    }
  }
}

const isRecord = (json: unknown): json is Record<string, unknown> =>
  typeof json === 'object' && json !== null && !Array.isArray(json) && !(json instanceof ExactNumber);

function numberFromText(text: string, path: string): Value {
  try {
    return ExactNumber.parse(text);
  } catch (err) {
    if (err instanceof NumberFormatError) throw new Error(`${path || 'value'}: ${err.message}`);
    throw err;
  }
}
