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
import { decodeApplyResourceChangeRequest, encodeApplyResourceChangeResponse } from '../messages/apply-resource-change';
import { decodeConfigureProviderRequest, encodeConfigureProviderResponse } from '../messages/configure-provider';
import { encodeGetFunctionsResponse } from '../messages/get-functions';
import { encodeGetMetadataResponse } from '../messages/get-metadata';
import { encodeGetProviderSchemaResponse } from '../messages/get-provider-schema';
import { encodeGetResourceIdentitySchemasResponse } from '../messages/get-resource-identity-schemas';
import { decodeImportResourceStateRequest, encodeImportResourceStateResponse } from '../messages/import-resource-state';
import { decodeMoveResourceStateRequest, encodeMoveResourceStateResponse } from '../messages/move-resource-state';
import { decodePlanResourceChangeRequest, encodePlanResourceChangeResponse } from '../messages/plan-resource-change';
import { decodeReadDataSourceRequest, encodeReadDataSourceResponse } from '../messages/read-data-source';
import { decodeReadResourceRequest, encodeReadResourceResponse } from '../messages/read-resource';
import { encodeStopProviderResponse } from '../messages/stop-provider';
import { decodeUpgradeResourceStateRequest, encodeUpgradeResourceStateResponse } from '../messages/upgrade-resource-state';
import { decodeValidateDataResourceConfigRequest, encodeValidateDataResourceConfigResponse } from '../messages/validate-data-resource-config';
import { decodeValidateProviderConfigRequest, encodeValidateProviderConfigResponse } from '../messages/validate-provider-config';
import { decodeValidateResourceConfigRequest, encodeValidateResourceConfigResponse } from '../messages/validate-resource-config';
import type { ProviderServer } from '../types';
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
    encode: encodeGetMetadataResponse,
    failed: (d) => ({ diagnostics: [d], dataSources: [], resources: [] }),
  });
  add({
    name: 'GetProviderSchema',
    decode: noRequest,
    invoke: () => method(server, 'getProviderSchema')(),
    encode: encodeGetProviderSchemaResponse,
    failed: (d) => ({ diagnostics: [d], resourceSchemas: {}, dataSourceSchemas: {} }),
  });
  add({
    name: 'ValidateProviderConfig',
    decode: decodeValidateProviderConfigRequest,
    invoke: (req) => method(server, 'validateProviderConfig')(req),
    encode: encodeValidateProviderConfigResponse,
    failed: (d) => ({ diagnostics: [d] }),
  });
  add({
    name: 'ValidateResourceConfig',
    decode: decodeValidateResourceConfigRequest,
    invoke: (req) => method(server, 'validateResourceConfig')(req),
    encode: encodeValidateResourceConfigResponse,
    failed: (d) => ({ diagnostics: [d] }),
  });
  add({
    name: 'ValidateDataResourceConfig',
    decode: decodeValidateDataResourceConfigRequest,
    invoke: (req) => method(server, 'validateDataResourceConfig')(req),
    encode: encodeValidateDataResourceConfigResponse,
    failed: (d) => ({ diagnostics: [d] }),
  });
  add({
    name: 'UpgradeResourceState',
    decode: decodeUpgradeResourceStateRequest,
    invoke: (req) => method(server, 'upgradeResourceState')(req),
    encode: encodeUpgradeResourceStateResponse,
    failed: (d) => ({ diagnostics: [d] }),
  });
  add({
    name: 'ConfigureProvider',
    decode: decodeConfigureProviderRequest,
    invoke: (req) => method(server, 'configureProvider')(req),
    encode: encodeConfigureProviderResponse,
    failed: (d) => ({ diagnostics: [d] }),
  });
  add({
    name: 'ReadResource',
    decode: decodeReadResourceRequest,
    invoke: (req) => method(server, 'readResource')(req),
    encode: encodeReadResourceResponse,
    failed: (d) => ({ diagnostics: [d] }),
  });
  add({
    name: 'PlanResourceChange',
    decode: decodePlanResourceChangeRequest,
    invoke: (req) => method(server, 'planResourceChange')(req),
    encode: encodePlanResourceChangeResponse,
    failed: (d) => ({ diagnostics: [d], requiresReplace: [] }),
  });
  add({
    name: 'ApplyResourceChange',
    decode: decodeApplyResourceChangeRequest,
    invoke: (req) => method(server, 'applyResourceChange')(req),
    encode: encodeApplyResourceChangeResponse,
    failed: (d) => ({ diagnostics: [d] }),
  });
  add({
    name: 'ImportResourceState',
    decode: decodeImportResourceStateRequest,
    invoke: (req) => method(server, 'importResourceState')(req),
    encode: encodeImportResourceStateResponse,
    failed: (d) => ({ diagnostics: [d], importedResources: [] }),
  });
  add({
    name: 'MoveResourceState',
    decode: decodeMoveResourceStateRequest,
    invoke: (req) => method(server, 'moveResourceState')(req),
    encode: encodeMoveResourceStateResponse,
    failed: (d) => ({ diagnostics: [d] }),
  });
  add({
    name: 'ReadDataSource',
    decode: decodeReadDataSourceRequest,
    invoke: (req) => method(server, 'readDataSource')(req),
    encode: encodeReadDataSourceResponse,
    failed: (d) => ({ diagnostics: [d] }),
  });
  add({
    name: 'StopProvider',
    decode: noRequest,
    invoke: () => method(server, 'stopProvider')(),
    encode: encodeStopProviderResponse,
    // StopProvider has no diagnostics: its Error string is what terraform shows.
    failed: (d) => ({ error: d.detail ?? d.summary }),
  });
  // Discovery RPCs for features we do not serve: empty maps, never a provider call.
  routes.set(`/${PROVIDER_SERVICE}/GetFunctions`, () => encodeGetFunctionsResponse());
  routes.set(`/${PROVIDER_SERVICE}/GetResourceIdentitySchemas`, () => encodeGetResourceIdentitySchemasResponse());
  return routes;
}
