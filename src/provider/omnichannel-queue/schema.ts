import { type Schema, between, int64Attribute, lengthBetween, setAttribute, setNestedAttribute, stringAttribute, useStateForUnknown } from '../../framework';
import { conditionsAttribute } from '../conditions/schema';

export { QUEUE_TYPE_NAME as TYPE_NAME } from './attribute-map';

// The path, not an import of the client: the schema loads at every provider start, the client only when needed.
const QUEUE_DEFINITIONS_PATH = '/api/v2/queues/definitions';

/** Values Zendesk fills in (an id, a default priority) stay what they were: no "(known after apply)". */
const KEEP = [useStateForUnknown()];

/**
 * The attribute names are the API's keys where the API has one (name, description, priority)
 * [documented: docs/design/zendesk-api.md#queues]; the groups are sets of ids (Zendesk answers them in its own order,
 * which is not a change), and the conditions order-free sets (conditions/schema.ts).
 */
export const omnichannelQueueSchema = {
  version: 0,
  description:
    'A custom omnichannel routing queue: which new tickets enter it (its conditions) and which groups of agents its ' +
    'tickets are routed to. A ticket enters the first queue, in the account\'s queue order, whose conditions it meets; ' +
    'tickets that meet none go to the standard queue. Import an existing queue by its ID (a ULID, as in the queue\'s ' +
    'URL in Admin Center).',
  attributes: {
    id: stringAttribute({ computed: true, planModifiers: KEEP, description: 'The queue ID, a ULID such as "01HG80ATNNZK1N7XRFVKX48XD6" (the import ID).' }),
    name: stringAttribute({ required: true, validators: [lengthBetween(1, 255)], description: 'The queue name.' }),
    description: stringAttribute({ optional: true, description: 'What the queue is for.' }),
    priority: int64Attribute({
      optional: true,
      computed: true,
      planModifiers: KEEP,
      validators: [between(1, 100)],
      description:
        'The queue\'s priority, 1 (the highest) to 100: an agent who gets work from several queues is assigned tickets of ' +
        'the higher-priority queue first. It does not decide which queue a ticket enters. Left out: Zendesk\'s value is kept.',
    }),
    conditions: conditionsAttribute('queue', QUEUE_DEFINITIONS_PATH, 'Which new tickets enter the queue. Left out: the queue has no conditions.'),
    primary_group_ids: setAttribute({
      optional: true,
      element: 'int64',
      description:
        'The IDs of the groups whose agents the queue\'s tickets are routed to first (at least one; a queue with subqueues ' +
        'may leave it out, its subqueues naming theirs). Checked against the account\'s groups (GET /api/v2/groups) when the plan is made.',
    }),
    secondary_group_ids: setAttribute({
      optional: true,
      element: 'int64',
      description: 'The IDs of the groups whose agents get the queue\'s tickets when no agent of a primary group is available. Left out: none.',
    }),
    subqueues: setNestedAttribute({
      optional: true,
      description:
        'Percentage subqueues (Zendesk Enterprise plans only): 1 to 5 subqueues whose percentages total 100, each ' +
        'getting that share of the queue\'s tickets and routing them to its own groups. A set: their order has no meaning. ' +
        'Left out: the queue has none. On another plan Zendesk refuses them, and the apply says so.',
      attributes: {
        name: stringAttribute({ required: true, validators: [lengthBetween(1, 255)], description: 'The subqueue name (unique within the queue).' }),
        percentage: int64Attribute({ required: true, validators: [between(0, 100)], description: 'The share of the queue\'s tickets this subqueue gets, in percent.' }),
        priority: int64Attribute({ optional: true, validators: [between(1, 100)], description: 'The subqueue\'s priority, 1 (the highest) to 100. Left out: 1.' }),
        primary_group_ids: setAttribute({ required: true, element: 'int64', description: 'The IDs of the groups the subqueue\'s tickets are routed to first.' }),
        secondary_group_ids: setAttribute({ optional: true, element: 'int64', description: 'The IDs of the groups that get the subqueue\'s tickets when no primary agent is available.' }),
      },
    }),
  },
} satisfies Schema;
