/**
 * ConfigureProvider: Request { string terraform_version = 1; DynamicValue config = 2; ClientCapabilities client_capabilities = 3; }
 * → Response { repeated Diagnostic diagnostics = 1; }
 */
import { ProtoReader, ProtoWriter, WireType } from '../../wire/protobuf';
import type { ConfigureProviderRequest, DiagnosticsResponse } from '../types';
import { readClientCapabilities } from './client-capabilities';
import { writeDiagnostics } from './diagnostic';
import { readDynamicValue } from './dynamic-value';

export function decodeConfigureProviderRequest(bytes: Uint8Array): ConfigureProviderRequest {
  const r = new ProtoReader(bytes);
  const req: ConfigureProviderRequest = { terraformVersion: '' };
  while (!r.done()) {
    const key = r.tag();
    switch (key >>> 3) {
      case 1:
        req.terraformVersion = r.expect(key, WireType.LengthDelimited).string();
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

export function encodeConfigureProviderResponse(res: DiagnosticsResponse): Uint8Array {
  const w = new ProtoWriter();
  writeDiagnostics(w, 1, res.diagnostics);
  return w.finish();
}
