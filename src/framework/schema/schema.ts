import type { Attribute, Block } from './attribute';

/** The schema of a provider, resource or data source: attributes plus (optionally) nested blocks. */
export interface Schema {
  /** Bumped when the stored state shape changes; older states go through the resource's state upgraders. */
  readonly version?: number;
  readonly description: string;
  readonly markdownDescription?: string;
  readonly deprecationMessage?: string;
  readonly attributes: Readonly<Record<string, Attribute>>;
  readonly blocks?: Readonly<Record<string, Block>>;
}

/** A schema-like container: the root schema, a nested block, or a nested attribute's object. */
export interface AttributeContainer {
  readonly attributes: Readonly<Record<string, Attribute>>;
  readonly blocks?: Readonly<Record<string, Block>>;
}

/** Attribute and block names in a stable (sorted) order, so generated code and docs never reorder. */
export function memberNames(container: AttributeContainer): { attributes: string[]; blocks: string[] } {
  return {
    attributes: Object.keys(container.attributes).sort(),
    blocks: Object.keys(container.blocks ?? {}).sort(),
  };
}
