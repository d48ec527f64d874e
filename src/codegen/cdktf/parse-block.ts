import type { AttributeJSON, BlockJSON, BlockTypeJSON } from '../../framework/schema-json';
import { type AttributeModel, type StructModel, type TypeModel } from './model';
import { camelCase, pascalCase, snakeCase } from './names';
import { escapeAttributeName } from './reserved';

/**
 * One schema block → attribute models and the structs they need, by the rules
 * of cdktf's ResourceParser: which flags each attribute gets (blocks, nested
 * attribute types and object types each pass them on differently), how cty
 * types map to attribute types, and how structs are named. parse.ts walks the
 * provider's entities and hands each one's root block to EntityParser.
 */

/** Where in the schema we are, with the flags of the innermost attribute (cdktf's `Scope`). */
export interface Scope {
  /** Name segments: `[baseName, attribute, nested attribute, …]`, or `[baseName_block, attribute]` inside blocks. */
  path: string[];
  computed: boolean;
  optional: boolean;
  required: boolean;
  /** Inside a nested attribute type (children carry their own flags) rather than an object type (children inherit). */
  nestedType: boolean;
  provider: boolean;
}

/** Terraform prints sorted keys; we sort again so the output never depends on how a document was built. */
export const sortedEntries = <T>(record: Record<string, T> | undefined): [string, T][] =>
  Object.entries(record ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** Two attributes that camel-case to the same name: keep the last (cdktf's deduplicateAttributesWithSameName). */
export const dedupe = (attributes: AttributeModel[]) =>
  attributes.filter((a, i) => !attributes.slice(i + 1).some((other) => other.name === a.name));

/** Class names are unique across the whole provider; a clash gets an `A` appended, as in cdktf. */
export class ClassNames {
  private readonly taken = new Set<string>();
  unique(name: string): string {
    let candidate = name;
    while (this.taken.has(candidate)) candidate = `${candidate}A`;
    this.taken.add(candidate);
    return candidate;
  }
}

/** Parses one resource, data source or provider schema; collects its structs in emission order. */
export class EntityParser {
  readonly structs: StructModel[] = [];

  constructor(private readonly names: ClassNames) {}

  attributesOfBlock(scope: Scope, block: BlockJSON): AttributeModel[] {
    const attributes: AttributeModel[] = [];
    for (const [terraformName, attribute] of sortedEntries(block.attributes)) {
      const own: Scope = {
        path: [...scope.path, terraformName],
        computed: !!attribute.computed,
        optional: !!attribute.optional,
        required: !!attribute.required,
        nestedType: attribute.nested_type !== undefined,
        provider: scope.provider,
      };
      attributes.push(this.attribute(terraformName, attribute, own, 'attribute', this.typeOf([scope, own], attribute)));
    }
    for (const [terraformName, blockType] of sortedEntries(block.block_types)) {
      attributes.push(this.blockAttribute(scope, terraformName, blockType));
    }
    return attributes;
  }

  private attribute(
    terraformName: string,
    attribute: AttributeJSON,
    flags: Scope,
    origin: AttributeModel['origin'],
    type: TypeModel,
  ): AttributeModel {
    const name = camelCase(terraformName);
    return {
      name: escapeAttributeName(name),
      storageName: `_${name}`,
      terraformName,
      description: attribute.description?.replace(/'''/g, '```'),
      deprecated: !!attribute.deprecated,
      computed: flags.computed,
      optional: flags.optional,
      required: flags.required,
      provider: flags.provider,
      origin,
      type,
    };
  }

  private blockAttribute(parent: Scope, terraformName: string, blockType: BlockTypeJSON): AttributeModel {
    const mode = blockType.nesting_mode === 'group' ? 'single' : blockType.nesting_mode;
    const inner: Scope = { ...blockScope(parent.provider), path: [`${parent.path.join('_')}_${terraformName}`] };
    const children = dedupe(this.attributesOfBlock(inner, blockType.block));
    const singleItem = (mode === 'list' || mode === 'set') && blockType.max_items === 1;
    const struct = this.addStruct([...parent.path, terraformName], blockScope(parent.provider), children, mode, singleItem);
    const element: TypeModel = { kind: 'struct', struct };
    const base = { ...blockScope(parent.provider), computed: false };
    // cdktf documents every block as "<name> block"; the schema's own description says more.
    const description = {
      description: blockType.block.description || `${terraformName} block`,
      description_kind: 'plain' as const,
      deprecated: blockType.block.deprecated,
    };
    switch (mode) {
      case 'single': {
        // A single block is optional when all its attributes are, required when all are (cdktf issue #3570 rule).
        let optional = children.every((c) => c.optional);
        const required = children.every((c) => c.required);
        if (!optional && !required) optional = children.some((c) => c.optional || c.required);
        return this.attribute(terraformName, description, { ...base, optional, required }, 'block', element);
      }
      case 'list':
      case 'set': {
        const required = (blockType.min_items ?? 0) > 0;
        const type: TypeModel = { kind: mode, element, singleItem, isBlock: true };
        return this.attribute(terraformName, description, { ...base, optional: !required, required }, 'block', type);
      }
      case 'map':
        // As in cdktf: map blocks are neither optional nor required, so they get a getter only.
        return this.attribute(terraformName, description, { ...base, optional: false, required: false }, 'block', {
          kind: 'map',
          element,
        });
      default:
        throw new Error(`block ${[...parent.path, terraformName].join('.')}: nesting mode "${blockType.nesting_mode}" is not supported`);
    }
  }

  /** `scopes` ends with the attribute's own scope; `kindPath` is the collection kinds around an object type. */
  private typeOf(scopes: Scope[], attribute: AttributeJSON, kindPath?: string): TypeModel {
    if (attribute.nested_type) {
      const { nesting_mode: mode, attributes } = attribute.nested_type;
      if (!['single', 'list', 'set', 'map'].includes(mode)) {
        throw new Error(`attribute ${scopes[scopes.length - 1].path.join('.')}: nested_type nesting mode "${mode}" is not supported`);
      }
      const element: TypeModel = { kind: 'struct', struct: this.anonymousStruct(scopes, attributes, mode) };
      if (mode === 'single') return element;
      if (mode === 'map') return { kind: 'map', element };
      return { kind: mode as 'list' | 'set', element, singleItem: false, isBlock: false };
    }
    return this.ctyType(scopes, attribute.type, kindPath);
  }

  private ctyType(scopes: Scope[], type: unknown, kindPath?: string): TypeModel {
    const where = () => scopes[scopes.length - 1].path.join('.');
    if (typeof type === 'string') {
      switch (type) {
        case 'bool':
          return { kind: 'simple', type: 'boolean' };
        case 'string':
        case 'number':
          return { kind: 'simple', type };
        case 'dynamic':
          // As in cdktf: an any-typed value is offered as a map of anything.
          return { kind: 'map', element: { kind: 'simple', type: 'any' } };
        default:
          throw new Error(`attribute ${where()}: unknown primitive type "${type}"`);
      }
    }
    if (Array.isArray(type) && type.length === 2) {
      const [kind, inner] = type as [string, unknown];
      const nestedKinds = [kind, kindPath].join('');
      if (kind === 'list' || kind === 'set') {
        return { kind, element: this.ctyType(scopes, inner, nestedKinds), singleItem: false, isBlock: false };
      }
      if (kind === 'map') return { kind: 'map', element: this.ctyType(scopes, inner, nestedKinds) };
      if (kind === 'object') {
        const members = Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).map(([n, t]) => [n, { type: t, description_kind: 'plain' as const }]),
        );
        return { kind: 'struct', struct: this.anonymousStruct(scopes, members, kindPath ?? kind) };
      }
    }
    throw new Error(`attribute ${where()}: unsupported type ${JSON.stringify(type)}`);
  }

  /** The struct of a nested attribute type or object type (cdktf's addAnonymousStruct). */
  private anonymousStruct(scopes: Scope[], members: Record<string, AttributeJSON>, mode: string): StructModel {
    const parent = scopes[scopes.length - 1];
    const attributes = sortedEntries(members).map(([terraformName, member]) => {
      // Children of a nested attribute type carry their own flags; children of an object type inherit the parent's.
      // A computed parent makes every child computed.
      const own: Scope = {
        path: [...parent.path, terraformName],
        computed: parent.computed || (parent.nestedType && !!member.computed),
        optional: parent.nestedType ? !!member.optional : parent.optional,
        required: parent.nestedType ? !!member.required : parent.required,
        nestedType: parent.nestedType,
        provider: parent.provider,
      };
      return this.attribute(terraformName, member, own, 'attribute', this.typeOf([...scopes, own], member));
    });
    return this.addStruct(parent.path, parent, dedupe(attributes), mode, false);
  }

  private addStruct(path: string[], parent: Scope, attributes: AttributeModel[], mode: string, singleItem: boolean): StructModel {
    const possible = pascalCase(path.map(snakeCase).join('_'));
    // Names ending in "list" would look like the generated *List classes.
    const name = this.names.unique(possible.toLowerCase().endsWith('list') ? `${possible}Struct` : possible);
    const struct: StructModel = {
      name,
      attributes,
      isClass: (parent.computed && !parent.optional) || singleItem,
      isSingleItem: singleItem,
      nestingMode: mode,
      isProvider: parent.provider,
    };
    this.structs.push(struct);
    return struct;
  }
}

/** A block's own scope: blocks have no flags of their own, and cdktf treats them as optional. */
export const blockScope = (provider: boolean): Scope => ({
  path: [],
  computed: false,
  optional: true,
  required: false,
  nestedType: false,
  provider,
});
