import type { Attribute } from './attribute';
import { unmanagedWhenUnset } from '../planmodifiers/builtin';

const UNMANAGED = unmanagedWhenUnset();

/**
 * An optional attribute with "unset means unmanaged" semantics: optional +
 * computed, planned from state when left out, and its description says so
 * (the modifier's own description, so docs cannot drift from behaviour).
 * Children of a nested attribute are wrapped too unless `children: false`.
 */
export function unmanagedWhenUnsetAttribute<T extends Attribute>(attribute: T, options: { children?: boolean } = {}): T {
  const wrapped = {
    ...attribute,
    optional: true,
    computed: true,
    planModifiers: [UNMANAGED, ...(attribute.planModifiers ?? [])],
    description: `${attribute.description} ${UNMANAGED.description}`,
  };
  if (attribute.kind === 'nested' && options.children !== false) {
    return { ...wrapped, attributes: mapValues(attribute.attributes, (a) => unmanagedWhenUnsetAttribute(a)) } as T;
  }
  return wrapped as T;
}

/** The same attributes as read-only outputs (for a data source mirroring a resource). */
export function computedOnly(attributes: Readonly<Record<string, Attribute>>): Record<string, Attribute> {
  return mapValues(attributes, (attribute) => {
    const base = {
      ...attribute,
      required: false,
      optional: false,
      computed: true,
      validators: undefined,
      planModifiers: undefined,
      default: undefined,
    };
    return attribute.kind === 'nested' ? { ...base, attributes: computedOnly(attribute.attributes) } : base;
  }) as Record<string, Attribute>;
}

function mapValues<T, U>(record: Readonly<Record<string, T>>, fn: (value: T) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, fn(v)]));
}
