import type { ApplyResourceChangeRequest, ApplyResourceChangeResponse } from '../../../protocol/tfprotov6/types';
import type { AppliedChange } from '../apply-resource-change';
import type { RpcOutcome } from '../resource-rpc';
import { toProtoPrivate, toProtoValue } from './dynamic-value';

/** Without a result, the prior state goes back as Terraform sent it: nothing is known to have changed. */
export function applyResourceChangeResponse(
  { result, schema, diagnostics }: RpcOutcome<AppliedChange>,
  req: ApplyResourceChangeRequest,
): ApplyResourceChangeResponse {
  if (!result || !schema) return { newState: req.priorState, diagnostics };
  return { newState: toProtoValue(result.state, schema), private: toProtoPrivate(result.private), diagnostics };
}
