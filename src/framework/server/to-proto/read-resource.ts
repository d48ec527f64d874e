import type { ReadResourceRequest, ReadResourceResponse } from '../../../protocol/tfprotov6/types';
import type { Refreshed } from '../read-resource';
import type { RpcOutcome } from '../resource-rpc';
import { toProtoPrivate, toProtoValue } from './dynamic-value';

/** Without a result, the current state and private data go back as Terraform sent them. */
export function readResourceResponse({ result, schema, diagnostics }: RpcOutcome<Refreshed>, req: ReadResourceRequest): ReadResourceResponse {
  if (!result || !schema) return { newState: req.currentState, private: req.private, diagnostics };
  return { newState: toProtoValue(result.state, schema), private: toProtoPrivate(result.private), diagnostics };
}
