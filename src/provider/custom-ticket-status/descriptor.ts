/**
 * zendesk_custom_ticket_status for the CLI: its words, its attribute map, and how its drift is attributed (the audit
 * log's entries of the status, by its id) and shown in the fleet view (one "Ticket statuses" column for all of an
 * account's statuses). Registered once in ../descriptors.ts.
 */
import type { ResourceDescriptor } from '../descriptor';
import { CUSTOM_STATUS_ATTRIBUTES, CUSTOM_TICKET_STATUS_TYPE_NAME, TICKET_STATUSES_PAGE } from './attribute-map';

export const CUSTOM_TICKET_STATUS_DESCRIPTOR: ResourceDescriptor = {
  typeName: CUSTOM_TICKET_STATUS_TYPE_NAME,
  kind: 'Ticket status',
  attributes: CUSTOM_STATUS_ATTRIBUTES,
  nameAttribute: 'agent_label',
  adminCenter: TICKET_STATUSES_PAGE,
  // Zendesk has no delete for statuses [documented: docs/design/zendesk-api.md#custom-ticket-statuses].
  onDestroy: () => '⚠️ the ticket status is deactivated in Zendesk (Zendesk has no delete for statuses); tickets in it keep it',
  drift: { source: 'rule', idAttribute: 'id', noun: 'ticket status', sourceType: 'custom_status' },
  fleet: { columns: 'one-column', key: 'custom_ticket_statuses', label: 'Ticket statuses' },
};
