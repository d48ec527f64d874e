/**
 * Typed models derived from a schema: terraform-plugin-framework's model
 * structs, in TypeScript. `StateModel<typeof schema>` is the shape a resource
 * reads and writes instead of a raw ObjectValue; the framework checks every
 * value against it before a resource sees it (decode-model.ts), so the types
 * hold at run time too.
 *
 * Null and unknown are explicit, by where a value comes from:
 *  - config: a required attribute is never null, an optional one may be, a
 *    computed-only one always is (Terraform rejects a value for it);
 *  - plan: computed attributes may be unknown ("known after apply");
 *  - state: nothing is unknown, and anything may be null (an import knows
 *    only the ID until the first read).
 * Config and plan values may be unknown at any depth, except in the phases
 * where Terraform has resolved them (`KnownConfigModel`: apply, data source reads).
 */
import type { ExactNumber, ObjectValue, UnknownValue } from '../../protocol/tftypes/value';
import type { Attribute, Block, PrimitiveKind } from '../schema/attribute';
import type { AttributeContainer } from '../schema/schema';

/** A number as the framework holds it: an ExactNumber where no JS number is exact (integers beyond 2^53). */
export type NumberValue = number | ExactNumber;

/** Where a value comes from, which decides what may be null and what may be unknown. */
export interface Phase {
  readonly presence: 'config' | 'plan' | 'state';
  readonly unknown: boolean;
}
export type ConfigPhase = { readonly presence: 'config'; readonly unknown: true };
export type KnownConfigPhase = { readonly presence: 'config'; readonly unknown: false };
export type PlanPhase = { readonly presence: 'plan'; readonly unknown: true };
export type StatePhase = { readonly presence: 'state'; readonly unknown: false };

type PrimitiveValue<K> = K extends 'string' ? string : K extends 'bool' ? boolean : K extends PrimitiveKind ? NumberValue : never;
type MaybeUnknown<T, P extends Phase> = P['unknown'] extends true ? T | UnknownValue : T;
/** A collection element: cty lets lists and maps hold nulls, and Terraform passes them on. */
type Element<T, P extends Phase> = MaybeUnknown<T | null, P>;

/** The value of an attribute or block when it is set and known (its elements may still be unknown). */
type SetValue<A, P extends Phase> = A extends { readonly kind: 'nested'; readonly nesting: infer N; readonly attributes: infer C }
  ? Nesting<N, ContainerModel<C, unknown, P>, P>
  : A extends { readonly kind: 'block'; readonly nesting: infer N; readonly attributes: infer C; readonly blocks?: infer B }
    ? Nesting<N, ContainerModel<C, B, P>, P>
    : A extends { readonly kind: 'list' | 'set'; readonly element: infer E }
      ? readonly Element<PrimitiveValue<E>, P>[]
      : A extends { readonly kind: 'map'; readonly element: infer E }
        ? { readonly [key: string]: Element<PrimitiveValue<E>, P> }
        : A extends { readonly kind: infer K }
          ? PrimitiveValue<K>
          : never;

type Nesting<N, Item, P extends Phase> = N extends 'single'
  ? Item
  : N extends 'map'
    ? { readonly [key: string]: Element<Item, P> }
    : readonly Element<Item, P>[];

/** `required: true` only when the schema's type says so for certain (a flag typed `boolean` may be false). */
type IsRequired<A> = A extends { readonly required: true } ? true : false;
type IsComputedOnly<A> = A extends { readonly computed: true }
  ? A extends { readonly optional: true } | { readonly required: true }
    ? false
    : true
  : false;

type MemberValue<A, P extends Phase> = P['presence'] extends 'state'
  ? SetValue<A, P> | null
  : P['presence'] extends 'config'
    ? IsComputedOnly<A> extends true
      ? null
      : MaybeUnknown<IsRequired<A> extends true ? SetValue<A, P> : SetValue<A, P> | null, P>
    : MaybeUnknown<IsRequired<A> extends true ? SetValue<A, P> : SetValue<A, P> | null, P>;

type Simplify<T> = { readonly [K in keyof T]: T[K] };

/** The model of a schema, nested block or nested attribute's object: one member per attribute and block. */
export type ContainerModel<Attributes, Blocks, P extends Phase> = Simplify<
  { readonly [K in keyof Attributes]: MemberValue<Attributes[K], P> } & {
    readonly [K in keyof NonNullable<Blocks>]: MemberValue<NonNullable<Blocks>[K], P>;
  }
>;

/**
 * The model of `S` in phase `P`. For a schema typed only as `Schema` (code
 * that works with any schema, like the framework's own server) it is a plain ObjectValue.
 */
export type ModelOf<S extends AttributeContainer, P extends Phase = StatePhase> = string extends keyof S['attributes']
  ? ObjectValue
  : ContainerModel<S['attributes'], S['blocks'], P>;

export type StateModel<S extends AttributeContainer> = ModelOf<S, StatePhase>;
export type PlanModel<S extends AttributeContainer> = ModelOf<S, PlanPhase>;
export type ConfigModel<S extends AttributeContainer> = ModelOf<S, ConfigPhase>;
export type KnownConfigModel<S extends AttributeContainer> = ModelOf<S, KnownConfigPhase>;

/** The model of one attribute or block's value in phase `P` (a reminder, a condition, …). */
export type ValueModel<A extends Attribute | Block, P extends Phase = StatePhase> = MemberValue<A, P>;


/** A value of each phase's model: what a resource's requests and responses are typed by. */
export interface Models {
  readonly state: ObjectValue;
  readonly plan: ObjectValue;
  readonly config: ObjectValue;
  readonly knownConfig: ObjectValue;
}

/**
 * The models of `S` in every phase. Requests are typed by this bundle rather
 * than by the schema itself, so that TypeScript relates a typed resource to the
 * framework's untyped view of it (`Models`) member by member.
 */
export type ModelsOf<S extends AttributeContainer> = string extends keyof S['attributes']
  ? Models
  : {
      readonly state: StateModel<S>;
      readonly plan: PlanModel<S>;
      readonly config: ConfigModel<S>;
      readonly knownConfig: KnownConfigModel<S>;
    };
