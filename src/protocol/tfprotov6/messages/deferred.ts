/** tfplugin6.Deferred { Reason reason = 1; }: sent when the provider postpones a change (only if the client allows it). */
import type { ProtoWriter } from '../../wire/protobuf';
import type { Deferred } from '../types';

export function writeDeferred(w: ProtoWriter, field: number, deferred: Deferred | undefined): void {
  if (!deferred) return;
  w.messageField(field, (m) => m.enumField(1, deferred.reason));
}
