/**
 * ReadDataSource: Request { string type_name = 1; DynamicValue config = 2; DynamicValue provider_meta = 3;
 *   ClientCapabilities client_capabilities = 4; }
 * → Response { DynamicValue state = 1; repeated Diagnostic diagnostics = 2; Deferred deferred = 3; }
 */
import { ProtoReader, ProtoWriter, WireType } from '../../wire/protobuf';
import type { ReadDataSourceRequest, ReadDataSourceResponse } from '../types';
import { readClientCapabilities } from './client-capabilities';
import { writeDeferred } from './deferred';
import { writeDiagnostics } from './diagnostic';
import { readDynamicValue, writeDynamicValue } from './dynamic-value';

export function decodeReadDataSourceRequest(bytes: Uint8Array): ReadDataSourceRequest {
  const r = new ProtoReader(bytes);
  const req: ReadDataSourceRequest = { typeName: '' };
  while (!r.done()) {
    const key = r.tag();
    switch (key >>> 3) {
      case 1:
        req.typeName = r.expect(key, WireType.LengthDelimited).string();
        break;
      case 2:
        req.config = readDynamicValue(r.expect(key, WireType.LengthDelimited));
        break;
      case 3:
        req.providerMeta = readDynamicValue(r.expect(key, WireType.LengthDelimited));
        break;
      case 4:
        req.clientCapabilities = readClientCapabilities(r.expect(key, WireType.LengthDelimited));
        break;
      default:
        r.skipField(key);
    }
  }
  return req;
}

export function encodeReadDataSourceResponse(res: ReadDataSourceResponse): Uint8Array {
  const w = new ProtoWriter(256);
  writeDynamicValue(w, 1, res.state);
  writeDiagnostics(w, 2, res.diagnostics);
  writeDeferred(w, 3, res.deferred);
  return w.finish();
}
