import type { PlanResourceChangeRequest } from '../../../protocol/tfprotov6/types';
import type { Diagnostics } from '../../diagnostics';
import { PHASE } from '../../model/decode-model';
import type { Schema } from '../../schema/schema';
import type { PlanChangeRequest } from '../plan-resource-change';
import { fromProtoModel, fromProtoPrivate } from './dynamic-value';

export function planResourceChangeRequest(req: PlanResourceChangeRequest, schema: Schema, diagnostics: Diagnostics): PlanChangeRequest | undefined {
  const prior = fromProtoModel(req.priorState, schema, PHASE.state, 'prior state', diagnostics);
  const proposed = fromProtoModel(req.proposedNewState, schema, PHASE.plan, 'proposed new state', diagnostics);
  const config = fromProtoModel(req.config, schema, PHASE.config, 'configuration', diagnostics);
  if (prior === undefined || proposed === undefined || config === undefined) return undefined;
  return { config, prior, proposed, private: fromProtoPrivate(req.priorPrivate) };
}
