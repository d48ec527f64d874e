import type { UpgradeResourceStateResponse } from '../../../protocol/tfprotov6/types';
import type { Value } from '../../../protocol/tftypes/value';
import type { RpcOutcome } from '../resource-rpc';
import { toProtoValue } from './dynamic-value';

export function upgradeResourceStateResponse({ result, schema, diagnostics }: RpcOutcome<Value>): UpgradeResourceStateResponse {
  return { upgradedState: result !== undefined && schema ? toProtoValue(result, schema) : undefined, diagnostics };
}
