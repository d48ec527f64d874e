/**
 * tfplugin6 requests and responses as plain TypeScript data (camelCase names of
 * the published proto's fields). This is the contract between the wire layer
 * (protobuf + gRPC, in this folder's siblings) and whatever implements a provider
 * (our framework). Nothing here knows about Zendesk or about the framework.
 *
 * DynamicValues stay encoded: only the receiver knows the schema type needed to
 * decode them (see ../tftypes/dynamic-value.ts).
 */

export interface DynamicValue {
  msgpack?: Uint8Array;
  json?: Uint8Array;
}

export enum DiagnosticSeverity {
  Invalid = 0,
  Error = 1,
  Warning = 2,
}

export type AttributePathStep =
  | { readonly attributeName: string }
  | { readonly elementKeyString: string }
  | { readonly elementKeyInt: number };

export interface Diagnostic {
  severity: DiagnosticSeverity;
  summary: string;
  detail?: string;
  attribute?: readonly AttributePathStep[];
}

export enum StringKind {
  Plain = 0,
  Markdown = 1,
}

export interface SchemaAttribute {
  name: string;
  /** cty JSON type (see ../tftypes/type.ts typeToJSON); absent when nestedType is set. */
  type?: unknown;
  nestedType?: SchemaObject;
  description?: string;
  descriptionKind?: StringKind;
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
  sensitive?: boolean;
  deprecated?: boolean;
  writeOnly?: boolean;
}

export enum ObjectNestingMode {
  Invalid = 0,
  Single = 1,
  List = 2,
  Set = 3,
  Map = 4,
}

export interface SchemaObject {
  attributes: SchemaAttribute[];
  nesting: ObjectNestingMode;
}

export enum BlockNestingMode {
  Invalid = 0,
  Single = 1,
  List = 2,
  Set = 3,
  Map = 4,
  Group = 5,
}

export interface SchemaNestedBlock {
  typeName: string;
  block: SchemaBlock;
  nesting: BlockNestingMode;
  minItems?: number;
  maxItems?: number;
}

export interface SchemaBlock {
  version?: number;
  attributes: SchemaAttribute[];
  blockTypes: SchemaNestedBlock[];
  description?: string;
  descriptionKind?: StringKind;
  deprecated?: boolean;
}

export interface Schema {
  version: number;
  block: SchemaBlock;
}

export interface ServerCapabilities {
  planDestroy?: boolean;
  getProviderSchemaOptional?: boolean;
  moveResourceState?: boolean;
}

export interface ClientCapabilities {
  deferralAllowed?: boolean;
  writeOnlyAttributesAllowed?: boolean;
}

/**
 * Why a change was deferred (tfplugin6 Deferred.Reason). A provider may only
 * defer when the request's clientCapabilities.deferralAllowed is true.
 */
export enum DeferredReason {
  Unknown = 0,
  ResourceConfigUnknown = 1,
  ProviderConfigUnknown = 2,
  AbsentPrereq = 3,
}

export interface Deferred {
  reason: DeferredReason;
}

export interface RawState {
  json?: Uint8Array;
  flatmap?: Record<string, string>;
}

// ---- RPCs ------------------------------------------------------------------

export interface GetMetadataResponse {
  serverCapabilities?: ServerCapabilities;
  diagnostics: Diagnostic[];
  dataSources: { typeName: string }[];
  resources: { typeName: string }[];
}

/**
 * Where a GetProviderSchemaResponse may carry its own wire encoding, made ahead of time (a provider bundle's, at build
 * time): the server sends those bytes instead of encoding the response.
 */
export const PRE_ENCODED = Symbol('tfprotov6.GetProviderSchemaResponse.preEncoded');

export interface GetProviderSchemaResponse {
  provider?: Schema;
  resourceSchemas: Record<string, Schema>;
  dataSourceSchemas: Record<string, Schema>;
  providerMeta?: Schema;
  serverCapabilities?: ServerCapabilities;
  diagnostics: Diagnostic[];
  [PRE_ENCODED]?: Uint8Array;
}

export interface ValidateProviderConfigRequest {
  config?: DynamicValue;
}
export interface ValidateResourceConfigRequest {
  typeName: string;
  config?: DynamicValue;
  clientCapabilities?: ClientCapabilities;
}
export interface ValidateDataResourceConfigRequest {
  typeName: string;
  config?: DynamicValue;
}
export interface DiagnosticsResponse {
  diagnostics: Diagnostic[];
}

export interface UpgradeResourceStateRequest {
  typeName: string;
  version: number;
  rawState?: RawState;
}
export interface UpgradeResourceStateResponse {
  upgradedState?: DynamicValue;
  diagnostics: Diagnostic[];
}

