import type { GetMetadataResponse, GetProviderSchemaResponse, Schema } from '../../protocol/tfprotov6/types';
import type { ServerContext } from './context';
import { toProtoSchema } from './to-proto/schema';

/**
 * plan_destroy: we want PlanResourceChange on destroy (to warn what destroying
 * a singleton does). get_provider_schema_optional: every RPC works without a
 * prior GetProviderSchema in the same process, so Terraform may use its cache.
 */
const CAPABILITIES = { planDestroy: true, getProviderSchemaOptional: true };

export async function getProviderSchema(ctx: ServerContext): Promise<GetProviderSchemaResponse> {
  const resourceSchemas: Record<string, Schema> = {};
  for (const factory of ctx.provider.resources()) {
    const resource = factory();
    resourceSchemas[resource.typeName] = toProtoSchema(resource.schema());
  }
  const dataSourceSchemas: Record<string, Schema> = {};
  for (const factory of ctx.provider.dataSources()) {
    const dataSource = factory();
    dataSourceSchemas[dataSource.typeName] = toProtoSchema(dataSource.schema());
  }
  return {
    provider: toProtoSchema(ctx.provider.schema()),
    resourceSchemas,
    dataSourceSchemas,
    serverCapabilities: CAPABILITIES,
    diagnostics: [],
  };
}

export async function getMetadata(ctx: ServerContext): Promise<GetMetadataResponse> {
  return {
    serverCapabilities: CAPABILITIES,
    diagnostics: [],
    resources: ctx.provider.resources().map((f) => ({ typeName: f().typeName })),
    dataSources: ctx.provider.dataSources().map((f) => ({ typeName: f().typeName })),
  };
}
