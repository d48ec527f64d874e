/**
 * tfplugin6.Diagnostic { Severity severity = 1; string summary = 2; string detail = 3; AttributePath attribute = 4; }
 *
 * Every RPC response carries these; the attribute path is what lets terraform
 * point the error at the offending line of configuration.
 */
import type { ProtoWriter } from '../../wire/protobuf';
import type { Diagnostic } from '../types';
import { writeAttributePath } from './attribute-path';

export function writeDiagnostics(w: ProtoWriter, field: number, diagnostics: readonly Diagnostic[] | undefined): void {
  if (!diagnostics) return;
  for (const d of diagnostics) {
    w.messageField(field, (m) => {
      m.enumField(1, d.severity);
      m.stringField(2, d.summary);
      m.stringField(3, d.detail);
      // An empty path means "the whole resource": omit it rather than send zero steps.
      if (d.attribute && d.attribute.length > 0) writeAttributePath(m, 4, d.attribute);
    });
  }
}
