/**
 * ImportResourceState: Request { string type_name = 1; string id = 2; ClientCapabilities client_capabilities = 3;
 *   ResourceIdentityData identity = 4; }
 * → Response { repeated ImportedResource imported_resources = 1; repeated Diagnostic diagnostics = 2; Deferred deferred = 3; }
 *   ImportedResource { string type_name = 1; DynamicValue state = 2; bytes private = 3; ResourceIdentityData identity = 4; }
 */
import { ProtoReader, ProtoWriter, WireType } from '../../wire/protobuf';
import type { ImportResourceStateRequest, ImportResourceStateResponse } from '../types';
import { readClientCapabilities } from './client-capabilities';
import { writeDeferred } from './deferred';
import { writeDiagnostics } from './diagnostic';
import { writeDynamicValue } from './dynamic-value';

export function decodeImportResourceStateRequest(bytes: Uint8Array): ImportResourceStateRequest {
  const r = new ProtoReader(bytes);
  const req: ImportResourceStateRequest = { typeName: '', id: '' };
  while (!r.done()) {
    const key = r.tag();
    switch (key >>> 3) {
      case 1:
        req.typeName = r.expect(key, WireType.LengthDelimited).string();
        break;
      case 2:
        req.id = r.expect(key, WireType.LengthDelimited).string();
        break;
      case 3:
        req.clientCapabilities = readClientCapabilities(r.expect(key, WireType.LengthDelimited));
        break;
      default:
        r.skipField(key);
    }
  }
  return req;
}

export function encodeImportResourceStateResponse(res: ImportResourceStateResponse): Uint8Array {
  const w = new ProtoWriter(256);
  for (const imported of res.importedResources ?? []) {
    w.messageField(1, (m) => {
      m.stringField(1, imported.typeName);
      writeDynamicValue(m, 2, imported.state);
      m.bytesField(3, imported.private);
    });
  }
  writeDiagnostics(w, 2, res.diagnostics);
  writeDeferred(w, 3, res.deferred);
  return w.finish();
}
