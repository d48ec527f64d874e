/**
 * PlanResourceChange: Request { string type_name = 1; DynamicValue prior_state = 2; DynamicValue proposed_new_state = 3;
 *   DynamicValue config = 4; bytes prior_private = 5; DynamicValue provider_meta = 6; ClientCapabilities client_capabilities = 7;
 *   ResourceIdentityData prior_identity = 8; }
 * → Response { DynamicValue planned_state = 1; repeated AttributePath requires_replace = 2; bytes planned_private = 3;
 *   repeated Diagnostic diagnostics = 4; bool legacy_type_system = 5 (never set by us); Deferred deferred = 6; … }
 */
import { ProtoReader, ProtoWriter, WireType } from '../../wire/protobuf';
import type { PlanResourceChangeRequest, PlanResourceChangeResponse } from '../types';
import { writeAttributePath } from './attribute-path';
import { readClientCapabilities } from './client-capabilities';
import { writeDeferred } from './deferred';
import { writeDiagnostics } from './diagnostic';
import { readDynamicValue, writeDynamicValue } from './dynamic-value';

export function decodePlanResourceChangeRequest(bytes: Uint8Array): PlanResourceChangeRequest {
  const r = new ProtoReader(bytes);
  const req: PlanResourceChangeRequest = { typeName: '' };
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
        req.proposedNewState = readDynamicValue(r.expect(key, WireType.LengthDelimited));
        break;
      case 4:
        req.config = readDynamicValue(r.expect(key, WireType.LengthDelimited));
        break;
      case 5:
        req.priorPrivate = r.expect(key, WireType.LengthDelimited).bytes();
        break;
      case 6:
        req.providerMeta = readDynamicValue(r.expect(key, WireType.LengthDelimited));
        break;
      case 7:
        req.clientCapabilities = readClientCapabilities(r.expect(key, WireType.LengthDelimited));
        break;
      default:
        r.skipField(key);
    }
  }
  return req;
}

export function encodePlanResourceChangeResponse(res: PlanResourceChangeResponse): Uint8Array {
  const w = new ProtoWriter(256);
  writeDynamicValue(w, 1, res.plannedState);
  for (const path of res.requiresReplace ?? []) writeAttributePath(w, 2, path);
  w.bytesField(3, res.plannedPrivate);
  writeDiagnostics(w, 4, res.diagnostics);
  writeDeferred(w, 6, res.deferred);
  return w.finish();
}
