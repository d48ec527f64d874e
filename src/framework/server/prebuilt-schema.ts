import { type GetProviderSchemaResponse, PRE_ENCODED } from '../../protocol/tfprotov6/types';
import { typeNameOf } from '../lazy-factory';
import type { Provider } from '../provider';

/**
 * A provider bundle's GetProviderSchema response, computed at build time by scripts/build.mjs from the provider tsc
 * has just compiled (the same sources as the bundle) and put into the bundle as a JSON string (esbuild `define`).
 * The process terraform starts to fetch the schema (one per plan) then parses one string instead of making every
 * resource (loading its module: namedFactory) and converting every schema. The library (tsc output, tests) has no such
 * string and builds the response; test/framework/prebuilt-schema.test.ts holds the two equal.
 * docs/design/performance.md has the measurement.
 */
declare const __PROVIDER_SCHEMA_RESPONSE__: string | undefined;
/**
 * The same response encoded for the wire, base64: encoding 50 KB in a cold process costs more than building it (its
 * loops get hot enough for V8 to optimize them on another thread), and this process encodes it only once.
 */
declare const __PROVIDER_SCHEMA_RESPONSE_BYTES__: string | undefined;

/** The names scripts/build.mjs defines. */
export const PREBUILT_SCHEMA_GLOBAL = '__PROVIDER_SCHEMA_RESPONSE__';
export const PREBUILT_SCHEMA_BYTES_GLOBAL = '__PROVIDER_SCHEMA_RESPONSE_BYTES__';

let parsed: GetProviderSchemaResponse | undefined;

/**
 * The prebuilt response, when there is one and it lists exactly the provider's resource and data source types (read
 * from the factories' declared names, so nothing loads); undefined otherwise, and the caller builds it.
 */
export function prebuiltSchemaResponse(provider: Provider): GetProviderSchemaResponse | undefined {
  // typeof: in the library the name is declared nowhere, and reading it would throw.
  if (typeof __PROVIDER_SCHEMA_RESPONSE__ !== 'string') return undefined;
  // Frozen, so the protocol layer encodes it once per process even through a provider host (provider-routes.ts).
  if (!parsed) {
    const response = JSON.parse(__PROVIDER_SCHEMA_RESPONSE__) as GetProviderSchemaResponse;
    if (typeof __PROVIDER_SCHEMA_RESPONSE_BYTES__ === 'string') {
      // Not enumerable: the response compares equal to a built one.
      Object.defineProperty(response, PRE_ENCODED, { value: Buffer.from(__PROVIDER_SCHEMA_RESPONSE_BYTES__, 'base64') });
    }
    parsed = Object.freeze(response);
  }
  const same = (names: readonly string[], schemas: Record<string, unknown>) => names.join('\n') === Object.keys(schemas).join('\n');
  const matches =
    same(provider.resources().map(typeNameOf), parsed.resourceSchemas) && same(provider.dataSources().map(typeNameOf), parsed.dataSourceSchemas);
  return matches ? parsed : undefined;
}
