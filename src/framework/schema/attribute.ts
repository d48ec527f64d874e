import type { Value } from '../../protocol/tftypes/value';
import type { PlanModifier } from '../planmodifiers/plan-modifier';
import type { Validator } from '../validators/validator';

/** What every attribute declares; this one declaration drives validation, planning, docs and the CDKTF bindings. */
export interface AttributeCommon {
  /** Plain-text description: shown by `terraform providers schema`, in docs and as the CDKTF prop's doc comment. */
  readonly description: string;
  /** Markdown variant for the docs; defaults to `description`. */
  readonly markdownDescription?: string;
  readonly required?: boolean;
  readonly optional?: boolean;
  readonly computed?: boolean;
  /** Terraform masks the value in plans and the framework scrubs it from every diagnostic and log line. */
  readonly sensitive?: boolean;
  readonly deprecationMessage?: string;
  readonly validators?: readonly Validator[];
  readonly planModifiers?: readonly PlanModifier[];
  /** Planned when the configuration leaves the attribute unset; only on optional+computed attributes. */
  readonly default?: Value;
}

export type PrimitiveKind = 'string' | 'bool' | 'number' | 'int64';

export interface PrimitiveAttribute extends AttributeCommon {
  readonly kind: PrimitiveKind;
}

export interface CollectionAttribute extends AttributeCommon {
  readonly kind: 'list' | 'set' | 'map';
  readonly element: PrimitiveKind;
}

export type NestingMode = 'single' | 'list' | 'set' | 'map';

export interface NestedAttribute extends AttributeCommon {
  readonly kind: 'nested';
  readonly nesting: NestingMode;
  readonly attributes: Readonly<Record<string, Attribute>>;
}

export type Attribute = PrimitiveAttribute | CollectionAttribute | NestedAttribute;

/** A nested block (HCL `name { … }`), used where the HCL shape is part of the contract (trigger conditions/actions). */
export interface Block {
  readonly kind: 'block';
  readonly nesting: 'single' | 'list' | 'set';
  readonly description: string;
  readonly markdownDescription?: string;
  readonly attributes: Readonly<Record<string, Attribute>>;
  readonly blocks?: Readonly<Record<string, Block>>;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly validators?: readonly Validator[];
  readonly deprecationMessage?: string;
}

type Options<T extends AttributeCommon> = Omit<T, 'kind'>;
type Flag = 'required' | 'optional' | 'computed';

/**
 * What a builder returns: the attribute, with the types of its presence flags (`required: true`), its kind and its
 * children kept, because the typed models (model/model-of.ts) are derived from them. Descriptions and validators
 * stay plain types, so a schema's type says only what shapes its values.
 */
type Declared<T, O> = T & Pick<O, Extract<keyof O, Flag>>;
type Primitive<K extends PrimitiveKind, O> = Declared<PrimitiveAttribute & { readonly kind: K }, O>;
type Collection<K extends CollectionAttribute['kind'], O extends { element: PrimitiveKind }> = Declared<
  Omit<CollectionAttribute, 'kind' | 'element'> & { readonly kind: K; readonly element: O['element'] },
  O
>;
type Nested<N extends NestingMode, O extends { attributes: unknown }> = Declared<
  Omit<NestedAttribute, 'nesting' | 'attributes'> & { readonly nesting: N; readonly attributes: O['attributes'] },
  O
>;
type NestedBlock<N extends Block['nesting'], O extends Omit<Block, 'kind' | 'nesting'>> = Omit<Block, 'nesting' | 'attributes' | 'blocks'> & {
  readonly nesting: N;
  readonly attributes: O['attributes'];
  readonly blocks: O extends { readonly blocks: infer B } ? B : undefined;
};

export const stringAttribute = <O extends Options<PrimitiveAttribute>>(o: O) => ({ kind: 'string', ...o }) as Primitive<'string', O>;
export const boolAttribute = <O extends Options<PrimitiveAttribute>>(o: O) => ({ kind: 'bool', ...o }) as Primitive<'bool', O>;
export const numberAttribute = <O extends Options<PrimitiveAttribute>>(o: O) => ({ kind: 'number', ...o }) as Primitive<'number', O>;
/** A whole number; Terraform sees a number, the framework rejects fractions with a diagnostic. */
export const int64Attribute = <O extends Options<PrimitiveAttribute>>(o: O) => ({ kind: 'int64', ...o }) as Primitive<'int64', O>;

export const listAttribute = <O extends Omit<CollectionAttribute, 'kind'>>(o: O) => ({ ...o, kind: 'list' }) as Collection<'list', O>;
export const setAttribute = <O extends Omit<CollectionAttribute, 'kind'>>(o: O) => ({ ...o, kind: 'set' }) as Collection<'set', O>;
export const mapAttribute = <O extends Omit<CollectionAttribute, 'kind'>>(o: O) => ({ ...o, kind: 'map' }) as Collection<'map', O>;

export const singleNestedAttribute = <O extends Omit<NestedAttribute, 'kind' | 'nesting'>>(o: O) =>
  ({ ...o, kind: 'nested', nesting: 'single' }) as Nested<'single', O>;
export const listNestedAttribute = <O extends Omit<NestedAttribute, 'kind' | 'nesting'>>(o: O) =>
  ({ ...o, kind: 'nested', nesting: 'list' }) as Nested<'list', O>;
/** Objects whose order has no meaning: Terraform's plan shows one removed as that one, not the later ones shifted. */
export const setNestedAttribute = <O extends Omit<NestedAttribute, 'kind' | 'nesting'>>(o: O) =>
  ({ ...o, kind: 'nested', nesting: 'set' }) as Nested<'set', O>;

export const singleNestedBlock = <O extends Omit<Block, 'kind' | 'nesting'>>(o: O) =>
  ({ ...o, kind: 'block', nesting: 'single' }) as unknown as NestedBlock<'single', O>;
export const listNestedBlock = <O extends Omit<Block, 'kind' | 'nesting'>>(o: O) =>
  ({ ...o, kind: 'block', nesting: 'list' }) as unknown as NestedBlock<'list', O>;
export const setNestedBlock = <O extends Omit<Block, 'kind' | 'nesting'>>(o: O) =>
  ({ ...o, kind: 'block', nesting: 'set' }) as unknown as NestedBlock<'set', O>;
