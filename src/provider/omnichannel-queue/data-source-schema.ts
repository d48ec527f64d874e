import { type Schema, int64Attribute, setAttribute, stringAttribute } from '../../framework';
import { readOnlyConditionsAttribute } from '../conditions/schema';

export { QUEUE_TYPE_NAME as TYPE_NAME } from './attribute-map';

/** data "zendesk_omnichannel_queue": a queue by its exact name, with the attributes of the resource, read only. */
export const omnichannelQueueDataSourceSchema = {
  description:
    'Finds one custom omnichannel routing queue of the account by its exact name, e.g. to import it into a ' +
    'zendesk_omnichannel_queue (id) or refer to its groups. Fails when no queue or more than one has the name.',
  attributes: {
    name: stringAttribute({ required: true, description: 'The exact queue name to look for.' }),
    id: stringAttribute({ computed: true, description: 'The queue ID (a ULID).' }),
    description: stringAttribute({ computed: true, description: 'What the queue is for (null when it has no description).' }),
    priority: int64Attribute({ computed: true, description: 'The queue\'s priority, 1 (the highest) to 100.' }),
    conditions: readOnlyConditionsAttribute('Which new tickets enter the queue.'),
    primary_group_ids: setAttribute({ computed: true, element: 'int64', description: 'The IDs of the queue\'s primary groups.' }),
    secondary_group_ids: setAttribute({ computed: true, element: 'int64', description: 'The IDs of the queue\'s secondary groups.' }),
  },
} satisfies Schema;
