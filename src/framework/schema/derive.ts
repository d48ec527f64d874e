import type { Attribute } from './attribute';
import { unmanagedWhenUnset } from '../planmodifiers/builtin';

const UNMANAGED = unmanagedWhenUnset();

type Flag = 'required' | 'optional' | 'computed';
type OptionalComputed<T> = T extends unknown ? Omit<T, Flag> & { readonly optional: true; readonly computed: true } : never;
/** The type of an unmanaged-when-unset attribute: optional and computed, and so are its children. */
export type UnmanagedWhenUnset<T> = T extends { readonly kind: 'nested'; readonly attributes: infer A }
  ? Omit<OptionalComputed<T>, 'attributes'> & { readonly attributes: { readonly [K in keyof A]: UnmanagedWhenUnset<A[K]> } }
  : OptionalComputed<T>;
/** The type of a read-only output: computed, neither required nor optional, and so are its children. */
export type ComputedOnly<T> = T extends { readonly kind: 'nested'; readonly attributes: infer A }
  ? ComputedFlags<Omit<T, 'attributes'>> & { readonly attributes: { readonly [K in keyof A]: ComputedOnly<A[K]> } }
  : ComputedFlags<T>;
type ComputedFlags<T> = Omit<T, Flag> & { readonly required: false; readonly optional: false; readonly computed: true };

/**
 * An optional attribute with "unset means unmanaged" semantics: optional +
 * computed, planned from state when left out, and its description says so
 * (the modifier's own description, so docs cannot drift from behaviour).
 * Children of a nested attribute are wrapped too unless `children: false`.
 */
export function unmanagedWhenUnsetAttribute<T extends Attribute>(attribute: T, options: { children: false }): OptionalComputed<T>;
export function unmanagedWhenUnsetAttribute<T extends Attribute>(attribute: T, options?: { children?: true }): UnmanagedWhenUnset<T>;
export function unmanagedWhenUnsetAttribute<T extends Attribute>(attribute: T, options: { children?: boolean } = {}): OptionalComputed<T> {
  const wrapped = {
    ...attribute,
    optional: true,
    computed: true,
    planModifiers: [UNMANAGED, ...(attribute.planModifiers ?? [])],
    description: `${attribute.description} ${UNMANAGED.description}`,
  };
  if (attribute.kind === 'nested' && options.children !== false) {
    return { ...wrapped, attributes: mapValues(attribute.attributes, (a) => unmanagedWhenUnsetAttribute(a)) } as unknown as OptionalComputed<T>;
  }
  return wrapped as unknown as OptionalComputed<T>;
}

/** The same attributes as read-only outputs (for a data source mirroring a resource). */
export function computedOnly<A extends Readonly<Record<string, Attribute>>>(attributes: A): { readonly [K in keyof A]: ComputedOnly<A[K]> } {
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
  }) as unknown as { readonly [K in keyof A]: ComputedOnly<A[K]> };
}

function mapValues<T, U>(record: Readonly<Record<string, T>>, fn: (value: T) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, fn(v)]));
}
