import type { PlanResourceChangeResponse } from '../../../protocol/tfprotov6/types';
import type { PlannedChange } from '../plan-resource-change';
import type { RpcOutcome } from '../resource-rpc';
import { toProtoPrivate, toProtoValue } from './dynamic-value';
import { toProtoAttributePath } from './path';

export function planResourceChangeResponse({ result, schema, diagnostics }: RpcOutcome<PlannedChange>): PlanResourceChangeResponse {
  if (!result || !schema) return { requiresReplace: [], diagnostics };
  return {
    plannedState: toProtoValue(result.planned, schema),
    requiresReplace: result.requiresReplace.map(toProtoAttributePath),
    plannedPrivate: toProtoPrivate(result.private),
    diagnostics,
  };
}
