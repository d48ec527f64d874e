/**
 * zendesk_omnichannel_queue_order for the CLI: its words, its attribute map, and how its drift is attributed (the
 * audit log's "queue" entries: a reorder is logged on each queue it moves, so none carries the subdomain the
 * resource is known by, and attribution says so) and shown in the fleet view (one "Queue order" column).
 * Registered once in ../descriptors.ts.
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
  drift: { source: 'rule', idAttribute: 'id', noun: 'queue order', sourceType: 'queue' },
  fleet: { columns: 'one-column', key: 'queue_order', label: 'Queue order' },
};
