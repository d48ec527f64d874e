/**
 * tfplugin6.Schema and its parts, as field tables (../../wire/message-codec.ts):
 *
 *   Schema      { int64 version = 1; Block block = 2; }
 *   Block       { int64 version = 1; repeated Attribute attributes = 2; repeated NestedBlock block_types = 3;
 *                 string description = 4; StringKind description_kind = 5; bool deprecated = 6; }
 *   Attribute   { string name = 1; bytes type = 2; Object nested_type = 10; string description = 3; bool required = 4;
 *                 bool optional = 5; bool computed = 6; bool sensitive = 7; StringKind description_kind = 8;
 *                 bool deprecated = 9; bool write_only = 11; }
 *   NestedBlock { string type_name = 1; Block block = 2; NestingMode nesting = 3; int64 min_items = 4; int64 max_items = 5; }
 *   Object      { repeated Attribute attributes = 1; NestingMode nesting = 3; }
 *
 * Block and Attribute refer to each other (through NestedBlock and Object), so
 * the tables are built on first use, each once.
 */
import { type FieldCodec, type MessageCodec, enumeration, message, repeated, scalar } from '../../wire/message-codec';
import { utf8Decode, utf8Encode } from '../../wire/utf8';
import { WireType } from '../../wire/wire-type';
import { type Type, typeToJSON } from '../../tftypes/type';
import type * as tf from '../types';

/**
 * An attribute's type: cty's JSON type encoding, as bytes. The contract says
 * `type` is that JSON; accept a tftypes `Type` too (only object-shaped kinds
 * differ), since passing one is an easy mistake that would otherwise reach
 * terraform as an unreadable schema.
 */
const ctyTypeJSON: FieldCodec<unknown> = {
  read: (r, key) => JSON.parse(utf8Decode(r.expect(key, WireType.LengthDelimited).bytes())),
  write: (w, field, type) => {
    if (type === undefined) return;
    const json = type !== null && typeof type === 'object' && !Array.isArray(type) && 'kind' in type ? typeToJSON(type as Type) : type;
    w.bytesField(field, utf8Encode(JSON.stringify(json)));
  },
};

/** A codec whose table is built when first used, so that mutually recursive messages can name each other. */
function lazy<T>(build: () => MessageCodec<T>): MessageCodec<T> {
  let built: MessageCodec<T> | undefined;
  const codec = (): MessageCodec<T> => (built ??= build());
  return {
    get name() {
      return codec().name;
    },
    read: (r, key, previous) => codec().read(r, key, previous),
    write: (w, field, value) => codec().write(w, field, value),
    decode: (bytes) => codec().decode(bytes),
    encode: (value) => codec().encode(value),
    readFields: (r) => codec().readFields(r),
    writeFields: (w, value) => codec().writeFields(w, value),
  };
}

const Attribute: MessageCodec<tf.SchemaAttribute> = lazy(() =>
  message<tf.SchemaAttribute>('Schema.Attribute', [
    [1, 'name', scalar.string],
    [2, 'type', ctyTypeJSON],
    [3, 'description', scalar.string],
    [4, 'required', scalar.bool],
    [5, 'optional', scalar.bool],
    [6, 'computed', scalar.bool],
    [7, 'sensitive', scalar.bool],
    [8, 'descriptionKind', enumeration<tf.StringKind>()],
    [9, 'deprecated', scalar.bool],
    [10, 'nestedType', SchemaObject],
    [11, 'writeOnly', scalar.bool],
  ], { initial: () => ({ name: '' }) }),
);

const SchemaObject: MessageCodec<tf.SchemaObject> = lazy(() =>
  message<tf.SchemaObject>('Schema.Object', [
    [1, 'attributes', repeated(Attribute)],
    [3, 'nesting', enumeration<tf.ObjectNestingMode>()],
  ], { initial: () => ({ attributes: [], nesting: 0 }) }),
);

const Block: MessageCodec<tf.SchemaBlock> = lazy(() =>
  message<tf.SchemaBlock>('Schema.Block', [
    [1, 'version', scalar.int64],
    [2, 'attributes', repeated(Attribute)],
    [3, 'blockTypes', repeated(NestedBlock)],
    [4, 'description', scalar.string],
    [5, 'descriptionKind', enumeration<tf.StringKind>()],
    [6, 'deprecated', scalar.bool],
  ], { initial: () => ({ attributes: [], blockTypes: [] }) }),
);

const NestedBlock: MessageCodec<tf.SchemaNestedBlock> = lazy(() =>
  message<tf.SchemaNestedBlock>('Schema.NestedBlock', [
    [1, 'typeName', scalar.string],
    [2, 'block', Block],
    [3, 'nesting', enumeration<tf.BlockNestingMode>()],
    [4, 'minItems', scalar.int64],
    [5, 'maxItems', scalar.int64],
  ]),
);

export const Schema = message<tf.Schema>('Schema', [
  [1, 'version', scalar.int64],
  [2, 'block', Block],
]);
