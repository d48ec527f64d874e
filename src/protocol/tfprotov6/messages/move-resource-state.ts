/**
 * MoveResourceState: Request { string source_provider_address = 1; string source_type_name = 2; int64 source_schema_version = 3;
 *   RawState source_state = 4; string target_type_name = 5; bytes source_private = 6; RawState source_identity = 7;
 *   int64 source_identity_schema_version = 8; }
 * → Response { DynamicValue target_state = 1; repeated Diagnostic diagnostics = 2; bytes target_private = 3;
 *   ResourceIdentityData target_identity = 4; }
 */
import { ProtoReader, ProtoWriter, WireType } from '../../wire/protobuf';
import type { MoveResourceStateRequest, MoveResourceStateResponse } from '../types';
import { writeDiagnostics } from './diagnostic';
import { writeDynamicValue } from './dynamic-value';
import { readRawState } from './raw-state';

export function decodeMoveResourceStateRequest(bytes: Uint8Array): MoveResourceStateRequest {
  const r = new ProtoReader(bytes);
  const req: MoveResourceStateRequest = { sourceProviderAddress: '', sourceTypeName: '', sourceSchemaVersion: 0, targetTypeName: '' };
  while (!r.done()) {
    const key = r.tag();
    switch (key >>> 3) {
      case 1:
        req.sourceProviderAddress = r.expect(key, WireType.LengthDelimited).string();
        break;
      case 2:
        req.sourceTypeName = r.expect(key, WireType.LengthDelimited).string();
        break;
      case 3:
        req.sourceSchemaVersion = r.expect(key, WireType.Varint).int64();
        break;
      case 4:
        req.sourceState = readRawState(r.expect(key, WireType.LengthDelimited));
        break;
      case 5:
        req.targetTypeName = r.expect(key, WireType.LengthDelimited).string();
        break;
      case 6:
        req.sourcePrivate = r.expect(key, WireType.LengthDelimited).bytes();
        break;
      default:
        r.skipField(key);
    }
  }
  return req;
}

export function encodeMoveResourceStateResponse(res: MoveResourceStateResponse): Uint8Array {
  const w = new ProtoWriter(256);
  writeDynamicValue(w, 1, res.targetState);
  writeDiagnostics(w, 2, res.diagnostics);
  w.bytesField(3, res.targetPrivate);
  return w.finish();
}
