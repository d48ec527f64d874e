/**
 * A capacity rule between Terraform and Zendesk: the payload a plan sends, and the state a rule read from Zendesk
 * becomes, given the state before (so a value Zendesk fills in or cannot show whole never reads as a change).
 */
import type { ObjectValue, Value } from '../../framework';
import { isUnknown } from '../../framework';
import { type ApiCapacityRule, CAPACITY_CHANNELS, type CapacityRulePayload } from '../../client/capacity-rules';

const known = (v: Value | undefined): v is Exclude<Value, null> => v !== undefined && v !== null && !isUnknown(v);
const numberOf = (v: Value | undefined): number | undefined => (typeof v === 'number' ? v : known(v) ? Number(String(v)) : undefined);

/** The agent ids of a plan or state: undefined when unset or not yet known. */
export function agentIdsOf(model: ObjectValue): number[] | undefined {
  const ids = model.agent_ids;
  if (!Array.isArray(ids) || ids.some((id) => !known(id))) return undefined;
  return (ids as Value[]).map((id) => numberOf(id)!).sort((a, b) => a - b);
}

/**
 * What a create or update sends: the name, the description ("" clears it), each channel the plan knows, the agents
 * when the plan names them (never for the default rule, which covers every agent no other rule names), and
 * `default` only to make the rule the default (a default rule stays it until another is made it).
 */
export function capacityRulePayload(plan: ObjectValue): CapacityRulePayload {
  const payload: CapacityRulePayload = { name: String(plan.name), description: typeof plan.description === 'string' ? plan.description : '' };
  const given = plan.capacities;
  if (known(given) && typeof given === 'object' && !Array.isArray(given)) {
    const capacities: CapacityRulePayload['capacities'] = {};
    for (const channel of CAPACITY_CHANNELS) {
      const value = numberOf((given as ObjectValue)[channel]);
      if (value !== undefined) capacities[channel] = value;
    }
    if (Object.keys(capacities).length) payload.capacities = capacities;
  }
  const agents = agentIdsOf(plan);
  if (agents && plan.default !== true) payload.agent_ids = agents;
  if (plan.default === true) payload.default = true;
  return payload;
}

/**
 * The agents of a rule as state: Zendesk shows a sample of them and their count
 * [documented: docs/design/zendesk-api.md#capacity-rules]. When the sample is all of them, it is the set; when it
 * is not, the prior set stands if the sample lies within it and the count agrees (nothing shows a change), else the
 * sample is all that can be said (with `partial` set, so the caller can warn). The default rule has none of its own.
 */
export function agentIdsFrom(rule: ApiCapacityRule, prior: ObjectValue | null): { ids: number[] | null; partial: boolean } {
  if (rule.default) return { ids: null, partial: false };
  const sample = [...new Set(rule.assignees.sampleIds)].sort((a, b) => a - b);
  if (sample.length >= rule.assignees.count) return { ids: sample, partial: false };
  const before = prior ? agentIdsOf(prior) : undefined;
  if (before && before.length === rule.assignees.count && sample.every((id) => before.includes(id))) return { ids: before, partial: false };
  return { ids: sample, partial: true };
}

/** The state of a rule read from Zendesk. */
export function capacityRuleToState(rule: ApiCapacityRule, prior: ObjectValue | null): { state: ObjectValue; partialAgents: boolean } {
  const capacities: Record<string, Value> = {};
  for (const channel of CAPACITY_CHANNELS) capacities[channel] = rule.capacities[channel] ?? null;
  // Zendesk answers "" for a rule without a description; a configuration that leaves it out is not a change.
  const description = rule.description === null || (rule.description === '' && !known(prior?.description)) ? null : rule.description;
  const agents = agentIdsFrom(rule, prior);
  return {
    state: { id: rule.id, name: rule.name, description, capacities, agent_ids: agents.ids, default: rule.default },
    partialAgents: agents.partial,
  };
}

/** What a write did not keep of the plan (its known values), in words; empty when Zendesk kept everything. */
export function unkept(plan: ObjectValue, written: ObjectValue): string[] {
  const lost: string[] = [];
  if (known(plan.name) && plan.name !== written.name) lost.push(`name "${String(plan.name)}"`);
  const planned = plan.capacities;
  if (known(planned) && typeof planned === 'object' && !Array.isArray(planned)) {
    const held = (written.capacities ?? {}) as ObjectValue;
    for (const channel of CAPACITY_CHANNELS) {
      const value = numberOf((planned as ObjectValue)[channel]);
      if (value !== undefined && value !== numberOf(held[channel])) lost.push(`${channel} capacity ${value}`);
    }
  }
  const agents = agentIdsOf(plan);
  const held = agentIdsOf(written);
  if (agents && plan.default !== true && held && agents.join(',') !== held.join(',')) lost.push(`agents ${agents.join(', ') || '(none)'}`);
  if (plan.default === true && written.default !== true) lost.push('default = true');
  return lost;
}
