import type { ImportResourceStateResponse } from '../../../protocol/tfprotov6/types';
import type { Imported } from '../import-resource-state';
import type { RpcOutcome } from '../resource-rpc';
import { toProtoPrivate, toProtoValue } from './dynamic-value';

export function importResourceStateResponse({ result, schema, diagnostics }: RpcOutcome<Imported>, typeName: string): ImportResourceStateResponse {
  if (!result || !schema) return { importedResources: [], diagnostics };
  return { importedResources: [{ typeName, state: toProtoValue(result.state, schema), private: toProtoPrivate(result.private) }], diagnostics };
}
