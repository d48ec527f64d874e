import type { Value } from '../protocol/tftypes/value';
import type { Diagnostics } from './diagnostics';
import type { Models, ModelsOf } from './model/model-of';
import type { Path } from './path';
import type { Schema } from './schema/schema';

/** JSON-serialisable data a resource keeps beside its state (Terraform's "private" bytes). */
export type PrivateData = Record<string, unknown>;

/*
 * Requests and responses are typed by the resource's schema (model/model-of.ts):
 * the framework has checked every value against its model before the call
 * (model/decode-model.ts). For a resource typed only as `Schema` they are ObjectValues.
 */

export interface CreateRequest<M extends Models = Models> {
  readonly config: M['knownConfig'];
  /** Computed attributes the resource sets are unknown here. */
  readonly plan: M['plan'];
}
export interface CreateResponse<M extends Models = Models> {
  /** Set to the created object; leave null when nothing was created. */
  state: M['state'] | null;
  private: PrivateData;
  readonly diagnostics: Diagnostics;
}

export interface ReadRequest<M extends Models = Models> {
  readonly state: M['state'];
  readonly private: PrivateData;
}
export interface ReadResponse<M extends Models = Models> {
  /** Set to null when the remote object is gone: Terraform then forgets it and plans to create it again. */
  state: M['state'] | null;
  private: PrivateData;
  readonly diagnostics: Diagnostics;
}

export interface UpdateRequest<M extends Models = Models> {
  readonly config: M['knownConfig'];
  readonly plan: M['plan'];
  readonly state: M['state'];
  readonly private: PrivateData;
}
export interface UpdateResponse<M extends Models = Models> {
  /** Starts as the prior state, so a failed update never loses what Terraform knew. */
  state: M['state'];
  private: PrivateData;
  readonly diagnostics: Diagnostics;
}

export interface DeleteRequest<M extends Models = Models> {
  readonly state: M['state'];
  readonly private: PrivateData;
}
export interface DeleteResponse {
  readonly diagnostics: Diagnostics;
}

export interface ImportStateRequest {
  readonly id: string;
}
export interface ImportStateResponse<M extends Models = Models> {
  /** Attributes known from the import ID (the framework sets the rest to null; Terraform then calls read). */
  state: Partial<M['state']>;
  private: PrivateData;
  readonly diagnostics: Diagnostics;
}

export interface ModifyPlanRequest<M extends Models = Models> {
  readonly config: M['config'] | null;
  /** null when the resource is planned for destruction. */
  readonly plan: M['plan'] | null;
  readonly state: M['state'] | null;
  readonly private: PrivateData;
}
export interface ModifyPlanResponse<M extends Models = Models> {
  plan: M['plan'] | null;
  readonly requiresReplace: Path[];
  private: PrivateData;
  readonly diagnostics: Diagnostics;
}

export interface ValidateConfigRequest<M extends Models = Models> {
  readonly config: M['config'];
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
 * A managed resource, typed by its schema (`Resource<typeof widgetSchema>`).
 * The core is small; optional capabilities (configure, importState,
 * modifyPlan, validateConfig, stateUpgraders) are detected by presence, like
 * terraform-plugin-framework's ResourceWith* interfaces. The framework creates
 * a fresh instance per RPC.
 */
export interface Resource<S extends Schema = Schema, M extends Models = ModelsOf<S>> {
  readonly typeName: string;
  schema(): S;
  create(req: CreateRequest<M>, resp: CreateResponse<M>): Promise<void>;
  read(req: ReadRequest<M>, resp: ReadResponse<M>): Promise<void>;
  update(req: UpdateRequest<M>, resp: UpdateResponse<M>): Promise<void>;
  delete(req: DeleteRequest<M>, resp: DeleteResponse): Promise<void>;

  /**
   * Receives what the provider's configure produced (undefined before configuration, e.g. during validation);
   * check its type once with providerDataOf.
   */
  configure?(providerData: unknown, diagnostics: Diagnostics): void;
  importState?(req: ImportStateRequest, resp: ImportStateResponse<M>): Promise<void>;
  /** Runs after attribute plan modifiers, also on destroy (plan is null then). */
  modifyPlan?(req: ModifyPlanRequest<M>, resp: ModifyPlanResponse<M>): Promise<void>;
  validateConfig?(req: ValidateConfigRequest<M>, diagnostics: Diagnostics): void;
  /** Keyed by the state version they upgrade from. */
  stateUpgraders?(): Readonly<Record<number, StateUpgrader>>;
}

/** Makes a resource of any schema (its own type is checked where it is declared). */
export type ResourceFactory = () => Resource<Schema, Models>;
