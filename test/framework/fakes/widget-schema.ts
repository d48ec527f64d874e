import {
  type Schema,
  boolAttribute,
  computedOnly,
  int64Attribute,
  listAttribute,
  listNestedAttribute,
  listNestedBlock,
  mapAttribute,
  singleNestedAttribute,
  stringAttribute,
  unmanagedWhenUnsetAttribute,
} from '../../../src/framework';

/** A schema with one attribute of every shape the typed models distinguish. */
export const WIDGET_SCHEMA = {
  description: 'A widget for model tests.',
  attributes: {
    id: stringAttribute({ computed: true, description: 'computed only' }),
    name: stringAttribute({ required: true, description: 'required' }),
    size: int64Attribute({ optional: true, description: 'optional' }),
    mode: stringAttribute({ optional: true, computed: true, description: 'optional and computed' }),
    tags: listAttribute({ optional: true, element: 'string', description: 'a list' }),
    labels: mapAttribute({ optional: true, element: 'string', description: 'a map' }),
    flag: unmanagedWhenUnsetAttribute(boolAttribute({ description: 'unmanaged when unset' })),
    inner: singleNestedAttribute({
      optional: true,
      description: 'a nested object',
      attributes: { a: stringAttribute({ required: true, description: 'required inside' }), b: boolAttribute({ optional: true, description: 'b' }) },
    }),
    items: listNestedAttribute({
      optional: true,
      description: 'a nested list',
      attributes: { n: int64Attribute({ required: true, description: 'n' }) },
    }),
  },
  blocks: {
    rule: listNestedBlock({ description: 'a list block', attributes: { field: stringAttribute({ required: true, description: 'field' }) } }),
  },
} satisfies Schema;

/** The same attributes as outputs. */
export const WIDGET_OUTPUTS = { description: 'outputs', attributes: computedOnly(WIDGET_SCHEMA.attributes) } satisfies Schema;
