/**
 * Plan-time warnings about a perpetual flip between capacity rules. An agent is in one rule at a time, and one rule
 * is the account's default [inferred: docs/design/zendesk-api.md#capacity-rules]: when two zendesk_capacity_rule
 * resources name the same agent (or both say default = true), each apply moves the agent (or the default) to the
 * rule written last, and the other rule's next plan moves it back, forever. A provider sees one resource at a time,
 * so it cannot see the other configuration; what it can see is the account: a planned agent that another rule holds
 * now, or another rule that is the default now. Those are warnings (moving an agent out of a rule Terraform does not
 * manage is what the configuration asks for), saying what applying does and what to do if the other rule is managed
 * too. Only a plan that changes the agents or the default costs the API call: a no-op plan asks nothing.
 */
import type { Diagnostics, ObjectValue } from '../../framework';
import { Path } from '../../framework';
import { type ApiCapacityRule, listCapacityRules } from '../../client/capacity-rules';
import { reportApiError } from '../api-errors';
import type { AccountSession } from '../session';
import { agentIdsOf } from './mapping';

/** The rules (not `ruleId`, not the default) that hold some of `agents` in Zendesk now, with the agents each holds. */
export function agentsHeldElsewhere(agents: readonly number[], ruleId: string | undefined, rules: readonly ApiCapacityRule[]): { rule: ApiCapacityRule; agents: number[] }[] {
  const held: { rule: ApiCapacityRule; agents: number[] }[] = [];
  for (const rule of rules) {
    // The default rule covers every agent no other rule names: taking one out of it is how rules are made.
    if (rule.id === ruleId || rule.default) continue;
    // A rule shows a sample of its agents: one beyond the sample goes unseen (and unwarned).
    const holds = agents.filter((id) => rule.assignees.sampleIds.includes(id));
    if (holds.length) held.push({ rule, agents: holds });
  }
  return held;
}

/** The account's default rule when it is another rule than `ruleId`. */
export const otherDefault = (ruleId: string | undefined, rules: readonly ApiCapacityRule[]) => rules.find((r) => r.default && r.id !== ruleId);

/** What the plan moves: the agents it adds to this rule, and whether it makes this rule the default. */
export function plannedMoves(plan: ObjectValue, state: ObjectValue | null): { agents: number[]; makesDefault: boolean } {
  const makesDefault = plan.default === true && state?.default !== true;
  const planned = plan.default === true ? undefined : agentIdsOf(plan);
  const before = new Set((state && agentIdsOf(state)) ?? []);
  return { agents: (planned ?? []).filter((id) => !before.has(id)), makesDefault };
}

const quoted = (rule: ApiCapacityRule) => `"${rule.name}"`;

/** Warns when applying the plan takes an agent or the default from another rule (see the file's comment). */
export async function warnAboutFlips(session: AccountSession, plan: ObjectValue, state: ObjectValue | null, diagnostics: Diagnostics): Promise<void> {
  const moves = plannedMoves(plan, state);
  if (!moves.agents.length && !moves.makesDefault) return;
  let rules: ApiCapacityRule[];
  try {
    rules = await listCapacityRules(session.client);
  } catch (err) {
    reportApiError(err, diagnostics, `Reading the capacity rules of "${session.accountId}" to check which rule holds the planned agents`);
    return;
  }
  const ruleId = typeof state?.id === 'string' ? state.id : undefined;
  const self = typeof plan.name === 'string' ? `this rule ("${plan.name}")` : 'this rule';
  for (const { rule, agents } of agentsHeldElsewhere(moves.agents, ruleId, rules)) {
    const them = agents.length > 1 ? 'them' : 'it';
    diagnostics.addAttributeWarning(
      Path.root('agent_ids'),
      'Agent already in another capacity rule',
      `Agent${agents.length > 1 ? 's' : ''} ${agents.join(', ')} ${agents.length > 1 ? 'are' : 'is'} in capacity rule ${rule.id} (${quoted(rule)}) now. ` +
        `An agent is in one rule at a time, so applying this plan moves ${them} to ${self} and out of ${quoted(rule)}. ` +
        `If ${quoted(rule)} is managed by Terraform too and its agent_ids still name ${them}, its next plan moves ${them} back, and every ` +
        `apply after that flips ${them} between the two rules. Name each agent in one zendesk_capacity_rule only: remove ${them} from ` +
        `the other rule's agent_ids in this same change.`,
    );
  }
  const former = moves.makesDefault ? otherDefault(ruleId, rules) : undefined;
  if (former) {
    diagnostics.addAttributeWarning(
      Path.root('default'),
      'Another capacity rule is the default',
      `Capacity rule ${former.id} (${quoted(former)}) is the account's default rule now; applying this plan makes ${self} the default ` +
        `instead, and ${quoted(former)} stops being it. If ${quoted(former)} is managed by Terraform too with default = true, its next plan ` +
        'makes it the default again, and every apply after that flips the default between the two rules. Keep default = true on ' +
        'one zendesk_capacity_rule only: remove it from the other rule in this same change.',
    );
  }
}
