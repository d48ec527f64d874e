/**
 * Terraform's type system (cty), as far as the plugin protocol exposes it.
 *
 * Schemas send attribute types to Terraform as cty's JSON type encoding
 * ("string", ["list","string"], ["object",{"a":"bool"}]), and DynamicValues are
 * only decodable with the type in hand (a msgpack array may be a list, a set or a
 * tuple). Both the wire codec and the framework therefore share this one model.
 */
export type PrimitiveType = 'string' | 'number' | 'bool';

export type Type =
  | PrimitiveType
  | 'dynamic'
  | { readonly kind: 'list'; readonly element: Type }
  | { readonly kind: 'set'; readonly element: Type }
  | { readonly kind: 'map'; readonly element: Type }
  | { readonly kind: 'object'; readonly attributes: Readonly<Record<string, Type>>; readonly optional?: readonly string[] }
  | { readonly kind: 'tuple'; readonly elements: readonly Type[] };

export const listOf = (element: Type): Type => ({ kind: 'list', element });
export const setOf = (element: Type): Type => ({ kind: 'set', element });
export const mapOf = (element: Type): Type => ({ kind: 'map', element });
export const objectOf = (attributes: Record<string, Type>): Type => ({ kind: 'object', attributes });

/** cty's JSON type encoding, as carried in `Schema.Attribute.type`. */
export function typeToJSON(type: Type): unknown {
  if (typeof type === 'string') return type;
  switch (type.kind) {
    case 'list':
    case 'set':
    case 'map':
      return [type.kind, typeToJSON(type.element)];
    case 'tuple':
      return ['tuple', type.elements.map(typeToJSON)];
    case 'object': {
      const attrs: Record<string, unknown> = {};
      for (const [name, t] of Object.entries(type.attributes)) attrs[name] = typeToJSON(t);
      return type.optional && type.optional.length > 0 ? ['object', attrs, [...type.optional]] : ['object', attrs];
    }
  }
}

/** Inverse of {@link typeToJSON}; throws on a malformed type (a protocol bug, not user input). */
export function typeFromJSON(json: unknown): Type {
  if (json === 'string' || json === 'number' || json === 'bool' || json === 'dynamic') return json;
  if (Array.isArray(json)) {
    const [kind, arg, optional] = json as [unknown, unknown, unknown];
    if ((kind === 'list' || kind === 'set' || kind === 'map') && arg !== undefined) {
      return { kind, element: typeFromJSON(arg) };
    }
    if (kind === 'tuple' && Array.isArray(arg)) return { kind: 'tuple', elements: arg.map(typeFromJSON) };
    if (kind === 'object' && arg !== null && typeof arg === 'object') {
      const attributes: Record<string, Type> = {};
      for (const [name, t] of Object.entries(arg as Record<string, unknown>)) attributes[name] = typeFromJSON(t);
      return Array.isArray(optional) ? { kind: 'object', attributes, optional: optional as string[] } : { kind: 'object', attributes };
    }
  }
  throw new Error(`not a Terraform type: ${JSON.stringify(json)}`);
}

export function typeEquals(a: Type, b: Type): boolean {
  return JSON.stringify(typeToJSON(a)) === JSON.stringify(typeToJSON(b));
}
