/**
 * zendesk_omnichannel_queue, attribute by attribute: the queue's field each one is
 * [documented: docs/design/zendesk-api.md#queues], and its words for people, with the effect of a change on
 * routing [documented: docs/design/omnichannel-queues.md]. The CLI's report labels derive from it; a test fails
 * when a schema attribute has no entry (test/provider/attribute-map.test.ts).
 *
 * Plain data with type-only imports: the CLI loads this module.
 */
import type { AttributeEntry } from '../attribute-words';

export const QUEUE_TYPE_NAME = 'zendesk_omnichannel_queue';
export const QUEUES_ADMIN_CENTER = 'Admin Center > Objects and rules > Omnichannel routing > Queues';

/** Creating custom omnichannel routing queues [documented: docs/design/omnichannel-queues.md]. */
const HELP = 'https://support.zendesk.com/hc/en-us/articles/6716530152858';
/** Said of any change of the conditions: which tickets the queue takes [documented: docs/design/omnichannel-queues.md]. */
const conditionsEffect = () => "Changes which new tickets enter this queue: a ticket enters the first queue, in the queues' order, whose conditions it meets.";
const count = (v: unknown) => (Array.isArray(v) ? v.length : 0);

/** In report order. */
export const QUEUE_ATTRIBUTES: readonly AttributeEntry[] = [
  { attribute: 'id', words: 'Queue ID', shape: 'text', identifier: true },
  { attribute: 'name', words: 'Queue name', shape: 'text' },
  { attribute: 'description', words: 'Queue description', shape: 'text' },
  {
    attribute: 'priority', words: 'Queue priority (1 is the highest)', shape: 'count', adminCenter: QUEUES_ADMIN_CENTER, helpArticle: HELP,
    effect: (v) =>
      typeof v === 'number'
        ? `Priority ${v} of 1 to 100 (1 is the highest): an agent who gets work from several queues is assigned tickets of the higher-priority queue first. Which queue a ticket enters is decided by the queues' order, not by priority.`
        : undefined,
  },
  { attribute: 'conditions', words: 'Queue conditions', shape: 'object', adminCenter: QUEUES_ADMIN_CENTER, helpArticle: HELP, effect: conditionsEffect },
  { attribute: 'conditions.all', words: 'Queue conditions (meet ALL)', shape: 'condition-list', adminCenter: QUEUES_ADMIN_CENTER, helpArticle: HELP, effect: conditionsEffect },
  { attribute: 'conditions.any', words: 'Queue conditions (meet ANY)', shape: 'condition-list', adminCenter: QUEUES_ADMIN_CENTER, helpArticle: HELP, effect: conditionsEffect },
  {
    attribute: 'primary_group_ids', words: 'Primary groups of the queue', shape: 'text',
    effect: (v) => `Tickets in this queue are routed to agents of ${count(v) === 1 ? 'this group' : 'these groups'} first.`,
  },
  {
    attribute: 'secondary_group_ids', words: 'Secondary groups of the queue', shape: 'text',
    effect: (v) => (count(v) ? 'Tickets in this queue go to agents of these groups when no agent of a primary group is available.' : 'The queue has no fallback groups: its tickets wait for agents of its primary groups.'),
  },
  {
    attribute: 'subqueues', words: 'Percentage subqueues of the queue', shape: 'object', adminCenter: QUEUES_ADMIN_CENTER, helpArticle: HELP,
    effect: (v) => (count(v) ? `The queue's tickets are shared across ${count(v)} subqueues by percentage, each routed to its own groups.` : "The queue's tickets all go to its own groups."),
  },
  { attribute: 'subqueues.name', words: 'Subqueue name', shape: 'text' },
  { attribute: 'subqueues.percentage', words: "Subqueue's share of the queue's tickets (percent)", shape: 'count' },
  { attribute: 'subqueues.priority', words: 'Subqueue priority (1 is the highest)', shape: 'count' },
  { attribute: 'subqueues.primary_group_ids', words: 'Primary groups of the subqueue', shape: 'text' },
  { attribute: 'subqueues.secondary_group_ids', words: 'Secondary groups of the subqueue', shape: 'text' },
];
