/**
 * ApplyResourceChange: Request { string type_name = 1; DynamicValue prior_state = 2; DynamicValue planned_state = 3;
 *   DynamicValue config = 4; bytes planned_private = 5; DynamicValue provider_meta = 6; ResourceIdentityData planned_identity = 7; }
 * → Response { DynamicValue new_state = 1; bytes private = 2; repeated Diagnostic diagnostics = 3;
 *   bool legacy_type_system = 4 (never set by us); ResourceIdentityData new_identity = 5; }
 */
import { ProtoReader, ProtoWriter, WireType } from '../../wire/protobuf';
import type { ApplyResourceChangeRequest, ApplyResourceChangeResponse } from '../types';
import { writeDiagnostics } from './diagnostic';
import { readDynamicValue, writeDynamicValue } from './dynamic-value';

export function decodeApplyResourceChangeRequest(bytes: Uint8Array): ApplyResourceChangeRequest {
  const r = new ProtoReader(bytes);
  const req: ApplyResourceChangeRequest = { typeName: '' };
  while (!r.done()) {
    const key = r.tag();
    switch (key >>> 3) {
      case 1:
        req.typeName = r.expect(key, WireType.LengthDelimited).string();
        break;
      case 2:
        req.priorState = readDynamicValue(r.expect(key, WireType.LengthDelimited));
        break;
      case 3:
        req.plannedState = readDynamicValue(r.expect(key, WireType.LengthDelimited));
        break;
      case 4:
        req.config = readDynamicValue(r.expect(key, WireType.LengthDelimited));
        break;
      case 5:
        req.plannedPrivate = r.expect(key, WireType.LengthDelimited).bytes();
        break;
      case 6:
        req.providerMeta = readDynamicValue(r.expect(key, WireType.LengthDelimited));
        break;
      default:
        r.skipField(key);
    }
  }
  return req;
}

export function encodeApplyResourceChangeResponse(res: ApplyResourceChangeResponse): Uint8Array {
  const w = new ProtoWriter(256);
  writeDynamicValue(w, 1, res.newState);
  w.bytesField(2, res.private);
  writeDiagnostics(w, 3, res.diagnostics);
  return w.finish();
}
