/**
 * The provider-wide tfplugin6 RPCs, as field tables (../../wire/message-codec.ts).
 * A request we never read beyond its name (GetMetadata, GetProviderSchema,
 * StopProvider, GetFunctions, GetResourceIdentitySchemas: all `Request {}`) has no table.
 */
import { message, repeated, scalar, stringMapOf } from '../../wire/message-codec';
import type * as tf from '../types';
import { ClientCapabilities, DynamicValue, ServerCapabilities, diagnostics } from './common';
import { Schema } from './schema';

const TypeName = message<{ typeName: string }>('TypeName', [[1, 'typeName', scalar.string]], { initial: () => ({ typeName: '' }) });

/**
 * GetMetadata.Response { ServerCapabilities server_capabilities = 1; repeated Diagnostic diagnostics = 2;
 *   repeated DataSourceMetadata data_sources = 3; repeated ResourceMetadata resources = 4; … }
 * (functions, ephemeral, list, state store and action metadata are never sent: we serve none.)
 */
export const GetMetadataResponse = message<tf.GetMetadataResponse>('GetMetadata.Response', [
  [1, 'serverCapabilities', ServerCapabilities],
  [2, 'diagnostics', diagnostics],
  [3, 'dataSources', repeated(TypeName)],
  [4, 'resources', repeated(TypeName)],
]);

/**
 * GetProviderSchema.Response { Schema provider = 1; map<string, Schema> resource_schemas = 2;
 *   map<string, Schema> data_source_schemas = 3; repeated Diagnostic diagnostics = 4; Schema provider_meta = 5;
 *   ServerCapabilities server_capabilities = 6; map<string, Function> functions = 7; … }
 * Functions, ephemeral, list, state-store and action schemas are empty maps: nothing is written.
 */
export const GetProviderSchemaResponse = message<tf.GetProviderSchemaResponse>('GetProviderSchema.Response', [
  [1, 'provider', Schema],
  [2, 'resourceSchemas', stringMapOf(Schema)],
  [3, 'dataSourceSchemas', stringMapOf(Schema)],
  [4, 'diagnostics', diagnostics],
  [5, 'providerMeta', Schema],
  [6, 'serverCapabilities', ServerCapabilities],
]);

/** ValidateProviderConfig.Request { DynamicValue config = 1; } */
export const ValidateProviderConfigRequest = message<tf.ValidateProviderConfigRequest>('ValidateProviderConfig.Request', [
  [1, 'config', DynamicValue],
]);

/** ValidateProviderConfig.Response { repeated Diagnostic diagnostics = 2; } (yes, 2: field 1 was retired in protocol 6.) */
export const ValidateProviderConfigResponse = message<tf.DiagnosticsResponse>('ValidateProviderConfig.Response', [[2, 'diagnostics', diagnostics]]);

/** ConfigureProvider.Request { string terraform_version = 1; DynamicValue config = 2; ClientCapabilities client_capabilities = 3; } */
export const ConfigureProviderRequest = message<tf.ConfigureProviderRequest>(
  'ConfigureProvider.Request',
  [
    [1, 'terraformVersion', scalar.string],
    [2, 'config', DynamicValue],
    [3, 'clientCapabilities', ClientCapabilities],
  ],
  { initial: () => ({ terraformVersion: '' }) },
);

/** ConfigureProvider.Response { repeated Diagnostic diagnostics = 1; } */
export const ConfigureProviderResponse = message<tf.DiagnosticsResponse>('ConfigureProvider.Response', [[1, 'diagnostics', diagnostics]]);

/**
 * StopProvider.Response { string Error = 1; }
 * Terraform calls it on interrupt (Ctrl-C) so the provider can cancel in-flight work; a non-empty Error is shown to the user.
 */
export const StopProviderResponse = message<tf.StopProviderResponse>('StopProvider.Response', [[1, 'error', scalar.string]], {
  initial: () => ({ error: '' }),
});

/**
 * GetFunctions.Response { map<string, Function> functions = 1; repeated Diagnostic diagnostics = 2; } and
 * GetResourceIdentitySchemas.Response { map<string, ResourceIdentitySchema> identity_schemas = 1; repeated Diagnostic diagnostics = 2; }:
 * we serve no functions and declare no identities, so both answer an empty map (terraform ≥ 1.12 asks for identities).
 */
export const NoFunctionsResponse = message<tf.DiagnosticsResponse>('GetFunctions.Response', [[2, 'diagnostics', diagnostics]]);
export const NoIdentitySchemasResponse = message<tf.DiagnosticsResponse>('GetResourceIdentitySchemas.Response', [[2, 'diagnostics', diagnostics]]);
