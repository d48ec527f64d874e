import type {
  DiagnosticsResponse,
  ValidateDataResourceConfigRequest,
  ValidateResourceConfigRequest,
} from '../../protocol/tfprotov6/types';
import type { DataSource } from '../data-source';
import { Diagnostics } from '../diagnostics';
import type { Resource } from '../resource';
import { containerType } from '../schema/types';
import { validateConfigValues } from '../validate';
import type { ServerContext } from './context';
import { decodeObject } from './dynamic';
import { toProtoDiagnostics } from './to-proto/diagnostics';

export async function validateResourceConfig(ctx: ServerContext, req: ValidateResourceConfigRequest): Promise<DiagnosticsResponse> {
  const diagnostics = new Diagnostics();
  return validateWith(ctx, ctx.newResource(req.typeName, diagnostics), req.config, 'resource configuration', diagnostics);
}

export async function validateDataResourceConfig(
  ctx: ServerContext,
  req: ValidateDataResourceConfigRequest,
): Promise<DiagnosticsResponse> {
  const diagnostics = new Diagnostics();
  return validateWith(ctx, ctx.newDataSource(req.typeName, diagnostics), req.config, 'data source configuration', diagnostics);
}

/** Resources and data sources validate alike: schema-declared validators first, then the type's own check. */
function validateWith(
  ctx: ServerContext,
  target: Resource | DataSource | undefined,
  rawConfig: ValidateResourceConfigRequest['config'],
  what: string,
  diagnostics: Diagnostics,
): DiagnosticsResponse {
  const schema = target?.schema();
  if (target && schema) {
    const config = decodeObject(rawConfig, containerType(schema), what, diagnostics);
    if (config) {
      validateConfigValues(schema, config, diagnostics);
      target.validateConfig?.({ config }, diagnostics);
    }
  }
  return { diagnostics: toProtoDiagnostics(diagnostics, ctx.scrubber, schema) };
}
