/**
 * zendesk_omnichannel_queue_order, attribute by attribute: its words for people and the effect of a change on
 * routing [documented: docs/design/omnichannel-queue-order.md#the-queues-order]. The CLI's report labels derive from it;
 * a test fails when a schema attribute has no entry (test/provider/attribute-map.test.ts).
 *
 * Plain data with type-only imports: the CLI loads this module.
 */
import type { AttributeEntry } from '../attribute-words';
import { QUEUE_TYPE_NAME, QUEUES_ADMIN_CENTER } from '../omnichannel-queue/attribute-map';

export const QUEUE_ORDER_TYPE_NAME = 'zendesk_omnichannel_queue_order';
export { QUEUES_ADMIN_CENTER };

/** Understanding how omnichannel routing uses queues [documented: docs/design/omnichannel-queues.md]. */
const HELP = 'https://support.zendesk.com/hc/en-us/articles/6712096584090';

/** In report order. */
export const QUEUE_ORDER_ATTRIBUTES: readonly AttributeEntry[] = [
  { attribute: 'id', words: 'Account (subdomain)', shape: 'text', identifier: true },
  {
    attribute: 'queue_ids',
    words: "Queues' order (first to last)",
    shape: 'text',
    adminCenter: QUEUES_ADMIN_CENTER,
    helpArticle: HELP,
    // A queue of the same configuration names it: `queue "Billing" (01M990RA8G…)`.
    itemWords: (id, nameOf) => {
      const name = nameOf?.(id, QUEUE_TYPE_NAME);
      return name === undefined ? `queue ${String(id)}` : `queue ${JSON.stringify(name)} (${String(id)})`;
    },
    effect: (v) =>
      Array.isArray(v) && v.length
        ? `A new ticket enters the first of these ${v.length} queues, in this order, whose conditions it meets; queues not listed come after them, in their own order.`
        : undefined,
  },
];
