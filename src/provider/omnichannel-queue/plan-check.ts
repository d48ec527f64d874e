/**
 * Plan-time checks of a queue against the account: its group ids are groups of the account (GET /api/v2/groups
 * [documented: docs/design/zendesk-api.md#groups-and-agents]) and its conditions' fields, operators and values are
 * in GET /api/v2/queues/definitions (conditions/check.ts), so a typo fails the plan a reviewer reads, not the
 * apply. Each check runs only when what it checks changes (a no-op plan costs no API call). When Zendesk cannot be
 * reached, the check is skipped with a warning: Zendesk checks the same at apply.
 */
import type { Diagnostics, ObjectValue } from '../../framework';
import { Path } from '../../framework';
import { listAccountGroups } from '../../client/groups';
import { getQueueDefinitions } from '../../client/queues';
import { isApiError, reportApiError } from '../api-errors';
import type { AccountSession } from '../session';
import { checkConditions } from '../conditions/check';
import { type Conditions, conditionKey, conditionsOf } from '../conditions/state';
import { groupIdsOf } from './mapping';
import { subqueueGroupIds } from './subqueues';

type GroupAttribute = 'primary_group_ids' | 'secondary_group_ids' | 'subqueues';
const GROUP_ATTRIBUTES: readonly GroupAttribute[] = ['primary_group_ids', 'secondary_group_ids', 'subqueues'];

/** The group ids an attribute names, sorted (a subqueue's: all of them); undefined when not known yet. */
const idsAt = (model: ObjectValue, attribute: GroupAttribute) => (attribute === 'subqueues' ? subqueueGroupIds(model) : groupIdsOf(model, attribute));

/** The planned ids that are not groups of the account, in order. */
export function unknownGroupIds(planned: readonly number[], groupIds: readonly number[]): number[] {
  const known = new Set(groupIds);
  return planned.filter((id) => !known.has(id));
}

const conditionKeys = (c: Conditions | undefined) => (c ? [...c.all.map((x) => `all ${conditionKey(x)}`), ...c.any.map((x) => `any ${conditionKey(x)}`)].sort().join('\n') : undefined);

/** A network failure: the account is unreachable now, which says nothing about the plan. */
const unreachable = (err: unknown) => isApiError(err) && err.name === 'ZendeskNetworkError';

/** `checked`: what the plan holds ("group IDs"); `source`: what was read to check it ("the groups"). */
function skipped(diagnostics: Diagnostics, checked: string, source: string, session: AccountSession, err: unknown): void {
  if (!unreachable(err)) {
    reportApiError(err, diagnostics, `Reading ${source} of "${session.accountId}" to check the queue's ${checked}`);
    return;
  }
  diagnostics.addWarning(
    `The queue's ${checked} were not checked against the account`,
    `Zendesk could not be reached to read ${source} of "${session.accountId}" (${(err as Error).message}); the plan goes on without that check, and Zendesk checks them at apply.`,
  );
}

export async function checkPlannedGroups(session: AccountSession, plan: ObjectValue, state: ObjectValue | null, diagnostics: Diagnostics): Promise<void> {
  const changed = GROUP_ATTRIBUTES.filter((a) => {
    const planned = idsAt(plan, a);
    return planned?.length && (!state || idsAt(state, a)?.join(',') !== planned.join(','));
  });
  if (!changed.length) return;
  let groups: number[];
  try {
    groups = (await listAccountGroups(session.client)).map((g) => g.id);
  } catch (err) {
    skipped(diagnostics, 'group IDs', 'the groups', session, err);
    return;
  }
  for (const attribute of changed) {
    const unknown = unknownGroupIds(idsAt(plan, attribute)!, groups);
    if (!unknown.length) continue;
    diagnostics.addAttributeError(
      Path.root(attribute),
      'Not a group of this account',
      `Account "${session.accountId}" has no group with the ID${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} (a deleted group, or an ID from another ` +
        'account?). Its groups are listed in Admin Center > People > Team > Groups and by GET /api/v2/groups.',
    );
  }
}

export async function checkPlannedConditions(session: AccountSession, plan: ObjectValue, state: ObjectValue | null, diagnostics: Diagnostics): Promise<void> {
  const planned = conditionsOf(plan);
  if (!planned || (!planned.all.length && !planned.any.length)) return;
  if (state && conditionKeys(conditionsOf(state)) === conditionKeys(planned)) return;
  let definitions;
  try {
    definitions = await getQueueDefinitions(session.client);
  } catch (err) {
    skipped(diagnostics, 'conditions', 'the queue condition definitions', session, err);
    return;
  }
  for (const problem of checkConditions(planned, definitions, `Account "${session.accountId}"`)) {
    diagnostics.addAttributeError(Path.root('conditions').atName(problem.which), problem.summary, `${problem.detail} The account's queue conditions are listed by GET /api/v2/queues/definitions.`);
  }
}
