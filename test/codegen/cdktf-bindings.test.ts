/**
 * generateBindings on its own: output layout, determinism, doc comments,
 * metadata, and clear errors for schemas it cannot represent.
 */
import { generateBindings } from '../../src/codegen/cdktf-bindings';
import type { AttributeJSON, BlockJSON, ProviderSchemaDocument } from '../../src/framework/schema-json';
import { SYNTHETIC_ADDRESS, SYNTHETIC_DOC, SYNTHETIC_SOURCE } from './fixtures/synthetic/schema';

const ADDRESS = 'registry.terraform.io/example/demo';
const str = (flags: Partial<AttributeJSON> = { optional: true }): AttributeJSON => ({ type: 'string', description_kind: 'plain', ...flags });

function doc(resource: BlockJSON, extra: Partial<ProviderSchemaDocument['provider_schemas'][string]> = {}): ProviderSchemaDocument {
  return {
    format_version: '1.0',
    provider_schemas: {
      [ADDRESS]: {
        provider: { version: 0, block: { description_kind: 'plain' } },
        resource_schemas: { demo_thing: { version: 0, block: resource } },
        data_source_schemas: {},
        ...extra,
      },
    },
  };
}
const generate = (d: ProviderSchemaDocument) => generateBindings(d, { source: 'example/demo', version: '2.0.0' });
const thing = (attributes: Record<string, AttributeJSON>, blockTypes?: BlockJSON['block_types']): BlockJSON => ({
  attributes,
  block_types: blockTypes,
  description_kind: 'plain',
});

/** Reverses the key order of every object, recursively. */
function reversed<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reversed) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)])) as T;
  }
  return value;
}

describe('generateBindings', () => {
  it('writes one folder per resource, data source and the provider, and an index of namespaces', () => {
    const files = generateBindings(SYNTHETIC_DOC, { source: SYNTHETIC_SOURCE, version: '1.2.3' });
    expect([...files.keys()]).toEqual([
      'trigger/index.ts',
      'widget/index.ts',
      'data-acme-widget/index.ts',
      'data-acme-widgets/index.ts',
      'provider/index.ts',
      'index.ts',
    ]);
    expect(files.get('index.ts')).toContain("export * as dataAcmeWidget from './data-acme-widget';");
  });

  it('is deterministic: the order of keys in the document does not matter', () => {
    const options = { source: SYNTHETIC_SOURCE, version: '1.2.3', address: SYNTHETIC_ADDRESS };
    expect(generateBindings(reversed(SYNTHETIC_DOC), options)).toEqual(generateBindings(SYNTHETIC_DOC, options));
  });

  it('marks files as generated and records the provider version for required_providers', () => {
    const file = generate(doc(thing({ id: str({ computed: true }) }))).get('thing/index.ts')!;
    expect(file.split('\n').slice(0, 3)).toEqual([
      '// https://registry.terraform.io/providers/example/demo/latest/docs/resources/thing',
      '// generated from terraform resource schema',
      '// DO NOT EDIT: regenerate with `npm run generate` (src/codegen/cdktf-bindings.ts).',
    ]);
    expect(file).toContain("providerName: 'demo',\n        providerVersion: '2.0.0',");
    expect(file).not.toMatch(/[ \t]$/m);
  });

  it('documents properties with the schema description, the registry link and @deprecated', () => {
    const file = generate(
      doc(thing({ note: str({ optional: true, deprecated: true, description: 'Old. Ends a comment: */ here.' }) })),
    ).get('thing/index.ts')!;
    expect(file).toContain('   * Old. Ends a comment: * / here.\n');
    expect(file).toContain('{@link https://registry.terraform.io/providers/example/demo/latest/docs/resources/thing#note Thing#note}');
    expect(file).toContain('   * @deprecated\n');
    expect(file).not.toContain(': */ here');
  });

  it('uses a block description from the schema instead of "<name> block"', () => {
    const file = generate(
      doc(thing({}, { rule: { nesting_mode: 'list', block: { ...thing({ x: str() }), description: 'One routing rule.' } } })),
    ).get('thing/index.ts')!;
    expect(file).toContain('   * One routing rule.\n');
  });

  it('needs the provider address when several providers in the document match the source', () => {
    const two: ProviderSchemaDocument = {
      format_version: '1.0',
      provider_schemas: { ...doc(thing({})).provider_schemas, 'mirror.example.com/example/demo': doc(thing({})).provider_schemas[ADDRESS] },
    };
    expect(() => generate(two)).toThrow(/expected exactly one provider with source "example\/demo"/);
    expect(generateBindings(two, { source: 'example/demo', version: '1', address: ADDRESS }).size).toBe(3);
  });

  it.each<[string, BlockJSON, RegExp]>([
    ['a block nesting mode it does not know', thing({}, { odd: { nesting_mode: 'tuple', block: thing({}) } }), /block thing\.odd: nesting mode "tuple"/],
    [
      'a nested attribute nesting mode it does not know',
      thing({ odd: { nested_type: { nesting_mode: 'tuple', attributes: {} }, optional: true, description_kind: 'plain' } }),
      /attribute thing\.odd: nested_type nesting mode "tuple"/,
    ],
    ['an unknown primitive type', thing({ odd: { type: 'bytes', optional: true, description_kind: 'plain' } }), /unknown primitive type "bytes"/],
    ['objects inside two collections', thing({ odd: { type: ['list', ['list', ['object', { a: 'string' }]]], optional: true, description_kind: 'plain' } }), /"listlist"/],
    ['an attribute clashing with a construct member', thing({ to_string: str() }), /Thing: generated member\(s\) toString/],
    [
      'a nested attribute clashing with a ComplexObject member',
      thing({ o: { nested_type: { nesting_mode: 'single', attributes: { fqn: str() } }, optional: true, description_kind: 'plain' } }),
      /ThingO: generated member\(s\) fqn/,
    ],
  ])('stops with a clear error for %s', (_what, block, error) => {
    expect(() => generate(doc(block))).toThrow(error);
  });
});
