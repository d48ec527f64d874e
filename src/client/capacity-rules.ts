/**
 * Capacity rules and the account's agents [documented: docs/design/zendesk-api.md#capacity-rules,
 * docs/design/zendesk-api.md#groups-and-agents]: typed calls whose answers are checked by a decoder before anything
 * reads them, so an answer of another shape becomes a ZendeskResponseError naming the part that was wrong. Bodies
 * are bare (no `{"rule": …}` wrapper), as the reference's examples are.
 */
import type { ZendeskClient } from './client';
import { WrongShape, isRecord, kindOf, list, record, wholeNumber } from './answer-shape';
import { requestAnswer, requestEveryPage } from './request-answer';
import { withQueryParam } from './paginate';

export const CAPACITY_RULES_PATH = '/api/v2/capacity/rules';
export const capacityRulePath = (id: string) => `${CAPACITY_RULES_PATH}/${encodeURIComponent(id)}`;
/** Agents and admins: the users a capacity rule can name. */
export const AGENTS_PATH = '/api/v2/users?role[]=agent&role[]=admin';

/** The channels a rule gives a capacity for, with the API's keys [documented: docs/design/zendesk-api.md#capacity-rules]. */
export const CAPACITY_CHANNELS = ['email', 'messaging', 'voice'] as const;
export type CapacityChannel = (typeof CAPACITY_CHANNELS)[number];

export interface ApiCapacityRule {
  id: string;
  name: string;
  description: string | null;
  /** The account's default rule: it covers the agents no other rule names, and cannot be deleted. */
  default: boolean;
  capacities: Partial<Record<CapacityChannel, number>>;
  /** A subset of the rule's agents (`agents_sample`) and how many there are (`count`). */
  assignees: { sampleIds: number[]; count: number };
}

/** What a create or update sends. */
export interface CapacityRulePayload {
  name?: string;
  description?: string;
  capacities?: Partial<Record<CapacityChannel, number>>;
  agent_ids?: number[];
  default?: boolean;
}

export interface ApiAgent {
  id: number;
  name: string;
  email: string | null;
  role: string;
}

export type CapacityRequestSender = Pick<ZendeskClient, 'requestWithResponse' | 'baseUrl'>;

function rule(v: unknown, at: string): ApiCapacityRule {
  const o = record(v, at);
  if (typeof o.id !== 'string' && typeof o.id !== 'number') throw new WrongShape(`${at}.id`, `is not an ID (got ${kindOf(o.id)})`);
  if (typeof o.name !== 'string') throw new WrongShape(`${at}.name`, `is not a string (got ${kindOf(o.name)})`);
  const given = o.capacities === undefined || o.capacities === null ? {} : record(o.capacities, `${at}.capacities`);
  const capacities: Partial<Record<CapacityChannel, number>> = {};
  for (const channel of CAPACITY_CHANNELS) {
    if (given[channel] !== undefined && given[channel] !== null) capacities[channel] = wholeNumber(given[channel], `${at}.capacities.${channel}`);
  }
  const assignees = o.assignees === undefined || o.assignees === null ? { agents_sample: [], count: 0 } : record(o.assignees, `${at}.assignees`);
  const sample = list(assignees.agents_sample ?? [], `${at}.assignees.agents_sample`).map((a, i) => wholeNumber(record(a, `${at}.assignees.agents_sample[${i}]`).id, `${at}.assignees.agents_sample[${i}].id`));
  return {
    id: String(o.id),
    name: o.name,
    description: typeof o.description === 'string' ? o.description : null,
    default: o.default === true,
    capacities,
    assignees: { sampleIds: sample, count: assignees.count === undefined ? sample.length : wholeNumber(assignees.count, `${at}.assignees.count`) },
  };
}

function agent(v: unknown, at: string): ApiAgent {
  const o = record(v, at);
  return {
    id: wholeNumber(o.id, `${at}.id`),
    name: typeof o.name === 'string' ? o.name : '',
    email: typeof o.email === 'string' ? o.email : null,
    role: typeof o.role === 'string' ? o.role : '',
  };
}

/** The list answers a bare array; a `{data: […]}` wrapper is read too [observed: docs/design/zendesk-api.md#routing-objects]. */
export const listCapacityRules = (client: CapacityRequestSender) =>
  requestAnswer(client, 'GET', CAPACITY_RULES_PATH, (b) => list(isRecord(b) && Array.isArray(b.data) ? b.data : b, 'the answer').map((r, i) => rule(r, `[${i}]`)));

export const getCapacityRule = (client: CapacityRequestSender, id: string) => requestAnswer(client, 'GET', capacityRulePath(id), (b) => rule(b, 'the answer'));

export const createCapacityRule = (client: CapacityRequestSender, payload: CapacityRulePayload) =>
  requestAnswer(client, 'POST', CAPACITY_RULES_PATH, (b) => rule(b, 'the answer'), payload);

export const updateCapacityRule = (client: CapacityRequestSender, id: string, payload: CapacityRulePayload) =>
  requestAnswer(client, 'PUT', capacityRulePath(id), (b) => rule(b, 'the answer'), payload);

export async function deleteCapacityRule(client: CapacityRequestSender, id: string): Promise<void> {
  await client.requestWithResponse('DELETE', capacityRulePath(id));
}

/** Every agent and admin of the account, page by page [documented: docs/design/zendesk-api.md#pagination]. */
export const listAgents = (client: CapacityRequestSender) =>
  requestEveryPage(client, withQueryParam(AGENTS_PATH, 'page[size]', '100'), 'users', agent);
