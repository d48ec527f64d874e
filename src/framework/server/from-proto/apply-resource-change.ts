import type { ApplyResourceChangeRequest } from '../../../protocol/tfprotov6/types';
import type { Diagnostics } from '../../diagnostics';
import { PHASE } from '../../model/decode-model';
import type { Schema } from '../../schema/schema';
import type { ApplyChangeRequest } from '../apply-resource-change';
import { fromProtoModel, fromProtoPrivate } from './dynamic-value';

export function applyResourceChangeRequest(req: ApplyResourceChangeRequest, schema: Schema, diagnostics: Diagnostics): ApplyChangeRequest | undefined {
  const prior = fromProtoModel(req.priorState, schema, PHASE.state, 'prior state', diagnostics);
  const planned = fromProtoModel(req.plannedState, schema, PHASE.plan, 'planned state', diagnostics);
  // Terraform resolves every configured value before it applies.
  const config = fromProtoModel(req.config, schema, PHASE.knownConfig, 'configuration', diagnostics);
  if (prior === undefined || planned === undefined || config === undefined) return undefined;
  return { config, prior, planned, private: fromProtoPrivate(req.plannedPrivate) };
}
