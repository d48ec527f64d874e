/**
 * tfplugin6.Schema and its parts:
 *   Schema      { int64 version = 1; Block block = 2; }
 *   Block       { int64 version = 1; repeated Attribute attributes = 2; repeated NestedBlock block_types = 3;
 *                 string description = 4; StringKind description_kind = 5; bool deprecated = 6; }
 *   Attribute   { string name = 1; bytes type = 2; Object nested_type = 10; string description = 3; bool required = 4;
 *                 bool optional = 5; bool computed = 6; bool sensitive = 7; StringKind description_kind = 8;
 *                 bool deprecated = 9; bool write_only = 11; }
 *   NestedBlock { string type_name = 1; Block block = 2; NestingMode nesting = 3; int64 min_items = 4; int64 max_items = 5; }
 *   Object      { repeated Attribute attributes = 1; NestingMode nesting = 3; }
 */
import { ProtoWriter, utf8Encode } from '../../wire/protobuf';
import { type Type, typeToJSON } from '../../tftypes/type';
import type { Schema, SchemaAttribute, SchemaBlock, SchemaNestedBlock, SchemaObject } from '../types';

export function writeSchema(w: ProtoWriter, field: number, schema: Schema | undefined): void {
  if (!schema) return;
  w.messageField(field, (m) => writeSchemaFields(m, schema));
}

/** The fields of a Schema message, for callers that already opened it (map values). */
export function writeSchemaFields(m: ProtoWriter, schema: Schema): void {
  m.int64Field(1, schema.version);
  writeBlock(m, 2, schema.block);
}

function writeBlock(w: ProtoWriter, field: number, block: SchemaBlock): void {
  w.messageField(field, (m) => {
    m.int64Field(1, block.version);
    for (const attribute of block.attributes ?? []) writeAttribute(m, 2, attribute);
    for (const nested of block.blockTypes ?? []) writeNestedBlock(m, 3, nested);
    m.stringField(4, block.description);
    m.enumField(5, block.descriptionKind);
    m.boolField(6, block.deprecated);
  });
}

function writeAttribute(w: ProtoWriter, field: number, a: SchemaAttribute): void {
  w.messageField(field, (m) => {
    m.stringField(1, a.name);
    if (a.type !== undefined) m.bytesField(2, utf8Encode(JSON.stringify(typeJSON(a.type))));
    m.stringField(3, a.description);
    m.boolField(4, a.required);
    m.boolField(5, a.optional);
    m.boolField(6, a.computed);
    m.boolField(7, a.sensitive);
    m.enumField(8, a.descriptionKind);
    m.boolField(9, a.deprecated);
    if (a.nestedType) writeObject(m, 10, a.nestedType);
    m.boolField(11, a.writeOnly);
  });
}

function writeNestedBlock(w: ProtoWriter, field: number, nb: SchemaNestedBlock): void {
  w.messageField(field, (m) => {
    m.stringField(1, nb.typeName);
    writeBlock(m, 2, nb.block);
    m.enumField(3, nb.nesting);
    m.int64Field(4, nb.minItems);
    m.int64Field(5, nb.maxItems);
  });
}

function writeObject(w: ProtoWriter, field: number, o: SchemaObject): void {
  w.messageField(field, (m) => {
    for (const attribute of o.attributes ?? []) writeAttribute(m, 1, attribute);
    m.enumField(3, o.nesting);
  });
}

/**
 * The contract says `type` is cty's JSON type encoding; accept a tftypes
 * `Type` too (only object-shaped kinds differ), since passing one is an easy
 * mistake that would otherwise reach terraform as an unreadable schema.
 */
function typeJSON(type: unknown): unknown {
  if (type !== null && typeof type === 'object' && !Array.isArray(type) && 'kind' in type) return typeToJSON(type as Type);
  return type;
}
