/**
 * zendesk_omnichannel_queue for the CLI: its words, its attribute map, and how its drift is attributed (the audit
 * log's entries of source_type "queue", matched by the queue's ULID or name: no recorded Zendesk entry shows the
 * source type, so it is the emulator's assumption, src/emulator/recorded/routing-assumptions.ts) and shown in the
 * fleet view (one "Queues" column). Registered once in ../descriptors.ts.
 */
import type { ResourceDescriptor } from '../descriptor';
import { QUEUES_ADMIN_CENTER, QUEUE_ATTRIBUTES, QUEUE_TYPE_NAME } from './attribute-map';

export const OMNICHANNEL_QUEUE_DESCRIPTOR: ResourceDescriptor = {
  typeName: QUEUE_TYPE_NAME,
  kind: 'Omnichannel queue',
  attributes: QUEUE_ATTRIBUTES,
  nameAttribute: 'name',
  adminCenter: QUEUES_ADMIN_CENTER,
  onCreate: 'A new custom queue, last in the queues\' order: new tickets that meet its conditions and no earlier queue\'s enter it and are routed to its groups.',
  onDestroy: () => '⚠️ the queue is deleted in Zendesk; new tickets that met its conditions go to a later queue they match, or to the standard queue (by the ticket\'s group)',
  drift: { source: 'rule', idAttribute: 'id', noun: 'queue', sourceType: 'queue' },
  fleet: { columns: 'one-column', key: 'queues', label: 'Queues' },
};
