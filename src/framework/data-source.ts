import type { ObjectValue } from '../protocol/tftypes/value';
import type { Diagnostics } from './diagnostics';
import type { ValidateConfigRequest } from './resource';
import type { Schema } from './schema/schema';

export interface DataSourceReadRequest {
  readonly config: ObjectValue;
}
export interface DataSourceReadResponse {
  state: ObjectValue | null;
  readonly diagnostics: Diagnostics;
}

/** A data source: reads, never writes. Same optional-capability pattern as Resource. */
export interface DataSource {
  readonly typeName: string;
  schema(): Schema;
  read(req: DataSourceReadRequest, resp: DataSourceReadResponse): Promise<void>;
  configure?(providerData: unknown, diagnostics: Diagnostics): void;
  validateConfig?(req: ValidateConfigRequest, diagnostics: Diagnostics): void;
}

export type DataSourceFactory = () => DataSource;
