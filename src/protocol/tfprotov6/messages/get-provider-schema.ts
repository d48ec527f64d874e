/**
 * GetProviderSchema: Request {} → Response { Schema provider = 1; map<string, Schema> resource_schemas = 2;
 *   map<string, Schema> data_source_schemas = 3; repeated Diagnostic diagnostics = 4; Schema provider_meta = 5;
 *   ServerCapabilities server_capabilities = 6; map<string, Function> functions = 7; … }
 * Functions, ephemeral, list, state-store and action schemas are empty maps: nothing is written.
 */
import { ProtoWriter } from '../../wire/protobuf';
import type { GetProviderSchemaResponse } from '../types';
import { writeServerCapabilities } from './server-capabilities';
import { writeDiagnostics } from './diagnostic';
import { writeSchema, writeSchemaFields } from './schema';

export function encodeGetProviderSchemaResponse(res: GetProviderSchemaResponse): Uint8Array {
  const w = new ProtoWriter(1024);
  writeSchema(w, 1, res.provider);
  w.mapField(2, res.resourceSchemas, writeSchemaFields);
  w.mapField(3, res.dataSourceSchemas, writeSchemaFields);
  writeDiagnostics(w, 4, res.diagnostics);
  writeSchema(w, 5, res.providerMeta);
  writeServerCapabilities(w, 6, res.serverCapabilities);
  return w.finish();
}
