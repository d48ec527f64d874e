/**
 * StopProvider: Request {} → Response { string Error = 1; }
 * Terraform calls it on interrupt (Ctrl-C) so the provider can cancel in-flight work;
 * a non-empty Error is shown to the user.
 */
import { ProtoWriter } from '../../wire/protobuf';
import type { StopProviderResponse } from '../types';

export function encodeStopProviderResponse(res: StopProviderResponse): Uint8Array {
  return new ProtoWriter().stringField(1, res.error).finish();
}
