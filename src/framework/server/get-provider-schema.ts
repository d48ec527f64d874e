import type { GetMetadataResponse, GetProviderSchemaResponse, Schema } from '../../protocol/tfprotov6/types';
import { typeNameOf } from '../lazy-factory';
import type { ServerContext } from './context';
import { prebuiltSchemaResponse } from './prebuilt-schema';
import { toProtoSchema } from './to-proto/schema';

/**
 * plan_destroy: we want PlanResourceChange on destroy (to warn what destroying
 * a singleton does). get_provider_schema_optional: every RPC works without a
 * prior GetProviderSchema in the same process, so Terraform may use its cache.
 */
const CAPABILITIES = { planDestroy: true, getProviderSchemaOptional: true };

/**
 * The plugin host makes a provider per connection (three per terraform plan), and a provider's schemas are the same
 * objects every time: the response is built once per set of schema objects and handed out frozen, which also lets
 * the protocol layer encode it once (provider-routes.ts). A provider whose schema() returns new objects gets a new
 * response every time.
 */
const built = new WeakMap<object, { parts: readonly unknown[]; response: GetProviderSchemaResponse }>();

export async function getProviderSchema(ctx: ServerContext): Promise<GetProviderSchemaResponse> {
  return prebuiltSchemaResponse(ctx.provider) ?? buildProviderSchema(ctx);
}

/** The response built from the provider's schemas (what the build computes the prebuilt one with). */
export async function buildProviderSchema(ctx: Pick<ServerContext, 'provider'>): Promise<GetProviderSchemaResponse> {
  const providerSchema = ctx.provider.schema();
  const resources = ctx.provider.resources().map((factory) => factory());
  const dataSources = ctx.provider.dataSources().map((factory) => factory());
  const parts = [...resources, ...dataSources].flatMap((r) => [r.typeName, r.schema()]);
  const known = built.get(providerSchema);
  if (known && known.parts.length === parts.length && known.parts.every((part, i) => part === parts[i])) return known.response;
  const resourceSchemas: Record<string, Schema> = {};
  for (const resource of resources) resourceSchemas[resource.typeName] = toProtoSchema(resource.schema());
  const dataSourceSchemas: Record<string, Schema> = {};
  for (const dataSource of dataSources) dataSourceSchemas[dataSource.typeName] = toProtoSchema(dataSource.schema());
  const response: GetProviderSchemaResponse = Object.freeze({
    provider: toProtoSchema(providerSchema),
    resourceSchemas,
    dataSourceSchemas,
    serverCapabilities: CAPABILITIES,
    diagnostics: [],
  });
  built.set(providerSchema, { parts, response });
  return response;
}

export async function getMetadata(ctx: ServerContext): Promise<GetMetadataResponse> {
  return {
    serverCapabilities: CAPABILITIES,
    diagnostics: [],
    resources: ctx.provider.resources().map((f) => ({ typeName: typeNameOf(f) })),
    dataSources: ctx.provider.dataSources().map((f) => ({ typeName: typeNameOf(f) })),
  };
}
