import * as proto from '../../../protocol/tfprotov6/types';
import { typeToJSON } from '../../../protocol/tftypes/type';
import type { Attribute, Block } from '../../schema/attribute';
import { type AttributeContainer, type Schema, memberNames } from '../../schema/schema';
import { attributeType } from '../../schema/types';

const objectNesting: Record<string, proto.ObjectNestingMode> = {
  single: proto.ObjectNestingMode.Single,
  list: proto.ObjectNestingMode.List,
  set: proto.ObjectNestingMode.Set,
  map: proto.ObjectNestingMode.Map,
};
const blockNesting: Record<string, proto.BlockNestingMode> = {
  single: proto.BlockNestingMode.Single,
  list: proto.BlockNestingMode.List,
  set: proto.BlockNestingMode.Set,
};

function describe(d: { description: string; markdownDescription?: string }) {
  return d.markdownDescription
    ? { description: d.markdownDescription, descriptionKind: proto.StringKind.Markdown }
    : { description: d.description, descriptionKind: proto.StringKind.Plain };
}

function toProtoAttribute(name: string, attribute: Attribute): proto.SchemaAttribute {
  const common = {
    name,
    ...describe(attribute),
    required: attribute.required ?? false,
    optional: attribute.optional ?? false,
    computed: attribute.computed ?? false,
    sensitive: attribute.sensitive ?? false,
    deprecated: attribute.deprecationMessage !== undefined,
  };
  if (attribute.kind === 'nested') {
    return {
      ...common,
      nestedType: {
        attributes: memberNames(attribute).attributes.map((n) => toProtoAttribute(n, attribute.attributes[n])),
        nesting: objectNesting[attribute.nesting],
      },
    };
  }
  return { ...common, type: typeToJSON(attributeType(attribute)) };
}

function toProtoBlock(container: AttributeContainer & { description: string; markdownDescription?: string; deprecationMessage?: string }): proto.SchemaBlock {
  const names = memberNames(container);
  return {
    attributes: names.attributes.map((n) => toProtoAttribute(n, container.attributes[n])),
    blockTypes: names.blocks.map((n) => toProtoNestedBlock(n, container.blocks![n])),
    ...describe(container),
    deprecated: container.deprecationMessage !== undefined,
  };
}

function toProtoNestedBlock(name: string, block: Block): proto.SchemaNestedBlock {
  return {
    typeName: name,
    block: toProtoBlock(block),
    nesting: blockNesting[block.nesting],
    minItems: block.minItems ?? 0,
    maxItems: block.maxItems ?? 0,
  };
}

export function toProtoSchema(schema: Schema): proto.Schema {
  return { version: schema.version ?? 0, block: { ...toProtoBlock(schema), version: schema.version ?? 0 } };
}
