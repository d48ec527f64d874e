/**
 * The tfplugin6.Provider service: every RPC terraform calls, routed to a
 * ProviderServer. RPCs we do not serve (ephemeral resources, list, state
 * stores, actions, function calls, identity upgrade, config generation) are
 * absent, so the gRPC layer answers UNIMPLEMENTED; the two discovery RPCs
 * for features we do not have answer with empty maps instead, because
 * terraform treats those answers as "none" rather than as an error.
 */
import type { UnaryHandler } from '../../grpc/types';
import type { Logger } from '../../log';
import {
  ConfigureProviderRequest,
  ConfigureProviderResponse,
  GetMetadataResponse,
  GetProviderSchemaResponse,
  NoFunctionsResponse,
  NoIdentitySchemasResponse,
  StopProviderResponse,
  ValidateProviderConfigRequest,
  ValidateProviderConfigResponse,
} from '../messages/provider-rpcs';
import {
  ApplyResourceChangeRequest,
  ApplyResourceChangeResponse,
  ImportResourceStateRequest,
  ImportResourceStateResponse,
  MoveResourceStateRequest,
  MoveResourceStateResponse,
  PlanResourceChangeRequest,
  PlanResourceChangeResponse,
  ReadDataSourceRequest,
  ReadDataSourceResponse,
  ReadResourceRequest,
  ReadResourceResponse,
  UpgradeResourceStateRequest,
  UpgradeResourceStateResponse,
  ValidateConfigResponse,
  ValidateDataResourceConfigRequest,
  ValidateResourceConfigRequest,
} from '../messages/resource-rpcs';
import { type GetProviderSchemaResponse as GetProviderSchemaResponseType, PRE_ENCODED, type ProviderServer } from '../types';
import { type RpcDefinition, unaryRpc } from './unary-rpc';

export const PROVIDER_SERVICE = 'tfplugin6.Provider';

const noRequest = (): undefined => undefined;

/** Calls a ProviderServer method, failing clearly if the object lacks it. */
function method<K extends keyof ProviderServer>(server: ProviderServer, name: K): ProviderServer[K] {
  const fn = server[name];
  if (typeof fn !== 'function') {
    return (async () => {
      throw new Error(`the provider server does not implement ${String(name)}`);
    }) as unknown as ProviderServer[K];
  }
  return fn.bind(server) as ProviderServer[K];
}

/** Handlers keyed by full gRPC path ("/tfplugin6.Provider/<Method>"). */
export function providerRoutes(server: ProviderServer, log: Logger): Map<string, UnaryHandler> {
  const routes = new Map<string, UnaryHandler>();
  const add = <Req, Res>(rpc: RpcDefinition<Req, Res>): void => {
    routes.set(`/${PROVIDER_SERVICE}/${rpc.name}`, unaryRpc(rpc, log));
  };

  add({
    name: 'GetMetadata',
    decode: noRequest,
    invoke: () => method(server, 'getMetadata')(),
    encode: GetMetadataResponse.encode,
  });
  add({
    name: 'GetProviderSchema',
    decode: noRequest,
    invoke: () => method(server, 'getProviderSchema')(),
    encode: encodeSchemaResponse,
  });
  add({
    name: 'ValidateProviderConfig',
    decode: ValidateProviderConfigRequest.decode,
    invoke: (req) => method(server, 'validateProviderConfig')(req),
    encode: ValidateProviderConfigResponse.encode,
  });
  add({
    name: 'ValidateResourceConfig',
    decode: ValidateResourceConfigRequest.decode,
    invoke: (req) => method(server, 'validateResourceConfig')(req),
    encode: ValidateConfigResponse.encode,
  });
  add({
    name: 'ValidateDataResourceConfig',
    decode: ValidateDataResourceConfigRequest.decode,
    invoke: (req) => method(server, 'validateDataResourceConfig')(req),
    encode: ValidateConfigResponse.encode,
  });
  add({
    name: 'UpgradeResourceState',
    decode: UpgradeResourceStateRequest.decode,
    invoke: (req) => method(server, 'upgradeResourceState')(req),
    encode: UpgradeResourceStateResponse.encode,
  });
  add({
    name: 'ConfigureProvider',
    decode: ConfigureProviderRequest.decode,
    invoke: (req) => method(server, 'configureProvider')(req),
    encode: ConfigureProviderResponse.encode,
  });
  add({
    name: 'ReadResource',
    decode: ReadResourceRequest.decode,
    invoke: (req) => method(server, 'readResource')(req),
    encode: ReadResourceResponse.encode,
  });
  add({
    name: 'PlanResourceChange',
    decode: PlanResourceChangeRequest.decode,
    invoke: (req) => method(server, 'planResourceChange')(req),
    encode: PlanResourceChangeResponse.encode,
  });
  add({
    name: 'ApplyResourceChange',
    decode: ApplyResourceChangeRequest.decode,
    invoke: (req) => method(server, 'applyResourceChange')(req),
    encode: ApplyResourceChangeResponse.encode,
  });
  add({
    name: 'ImportResourceState',
    decode: ImportResourceStateRequest.decode,
    invoke: (req) => method(server, 'importResourceState')(req),
    encode: ImportResourceStateResponse.encode,
  });
  add({
    name: 'MoveResourceState',
    decode: MoveResourceStateRequest.decode,
    invoke: (req) => method(server, 'moveResourceState')(req),
    encode: MoveResourceStateResponse.encode,
  });
  add({
    name: 'ReadDataSource',
    decode: ReadDataSourceRequest.decode,
    invoke: (req) => method(server, 'readDataSource')(req),
    encode: ReadDataSourceResponse.encode,
  });
  add({
    name: 'StopProvider',
    decode: noRequest,
    invoke: () => method(server, 'stopProvider')(),
    encode: StopProviderResponse.encode,
    // StopProvider has no diagnostics: its Error string is what terraform shows.
    failedAs: (message) => ({ error: `StopProvider failed: ${message}` }),
  });
  // Discovery RPCs for features we do not serve: empty maps, never a provider call.
  routes.set(`/${PROVIDER_SERVICE}/GetFunctions`, () => NoFunctionsResponse.encode({ diagnostics: [] }));
  routes.set(`/${PROVIDER_SERVICE}/GetResourceIdentitySchemas`, () => NoIdentitySchemasResponse.encode({ diagnostics: [] }));
  return routes;
}

/**
 * GetProviderSchema's encoder remembers its output per response object, for every connection of the process (routes
 * are built per connection): a server that hands out the same frozen response every time, as our framework does
 * (16 KB, ~2 ms to encode, asked once per terraform command, so once per plan through a provider host), is encoded
 * once; any other response object is encoded anew.
 */
const encodedSchemas = new WeakMap<GetProviderSchemaResponseType, Uint8Array>();

function encodeSchemaResponse(res: GetProviderSchemaResponseType): Uint8Array {
  const known = res[PRE_ENCODED] ?? encodedSchemas.get(res);
  if (known) return known;
  const bytes = GetProviderSchemaResponse.encode(res);
  if (Object.isFrozen(res)) encodedSchemas.set(res, bytes);
  return bytes;
}
