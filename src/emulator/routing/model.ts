/**
 * The omnichannel routing objects of an account as the emulator stores them: capacity rules, queues, routing
 * attributes (skills) with their values, and custom ticket statuses. Part of the account document, so they are
 * persisted and survive restarts like triggers. Shapes [documented: docs/design/zendesk-api.md#routing-objects];
 * what the emulator chooses where no source shows Zendesk's is listed in recorded/routing-assumptions.ts.
 */
import { createHash } from 'node:crypto';
import type { AccountDirectory } from '../directory';
import type { ConditionRecord } from '../triggers/model';

/** Capacity per channel [documented: docs/design/zendesk-api.md#capacity-rules]. */
export interface Capacities {
  email: number;
  messaging: number;
  voice: number;
}

export interface CapacityRuleRecord {
  /** A 26-character string, as the reference's example [documented: docs/design/zendesk-api.md#capacity-rules]. */
  id: string;
  name: string;
  description: string;
  default: boolean;
  capacities: Capacities;
  /** The agents the rule names; the default rule covers every agent no other rule names (routing/capacity-rules.ts). */
  agent_ids: number[];
  created_at: string;
  last_updated_at: string;
}

export interface QueueConditions {
  all: ConditionRecord[];
  any: ConditionRecord[];
}

/** A percentage subqueue (Enterprise) [documented: docs/design/zendesk-api.md#queues]. */
export interface SubqueueRecord {
  id: string;
  name: string;
  percentage: number;
  priority: number;
  primary_group_ids: number[];
  secondary_group_ids: number[];
}

export interface QueueRecord {
  /** A ULID [documented: docs/design/zendesk-api.md#queues]. */
  id: string;
  name: string;
  description: string | null;
  priority: number;
  order: number;
  definition: QueueConditions;
  primary_group_ids: number[];
  secondary_group_ids: number[];
  /** Present only on a percentage-based queue. */
  subqueues?: SubqueueRecord[];
  created_at: string;
  updated_at: string;
}

export interface AttributeValueRecord {
  /** A UUID, as the recorded ones [observed: docs/design/zendesk-api.md#routing-attributes]. */
  id: string;
  name: string;
  /** Which tickets need the skill; absent on a value created without them (as recorded). */
  conditions?: QueueConditions;
  created_at: string;
  updated_at: string;
}

export interface AttributeRecord {
  id: string;
  name: string;
  values: AttributeValueRecord[];
  created_at: string;
  updated_at: string;
}

export const STATUS_CATEGORIES = ['new', 'open', 'pending', 'hold', 'solved'] as const;
export type StatusCategory = (typeof STATUS_CATEGORIES)[number];

export interface CustomStatusRecord {
  id: number;
  status_category: StatusCategory;
  agent_label: string;
  raw_agent_label: string;
  end_user_label: string;
  raw_end_user_label: string;
  description: string;
  raw_description: string;
  end_user_description: string;
  raw_end_user_description: string;
  active: boolean;
  default: boolean;
  created_at: string;
  updated_at: string;
}

export interface RoutingState {
  capacityRules: CapacityRuleRecord[];
  queues: QueueRecord[];
  attributes: AttributeRecord[];
  customStatuses: CustomStatusRecord[];
  nextStatusId: number;
  /** Counts the ids made so far, so that ids are unique and stable for an account (see newId). */
  idSequence: number;
}

/** Zendesk's timestamp form: ISO 8601 without milliseconds. */
export const now = () => `${new Date().toISOString().slice(0, 19)}Z`;

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A new id for the account: a ULID (26 Crockford base-32 characters, time first) for rules and queues, a UUID for
 * attributes and their values. Derived from the account, a counter and the time, so two accounts never share one.
 */
export function newId(state: RoutingState, account: string, kind: 'ulid' | 'uuid'): string {
  const digest = createHash('sha256').update(`${account}/${state.idSequence++}/${Date.now()}`).digest();
  if (kind === 'uuid') {
    const hex = digest.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-1${hex.slice(13, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
  }
  let time = Date.now();
  let head = '';
  for (let i = 0; i < 10; i++) {
    head = CROCKFORD[time % 32] + head;
    time = Math.floor(time / 32);
  }
  const tail = [...digest.subarray(0, 16)].map((b) => CROCKFORD[b % 32]).join('');
  return head + tail;
}

/** Default capacities of a new account's default rule [ASSUMPTION: recorded/routing-assumptions.ts]. */
export const DEFAULT_CAPACITIES: Capacities = { email: 1, messaging: 1, voice: 1 };

/**
 * The system statuses a new account has, one default per category [documented: docs/design/zendesk-api.md#custom-ticket-statuses];
 * labels and raw (dynamic content) labels as recorded [observed: docs/design/zendesk-api.md#custom-ticket-statuses]. Open,
 * Pending and Solved keep the ids the account's directory (and so its trigger definitions and settings) use.
 */
function systemStatuses(directory: AccountDirectory, created: string): CustomStatusRecord[] {
  const known = (category: StatusCategory) => directory.customStatuses.find((s) => s.status_category === category)?.id;
  const base = directory.customStatuses[0]?.id ?? 8_001_424_138_700;
  const rows: [StatusCategory, string, string, string, string][] = [
    ['new', 'New', 'Open', 'Ticket is awaiting assignment to an agent', 'We are working on a response for you'],
    ['open', 'Open', 'Open', 'Staff is working on the ticket', 'We are working on a response for you'],
    ['pending', 'Pending', 'Awaiting your reply', 'Staff is waiting for the requester to reply', 'We are waiting for you to respond'],
    ['hold', 'On-hold', 'Open', 'Staff is waiting for a third party', 'We are working on a response for you'],
    ['solved', 'Solved', 'Solved', 'The ticket has been solved', 'We think we have solved your request'],
  ];
  return rows.map(([category, agent, endUser, description, endUserDescription], i) => ({
    id: known(category) ?? base - 10 + i,
    status_category: category,
    agent_label: agent,
    raw_agent_label: `{{zd.status_${category}}}`,
    end_user_label: endUser,
    raw_end_user_label: `{{zd.status_end_user_${category}}}`,
    description,
    raw_description: `{{zd.status_${category}_description}}`,
    end_user_description: endUserDescription,
    raw_end_user_description: `{{zd.status_end_user_${category}_description}}`,
    active: true,
    default: true,
    created_at: created,
    updated_at: created,
  }));
}

/** A new account's routing objects: its default capacity rule and its system statuses; no queues, no skills. */
export function initialRoutingState(account: string, directory: AccountDirectory): RoutingState {
  const created = now();
  const state: RoutingState = { capacityRules: [], queues: [], attributes: [], customStatuses: [], nextStatusId: 0, idSequence: 0 };
  state.capacityRules.push({
    id: newId(state, account, 'ulid'),
    name: 'Default capacity rule',
    description: 'Applies to every agent no other capacity rule names',
    default: true,
    capacities: { ...DEFAULT_CAPACITIES },
    agent_ids: [],
    created_at: created,
    last_updated_at: created,
  });
  state.customStatuses = systemStatuses(directory, created);
  state.nextStatusId = Math.max(...state.customStatuses.map((s) => s.id)) + 1;
  return state;
}
