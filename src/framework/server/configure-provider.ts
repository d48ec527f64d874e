import type { ConfigureProviderRequest, DiagnosticsResponse } from '../../protocol/tfprotov6/types';
import { Diagnostics } from '../diagnostics';
import type { ConfigureResponse } from '../provider';
import { containerType } from '../schema/types';
import { withNulls } from '../schema/walk';
import { checkWholeNumbers, sensitiveValues } from '../validate';
import type { ServerContext } from './context';
import { decodeObject } from './dynamic';
import { toProtoDiagnostics } from './to-proto/diagnostics';

export async function configureProvider(ctx: ServerContext, req: ConfigureProviderRequest): Promise<DiagnosticsResponse> {
  const diagnostics = new Diagnostics();
  const schema = ctx.provider.schema();
  const config = decodeObject(req.config, containerType(schema), 'provider configuration', diagnostics);
  if (config !== undefined) {
    const values = config ?? withNulls(schema, {});
    for (const secret of sensitiveValues(schema, values)) ctx.scrubber.register(secret);
    checkWholeNumbers(schema, values, diagnostics);
    if (!diagnostics.hasError()) {
      const resp: ConfigureResponse = { diagnostics };
      await ctx.provider.configure({ terraformVersion: req.terraformVersion, config: values }, resp);
      if (!diagnostics.hasError()) ctx.providerData = resp.providerData;
    }
  }
  return { diagnostics: toProtoDiagnostics(diagnostics, ctx.scrubber, schema) };
}
