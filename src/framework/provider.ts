import type { DataSourceFactory } from './data-source';
import type { Diagnostics } from './diagnostics';
import type { Models, ModelsOf } from './model/model-of';
import type { ResourceFactory, ValidateConfigRequest } from './resource';
import type { Schema } from './schema/schema';

export interface ConfigureRequest<M extends Models = Models> {
  readonly terraformVersion: string;
  /**
   * Aborted when Terraform sends StopProvider (an interrupted command) to this provider instance: hand it to the
   * API client, so calls in flight then end promptly instead of running to their timeouts.
   */
  readonly stopSignal: AbortSignal;
  /** May hold unknowns: a provider block can reference values known only after apply. */
  readonly config: M['config'];
}
export interface ConfigureResponse {
  /** Handed to every resource's and data source's `configure`. */
  providerData?: unknown;
  readonly diagnostics: Diagnostics;
}

export interface Provider<S extends Schema = Schema, M extends Models = ModelsOf<S>> {
  /** The provider's local name, the prefix of its type names (`zendesk`). */
  readonly typeName: string;
  readonly version: string;
  schema(): S;
  configure(req: ConfigureRequest<M>, resp: ConfigureResponse): Promise<void>;
  resources(): readonly ResourceFactory[];
  dataSources(): readonly DataSourceFactory[];
  validateConfig?(req: ValidateConfigRequest<M>, diagnostics: Diagnostics): void;
}
