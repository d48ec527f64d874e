/**
 * The per-resource and per-data-source tfplugin6 RPCs, as field tables
 * (../../wire/message-codec.ts). Fields we do not model (resource identity,
 * legacy_type_system) are left out: terraform's are skipped when read, ours
 * are never written.
 */
import { message, repeated, scalar } from '../../wire/message-codec';
import type * as tf from '../types';
import { AttributePath, ClientCapabilities, Deferred, DynamicValue, RawState, diagnostics } from './common';

const typeNameOnly = () => ({ typeName: '' });

/** ValidateResourceConfig.Request { string type_name = 1; DynamicValue config = 2; ClientCapabilities client_capabilities = 3; } */
export const ValidateResourceConfigRequest = message<tf.ValidateResourceConfigRequest>(
  'ValidateResourceConfig.Request',
  [
    [1, 'typeName', scalar.string],
    [2, 'config', DynamicValue],
    [3, 'clientCapabilities', ClientCapabilities],
  ],
  { initial: typeNameOnly },
);

/** ValidateDataResourceConfig.Request { string type_name = 1; DynamicValue config = 2; } */
export const ValidateDataResourceConfigRequest = message<tf.ValidateDataResourceConfigRequest>(
  'ValidateDataResourceConfig.Request',
  [
    [1, 'typeName', scalar.string],
    [2, 'config', DynamicValue],
  ],
  { initial: typeNameOnly },
);

/** ValidateResourceConfig.Response and ValidateDataResourceConfig.Response { repeated Diagnostic diagnostics = 1; } */
export const ValidateConfigResponse = message<tf.DiagnosticsResponse>('ValidateResourceConfig.Response', [[1, 'diagnostics', diagnostics]]);

/** UpgradeResourceState.Request { string type_name = 1; int64 version = 2; RawState raw_state = 3; } */
export const UpgradeResourceStateRequest = message<tf.UpgradeResourceStateRequest>(
  'UpgradeResourceState.Request',
  [
    [1, 'typeName', scalar.string],
    [2, 'version', scalar.int64],
    [3, 'rawState', RawState],
  ],
  { initial: () => ({ typeName: '', version: 0 }) },
);

/** UpgradeResourceState.Response { DynamicValue upgraded_state = 1; repeated Diagnostic diagnostics = 2; } */
export const UpgradeResourceStateResponse = message<tf.UpgradeResourceStateResponse>('UpgradeResourceState.Response', [
  [1, 'upgradedState', DynamicValue],
  [2, 'diagnostics', diagnostics],
]);

/**
 * ReadResource.Request { string type_name = 1; DynamicValue current_state = 2; bytes private = 3;
 *   DynamicValue provider_meta = 4; ClientCapabilities client_capabilities = 5; ResourceIdentityData current_identity = 6; }
 */
export const ReadResourceRequest = message<tf.ReadResourceRequest>(
  'ReadResource.Request',
  [
    [1, 'typeName', scalar.string],
    [2, 'currentState', DynamicValue],
    [3, 'private', scalar.bytes],
    [4, 'providerMeta', DynamicValue],
    [5, 'clientCapabilities', ClientCapabilities],
  ],
  { initial: typeNameOnly },
);

/**
 * ReadResource.Response { DynamicValue new_state = 1; repeated Diagnostic diagnostics = 2; bytes private = 3;
 *   Deferred deferred = 4; ResourceIdentityData new_identity = 5; }
 */
export const ReadResourceResponse = message<tf.ReadResourceResponse>('ReadResource.Response', [
  [1, 'newState', DynamicValue],
  [2, 'diagnostics', diagnostics],
  [3, 'private', scalar.bytes],
  [4, 'deferred', Deferred],
]);

/**
 * PlanResourceChange.Request { string type_name = 1; DynamicValue prior_state = 2; DynamicValue proposed_new_state = 3;
 *   DynamicValue config = 4; bytes prior_private = 5; DynamicValue provider_meta = 6; ClientCapabilities client_capabilities = 7;
 *   ResourceIdentityData prior_identity = 8; }
 */
export const PlanResourceChangeRequest = message<tf.PlanResourceChangeRequest>(
  'PlanResourceChange.Request',
  [
    [1, 'typeName', scalar.string],
    [2, 'priorState', DynamicValue],
    [3, 'proposedNewState', DynamicValue],
    [4, 'config', DynamicValue],
    [5, 'priorPrivate', scalar.bytes],
    [6, 'providerMeta', DynamicValue],
    [7, 'clientCapabilities', ClientCapabilities],
  ],
  { initial: typeNameOnly },
);

/**
 * PlanResourceChange.Response { DynamicValue planned_state = 1; repeated AttributePath requires_replace = 2; bytes planned_private = 3;
 *   repeated Diagnostic diagnostics = 4; bool legacy_type_system = 5 (never set by us); Deferred deferred = 6; … }
 */
export const PlanResourceChangeResponse = message<tf.PlanResourceChangeResponse>('PlanResourceChange.Response', [
  [1, 'plannedState', DynamicValue],
  [2, 'requiresReplace', repeated(AttributePath)],
  [3, 'plannedPrivate', scalar.bytes],
  [4, 'diagnostics', diagnostics],
  [6, 'deferred', Deferred],
]);

