/**
 * The diagnostic a user sees when a provider method throws or rejects.
 *
 * User-facing failures travel as diagnostics (TPF never returns a Go error
 * for them); a throw is a provider bug by definition, so it is reported as
 * one, in the RPC's own response, and the process keeps serving.
 */
import { type Diagnostic, DiagnosticSeverity } from '../types';

export const BUG_DETAIL_PREFIX =
  'This is always a bug in the provider and should be reported to the provider developers.';

export function providerBugDiagnostic(rpc: string, err: unknown): Diagnostic {
  return {
    severity: DiagnosticSeverity.Error,
    summary: 'Unexpected provider error',
    detail: `${BUG_DETAIL_PREFIX}\n\nThe ${rpc} call failed: ${errorMessage(err)}`,
  };
}

export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  if (typeof err === 'string') return err;
  try {
    return JSON.stringify(err) ?? String(err);
  } catch {
    return String(err);
  }
}
