/**
 * Omnichannel routing queues and the account's groups [documented: docs/design/zendesk-api.md#queues,
 * docs/design/zendesk-api.md#groups-and-agents]: typed calls whose answers are checked by a decoder before anything
 * reads them, so an answer of another shape becomes a ZendeskResponseError naming the part that was wrong.
 * Writes are wrapped in `{"queue": …}` and name the groups `primary_groups_id` / `secondary_groups_id`; answers show
 * them as `{count, groups: [{id, name}]}` [observed: docs/design/zendesk-api.md#queues].
 */
import type { ZendeskClient } from './client';
import { WrongShape, isRecord, kindOf, list, record, string, wholeNumber } from './answer-shape';
import { requestAnswer, requestEveryPage } from './request-answer';
import { type ApiCondition, type Definition, condition, definition } from './triggers';

export const QUEUES_PATH = '/api/v2/queues';
export const QUEUE_DEFINITIONS_PATH = `${QUEUES_PATH}/definitions`;
export const QUEUE_ORDER_PATH = `${QUEUES_PATH}/order`;
export const queuePath = (id: string) => `${QUEUES_PATH}/${encodeURIComponent(id)}`;

export interface ApiQueueConditions {
  all: ApiCondition[];
  any: ApiCondition[];
}

/** A percentage subqueue (Enterprise) [documented: docs/design/zendesk-api.md#queues]. */
export interface ApiSubqueue {
  id: string | null;
  name: string;
  percentage: number;
  priority: number;
  primaryGroupIds: number[];
  secondaryGroupIds: number[];
}

export interface ApiQueue {
  /** A ULID, e.g. "01HG80ATNNZK1N7XRFVKX48XD6". */
  id: string;
  name: string;
  description: string | null;
  priority: number;
  /** Where the queue sits among the account's queues (PATCH /api/v2/queues/order changes it). */
  order: number | null;
  definition: ApiQueueConditions;
  primaryGroupIds: number[];
  secondaryGroupIds: number[];
  /** Absent on a queue without percentage subqueues. */
  subqueues?: ApiSubqueue[];
}

/** What a create or update sends inside `{"queue": …}`. */
export interface QueuePayload {
  name?: string;
  description?: string | null;
  priority?: number;
  definition?: ApiQueueConditions;
  primary_groups_id?: number[];
  secondary_groups_id?: number[];
  subqueues?: { name: string; percentage: number; priority: number; primary_groups_id: number[]; secondary_groups_id: number[] }[] | null;
}

export interface QueueDefinitions {
  conditions_all: Definition[];
  conditions_any: Definition[];
}

export type QueueRequestSender = Pick<ZendeskClient, 'requestWithResponse' | 'baseUrl'>;

const optionalList = (v: unknown, at: string) => (v === undefined || v === null ? [] : list(v, at));

/** `{count, groups: [{id, name}]}` as group ids; a bare list of ids is read too (what a write sends). */
function groupIds(v: unknown, at: string): number[] {
  if (v === undefined || v === null) return [];
  if (Array.isArray(v)) return v.map((id, i) => wholeNumber(typeof id === 'string' && /^\d+$/.test(id) ? Number(id) : id, `${at}[${i}]`));
  const groups = optionalList(record(v, at).groups, `${at}.groups`);
  return groups.map((g, i) => wholeNumber(record(g, `${at}.groups[${i}]`).id, `${at}.groups[${i}].id`));
}

const id = (v: unknown, at: string) => {
  if (typeof v !== 'string' && typeof v !== 'number') throw new WrongShape(at, `is not an ID (got ${kindOf(v)})`);
  return String(v);
};

function subqueue(v: unknown, at: string): ApiSubqueue {
  const o = record(v, at);
  return {
    id: o.id === undefined || o.id === null ? null : id(o.id, `${at}.id`),
    name: string(o.name, `${at}.name`),
    percentage: wholeNumber(o.percentage, `${at}.percentage`),
    priority: o.priority === undefined || o.priority === null ? 1 : wholeNumber(o.priority, `${at}.priority`),
    primaryGroupIds: groupIds(o.primary_groups ?? o.primary_groups_id, `${at}.primary_groups`),
    secondaryGroupIds: groupIds(o.secondary_groups ?? o.secondary_groups_id, `${at}.secondary_groups`),
  };
}

