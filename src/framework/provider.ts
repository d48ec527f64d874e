import type { ObjectValue } from '../protocol/tftypes/value';
import type { DataSourceFactory } from './data-source';
import type { Diagnostics } from './diagnostics';
import type { ResourceFactory, ValidateConfigRequest } from './resource';
import type { Schema } from './schema/schema';

export interface ConfigureRequest {
  readonly terraformVersion: string;
  readonly config: ObjectValue;
}
export interface ConfigureResponse {
  /** Handed to every resource's and data source's `configure`. */
  providerData?: unknown;
  readonly diagnostics: Diagnostics;
}

export interface Provider {
  /** The provider's local name, the prefix of its type names (`zendesk`). */
  readonly typeName: string;
  readonly version: string;
  schema(): Schema;
  configure(req: ConfigureRequest, resp: ConfigureResponse): Promise<void>;
  resources(): readonly ResourceFactory[];
  dataSources(): readonly DataSourceFactory[];
  validateConfig?(req: ValidateConfigRequest, diagnostics: Diagnostics): void;
}
