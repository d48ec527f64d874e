/**
 * The account directory: the groups, agents, organizations, brands, ticket
 * forms, schedules, targets, webhooks and custom fields an account has, which
 * its trigger definitions list as values (GET /api/v2/triggers/definitions
 * lists a real account's groups under group_id, its agents under assignee_id,
 * its targets under notification_target, …) and which trigger validation
 * checks ids against (see triggers/validate.ts).
 *
 * Shapes and kinds of names follow one real account's recorded replies
 * (salto-io/salto packages/zendesk-adapter/test/mock_replies/myBrand_mock_replies.json:
 * /api/v2/groups, /users, /organizations, /brands, /ticket_forms,
 * /business_hours/schedules, /targets, /webhooks, /ticket_fields,
 * /user_fields, /organization_fields, /recipient_addresses, /custom_statuses):
 * 13-digit ids, a default group "Support", one brand named after the account,
 * a "Default Ticket Form", a Slack URL target, webhook ids of 26 characters,
 * drop-down options with their own ids (user fields) or tags (ticket fields).
 * The names themselves are the emulator's. Ids differ between accounts
 * (derived from the account name, stable across restarts) as real ids do, so
 * nothing can depend on one account's ids by accident.
 */
import { PENDING_STATUS_ID, SOLVED_STATUS_ID } from './settings/defaults';

export interface Named {
  id: number;
  name: string;
}

export interface FieldOption {
  id: number;
  name: string;
  /** The option's tag. */
  value: string;
}

/** The types of custom ticket fields, as the ticket fields API names them ("tagger" is a drop-down) (docs/design/emulator-custom-fields.md). */
export const TICKET_FIELD_TYPES = ['text', 'textarea', 'checkbox', 'date', 'integer', 'decimal', 'regexp', 'partialcreditcard', 'multiselect', 'tagger', 'lookup'] as const;
export type TicketFieldType = (typeof TICKET_FIELD_TYPES)[number];

/** A custom ticket field; how each type appears in trigger definitions is recorded/custom-fields.ts. */
export interface TicketField {
  id: number;
  title: string;
  type: TicketFieldType;
  /** Drop-down and multi-select options (their tags are the values triggers use). */
  options?: FieldOption[];
  /** Absent (true) in data files written before fields could be inactive; inactive fields are not in the definitions. */
  active?: boolean;
  /** A regexp field's pattern (regexp_for_validation). */
  regexp?: string;
  /** A lookup field's related object, e.g. "zen:user" (relationship_target_type). */
  relationshipTargetType?: string;
}

/** User and organization fields, keyed (definitions name them `requester.custom_fields.<key>`). */
export interface KeyedField {
  key: string;
  title: string;
  type: 'text' | 'textarea' | 'regexp' | 'integer' | 'decimal' | 'date' | 'dropdown' | 'checkbox';
  options?: FieldOption[];
}

export interface CustomStatus {
  id: number;
  agent_label: string;
  status_category: 'new' | 'open' | 'pending' | 'hold' | 'solved';
}

export interface AccountDirectory {
  groups: Named[];
  /** Agents and admins: assignees, followers, email recipients. */
  agents: Named[];
  organizations: Named[];
  brands: Named[];
  ticketForms: Named[];
  schedules: Named[];
  /** URL targets ("Notify target"); deprecated by Zendesk but still listed. */
  targets: Named[];
  /** Webhook ids are strings [documented: docs/design/zendesk-api.md#webhooks]. */
  webhooks: { id: string; name: string }[];
  /** Phone numbers for the SMS actions' metadata. */
  phoneNumbers: { id: number; number: string }[];
  /** The account's support address ("Received at"). */
  recipients: string[];
  ticketFields: TicketField[];
  userFields: KeyedField[];
  organizationFields: KeyedField[];
  /** Custom ticket statuses; Pending and Solved carry the ids of the account settings doc example [documented: docs/design/zendesk-api.md#account-settings-endpoints]. */
  customStatuses: CustomStatus[];
}

/** FNV-1a: a small stable hash, so an account keeps its ids across restarts without storing a counter. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

export function defaultDirectory(account: string): AccountDirectory {
  // 13-digit ids like the recording's (1500002894482); each kind of record gets its own block of 1000.
  const base = 1_500_000_000_000 + (hash(account) % 90_000) * 100_000;
  let block = 0;
  const ids = () => {
    const start = base + 1000 * block++;
    let next = start;
    return () => ++next;
  };
  const named = (names: string[]) => {
    const id = ids();
    return names.map((name) => ({ id: id(), name }));
  };
  const choices = (pairs: [name: string, tag: string][]) => {
    const id = ids();
    return pairs.map(([name, value]) => ({ id: id(), name, value }));
  };
  const fieldId = ids();
  const title = account.charAt(0).toUpperCase() + account.slice(1);
  return {
    groups: named(['Support', 'Billing', 'Messaging']),
    agents: named([`${title} Admin`, 'Sam Agent', 'Kim Agent']),
    organizations: named([title, 'Example Corp']),
    brands: named([title]),
    ticketForms: named(['Default Ticket Form', 'Messaging form']),
    schedules: named(['Business hours', 'Weekend support']),
    targets: named(['Slack integration Endpoint']),
    webhooks: [{ id: `01${hash(`${account}/webhook`).toString(36).toUpperCase().padStart(24, '0')}`, name: 'Order system' }],
    phoneNumbers: named(['+1 (510) 555-0100']).map(({ id, name }) => ({ id, number: name })),
    recipients: [`support@${account}.zendesk.com`],
    ticketFields: [
      { id: fieldId(), title: 'Product', type: 'multiselect', options: choices([['Web app', 'product_web'], ['Mobile app', 'product_mobile']]) },
      { id: fieldId(), title: 'Order number', type: 'regexp' },
    ],
    userFields: [
      { key: 'employee_id', title: 'Employee ID', type: 'text' },
      { key: 'notes', title: 'Notes', type: 'textarea' },
      { key: 'seats', title: 'Seats', type: 'integer' },
      { key: 'lifetime_value', title: 'Lifetime value', type: 'decimal' },
      { key: 'renewal_date', title: 'Renewal date', type: 'date' },
      { key: 'plan', title: 'Plan', type: 'dropdown', options: choices([['Free', 'plan_free'], ['Paying', 'plan_paying']]) },
      { key: 'vip', title: 'VIP', type: 'checkbox' },
      { key: 'account_number', title: 'Account number', type: 'regexp' },
    ],
    organizationFields: [
      { key: 'region', title: 'Region', type: 'text' },
      { key: 'agent_count', title: 'Agents', type: 'integer' },
      { key: 'tier', title: 'Tier', type: 'dropdown', options: choices([['Standard', 'tier_standard'], ['Premium', 'tier_premium']]) },
    ],
    customStatuses: [
      { id: 8001424138700, agent_label: 'Open', status_category: 'open' },
      { id: PENDING_STATUS_ID, agent_label: 'Pending', status_category: 'pending' },
      { id: SOLVED_STATUS_ID, agent_label: 'Solved', status_category: 'solved' },
    ],
  };
}
