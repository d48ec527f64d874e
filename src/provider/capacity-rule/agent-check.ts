/**
 * Plan-time check of a capacity rule's agents against the account: an ID that is no agent or admin of it (an end
 * user, a deleted agent, an ID from another account) fails the plan a reviewer reads, not the apply. The account's
 * agents are its users with the agent or admin role [documented: docs/design/zendesk-api.md#groups-and-agents].
 */
import type { Diagnostics, ObjectValue } from '../../framework';
import { Path } from '../../framework';
import { listAgents } from '../../client/capacity-rules';
import { reportApiError } from '../api-errors';
import type { AccountSession } from '../session';
import { agentIdsOf } from './mapping';

/** The planned agent ids that are not agents of `agentIds`' account, in plan order. */
export function unknownAgentIds(planned: readonly number[], agentIds: readonly number[]): number[] {
  const known = new Set(agentIds);
  return planned.filter((id) => !known.has(id));
}

/** Checks the planned agents when they are known and differ from the state's (a no-op plan costs no API call). */
export async function checkPlannedAgents(session: AccountSession, plan: ObjectValue, state: ObjectValue | null, diagnostics: Diagnostics): Promise<void> {
  const planned = agentIdsOf(plan);
  if (!planned?.length || plan.default === true) return;
  const before = state ? agentIdsOf(state) : undefined;
  if (before && before.join(',') === planned.join(',')) return;
  let unknown: number[];
  try {
    unknown = unknownAgentIds(planned, (await listAgents(session.client)).map((a) => a.id));
  } catch (err) {
    reportApiError(err, diagnostics, `Reading the agents of "${session.accountId}" to check agent_ids`, Path.root('agent_ids'));
    return;
  }
  if (!unknown.length) return;
  diagnostics.addAttributeError(
    Path.root('agent_ids'),
    'Not an agent of this account',
    `Account "${session.accountId}" has no agent or admin with the ID${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} (an end user, a ` +
      'deleted agent, or an ID from another account?). Look agents up with data "zendesk_agent" (by email or name) instead of writing their IDs.',
  );
}
