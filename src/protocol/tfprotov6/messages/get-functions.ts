/**
 * GetFunctions: Request {} → Response { map<string, Function> functions = 1; repeated Diagnostic diagnostics = 2; }
 * We serve no provider functions, so the answer is an empty map (an empty message).
 */
import { ProtoWriter } from '../../wire/protobuf';
import type { Diagnostic } from '../types';
import { writeDiagnostics } from './diagnostic';

export function encodeGetFunctionsResponse(diagnostics: readonly Diagnostic[] = []): Uint8Array {
  const w = new ProtoWriter();
  writeDiagnostics(w, 2, diagnostics);
  return w.finish();
}
