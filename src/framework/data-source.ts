import type { Diagnostics } from './diagnostics';
import type { Models, ModelsOf } from './model/model-of';
import type { ValidateConfigRequest } from './resource';
import type { Schema } from './schema/schema';

export interface DataSourceReadRequest<M extends Models = Models> {
  /** Wholly known: Terraform defers the read to apply while any of it is unknown. */
  readonly config: M['knownConfig'];
}
export interface DataSourceReadResponse<M extends Models = Models> {
  state: M['state'] | null;
  readonly diagnostics: Diagnostics;
}

/** A data source: reads, never writes. Same optional-capability pattern (and schema typing) as Resource. */
export interface DataSource<S extends Schema = Schema, M extends Models = ModelsOf<S>> {
  readonly typeName: string;
  schema(): S;
  read(req: DataSourceReadRequest<M>, resp: DataSourceReadResponse<M>): Promise<void>;
  configure?(providerData: unknown, diagnostics: Diagnostics): void;
  validateConfig?(req: ValidateConfigRequest<M>, diagnostics: Diagnostics): void;
}

export type DataSourceFactory = () => DataSource<Schema, Models>;
