/**
 * UpgradeResourceState: Request { string type_name = 1; int64 version = 2; RawState raw_state = 3; }
 * → Response { DynamicValue upgraded_state = 1; repeated Diagnostic diagnostics = 2; }
 */
import { ProtoReader, ProtoWriter, WireType } from '../../wire/protobuf';
import type { UpgradeResourceStateRequest, UpgradeResourceStateResponse } from '../types';
import { writeDiagnostics } from './diagnostic';
import { writeDynamicValue } from './dynamic-value';
import { readRawState } from './raw-state';

export function decodeUpgradeResourceStateRequest(bytes: Uint8Array): UpgradeResourceStateRequest {
  const r = new ProtoReader(bytes);
  const req: UpgradeResourceStateRequest = { typeName: '', version: 0 };
  while (!r.done()) {
    const key = r.tag();
    switch (key >>> 3) {
      case 1:
        req.typeName = r.expect(key, WireType.LengthDelimited).string();
        break;
      case 2:
        req.version = r.expect(key, WireType.Varint).int64();
        break;
      case 3:
        req.rawState = readRawState(r.expect(key, WireType.LengthDelimited));
        break;
      default:
        r.skipField(key);
    }
  }
  return req;
}

export function encodeUpgradeResourceStateResponse(res: UpgradeResourceStateResponse): Uint8Array {
  const w = new ProtoWriter();
  writeDynamicValue(w, 1, res.upgradedState);
  writeDiagnostics(w, 2, res.diagnostics);
  return w.finish();
}
