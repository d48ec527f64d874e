import type { ConditionRecord, TriggerRecord, TriggerState } from './model';

export const MESSAGING_CSAT_TITLE = 'Request customer satisfaction rating (messaging)';

const c = (field: string, operator: string, value: string | null): ConditionRecord => ({ field, operator, value });
const notify = (recipient: string, subject: string, body: string) => ({ field: 'notification_user', value: [recipient, subject, body] });

/**
 * Zendesk's standard ticket triggers (titles from Zendesk's help center; their
 * exact conditions are abbreviated here — an assumption that keeps them
 * plausible, not a copy).
 */
const STANDARD: Omit<TriggerRecord, 'id' | 'position' | 'raw_title' | 'category_id' | 'created_at' | 'updated_at'>[] = [
  {
    title: 'Notify requester and CCs of received request',
    active: true,
    description: 'Standard trigger',
    conditions: { all: [c('update_type', 'is', 'Create'), c('status', 'is_not', 'solved')], any: [] },
    actions: [notify('requester_and_ccs', '[Request received]: {{ticket.title}}', 'Your request ({{ticket.id}}) has been received.')],
    default: true,
    restriction: null,
  },
  {
    title: 'Notify all agents of received request',
    active: true,
    description: 'Standard trigger',
    conditions: { all: [c('update_type', 'is', 'Create')], any: [] },
    actions: [notify('all_agents', '[{{ticket.account}}] {{ticket.title}}', 'A ticket (#{{ticket.id}}) by {{ticket.requester.name}} has been received.')],
    default: true,
    restriction: null,
  },
  {
    title: 'Notify assignee of assignment',
    active: true,
    description: 'Standard trigger',
    conditions: { all: [c('assignee_id', 'changed', null), c('assignee_id', 'is_not', 'current_user')], any: [] },
    actions: [notify('assignee_id', '[{{ticket.account}}] Assignment: {{ticket.title}}', 'You have been assigned to this ticket (#{{ticket.id}}).')],
    default: true,
    restriction: null,
  },
  {
    title: 'Notify assignee of reopened ticket',
    active: true,
    description: 'Standard trigger',
    conditions: { all: [c('assignee_id', 'present', null), c('status', 'value_previous', 'solved'), c('status', 'is_not', 'closed')], any: [] },
    actions: [notify('assignee_id', '[{{ticket.account}}] Re: {{ticket.title}}', 'The ticket (#{{ticket.id}}) has been reopened.')],
    default: true,
    restriction: null,
  },
];

/**
 * The messaging CSAT rule [DOC HC 8082415949210, 8054625864602]: fires when a
 * messaging ticket's status category changes to Solved and no survey was
 * offered yet. Its conditions are only shown as an image in Zendesk's docs;
 * these are the emulator's reading of that description.
 */
const MESSAGING_CSAT: (typeof STANDARD)[number] = {
  title: MESSAGING_CSAT_TITLE,
  active: true,
  description: 'Sends the CSAT survey in the messaging conversation when the ticket is solved.',
  conditions: {
    all: [c('status_category', 'value', 'solved'), c('via_id', 'is', '74'), c('satisfaction_score', 'is', 'unoffered')],
    any: [],
  },
  actions: [{ field: 'satisfaction_score', value: 'offered_to_requester' }],
  default: true,
  restriction: null,
};

/** Ids of new records: Zendesk ids are large integers; the base only makes them look like it. */
const FIRST_ID = 360000100001;

export function initialTriggerState(customizableCsat: boolean, now = new Date().toISOString()): TriggerState {
  const categoryId = String(FIRST_ID);
  const templates = customizableCsat ? [...STANDARD, MESSAGING_CSAT] : STANDARD;
  return {
    // Each account starts with one category holding its triggers (assumption: TC-DOC does not say what a new account has).
    categories: [{ id: categoryId, name: 'Standard triggers', position: 1, created_at: now, updated_at: now }],
    triggers: templates.map((t, i) => ({
      ...structuredClone(t),
      id: FIRST_ID + 1 + i,
      raw_title: t.title,
      position: i + 1,
      category_id: categoryId,
      created_at: now,
      updated_at: now,
    })),
    nextId: FIRST_ID + 1 + templates.length,
  };
}

/** The standard messaging CSAT trigger appears and disappears with the CSAT channel [DOC HC 8054625864602]. */
export function setMessagingCsat(state: TriggerState, enabled: boolean, now = new Date().toISOString()): void {
  const existing = state.triggers.findIndex((t) => t.default && t.title === MESSAGING_CSAT_TITLE);
  if (!enabled && existing >= 0) state.triggers.splice(existing, 1);
  if (enabled && existing < 0) {
    state.triggers.push({
      ...structuredClone(MESSAGING_CSAT),
      id: state.nextId++,
      raw_title: MESSAGING_CSAT_TITLE,
      position: state.triggers.length + 1,
      category_id: state.categories[0]?.id ?? '',
      created_at: now,
      updated_at: now,
    });
  }
}
