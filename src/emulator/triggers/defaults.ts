import { type Assumptions, MESSAGING_CSAT_TITLE, messagingCsatTrigger } from '../recorded/assumptions';
import { RECORDED_TRIGGERS } from '../recorded/triggers';
import type { TriggerRecord, TriggerState } from './model';

export { MESSAGING_CSAT_TITLE } from '../recorded/assumptions';

type Template = Omit<TriggerRecord, 'id' | 'position' | 'raw_title' | 'category_id' | 'created_at' | 'updated_at'>;

/**
 * The standard triggers of the newest recorded account (facetoe/zenpy's,
 * created 2023-09; recorded/triggers-zenpy.ts), in its order. Their
 * conditions and actions are that account's, read from the corpus: zenpy's
 * entry, or salto's where zenpy's is the same and so not repeated (the corpus
 * lists salto, go-zendesk, zenpy; go-zendesk's titles are older ones). They
 * start active, as on salto's new account (zenpy's were switched off), and
 * answer `"default": false`, as zenpy's account does: the API's `default`
 * does not mark them.
 */
const STANDARD_TITLES = [
  'Notify assignee of assignment',
  'Notify assignee of comment update',
  'Notify assignee of reopened ticket',
  'Notify requester and CCs of comment update',
  'Notify requester and CCs of received request',
  'Notify requester of new proactive ticket',
  'Notify all agents of received request',
];

const NEWEST_FIRST = [...RECORDED_TRIGGERS].reverse();

const STANDARD: Template[] = STANDARD_TITLES.map((title) => {
  const recorded = NEWEST_FIRST.find((t) => t.standard && t.title === title);
  if (!recorded) throw new Error(`no recorded standard trigger titled "${title}"`);
  return { title, active: true, description: recorded.description, conditions: structuredClone(recorded.conditions), actions: structuredClone(recorded.actions), default: false, restriction: null };
});

/**
 * The messaging CSAT rule [documented: docs/design/zendesk-api.md#messaging-csat-trigger]; its JSON is
 * the emulator's assumption (recorded/assumptions.ts). It is managed from the
 * CSAT settings page, and the emulator marks it `default: true` [ASSUMPTION].
 */
const messagingCsat = (assumptions: Assumptions): Template => ({ ...messagingCsatTrigger(assumptions), active: true, default: true, restriction: null });

/** Ids of new records: Zendesk ids are large integers; the base only makes them look like it. */
const FIRST_ID = 360000100001;

export function initialTriggerState(customizableCsat: boolean, assumptions: Assumptions, now = new Date().toISOString()): TriggerState {
  const categoryId = String(FIRST_ID);
  const templates = customizableCsat ? [...STANDARD, messagingCsat(assumptions)] : STANDARD;
  return {
    // Each account starts with one category holding its triggers (assumption: Zendesk does not say what a new account has
    // [inferred: docs/design/zendesk-api.md#trigger-categories]).
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

/** The standard messaging CSAT trigger appears and disappears with the CSAT channel [documented: docs/design/zendesk-api.md#messaging-csat-trigger]. */
export function setMessagingCsat(state: TriggerState, enabled: boolean, assumptions: Assumptions, now = new Date().toISOString()): void {
  const existing = state.triggers.findIndex((t) => t.default && t.title === MESSAGING_CSAT_TITLE);
  if (!enabled && existing >= 0) state.triggers.splice(existing, 1);
  if (enabled && existing < 0) {
    state.triggers.push({
      ...messagingCsat(assumptions),
      id: state.nextId++,
      raw_title: MESSAGING_CSAT_TITLE,
      position: state.triggers.length + 1,
      category_id: state.categories[0]?.id ?? '',
      created_at: now,
      updated_at: now,
    });
  }
}
