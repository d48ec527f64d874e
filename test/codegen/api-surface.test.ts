/**
 * Our generator against cdktf's own (the oracle): for the same schema
 * document, every generated file must expose the same public API (exported
 * classes, their public members and signatures, interfaces, functions,
 * namespace exports) as `cdktf get` output, so code written against
 * `cdktf get` bindings compiles against ours.
 *
 * Deliberate differences, none of them in the public surface compared here:
 * - synthesizeHclAttributes: nested attributes and object-typed attributes are
 *   described as attribute values (`x = { … }`), not blocks (cdktf renders
 *   `x { … }`, which Terraform rejects for attributes);
 * - items of a map of objects are referenced as `x["key"]`, not `x[key]`
 *   (which Terraform rejects);
 * - `override` modifiers (our tsconfig has noImplicitOverride), and List/Map
 *   constructors do not redeclare the base class's protected members as
 *   parameter properties;
 * - terraformGeneratorMetadata carries providerVersion (the package version);
 * - doc comments: a DO NOT EDIT header, block descriptions from the schema,
 *   `@deprecated` tags, no SDKv2 `id` warning; formatting is our own;
 * - no README.md per folder and no lazy-index.ts (docs/ has the docs; the
 *   construct library imports the classes directly).
 */
import { generateBindings } from '../../src/codegen/cdktf-bindings';
import { zendeskSchemaDocument } from '../../src/codegen/generate';
import type { ProviderSchemaDocument } from '../../src/framework/schema-json';
import { PROVIDER_ADDRESS, PROVIDER_SOURCE } from '../../src/provider/address';
import { SYNTHETIC_ADDRESS, SYNTHETIC_DOC, SYNTHETIC_SOURCE } from './fixtures/synthetic/schema';
import { NAMING_ADDRESS, NAMING_DOC } from './fixtures/naming-schema';
import { apiSurface } from './support/api-surface';
import { cdktfGet } from './support/cdktf-get';

interface Case {
  doc: () => ProviderSchemaDocument;
  address: string;
  source: string;
}

const cases: Record<string, Case> = {
  'zendesk provider (today)': { doc: zendeskSchemaDocument, address: PROVIDER_ADDRESS, source: PROVIDER_SOURCE },
  'synthetic: every attribute kind, nesting mode and block': { doc: () => SYNTHETIC_DOC, address: SYNTHETIC_ADDRESS, source: SYNTHETIC_SOURCE },
  'naming: reserved names, clashes, escapes': { doc: () => NAMING_DOC, address: NAMING_ADDRESS, source: 'example/naming' },
};

describe.each(Object.entries(cases))('public API surface equals cdktf get: %s', (_title, c) => {
  const name = c.source.split('/')[1];
  let ours: Map<string, string>;
  let theirs: Map<string, string>;

  beforeAll(async () => {
    ours = generateBindings(c.doc(), { source: c.source, version: '1.0.0', address: c.address });
    theirs = await cdktfGet(c.doc(), { name, source: c.source, version: '1.0.0' });
  });

  it('generates the same TypeScript files', () => {
    const typescript = [...theirs.keys()].filter((p) => p.endsWith('.ts') && p !== 'lazy-index.ts');
    expect([...ours.keys()].sort()).toEqual(typescript.sort());
  });

  it('exposes the same exports, members and signatures in every file', () => {
    for (const [path, content] of ours) {
      const theirSurface = apiSurface(theirs.get(path) ?? '', path);
      const ourSurface = apiSurface(content, path);
      expect({ path, missing: theirSurface.filter((s) => !ourSurface.includes(s)) }).toEqual({ path, missing: [] });
      expect({ path, extra: ourSurface.filter((s) => !theirSurface.includes(s)) }).toEqual({ path, extra: [] });
    }
  });
});
