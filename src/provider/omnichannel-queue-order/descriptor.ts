/**
 * zendesk_omnichannel_queue_order for the CLI: its words, its attribute map, how its drift is attributed and how it
 * shows in the fleet view (one "Queue order" column). Registered once in ../descriptors.ts.
 *
 * Attribution: a reorder is logged on each queue it moves (source type "queue", as the emulator assumes:
 * src/emulator/recorded/routing-assumptions.ts), never under the subdomain this resource is known by. Matched by the
 * subdomain, drift would say "no change by anyone but Terraform" of a reorder an admin made; keyed on queue_ids (a
 * list, which is no id: ../../cli/drift/object-entries.ts) it claims no author at all, which is true.
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
  drift: { source: 'rule', idAttribute: 'queue_ids', noun: 'queue order', sourceType: 'queue' },
  fleet: { columns: 'one-column', key: 'queue_order', label: 'Queue order' },
};