function queue(v: unknown, at: string): ApiQueue {
  const o = record(v, at);
  if (o.description !== undefined && o.description !== null && typeof o.description !== 'string') throw new WrongShape(`${at}.description`, `is not a string (got ${kindOf(o.description)})`);
  const definitionOf = o.definition === undefined || o.definition === null ? {} : record(o.definition, `${at}.definition`);
  return {
    id: id(o.id, `${at}.id`),
    name: string(o.name, `${at}.name`),
    description: typeof o.description === 'string' ? o.description : null,
    priority: wholeNumber(o.priority, `${at}.priority`),
    order: typeof o.order === 'number' ? o.order : null,
    definition: {
      all: optionalList(definitionOf.all, `${at}.definition.all`).map((c, i) => condition(c, `${at}.definition.all[${i}]`)),
      any: optionalList(definitionOf.any, `${at}.definition.any`).map((c, i) => condition(c, `${at}.definition.any[${i}]`)),
    },
    primaryGroupIds: groupIds(o.primary_groups, `${at}.primary_groups`),
    secondaryGroupIds: groupIds(o.secondary_groups, `${at}.secondary_groups`),
    ...(o.subqueues === undefined || o.subqueues === null ? {} : { subqueues: list(o.subqueues, `${at}.subqueues`).map((s, i) => subqueue(s, `${at}.subqueues[${i}]`)) }),
  };
}

export const queueAnswer = (b: unknown) => queue(isRecord(b) ? b.queue : undefined, 'queue');

/** `{definitions: {conditions_all, conditions_any}}`, shaped like a trigger's [documented: docs/design/zendesk-api.md#queues]. */
export const queueDefinitionsAnswer = (b: unknown): QueueDefinitions => {
  const d = record(record(b, 'the answer').definitions, 'definitions');
  const read = (key: 'conditions_all' | 'conditions_any') => list(d[key], `definitions.${key}`).map((x, i) => definition(x, `definitions.${key}[${i}]`));
  return { conditions_all: read('conditions_all'), conditions_any: read('conditions_any') };
};

export const getQueue = (client: QueueRequestSender, queueId: string) => requestAnswer(client, 'GET', queuePath(queueId), queueAnswer);

export const createQueue = (client: QueueRequestSender, payload: QueuePayload) => requestAnswer(client, 'POST', QUEUES_PATH, queueAnswer, { queue: payload });

export const updateQueue = (client: QueueRequestSender, queueId: string, payload: QueuePayload) => requestAnswer(client, 'PUT', queuePath(queueId), queueAnswer, { queue: payload });

export async function deleteQueue(client: QueueRequestSender, queueId: string): Promise<void> {
  await client.requestWithResponse('DELETE', queuePath(queueId));
}

/**
 * Sets the account's queue order: `queue_ids` names every queue of the account, each once, first to last; Zendesk
 * refuses a partial list (400) and answers 204 [documented: docs/design/zendesk-api.md#queues].
 */
export async function reorderQueues(client: QueueRequestSender, queueIds: readonly string[]): Promise<void> {
  await client.requestWithResponse('PATCH', QUEUE_ORDER_PATH, { body: { queue_ids: [...queueIds] } });
}

export const getQueueDefinitions = (client: QueueRequestSender) => requestAnswer(client, 'GET', QUEUE_DEFINITIONS_PATH, queueDefinitionsAnswer);

/** Every queue of the account, in its order: `{queues: […], next_page, previous_page, count}` pages [observed: docs/design/zendesk-api.md#queues]. */
export const listQueues = (client: QueueRequestSender) => requestEveryPage(client, QUEUES_PATH, 'queues', queue);
