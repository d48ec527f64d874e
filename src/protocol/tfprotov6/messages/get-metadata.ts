/**
 * GetMetadata: Request {} → Response { ServerCapabilities server_capabilities = 1; repeated Diagnostic diagnostics = 2;
 *   repeated DataSourceMetadata data_sources = 3; repeated ResourceMetadata resources = 4; … }
 * (functions, ephemeral, list, state store and action metadata are never sent: we serve none.)
 */
import { ProtoWriter } from '../../wire/protobuf';
import type { GetMetadataResponse } from '../types';
import { writeServerCapabilities } from './server-capabilities';
import { writeDiagnostics } from './diagnostic';

export function encodeGetMetadataResponse(res: GetMetadataResponse): Uint8Array {
  const w = new ProtoWriter();
  writeServerCapabilities(w, 1, res.serverCapabilities);
  writeDiagnostics(w, 2, res.diagnostics);
  for (const ds of res.dataSources ?? []) w.messageField(3, (m) => m.stringField(1, ds.typeName));
  for (const r of res.resources ?? []) w.messageField(4, (m) => m.stringField(1, r.typeName));
  return w.finish();
}
