import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { providerSchemaDocument, type ProviderSchemaDocument } from '../framework/schema-json';
import { PROVIDER_ADDRESS, PROVIDER_SOURCE, PROVIDER_TYPE } from '../provider/address';
import { ZendeskPluginProvider } from '../provider/provider';
import { VERSION } from '../version';
import { generateBindings } from './cdktf-bindings';
import { renderDocs } from './docs';
import { providerConstraints } from './docs-constraints';

/**
 * Everything `npm run generate` writes, computed in memory from one input:
 * the provider's schema document. scripts/generate.mjs writes it to disk;
 * test/codegen/generated-up-to-date.test.ts compares it with the checked-in
 * files. Paths are relative to the repository root.
 */

/** Directories whose every file is generated: anything else found there is stale and removed. */
export const GENERATED_DIRS = ['src/constructs/gen', 'docs'] as const;

export function zendeskSchemaDocument(): ProviderSchemaDocument {
  // The environment only matters when the provider is configured; the schema never depends on it.
  return providerSchemaDocument(new ZendeskPluginProvider({}), PROVIDER_ADDRESS);
}

export function generateAll(root: string, doc: ProviderSchemaDocument = zendeskSchemaDocument()): Map<string, string> {
  const files = new Map<string, string>();
  const bindings = generateBindings(doc, { source: PROVIDER_SOURCE, version: VERSION, address: PROVIDER_ADDRESS });
  for (const [path, content] of bindings) files.set(`src/constructs/gen/${path}`, content);
  const docs = renderDocs({ providerName: PROVIDER_TYPE, schema: doc.provider_schemas[PROVIDER_ADDRESS], constraints: providerConstraints(new ZendeskPluginProvider({})), examplesDir: join(root, 'examples'), guidesDir: join(root, 'templates', 'guides'), rootDir: root });
  for (const [path, content] of docs) files.set(`docs/${path}`, content);
  // docs/design holds hand-written notes (the facts the code relies on): kept as they are, never removed as stale.
  const design = join(root, 'docs', 'design');
  if (existsSync(design)) for (const name of readdirSync(design)) files.set(`docs/design/${name}`, readFileSync(join(design, name), 'utf8'));
  return files;
}
