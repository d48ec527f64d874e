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

export const stringAttribute = (o: Options<PrimitiveAttribute>): PrimitiveAttribute => ({ kind: 'string', ...o });
export const boolAttribute = (o: Options<PrimitiveAttribute>): PrimitiveAttribute => ({ kind: 'bool', ...o });
export const numberAttribute = (o: Options<PrimitiveAttribute>): PrimitiveAttribute => ({ kind: 'number', ...o });
/** A whole number; Terraform sees a number, the framework rejects fractions with a diagnostic. */
export const int64Attribute = (o: Options<PrimitiveAttribute>): PrimitiveAttribute => ({ kind: 'int64', ...o });

export const listAttribute = (o: Omit<CollectionAttribute, 'kind'>): CollectionAttribute => ({ ...o, kind: 'list' });
export const setAttribute = (o: Omit<CollectionAttribute, 'kind'>): CollectionAttribute => ({ ...o, kind: 'set' });
export const mapAttribute = (o: Omit<CollectionAttribute, 'kind'>): CollectionAttribute => ({ ...o, kind: 'map' });

export const singleNestedAttribute = (o: Omit<NestedAttribute, 'kind' | 'nesting'>): NestedAttribute => ({
  ...o,
  kind: 'nested',
  nesting: 'single',
});
export const listNestedAttribute = (o: Omit<NestedAttribute, 'kind' | 'nesting'>): NestedAttribute => ({
  ...o,
  kind: 'nested',
  nesting: 'list',
});

export const singleNestedBlock = (o: Omit<Block, 'kind' | 'nesting'>): Block => ({ ...o, kind: 'block', nesting: 'single' });
export const listNestedBlock = (o: Omit<Block, 'kind' | 'nesting'>): Block => ({ ...o, kind: 'block', nesting: 'list' });
export const setNestedBlock = (o: Omit<Block, 'kind' | 'nesting'>): Block => ({ ...o, kind: 'block', nesting: 'set' });
