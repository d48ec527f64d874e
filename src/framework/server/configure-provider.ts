import type { ObjectValue } from '../../protocol/tftypes/value';
import type { Diagnostics } from '../diagnostics';
import type { ConfigureResponse } from '../provider';
import { withNulls } from '../schema/walk';
import { checkWholeNumbers, sensitiveValues } from '../validate';
import type { ServerContext } from './context';
import { validateConfig } from './validate-config';

/** ValidateProviderConfig: the secrets in it are registered first, so no diagnostic can print them. */
export function validateProviderConfig(ctx: ServerContext, config: ObjectValue, diagnostics: Diagnostics): void {
  for (const secret of sensitiveValues(ctx.provider.schema(), config)) ctx.scrubber.register(secret);
  validateConfig(ctx.provider, config, 'provider configuration', diagnostics);
}

/**
 * ConfigureProvider: the provider's configure, whose provider data every
 * resource and data source of this server then receives. A missing provider
 * block is a configuration of nulls.
 */
export async function configureProvider(ctx: ServerContext, terraformVersion: string, config: ObjectValue | null, diagnostics: Diagnostics): Promise<void> {
  const schema = ctx.provider.schema();
  const values = config ?? withNulls(schema, {});
  for (const secret of sensitiveValues(schema, values)) ctx.scrubber.register(secret);
  checkWholeNumbers(schema, values, diagnostics);
  if (diagnostics.hasError()) return;
  const resp: ConfigureResponse = { diagnostics };
  await ctx.provider.configure({ terraformVersion, stopSignal: ctx.stopController.signal, config: values }, resp);
  if (!diagnostics.hasError()) ctx.providerData = resp.providerData;
}
