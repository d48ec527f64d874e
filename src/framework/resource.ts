import type { ObjectValue, Value } from '../protocol/tftypes/value';
import type { Diagnostics } from './diagnostics';
import type { Schema } from './schema/schema';

/** JSON-serialisable data a resource keeps beside its state (Terraform's "private" bytes). */
export type PrivateData = Record<string, unknown>;

export interface CreateRequest {
  readonly config: ObjectValue;
  readonly plan: ObjectValue;
}
export interface CreateResponse {
  /** Set to the created object; leave null when nothing was created. */
  state: ObjectValue | null;
  private: PrivateData;
  readonly diagnostics: Diagnostics;
}

export interface ReadRequest {
  readonly state: ObjectValue;
  readonly private: PrivateData;
}
export interface ReadResponse {
  /** Set to null when the remote object is gone: Terraform then forgets it and plans to create it again. */
  state: ObjectValue | null;
  private: PrivateData;
  readonly diagnostics: Diagnostics;
}

export interface UpdateRequest {
  readonly config: ObjectValue;
  readonly plan: ObjectValue;
  readonly state: ObjectValue;
  readonly private: PrivateData;
}
export interface UpdateResponse {
  /** Starts as the prior state, so a failed update never loses what Terraform knew. */
  state: ObjectValue;
  private: PrivateData;
  readonly diagnostics: Diagnostics;
}

export interface DeleteRequest {
  readonly state: ObjectValue;
  readonly private: PrivateData;
}
export interface DeleteResponse {
  readonly diagnostics: Diagnostics;
}

export interface ImportStateRequest {
  readonly id: string;
}
export interface ImportStateResponse {
  /** Attributes known from the import ID (the framework sets the rest to null; Terraform then calls read). */
  state: Record<string, Value>;
  private: PrivateData;
  readonly diagnostics: Diagnostics;
}

export interface ModifyPlanRequest {
  readonly config: ObjectValue | null;
  /** null when the resource is planned for destruction. */
  readonly plan: ObjectValue | null;
  readonly state: ObjectValue | null;
  readonly private: PrivateData;
}
export interface ModifyPlanResponse {
  plan: ObjectValue | null;
  readonly requiresReplace: import('./path').Path[];
  private: PrivateData;
  readonly diagnostics: Diagnostics;
}

export interface ValidateConfigRequest {
  readonly config: ObjectValue;
}

/** An older state shape and how to bring it to the current schema. */
export interface StateUpgrader {
  /**
   * Raw JSON state of the older version in (numbers keep every digit: one no JS number holds is an ExactNumber),
   * state of the current schema out (missing attributes become null).
   */
  upgrade(rawState: Record<string, unknown>, diagnostics: Diagnostics): Record<string, Value> | null;
}

/**
 * A managed resource. The core is small; optional capabilities (configure,
 * importState, modifyPlan, validateConfig, stateUpgraders) are detected by
 * presence, like terraform-plugin-framework's ResourceWith* interfaces.
 * The framework creates a fresh instance per RPC.
 */
export interface Resource {
  readonly typeName: string;
  schema(): Schema;
  create(req: CreateRequest, resp: CreateResponse): Promise<void>;
  read(req: ReadRequest, resp: ReadResponse): Promise<void>;
  update(req: UpdateRequest, resp: UpdateResponse): Promise<void>;
  delete(req: DeleteRequest, resp: DeleteResponse): Promise<void>;

  /** Receives what the provider's configure produced (undefined before configuration, e.g. during validation). */
  configure?(providerData: unknown, diagnostics: Diagnostics): void;
  importState?(req: ImportStateRequest, resp: ImportStateResponse): Promise<void>;
  /** Runs after attribute plan modifiers, also on destroy (plan is null then). */
  modifyPlan?(req: ModifyPlanRequest, resp: ModifyPlanResponse): Promise<void>;
  validateConfig?(req: ValidateConfigRequest, diagnostics: Diagnostics): void;
  /** Keyed by the state version they upgrade from. */
  stateUpgraders?(): Readonly<Record<number, StateUpgrader>>;
}

export type ResourceFactory = () => Resource;
