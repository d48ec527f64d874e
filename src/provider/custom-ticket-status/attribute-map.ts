/**
 * zendesk_custom_ticket_status, attribute by attribute: the custom status object's field each one is
 * [documented: docs/design/zendesk-api.md#custom-ticket-statuses], and its words for people. The CLI's report labels
 * derive from it; a test fails when a schema attribute has no entry (test/provider/custom-ticket-status-mapping.test.ts).
 *
 * Plain data with type-only imports: the CLI loads this module.
 */
import type { AttributeEntry } from '../attribute-words';

export const CUSTOM_TICKET_STATUS_TYPE_NAME = 'zendesk_custom_ticket_status';

/** Where an admin finds the statuses. */
export const TICKET_STATUSES_PAGE = 'Admin Center > Objects and rules > Tickets > Ticket statuses';

export interface CustomStatusAttributeEntry extends AttributeEntry {
  /** The field of the API's custom status object it is written to and read from. */
  readonly apiField: string;
}

const CATEGORY_WORDS = { new: 'New', open: 'Open', pending: 'Pending', hold: 'On-hold', solved: 'Solved' };

/** In report order. */
export const CUSTOM_STATUS_ATTRIBUTES: readonly CustomStatusAttributeEntry[] = [
  { attribute: 'id', apiField: 'id', words: 'Ticket status ID', shape: 'text', identifier: true },
  { attribute: 'status_category', apiField: 'status_category', words: 'Status category', shape: 'choice', valueWords: CATEGORY_WORDS, adminCenter: TICKET_STATUSES_PAGE },
  { attribute: 'agent_label', apiField: 'agent_label', words: 'Ticket status name for agents', shape: 'text', adminCenter: TICKET_STATUSES_PAGE },
  { attribute: 'end_user_label', apiField: 'end_user_label', words: 'Ticket status name for end users', shape: 'text', adminCenter: TICKET_STATUSES_PAGE },
  { attribute: 'description', apiField: 'description', words: 'Ticket status description for agents', shape: 'text', adminCenter: TICKET_STATUSES_PAGE },
  { attribute: 'end_user_description', apiField: 'end_user_description', words: 'Ticket status description for end users', shape: 'text', adminCenter: TICKET_STATUSES_PAGE },
  {
    attribute: 'active', apiField: 'active', words: 'Ticket status active', shape: 'on-off', adminCenter: TICKET_STATUSES_PAGE,
    valueWords: { true: 'active', false: 'inactive' },
    effect: (v) => (v === false ? 'Agents can no longer set tickets to this status; tickets already in it keep it.' : undefined),
  },
];
