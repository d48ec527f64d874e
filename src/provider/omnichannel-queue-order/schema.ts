import { type Schema, listAttribute, stringAttribute, useStateForUnknown } from '../../framework';

export { QUEUE_ORDER_TYPE_NAME as TYPE_NAME } from './attribute-map';

/**
 * One per account, as the account settings resources are: the id is the subdomain (the import ID). The order is a
 * list, the one place where order is the point [documented: docs/design/omnichannel-queue-order.md#the-queues-order].
 */
export const omnichannelQueueOrderSchema = {
  version: 0,
  description:
    "The order of the account's custom omnichannel routing queues: a new ticket enters the first queue, in this order, " +
    'whose conditions it meets. One per account. The queues listed come first, in the order given; queues of the ' +
    'account that are not listed keep their own relative order after them (Zendesk orders every queue at once), and ' +
    'the plan warns about them. Destroying it only forgets the order: Zendesk keeps the queues in the order they are ' +
    'in (there is no "unordered"). Import it by the account subdomain.',
  attributes: {
    id: stringAttribute({ computed: true, planModifiers: [useStateForUnknown()], description: 'The account subdomain (the import ID).' }),
    queue_ids: listAttribute({
      required: true,
      element: 'string',
      description:
        'The IDs of queues, first to last (e.g. `[zendesk_omnichannel_queue.urgent.id, zendesk_omnichannel_queue.billing.id]`): ' +
        'each a queue of the account, once. Checked against the account\'s queues (GET /api/v2/queues) when the plan is made.',
    }),
  },
} satisfies Schema;
