import type { DiagnosticsResponse, ValidateProviderConfigRequest } from '../../protocol/tfprotov6/types';
import { Diagnostics } from '../diagnostics';
import { containerType } from '../schema/types';
import { sensitiveValues, validateConfigValues } from '../validate';
import type { ServerContext } from './context';
import { decodeObject } from './dynamic';
import { toProtoDiagnostics } from './to-proto/diagnostics';

export async function validateProviderConfig(ctx: ServerContext, req: ValidateProviderConfigRequest): Promise<DiagnosticsResponse> {
  const diagnostics = new Diagnostics();
  const schema = ctx.provider.schema();
  const config = decodeObject(req.config, containerType(schema), 'provider configuration', diagnostics);
  if (config) {
    for (const secret of sensitiveValues(schema, config)) ctx.scrubber.register(secret);
    validateConfigValues(schema, config, diagnostics);
    ctx.provider.validateConfig?.({ config }, diagnostics);
  }
  return { diagnostics: toProtoDiagnostics(diagnostics, ctx.scrubber, schema) };
}
