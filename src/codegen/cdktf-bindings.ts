import type { ProviderSchemaDocument } from '../framework/schema-json';
import { type ProviderModel, type ResourceModel } from './cdktf/model';
import { parseProvider } from './cdktf/parse';
import { emitResourceClass } from './cdktf/resource';
import { emitInterface, emitStruct } from './cdktf/structs';
import { CodeWriter } from './cdktf/writer';

/**
 * L1 CDKTF bindings generated from a provider schema document (the JSON of
 * `terraform providers schema -json`, the same input `cdktf get` reads), in
 * the shape of `cdktf get` output: one folder per resource, data source and
 * the provider, each with an index.ts, plus an index.ts of namespaces.
 *
 * Pipeline: parse (cdktf/parse.ts, cdktf/parse-block.ts: names and flags, by
 * cdktf's rules) → model (cdktf/model.ts) → emit (cdktf/structs.ts,
 * cdktf/resource.ts).
 * Deliberate differences from cdktf's generator are listed in
 * test/codegen/api-surface.test.ts, which compares the two.
 */
export interface BindingsOptions {
  /** `terraformProviderSource` in required_providers, e.g. `zendesk-iac/zendesk`. */
  source: string;
  /** The provider version the bindings were generated from; written into required_providers. */
  version: string;
  /** Optional version constraint, as `cdktf get` records it. */
  versionConstraint?: string;
  /** The provider's local name; defaults to the last segment of `source`. */
  name?: string;
  /** Which provider of the document; defaults to the one whose address ends with `source`. */
  address?: string;
  /** Named in the DO NOT EDIT header: how to regenerate. */
  regenerateWith?: string;
}

export function generateBindings(doc: ProviderSchemaDocument, options: BindingsOptions): Map<string, string> {
  const address = options.address ?? findAddress(doc, options.source);
  const schema = doc.provider_schemas[address];
  if (!schema) throw new Error(`the schema document has no provider "${address}"`);
  const provider = parseProvider(schema, {
    address,
    name: options.name ?? options.source.split('/').pop()!,
    source: options.source,
    version: options.version,
    versionConstraint: options.versionConstraint,
  });
  const regenerate = options.regenerateWith ?? 'npm run generate';
  const files = new Map<string, string>();
  for (const entity of provider.entities) files.set(`${entity.folder}/index.ts`, entityFile(provider, entity, regenerate));
  files.set('index.ts', indexFile(provider, regenerate));
  return files;
}

function findAddress(doc: ProviderSchemaDocument, source: string): string {
  const addresses = Object.keys(doc.provider_schemas);
  const matches = addresses.filter((a) => a.toLowerCase().endsWith(`/${source.toLowerCase()}`));
  if (matches.length !== 1) {
    throw new Error(`expected exactly one provider with source "${source}" in the schema document, found: ${addresses.join(', ') || 'none'}`);
  }
  return matches[0];
}

function header(w: CodeWriter, first: string, regenerate: string): void {
  w.line(first);
  w.line('// generated from terraform resource schema');
  w.line(`// DO NOT EDIT: regenerate with \`${regenerate}\` (src/codegen/cdktf-bindings.ts).`);
}

function entityFile(provider: ProviderModel, entity: ResourceModel, regenerate: string): string {
  const body = new CodeWriter();
  body.line("import { Construct } from 'constructs';");
  body.line("import * as cdktf from 'cdktf';");
  body.line();
  body.line('// Configuration');
  body.line();
  const metaArguments = entity.kind === 'provider' ? '' : ' extends cdktf.TerraformMetaArguments';
  emitInterface(body, entity, entity.configStructName, entity.attributes, metaArguments);
  for (const struct of entity.structs) emitStruct(body, entity, struct);
  emitResourceClass(body, provider, entity);
  const code = body.toString();

  const w = new CodeWriter();
  header(w, `// ${entity.linkToDocs}`, regenerate);
  // The public API keeps cdktf get's shapes: any-typed synthesis results and mappers, and empty
  // interfaces (a data source without arguments).
  const rules = ['@typescript-eslint/no-explicit-any'];
  if (/^export interface \S+( extends \S+)? \{\}$/m.test(code)) rules.push('@typescript-eslint/no-empty-object-type');
  w.line(`/* eslint-disable ${rules.join(', ')} */`);
  return `${w.toString()}\n${code}`;
}

/** Namespaces, as cdktf get's index.ts: `import { messagingSettings } from './gen'`. */
function indexFile(provider: ProviderModel, regenerate: string): string {
  const w = new CodeWriter();
  w.line(`// Bindings of the ${provider.name} provider (${provider.source} ${provider.version}).`);
  w.line(`// DO NOT EDIT: regenerate with \`${regenerate}\` (src/codegen/cdktf-bindings.ts).`);
  w.line();
  for (const entity of provider.entities) w.line(`export * as ${entity.namespace} from './${entity.folder}';`);
  return w.toString();
}
