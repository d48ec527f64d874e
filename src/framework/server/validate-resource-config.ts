import type {
  DiagnosticsResponse,
  ValidateDataResourceConfigRequest,
  ValidateResourceConfigRequest,
} from '../../protocol/tfprotov6/types';
import { Diagnostics } from '../diagnostics';
import { containerType } from '../schema/types';
import { validateConfigValues } from '../validate';
import type { ServerContext } from './context';
import { decodeObject } from './dynamic';
import { toProtoDiagnostics } from './to-proto/diagnostics';

export async function validateResourceConfig(ctx: ServerContext, req: ValidateResourceConfigRequest): Promise<DiagnosticsResponse> {
  const diagnostics = new Diagnostics();
  const resource = ctx.newResource(req.typeName, diagnostics);
  if (resource) {
    const schema = resource.schema();
    const config = decodeObject(req.config, containerType(schema), 'resource configuration', diagnostics);
    if (config) {
      validateConfigValues(schema, config, diagnostics);
      resource.validateConfig?.({ config }, diagnostics);
    }
  }
  return { diagnostics: toProtoDiagnostics(diagnostics, ctx.scrubber, resource?.schema()) };
}

export async function validateDataResourceConfig(
  ctx: ServerContext,
  req: ValidateDataResourceConfigRequest,
): Promise<DiagnosticsResponse> {
  const diagnostics = new Diagnostics();
  const dataSource = ctx.newDataSource(req.typeName, diagnostics);
  if (dataSource) {
    const schema = dataSource.schema();
    const config = decodeObject(req.config, containerType(schema), 'data source configuration', diagnostics);
    if (config) {
      validateConfigValues(schema, config, diagnostics);
      dataSource.validateConfig?.({ config }, diagnostics);
    }
  }
  return { diagnostics: toProtoDiagnostics(diagnostics, ctx.scrubber, dataSource?.schema()) };
}
