/**
 * Plan-time checks of a queue order against the account's queues (GET /api/v2/queues): every listed ID is a queue
 * of the account (a wrong one is named with the queues' names, and the closest ID or a queue of that name
 * suggested), and the queues left out are said in a warning, since Zendesk places them after the listed ones
 * [documented: docs/design/omnichannel-queue-order.md#the-queues-order]. IDs not known until apply (a queue created in
 * the same apply) are not checked. Runs only when the list changes: a no-op plan costs no API call.
 */
import type { Diagnostics } from '../../framework';
import { Path } from '../../framework';
import type { ApiQueue } from '../../client/queues';
import { editDistance } from '../trigger/suggest';

/** A queue in words: `"Billing" (01HG…)`. */
export const queueWords = (q: Pick<ApiQueue, 'id' | 'name'>) => `"${q.name}" (${q.id})`;

/** The queues in words, at most `max` of them, then how many more. */
export function queuesInWords(queues: readonly Pick<ApiQueue, 'id' | 'name'>[], max = 10): string {
  const shown = queues.slice(0, max).map(queueWords).join(', ');
  return queues.length > max ? `${shown} and ${queues.length - max} more` : shown;
}

const MAX_ID_TYPOS = 2;

/** The help for an ID that is no queue of the account: a queue named so, or the closest ID, or the queues there are. */
export function suggestionFor(wrong: string, queues: readonly Pick<ApiQueue, 'id' | 'name'>[]): string {
  const byName = queues.find((q) => q.name.trim().toLowerCase() === wrong.trim().toLowerCase());
  if (byName) return `"${wrong}" is a queue's name: its ID is ${byName.id} (or use zendesk_omnichannel_queue's id, or data "zendesk_omnichannel_queue" by name).`;
  // ULIDs made close in time share their first characters, so only a near-copy (a mistyped or dropped
  // character or two) is a likely typo; a deleted queue's ID must not suggest its neighbour.
  const nearQueue = queues.find((q) => editDistance(wrong.toUpperCase(), q.id.toUpperCase()) <= MAX_ID_TYPOS);
  if (nearQueue) return `Did you mean ${queueWords(nearQueue)}?`;
  return queues.length ? `Its queues are ${queuesInWords(queues)}.` : 'It has no custom queues yet.';
}

/** Errors for the listed IDs that are not queues of the account (unknown IDs skipped), on their list element. */
export function checkListedExist(listed: readonly (string | undefined)[], queues: readonly ApiQueue[], account: string, diagnostics: Diagnostics): void {
  const ids = new Set(queues.map((q) => q.id));
  listed.forEach((id, index) => {
    if (id === undefined || ids.has(id)) return;
    diagnostics.addAttributeError(
      Path.root('queue_ids').atListIndex(index),
      'Not a queue of this account',
      `Account "${account}" has no queue with the ID "${id}" (deleted, or from another account?). ${suggestionFor(id, queues)} ` +
        'The queues are listed in Admin Center > Objects and rules > Omnichannel routing > Queues and by GET /api/v2/queues.',
    );
  });
}

/** A warning naming the account's queues the list leaves out: Zendesk keeps them, after the listed ones. */
export function warnUnlisted(listed: readonly (string | undefined)[], queues: readonly ApiQueue[], account: string, diagnostics: Diagnostics): void {
  const wanted = new Set(listed.filter((id): id is string => id !== undefined));
  const unlisted = queues.filter((q) => !wanted.has(q.id));
  if (!unlisted.length) return;
  const pending = listed.some((id) => id === undefined) ? ' (unless one of them is an ID known only at apply)' : '';
  diagnostics.addAttributeWarning(
    Path.root('queue_ids'),
    `${unlisted.length} queue${unlisted.length > 1 ? 's' : ''} of the account not listed: placed after the listed ones`,
    `Zendesk orders every queue of "${account}" at once, so the queues not in queue_ids${pending} keep their relative ` +
      `order after the listed ones: ${queuesInWords(unlisted)}. New tickets enter them only when no listed queue's ` +
      'conditions match. List them in queue_ids to place them yourself.',
  );
}
