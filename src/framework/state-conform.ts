import type { Type } from '../protocol/tftypes/type';
import type { Value } from '../protocol/tftypes/value';

/**
 * Shapes plain JSON (a stored state, or an upgrader's output) into a value of
 * `type`: attributes the type lacks are dropped (state written by an older
 * schema may carry removed attributes), missing ones become null. Throws with
 * a path when a value cannot be of the type.
 */
export function conformToType(json: unknown, type: Type, path = ''): Value {
  if (json === null || json === undefined) return null;
  if (type === 'dynamic') return json as Value;
  if (type === 'string' || type === 'number' || type === 'bool') {
    const expected = type === 'bool' ? 'boolean' : type;
    if (typeof json === expected) return json as Value;
    if (type === 'number' && typeof json === 'string' && json.trim() !== '' && !Number.isNaN(Number(json))) return Number(json);
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
      if (typeof json !== 'object' || Array.isArray(json)) throw new Error(`${path || 'value'}: expected a map`);
      const out: Record<string, Value> = {};
      for (const [k, v] of Object.entries(json as Record<string, unknown>)) out[k] = conformToType(v, type.element, `${path}["${k}"]`);
      return out;
    }
    case 'object': {
      if (typeof json !== 'object' || Array.isArray(json)) throw new Error(`${path || 'value'}: expected an object`);
      const source = json as Record<string, unknown>;
      const out: Record<string, Value> = {};
      for (const [name, t] of Object.entries(type.attributes)) {
        out[name] = conformToType(source[name], t, path ? `${path}.${name}` : name);
      }
      return out;
    }
  }
}
