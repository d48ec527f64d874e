/**
 * A resource or data source factory that names its type, so the framework server can route an RPC to it (and list
 * it in GetMetadata) without making one. A provider whose factory loads its module on first call then evaluates a
 * type's implementation (CRUD, plan checks, mapping) only in the processes terraform asks about that type: the
 * provider processes of a settings-only plan never evaluate the other resources' modules
 * (docs/design/performance.md has the measurement). A plain factory still works; it is called to learn its type.
 */
export type NamedFactory<T extends { readonly typeName: string }> = (() => T) & { readonly typeName: string };

export function namedFactory<T extends { readonly typeName: string }>(typeName: string, make: () => T): NamedFactory<T> {
  return Object.assign(() => make(), { typeName });
}

/** The type a factory makes: its declared name, or the name of one instance made to find out. */
export function typeNameOf(factory: () => { readonly typeName: string }): string {
  const declared = (factory as Partial<NamedFactory<{ typeName: string }>>).typeName;
  return typeof declared === 'string' ? declared : factory().typeName;
}
