import { type Type, listOf, mapOf, setOf } from '../../protocol/tftypes/type';
import type { Attribute, Block, PrimitiveKind } from './attribute';
import type { AttributeContainer } from './schema';

const primitiveType = (kind: PrimitiveKind): Type => (kind === 'int64' ? 'number' : kind);

/** The Terraform type of one attribute, as Terraform derives it from the schema. */
export function attributeType(attribute: Attribute): Type {
  switch (attribute.kind) {
    case 'list':
      return listOf(primitiveType(attribute.element));
    case 'set':
      return setOf(primitiveType(attribute.element));
    case 'map':
      return mapOf(primitiveType(attribute.element));
    case 'nested': {
      const object = containerType(attribute);
      if (attribute.nesting === 'single') return object;
      if (attribute.nesting === 'list') return listOf(object);
      if (attribute.nesting === 'set') return setOf(object);
      return mapOf(object);
    }
    default:
      return primitiveType(attribute.kind);
  }
}

export function blockType(block: Block): Type {
  const object = containerType(block);
  if (block.nesting === 'single') return object;
  return block.nesting === 'list' ? listOf(object) : setOf(object);
}

/** The object type of a schema, nested block or nested attribute: what DynamicValues of it decode as. */
export function containerType(container: AttributeContainer): Type {
  const attributes: Record<string, Type> = {};
  for (const [name, attribute] of Object.entries(container.attributes)) attributes[name] = attributeType(attribute);
  for (const [name, block] of Object.entries(container.blocks ?? {})) attributes[name] = blockType(block);
  return { kind: 'object', attributes };
}
