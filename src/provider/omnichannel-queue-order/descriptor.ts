/**
 * zendesk_omnichannel_queue_order for the CLI: its words, its attribute map, how its drift is attributed and how it
 * shows in the fleet view (one "Queue order" column). Registered once in ../descriptors.ts.
 *
 * Attribution: a reorder is logged on each queue it moves (source type "queue", change "Changed order", as the
 * emulator assumes: src/emulator/recorded/routing-assumptions.ts), never under the subdomain this resource is known
 * by. So its drift is attributed to the latest write to the queues in queue_ids, a reorder preferred over a queue's
 * other changes (a rename is no reorder), the queues matched by id or by the names the plan's state gives them.
 */
import type { ResourceDescriptor } from '../descriptor';
import { QUEUES_ADMIN_CENTER, QUEUE_ORDER_ATTRIBUTES, QUEUE_ORDER_TYPE_NAME } from './attribute-map';

export const OMNICHANNEL_QUEUE_ORDER_DESCRIPTOR: ResourceDescriptor = {
  typeName: QUEUE_ORDER_TYPE_NAME,
  kind: 'Omnichannel queue order',
  attributes: QUEUE_ORDER_ATTRIBUTES,
  // The id is the account's subdomain (import id = the subdomain).
  accountAttribute: 'id',
  adminCenter: QUEUES_ADMIN_CENTER,
  onCreate: "Puts the listed queues first, in this order; the account's other queues follow in their own order.",
  onDestroy: () => 'Zendesk keeps the queues in the order they are in; Terraform only stops managing it',
  drift: { source: 'listed_objects', idsAttribute: 'queue_ids', sourceType: 'queue', noun: 'queue order', changeMentions: 'order' },
  fleet: { columns: 'one-column', key: 'queue_order', label: 'Queue order' },
};
