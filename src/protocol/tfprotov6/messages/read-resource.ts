/**
 * ReadResource: Request { string type_name = 1; DynamicValue current_state = 2; bytes private = 3;
 *   DynamicValue provider_meta = 4; ClientCapabilities client_capabilities = 5; ResourceIdentityData current_identity = 6; }
 * → Response { DynamicValue new_state = 1; repeated Diagnostic diagnostics = 2; bytes private = 3; Deferred deferred = 4;
 *   ResourceIdentityData new_identity = 5; }
 * Identity is not modelled (we declare no identity schemas), so field 6 is skipped.
 */
import { ProtoReader, ProtoWriter, WireType } from '../../wire/protobuf';
import type { ReadResourceRequest, ReadResourceResponse } from '../types';
import { readClientCapabilities } from './client-capabilities';
import { writeDeferred } from './deferred';
import { writeDiagnostics } from './diagnostic';
import { readDynamicValue, writeDynamicValue } from './dynamic-value';

export function decodeReadResourceRequest(bytes: Uint8Array): ReadResourceRequest {
  const r = new ProtoReader(bytes);
  const req: ReadResourceRequest = { typeName: '' };
  while (!r.done()) {
    const key = r.tag();
    switch (key >>> 3) {
      case 1:
        req.typeName = r.expect(key, WireType.LengthDelimited).string();
        break;
      case 2:
        req.currentState = readDynamicValue(r.expect(key, WireType.LengthDelimited));
        break;
      case 3:
        req.private = r.expect(key, WireType.LengthDelimited).bytes();
        break;
      case 4:
        req.providerMeta = readDynamicValue(r.expect(key, WireType.LengthDelimited));
        break;
      case 5:
        req.clientCapabilities = readClientCapabilities(r.expect(key, WireType.LengthDelimited));
        break;
      default:
        r.skipField(key);
    }
  }
  return req;
}

export function encodeReadResourceResponse(res: ReadResourceResponse): Uint8Array {
  const w = new ProtoWriter();
  writeDynamicValue(w, 1, res.newState);
  writeDiagnostics(w, 2, res.diagnostics);
  w.bytesField(3, res.private);
  writeDeferred(w, 4, res.deferred);
  return w.finish();
}
