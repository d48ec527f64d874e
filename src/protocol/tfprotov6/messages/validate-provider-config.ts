/**
 * ValidateProviderConfig: Request { DynamicValue config = 1; } → Response { repeated Diagnostic diagnostics = 2; }
 * (yes, 2: field 1 was retired from the response in protocol 6.)
 */
import { ProtoReader, ProtoWriter, WireType } from '../../wire/protobuf';
import type { DiagnosticsResponse, ValidateProviderConfigRequest } from '../types';
import { writeDiagnostics } from './diagnostic';
import { readDynamicValue } from './dynamic-value';

export function decodeValidateProviderConfigRequest(bytes: Uint8Array): ValidateProviderConfigRequest {
  const r = new ProtoReader(bytes);
  const req: ValidateProviderConfigRequest = {};
  while (!r.done()) {
    const key = r.tag();
    if (key >>> 3 === 1) req.config = readDynamicValue(r.expect(key, WireType.LengthDelimited));
    else r.skipField(key);
  }
  return req;
}

export function encodeValidateProviderConfigResponse(res: DiagnosticsResponse): Uint8Array {
  const w = new ProtoWriter();
  writeDiagnostics(w, 2, res.diagnostics);
  return w.finish();
}
