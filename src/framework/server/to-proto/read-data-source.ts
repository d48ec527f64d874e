import type { ReadDataSourceResponse } from '../../../protocol/tfprotov6/types';
import type { ObjectValue } from '../../../protocol/tftypes/value';
import type { RpcOutcome } from '../resource-rpc';
import { toProtoValue } from './dynamic-value';

export function readDataSourceResponse({ result, schema, diagnostics }: RpcOutcome<ObjectValue>): ReadDataSourceResponse {
  return { state: result && schema ? toProtoValue(result, schema) : undefined, diagnostics };
}
