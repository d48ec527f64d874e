/**
 * The omnichannel routing objects a live run makes in the sandbox, and only those: every one is named with the run's
 * prefix ("tf-live-<run id>-"), and objects left by earlier runs (any "tf-live-" name) are removed before the run
 * makes its own. Read and cleaned up through the admin API with the client the provider uses; a kind the sandbox's
 * plan does not offer (skills are Enterprise only [documented: docs/design/zendesk-api.md#routing-objects]) is said,
 * not failed.
 */
import type { ZendeskClient } from '../../../src/client';
import { deleteCapacityRule, listCapacityRules } from '../../../src/client/capacity-rules';
import { listCustomStatuses, updateCustomStatus } from '../../../src/client/custom-statuses';
import { ZendeskApiError } from '../../../src/client/errors';
import { listAccountGroups as listGroups } from '../../../src/client/groups';
import { deleteQueue, listQueues } from '../../../src/client/queues';
import { deleteRoutingAttribute, listRoutingAttributes } from '../../../src/client/routing-attributes';

/** What every object a live run makes is named with; a run's own names add its id. */
export const LIVE_PREFIX = 'tf-live-';

/** A run's prefix: "tf-live-<time>-<random>-", short enough for a status label (48 characters at most). */
export const runPrefix = (now = Date.now()) => `${LIVE_PREFIX}${now.toString(36)}-${Math.random().toString(36).slice(2, 6)}-`;

/** Whether the sandbox answers a kind of object: a 403 (or 404) is the plan's answer, anything else a failure. */
export async function offered(read: () => Promise<unknown>): Promise<{ ok: true } | { ok: false; why: string }> {
  try {
    await read();
    return { ok: true };
  } catch (err) {
    if (err instanceof ZendeskApiError && (err.status === 403 || err.status === 404)) return { ok: false, why: `${err.method} ${err.path} answered ${err.status}` };
    throw err;
  }
}

/** What the sandbox offers the run: skills (Enterprise), and a group for a queue's primary group. */
export interface RoutingOffer {
  skills: { ok: true } | { ok: false; why: string };
  groupId?: number;
}

export async function routingOffer(client: ZendeskClient): Promise<RoutingOffer> {
  const skills = await offered(() => listRoutingAttributes(client));
  const groups = await listGroups(client);
  return { skills, ...(groups[0] ? { groupId: groups[0].id } : {}) };
}

/**
 * Removes (or, for ticket statuses, which Zendesk cannot delete, deactivates) every routing object whose name starts
 * with `prefix`: what an earlier run left behind, or this run's own when a step failed. Returns what it did, in words.
 */
export async function removeNamed(client: ZendeskClient, prefix: string, skills: boolean): Promise<string> {
  const done: string[] = [];
  for (const rule of await listCapacityRules(client)) {
    if (!rule.name.startsWith(prefix)) continue;
    if (rule.default) {
      done.push(`kept capacity rule "${rule.name}": it is the account's default (make another rule the default, then delete it)`);
      continue;
    }
    await deleteCapacityRule(client, rule.id);
    done.push(`deleted capacity rule "${rule.name}"`);
  }
  for (const queue of await listQueues(client)) {
    if (!queue.name.startsWith(prefix)) continue;
    await deleteQueue(client, queue.id);
    done.push(`deleted queue "${queue.name}"`);
  }
  if (skills) {
    for (const attribute of await listRoutingAttributes(client)) {
      if (!attribute.name.startsWith(prefix)) continue;
      // Deleting an attribute deletes its values.
      await deleteRoutingAttribute(client, attribute.id);
      done.push(`deleted routing attribute "${attribute.name}"`);
    }
  }
  for (const status of await listCustomStatuses(client)) {
    if (!status.agent_label.startsWith(prefix) || !status.active) continue;
    await updateCustomStatus(client, String(status.id), { active: false });
    done.push(`deactivated ticket status "${status.agent_label}" (Zendesk has no delete for statuses)`);
  }
  return done.length ? done.join('; ') : `nothing named ${prefix}…`;
}