export interface ConfigureProviderRequest {
  terraformVersion: string;
  config?: DynamicValue;
  clientCapabilities?: ClientCapabilities;
}

export interface ReadResourceRequest {
  typeName: string;
  currentState?: DynamicValue;
  private?: Uint8Array;
  providerMeta?: DynamicValue;
  clientCapabilities?: ClientCapabilities;
}
export interface ReadResourceResponse {
  newState?: DynamicValue;
  diagnostics: Diagnostic[];
  private?: Uint8Array;
  deferred?: Deferred;
}

export interface PlanResourceChangeRequest {
  typeName: string;
  priorState?: DynamicValue;
  proposedNewState?: DynamicValue;
  config?: DynamicValue;
  priorPrivate?: Uint8Array;
  providerMeta?: DynamicValue;
  clientCapabilities?: ClientCapabilities;
}
export interface PlanResourceChangeResponse {
  plannedState?: DynamicValue;
  requiresReplace: (readonly AttributePathStep[])[];
  plannedPrivate?: Uint8Array;
  diagnostics: Diagnostic[];
  deferred?: Deferred;
}

export interface ApplyResourceChangeRequest {
  typeName: string;
  priorState?: DynamicValue;
  plannedState?: DynamicValue;
  config?: DynamicValue;
  plannedPrivate?: Uint8Array;
  providerMeta?: DynamicValue;
}
export interface ApplyResourceChangeResponse {
  newState?: DynamicValue;
  private?: Uint8Array;
  diagnostics: Diagnostic[];
}

export interface ImportResourceStateRequest {
  typeName: string;
  id: string;
  clientCapabilities?: ClientCapabilities;
}
export interface ImportedResource {
  typeName: string;
  state?: DynamicValue;
  private?: Uint8Array;
}
export interface ImportResourceStateResponse {
  importedResources: ImportedResource[];
  diagnostics: Diagnostic[];
  deferred?: Deferred;
}

export interface MoveResourceStateRequest {
  sourceProviderAddress: string;
  sourceTypeName: string;
  sourceSchemaVersion: number;
  sourceState?: RawState;
  targetTypeName: string;
  sourcePrivate?: Uint8Array;
}
export interface MoveResourceStateResponse {
  targetState?: DynamicValue;
  diagnostics: Diagnostic[];
  targetPrivate?: Uint8Array;
}

export interface ReadDataSourceRequest {
  typeName: string;
  config?: DynamicValue;
  providerMeta?: DynamicValue;
  clientCapabilities?: ClientCapabilities;
}
export interface ReadDataSourceResponse {
  state?: DynamicValue;
  diagnostics: Diagnostic[];
  deferred?: Deferred;
}

export interface StopProviderResponse {
  /** Empty on success. */
  error: string;
}

/**
 * What a provider implements to be served by {@link ../serve}. Every method
 * returns diagnostics rather than throwing, also for its own bugs: turning a
 * thrown error into an error diagnostic is the provider's boundary (our
 * framework's FrameworkServer does it for every RPC). What still throws is
 * answered with a gRPC error (server/unary-rpc.ts), never a crashed process.
 */
export interface ProviderServer {
  getMetadata(): Promise<GetMetadataResponse>;
  getProviderSchema(): Promise<GetProviderSchemaResponse>;
  validateProviderConfig(req: ValidateProviderConfigRequest): Promise<DiagnosticsResponse>;
  validateResourceConfig(req: ValidateResourceConfigRequest): Promise<DiagnosticsResponse>;
  validateDataResourceConfig(req: ValidateDataResourceConfigRequest): Promise<DiagnosticsResponse>;
  upgradeResourceState(req: UpgradeResourceStateRequest): Promise<UpgradeResourceStateResponse>;
  configureProvider(req: ConfigureProviderRequest): Promise<DiagnosticsResponse>;
  readResource(req: ReadResourceRequest): Promise<ReadResourceResponse>;
  planResourceChange(req: PlanResourceChangeRequest): Promise<PlanResourceChangeResponse>;
  applyResourceChange(req: ApplyResourceChangeRequest): Promise<ApplyResourceChangeResponse>;
  importResourceState(req: ImportResourceStateRequest): Promise<ImportResourceStateResponse>;
  moveResourceState(req: MoveResourceStateRequest): Promise<MoveResourceStateResponse>;
  readDataSource(req: ReadDataSourceRequest): Promise<ReadDataSourceResponse>;
  stopProvider(): Promise<StopProviderResponse>;
}
