/**
 * GetResourceIdentitySchemas: Request {} → Response { map<string, ResourceIdentitySchema> identity_schemas = 1;
 *   repeated Diagnostic diagnostics = 2; }
 * No resource declares an identity, so the answer is an empty map (terraform ≥ 1.12 asks).
 */
import { ProtoWriter } from '../../wire/protobuf';
import type { Diagnostic } from '../types';
import { writeDiagnostics } from './diagnostic';

export function encodeGetResourceIdentitySchemasResponse(diagnostics: readonly Diagnostic[] = []): Uint8Array {
  const w = new ProtoWriter();
  writeDiagnostics(w, 2, diagnostics);
  return w.finish();
}
