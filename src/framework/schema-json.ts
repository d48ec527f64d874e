import * as proto from '../protocol/tfprotov6/types';
import type { Provider } from './provider';
import { toProtoSchema } from './server/to-proto/schema';

/**
 * The provider's schema in the format of `terraform providers schema -json`,
 * derived from exactly what GetProviderSchema sends Terraform. Docs and the
 * CDKTF bindings are generated from this document (the same input `cdktf get`
 * would use), so there is one source of truth and a test can compare it with
 * what the real terraform binary prints.
 */
export interface ProviderSchemaDocument {
  format_version: '1.0';
  provider_schemas: Record<string, ProviderSchemaJSON>;
}

export interface ProviderSchemaJSON {
  provider: SchemaJSON;
  resource_schemas: Record<string, SchemaJSON>;
  data_source_schemas: Record<string, SchemaJSON>;
}

export interface SchemaJSON {
  version: number;
  block: BlockJSON;
}

export interface BlockJSON {
  attributes?: Record<string, AttributeJSON>;
  block_types?: Record<string, BlockTypeJSON>;
  description?: string;
  description_kind: 'plain' | 'markdown';
  deprecated?: boolean;
}

export interface AttributeJSON {
  type?: unknown;
  nested_type?: { attributes: Record<string, AttributeJSON>; nesting_mode: string };
  description?: string;
  description_kind: 'plain' | 'markdown';
  deprecated?: boolean;
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
  sensitive?: boolean;
}

export interface BlockTypeJSON {
  nesting_mode: string;
  block: BlockJSON;
  min_items?: number;
  max_items?: number;
}

const kind = (k?: proto.StringKind) => (k === proto.StringKind.Markdown ? 'markdown' : 'plain');
const flag = (value: boolean | undefined) => (value ? true : undefined);
const nonEmpty = <T extends object>(record: T) => (Object.keys(record).length > 0 ? record : undefined);
const objectModes = ['invalid', 'single', 'list', 'set', 'map'];
const blockModes = ['invalid', 'single', 'list', 'set', 'map', 'group'];

function attributeJSON(a: proto.SchemaAttribute): AttributeJSON {
  return dropUndefined({
    type: a.type,
    nested_type: a.nestedType && {
      attributes: Object.fromEntries(a.nestedType.attributes.map((n) => [n.name, attributeJSON(n)])),
      nesting_mode: objectModes[a.nestedType.nesting],
    },
    description: a.description || undefined,
    description_kind: kind(a.descriptionKind),
    deprecated: flag(a.deprecated),
    required: flag(a.required),
    optional: flag(a.optional),
    computed: flag(a.computed),
    sensitive: flag(a.sensitive),
  });
}

function blockJSON(b: proto.SchemaBlock): BlockJSON {
  return dropUndefined({
    attributes: nonEmpty(Object.fromEntries(b.attributes.map((a) => [a.name, attributeJSON(a)]))),
    block_types: nonEmpty(
      Object.fromEntries(
        b.blockTypes.map((t) => [
          t.typeName,
          dropUndefined({
            nesting_mode: blockModes[t.nesting],
            block: blockJSON(t.block),
            min_items: t.minItems || undefined,
            max_items: t.maxItems || undefined,
          }),
        ]),
      ),
    ),
    description: b.description || undefined,
    description_kind: kind(b.descriptionKind),
    deprecated: flag(b.deprecated),
  });
}

export function schemaJSON(schema: proto.Schema): SchemaJSON {
  return { version: schema.version, block: blockJSON(schema.block) };
}

/** `address` is the provider's full source address, e.g. registry.terraform.io/zendesk-iac/zendesk. */
export function providerSchemaDocument(provider: Provider, address: string): ProviderSchemaDocument {
  const resources = provider.resources().map((f) => f());
  const dataSources = provider.dataSources().map((f) => f());
  const byName = <T extends { typeName: string; schema(): import('./schema/schema').Schema }>(items: T[]) =>
    Object.fromEntries(
      items.sort((x, y) => x.typeName.localeCompare(y.typeName)).map((i) => [i.typeName, schemaJSON(toProtoSchema(i.schema()))]),
    );
  return {
    format_version: '1.0',
    provider_schemas: {
      [address]: {
        provider: schemaJSON(toProtoSchema(provider.schema())),
        resource_schemas: byName(resources),
        data_source_schemas: byName(dataSources),
      },
    },
  };
}

function dropUndefined<T extends object>(record: T): T {
  for (const key of Object.keys(record) as (keyof T)[]) if (record[key] === undefined) delete record[key];
  return record;
}
