import type { ProviderSchemaJSON, SchemaJSON } from '../../framework/schema-json';
import { type AttributeModel, type EntityKind, type ProviderModel, type ResourceModel } from './model';
import { camelCase, pascalCase, snakeCase } from './names';
import { blockScope, ClassNames, dedupe, EntityParser, type Scope, sortedEntries } from './parse-block';
import { sanitizeBaseName } from './reserved';

/**
 * Schema document → model, following the rules of cdktf's own generator
 * (@cdktf/provider-generator ResourceParser) so that class, struct, property
 * and folder names, and which members exist, are the ones `cdktf get` would
 * produce. This file names the provider's entities (class, config struct,
 * folder, namespace, registry link) and adds the provider's `alias`;
 * parse-block.ts turns each entity's schema block into attributes and structs;
 * reserved.ts holds the names cdktf renames. Where we differ on purpose it
 * says so, and test/codegen/api-surface.test.ts compares the result with
 * cdktf's generator.
 */

export interface ParseOptions {
  /** Full address in the document, e.g. `registry.terraform.io/zendesk-iac/zendesk`. */
  address: string;
  /** The provider's local name (`zendesk`). */
  name: string;
  /** `terraformProviderSource` (`zendesk-iac/zendesk`). */
  source: string;
  version: string;
  versionConstraint?: string;
}

function folderFor(providerName: string, baseName: string): string {
  if (baseName === 'index') return 'index-resource';
  if (baseName === `${providerName}_provider`) return 'provider';
  return snakeCase(baseName).replace(/_/g, '-');
}

function parseAddress(address: string): { hostname: string; namespace: string; type: string } {
  const parts = address.split('/');
  if (parts.length !== 3 || parts.some((p) => !p)) throw new Error(`expected a full provider address (host/namespace/type), got "${address}"`);
  const [hostname, namespace, type] = parts;
  return { hostname, namespace, type };
}

export function parseProvider(schema: ProviderSchemaJSON, options: ParseOptions): ProviderModel {
  const address = parseAddress(options.address);
  const names = new ClassNames();
  const docsBase = `https://${address.hostname}/providers/${address.namespace}/${address.type}/latest/docs`;
  const docName = (type: string) => snakeCase(type.replace(new RegExp(`^${address.type}_`, 'i'), ''));

  const entity = (kind: EntityKind, type: string, entitySchema: SchemaJSON): ResourceModel => {
    const isProvider = kind === 'provider';
    let baseName = kind === 'data_source' ? `data_${type}` : type;
    if (baseName.startsWith(`${address.type}_`)) baseName = baseName.slice(address.type.length + 1);
    if (isProvider) baseName = `${options.name}_${baseName}`;
    baseName = sanitizeBaseName(baseName, isProvider);
    const className = names.unique(pascalCase(baseName));
    const configStructName = names.unique(`${className}Config`);
    const folder = folderFor(options.name, baseName);
    const parser = new EntityParser(names);
    const root: Scope = { ...blockScope(isProvider), path: [baseName] };
    let attributes = parser.attributesOfBlock(root, entitySchema.block);
    if (isProvider) attributes = withAlias(attributes);
    const terraformResourceType = isProvider ? options.name : type;
    const linkToDocs =
      kind === 'provider'
        ? docsBase
        : `${docsBase}/${kind === 'data_source' ? 'data-sources' : 'resources'}/${docName(terraformResourceType)}`;
    return {
      kind,
      terraformResourceType,
      className,
      configStructName,
      folder,
      namespace: camelCase(folder),
      attributes: dedupe(attributes),
      structs: parser.structs,
      linkToDocs,
    };
  };

  const entities = [
    ...sortedEntries(schema.resource_schemas).map(([type, s]) => entity('resource', type, s)),
    ...sortedEntries(schema.data_source_schemas).map(([type, s]) => entity('data_source', type, s)),
    entity('provider', 'provider', schema.provider),
  ];
  const folders = new Set<string>();
  for (const e of entities) {
    if (folders.has(e.folder)) throw new Error(`two schemas generate the folder "${e.folder}"`);
    folders.add(e.folder);
  }
  return {
    name: options.name,
    source: options.source,
    version: options.version,
    versionConstraint: options.versionConstraint,
    entities,
  };
}

/** Terraform's provider schema has no `alias`; cdktf adds it as the last attribute, before any blocks. */
function withAlias(attributes: AttributeModel[]): AttributeModel[] {
  const alias: AttributeModel = {
    name: 'alias',
    storageName: '_alias',
    terraformName: 'alias',
    description: 'Alias name',
    deprecated: false,
    computed: false,
    optional: true,
    required: false,
    provider: true,
    origin: 'attribute',
    type: { kind: 'simple', type: 'string' },
  };
  const firstBlock = attributes.findIndex((a) => a.origin === 'block');
  const at = firstBlock === -1 ? attributes.length : firstBlock;
  return [...attributes.slice(0, at), alias, ...attributes.slice(at)];
}