/**
 * ApplyResourceChange.Request { string type_name = 1; DynamicValue prior_state = 2; DynamicValue planned_state = 3;
 *   DynamicValue config = 4; bytes planned_private = 5; DynamicValue provider_meta = 6; ResourceIdentityData planned_identity = 7; }
 */
export const ApplyResourceChangeRequest = message<tf.ApplyResourceChangeRequest>(
  'ApplyResourceChange.Request',
  [
    [1, 'typeName', scalar.string],
    [2, 'priorState', DynamicValue],
    [3, 'plannedState', DynamicValue],
    [4, 'config', DynamicValue],
    [5, 'plannedPrivate', scalar.bytes],
    [6, 'providerMeta', DynamicValue],
  ],
  { initial: typeNameOnly },
);

/**
 * ApplyResourceChange.Response { DynamicValue new_state = 1; bytes private = 2; repeated Diagnostic diagnostics = 3;
 *   bool legacy_type_system = 4 (never set by us); ResourceIdentityData new_identity = 5; }
 */
export const ApplyResourceChangeResponse = message<tf.ApplyResourceChangeResponse>('ApplyResourceChange.Response', [
  [1, 'newState', DynamicValue],
  [2, 'private', scalar.bytes],
  [3, 'diagnostics', diagnostics],
]);

/** ImportResourceState.Request { string type_name = 1; string id = 2; ClientCapabilities client_capabilities = 3; ResourceIdentityData identity = 4; } */
export const ImportResourceStateRequest = message<tf.ImportResourceStateRequest>(
  'ImportResourceState.Request',
  [
    [1, 'typeName', scalar.string],
    [2, 'id', scalar.string],
    [3, 'clientCapabilities', ClientCapabilities],
  ],
  { initial: () => ({ typeName: '', id: '' }) },
);

/** ImportedResource { string type_name = 1; DynamicValue state = 2; bytes private = 3; ResourceIdentityData identity = 4; } */
const ImportedResource = message<tf.ImportedResource>(
  'ImportResourceState.ImportedResource',
  [
    [1, 'typeName', scalar.string],
    [2, 'state', DynamicValue],
    [3, 'private', scalar.bytes],
  ],
  { initial: typeNameOnly },
);

/** ImportResourceState.Response { repeated ImportedResource imported_resources = 1; repeated Diagnostic diagnostics = 2; Deferred deferred = 3; } */
export const ImportResourceStateResponse = message<tf.ImportResourceStateResponse>('ImportResourceState.Response', [
  [1, 'importedResources', repeated(ImportedResource)],
  [2, 'diagnostics', diagnostics],
  [3, 'deferred', Deferred],
]);

/**
 * MoveResourceState.Request { string source_provider_address = 1; string source_type_name = 2; int64 source_schema_version = 3;
 *   RawState source_state = 4; string target_type_name = 5; bytes source_private = 6; RawState source_identity = 7;
 *   int64 source_identity_schema_version = 8; }
 */
export const MoveResourceStateRequest = message<tf.MoveResourceStateRequest>(
  'MoveResourceState.Request',
  [
    [1, 'sourceProviderAddress', scalar.string],
    [2, 'sourceTypeName', scalar.string],
    [3, 'sourceSchemaVersion', scalar.int64],
    [4, 'sourceState', RawState],
    [5, 'targetTypeName', scalar.string],
    [6, 'sourcePrivate', scalar.bytes],
  ],
  { initial: () => ({ sourceProviderAddress: '', sourceTypeName: '', sourceSchemaVersion: 0, targetTypeName: '' }) },
);

/**
 * MoveResourceState.Response { DynamicValue target_state = 1; repeated Diagnostic diagnostics = 2; bytes target_private = 3;
 *   ResourceIdentityData target_identity = 4; }
 */
export const MoveResourceStateResponse = message<tf.MoveResourceStateResponse>('MoveResourceState.Response', [
  [1, 'targetState', DynamicValue],
  [2, 'diagnostics', diagnostics],
  [3, 'targetPrivate', scalar.bytes],
]);

/** ReadDataSource.Request { string type_name = 1; DynamicValue config = 2; DynamicValue provider_meta = 3; ClientCapabilities client_capabilities = 4; } */
export const ReadDataSourceRequest = message<tf.ReadDataSourceRequest>(
  'ReadDataSource.Request',
  [
    [1, 'typeName', scalar.string],
    [2, 'config', DynamicValue],
    [3, 'providerMeta', DynamicValue],
    [4, 'clientCapabilities', ClientCapabilities],
  ],
  { initial: typeNameOnly },
);

/** ReadDataSource.Response { DynamicValue state = 1; repeated Diagnostic diagnostics = 2; Deferred deferred = 3; } */
export const ReadDataSourceResponse = message<tf.ReadDataSourceResponse>('ReadDataSource.Response', [
  [1, 'state', DynamicValue],
  [2, 'diagnostics', diagnostics],
  [3, 'deferred', Deferred],
]);
