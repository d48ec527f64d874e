/**
 * ValidateResourceConfig: Request { string type_name = 1; DynamicValue config = 2; ClientCapabilities client_capabilities = 3; }
 * → Response { repeated Diagnostic diagnostics = 1; }
 */
import { ProtoReader, ProtoWriter, WireType } from '../../wire/protobuf';
import type { DiagnosticsResponse, ValidateResourceConfigRequest } from '../types';
import { readClientCapabilities } from './client-capabilities';
import { writeDiagnostics } from './diagnostic';
import { readDynamicValue } from './dynamic-value';

export function decodeValidateResourceConfigRequest(bytes: Uint8Array): ValidateResourceConfigRequest {
  const r = new ProtoReader(bytes);
  const req: ValidateResourceConfigRequest = { typeName: '' };
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
        req.clientCapabilities = readClientCapabilities(r.expect(key, WireType.LengthDelimited));
        break;
      default:
        r.skipField(key);
    }
  }
  return req;
}

export function encodeValidateResourceConfigResponse(res: DiagnosticsResponse): Uint8Array {
  const w = new ProtoWriter();
  writeDiagnostics(w, 1, res.diagnostics);
  return w.finish();
}
