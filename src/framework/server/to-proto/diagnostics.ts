import * as proto from '../../../protocol/tfprotov6/types';
import type { Diagnostic, Diagnostics } from '../../diagnostics';
import type { AttributeContainer } from '../../schema/schema';
import { isSensitivePath } from '../../schema/sensitive';
import type { SecretScrubber } from '../../secrets';
import { toProtoAttributePath } from './path';

/**
 * The only place that knows how diagnostics look on the wire. Every text
 * passes the secret scrubber, and a path into a sensitive attribute of
 * `schema` is dropped, because Terraform would print that line of HCL.
 */
export function toProtoDiagnostics(
  diagnostics: Diagnostics | Diagnostic[],
  scrubber: SecretScrubber,
  schema?: AttributeContainer,
): proto.Diagnostic[] {
  return [...diagnostics].map((d) => {
    const showPath = d.path && !d.path.isRoot && !(schema && isSensitivePath(schema, d.path));
    return {
      severity: d.severity === 'error' ? proto.DiagnosticSeverity.Error : proto.DiagnosticSeverity.Warning,
      summary: scrubber.scrub(d.summary),
      detail: scrubber.scrub(d.detail),
      attribute: showPath ? toProtoAttributePath(d.path!) : undefined,
    };
  });
}
