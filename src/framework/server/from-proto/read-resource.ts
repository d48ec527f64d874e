import type { ReadResourceRequest } from '../../../protocol/tfprotov6/types';
import type { Diagnostics } from '../../diagnostics';
import { PHASE } from '../../model/decode-model';
import type { Schema } from '../../schema/schema';
import type { RefreshRequest } from '../read-resource';
import { fromProtoModel, fromProtoPrivate } from './dynamic-value';

/** undefined also for a null current state: there is nothing to refresh. */
export function readResourceRequest(req: ReadResourceRequest, schema: Schema, diagnostics: Diagnostics): RefreshRequest | undefined {
  const state = fromProtoModel(req.currentState, schema, PHASE.state, 'current state', diagnostics);
  return state ? { state, private: fromProtoPrivate(req.private) } : undefined;
}
