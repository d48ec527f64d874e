/**
 * The types of the attributes account-settings-schema.ts derives from a table's rows, derived from the rows' literal
 * types (a table declared `as const`) by the same rules the builder follows at run time: a row's shape gives its
 * attribute's kind, `parent.child` rows are the attributes of their parent's object, and a list's items have the
 * fields the row names. So the typed models of these resources (framework/model/model-of.ts) are typed attribute by
 * attribute, and a misspelt attribute or a value of the wrong type does not compile. Types only: nothing to load.
 */
import type { Attribute, ComputedOnly, NestedAttribute, PrimitiveAttribute, PrimitiveKind } from '../framework';
import type { AttributeEntry } from './attribute-words';

type Flag = 'required' | 'optional' | 'computed';
type Primitive<K extends PrimitiveKind> = Omit<PrimitiveAttribute, 'kind' | Flag> & { readonly kind: K };
type Nested<N extends 'single' | 'list', A> = Omit<NestedAttribute, 'kind' | 'nesting' | 'attributes' | Flag> & {
  readonly kind: 'nested';
  readonly nesting: N;
  readonly attributes: A;
};
type OptionalComputed<T> = Omit<T, Flag> & { readonly optional: true; readonly computed: true };

/** A row that is an account setting (it names the fact it manages) or an object grouping settings. */
type Setting = { readonly fact: object } | { readonly shape: 'object' };
type SettingRow<R> = R extends Setting ? R : never;
/** The rows directly under a prefix (`inactivity.`; '' for the top level), as the runtime's rowsUnder picks them. */
type RowsUnder<Rows, P extends string> = Rows extends { readonly attribute: `${P}${infer Name}` } ? (Name extends `${string}.${string}` ? never : Rows) : never;
type NameUnder<R, P extends string> = R extends { readonly attribute: `${P}${infer Name}` } ? Name : never;

/** A list item's field: its kind from its type, required or plain optional. */
type ItemAttribute<F> = (F extends { readonly type: 'text' }
  ? Primitive<'string'>
  : F extends { readonly type: 'whole-number' | 'status-id' }
    ? Primitive<'int64'>
    : Omit<PrimitiveAttribute, 'kind' | Flag> & { readonly kind: 'list'; readonly element: 'string' }) &
  (F extends { readonly required: true } ? { readonly required: true } : { readonly optional: true });

/** A row's plain attribute (no presence flags): the runtime's `plain`. */
type Plain<R, Rows> = R extends { readonly shape: 'on-off' }
  ? Primitive<'bool'>
  : R extends { readonly shape: 'choice' | 'text' }
    ? Primitive<'string'>
    : R extends { readonly shape: 'count' | 'ticket-status' }
      ? Primitive<'int64'>
      : R extends { readonly shape: 'object'; readonly attribute: infer A extends string }
        ? Nested<'single', PlainSettings<Rows, `${A}.`>>
        : R extends { readonly items: infer I }
          ? Nested<'list', { readonly [K in keyof I]: ItemAttribute<I[K]> }>
          : never;

/** The settings under a prefix as plain attributes: the runtime's `settingsOf(prefix, plain)`. */
export type PlainSettings<Rows, P extends string = ''> = {
  readonly [R in SettingRow<RowsUnder<Rows, P>> as NameUnder<R, P>]: Plain<R, Rows>;
};

/** A setting as the resource declares it: optional and computed; an object's attributes each so, a list as a whole. */
type Unmanaged<R, Rows> = R extends { readonly shape: 'object'; readonly attribute: infer A extends string }
  ? OptionalComputed<Nested<'single', UnmanagedSettings<Rows, `${A}.`>>>
  : OptionalComputed<Plain<R, Rows>>;
type UnmanagedSettings<Rows, P extends string> = {
  readonly [R in SettingRow<RowsUnder<Rows, P>> as NameUnder<R, P>]: Unmanaged<R, Rows>;
};

/** The identifier (computed) or an attribute that steers the resource (optional and computed): text either way. */
type Other<R> = R extends { readonly identifier: true }
  ? Primitive<'string'> & { readonly computed: true }
  : OptionalComputed<Primitive<'string'>>;

/**
 * Rows whose names are plain strings (a table not declared `as const`) say nothing per attribute: their attributes
 * are any attributes, as the framework's untyped view has them.
 */
type Typed<Rows extends AttributeEntry, T> = string extends Rows['attribute'] ? Readonly<Record<string, Attribute>> : T;

/** The resource's attributes from its table's rows (`Rows`: the union of the rows' types). */
export type ResourceAttributesOf<Rows extends AttributeEntry> = Typed<
  Rows,
  { readonly [R in RowsUnder<Rows, ''> as R['attribute']]: R extends Setting ? Unmanaged<R, Rows> : Other<R> }
>;

/** The settings alone as read-only outputs. */
export type SettingsOutputsOf<Rows extends AttributeEntry> = Typed<
  Rows,
  { readonly [K in keyof PlainSettings<Rows>]: ComputedOnly<PlainSettings<Rows>[K]> }
>;
