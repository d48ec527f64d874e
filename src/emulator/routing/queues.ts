/**
 * Omnichannel routing queues [documented: docs/design/zendesk-api.md#queues]: GET/POST /api/v2/queues,
 * GET/PUT/DELETE /api/v2/queues/{id}, GET /api/v2/queues/definitions, PATCH /api/v2/queues/order. Writes send
 * `{queue: {name, description, priority, definition, primary_groups_id, secondary_groups_id, subqueues}}` (the group
 * keys as Salto's deploy sends them [observed: docs/design/zendesk-api.md#queues]); answers show the groups as
 * `{count, groups: [{id, name}]}`. Conditions are checked against the account's definitions as a trigger's are.
 */
import type { AccountState, AccountStore } from '../accounts';
import type { ApiRequest, Route } from '../context';
import { parseBody, sendJson } from '../http';
import type { Principal } from '../audit/model';
import { definitionsFor } from '../triggers/definitions';
import { triggerRules } from '../triggers/rules';
import { type Outcome, NOT_FOUND, PLAN_REFUSED, accountRoot, changedKeys, invalid, isObject, record, requester, routingChange, routingOf, sendList, sendOutcome } from './common';
import { type Problems, readConditions, readGroupIds } from './conditions';
import { type QueueRecord, type SubqueueRecord, newId, now } from './model';

const SOURCE_TYPE = 'queue'; // [ASSUMPTION: recorded/routing-assumptions.ts]
/** Up to 199 custom queues [documented: docs/design/zendesk-api.md#routing-objects]. */
export const MAX_QUEUES = 199;
/** Up to 5 subqueues whose percentages total 100 [documented: docs/design/zendesk-api.md#queues]. */
const MAX_SUBQUEUES = 5;
type Who = { principal: Principal; ip: string };
type Details = Record<string, Problems>;

const groupsOf = (account: AccountState, ids: number[]) => {
  const groups = ids.map((id) => ({ id, name: account.directory.groups.find((g) => g.id === id)?.name ?? '' }));
  return { count: groups.length, groups };
};

/** The queue as the API shows it: the stored record with its url and its groups by id and name. */
export function presentQueue(account: AccountState, queue: QueueRecord, root: string) {
  const { primary_group_ids, secondary_group_ids, subqueues, ...rest } = queue;
  return {
    url: `${root}/api/v2/queues/${queue.id}.json`,
    ...rest,
    primary_groups: groupsOf(account, primary_group_ids),
    secondary_groups: groupsOf(account, secondary_group_ids),
    ...(subqueues
      ? {
          subqueues: subqueues.map(({ primary_group_ids: p, secondary_group_ids: s, ...sub }) => ({ ...sub, primary_groups: groupsOf(account, p), secondary_groups: groupsOf(account, s) })),
        }
      : {}),
  };
}

interface QueueInput {
  name?: string;
  description?: string | null;
  priority?: number;
  definition?: QueueRecord['definition'];
  primary_group_ids?: number[];
  secondary_group_ids?: number[];
  subqueues?: Omit<SubqueueRecord, 'id'>[];
}

const blank = (what: string) => [{ description: `${what}: cannot be blank`, error: 'BlankValue' }];
const invalidValue = (description: string) => [{ description, error: 'InvalidValue' }];
const wholeNumber = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function readSubqueues(account: AccountState, raw: unknown, details: Details): QueueInput['subqueues'] {
  if (!Array.isArray(raw) || raw.length === 0 || raw.length > MAX_SUBQUEUES) {
    details.subqueues = invalidValue(`Subqueues: give 1 to ${MAX_SUBQUEUES} subqueues, each {name, percentage, priority, primary_groups_id, secondary_groups_id}`);
    return undefined;
  }
  const out: NonNullable<QueueInput['subqueues']> = [];
  for (const [i, sub] of raw.entries()) {
    const where = `Subqueue ${i + 1}`;
    if (!isObject(sub) || typeof sub.name !== 'string' || !sub.name.trim()) {
      details.subqueues = blank(`${where} name`);
      return undefined;
    }
    if (!wholeNumber(sub.percentage) || (sub.percentage as number) > 100 || !wholeNumber(sub.priority ?? 1)) {
      details.subqueues = invalidValue(`${where}: percentage is a whole number from 0 to 100 and priority a whole number`);
      return undefined;
    }
    const primary = readGroupIds(account, sub.primary_groups_id, `${where} primary groups`, true, details, 'subqueues');
    const secondary = readGroupIds(account, sub.secondary_groups_id ?? [], `${where} secondary groups`, false, details, 'subqueues');
    if (!primary || !secondary) return undefined;
    out.push({ name: sub.name, percentage: sub.percentage as number, priority: (sub.priority as number | undefined) ?? 1, primary_group_ids: primary, secondary_group_ids: secondary });
  }
  const total = out.reduce((sum, s) => sum + s.percentage, 0);
  if (total !== 100) {
    details.subqueues = invalidValue(`Subqueues: the percentages total ${total}; they must total 100`);
    return undefined;
  }
  return out;
}

/** Checks a queue body against the account (its groups, its definitions); details name every problem. */
function readQueue(store: AccountStore, name: string, raw: Record<string, unknown>, creating: boolean): { input?: QueueInput; details?: Details } {
  const account = store.get(name);
  const details: Details = {};
  const input: QueueInput = {};
  if (raw.name !== undefined || creating) {
    if (typeof raw.name !== 'string' || !raw.name.trim()) details.name = blank('Name');
    else input.name = raw.name;
  }
  if (raw.description !== undefined) {
    if (raw.description !== null && typeof raw.description !== 'string') details.description = invalidValue('Description: must be text or null');
    else input.description = raw.description;
  }
  if (raw.priority !== undefined) {
    if (!wholeNumber(raw.priority)) details.priority = invalidValue(`Priority: must be a whole number, got ${JSON.stringify(raw.priority)}`);
    else input.priority = raw.priority as number;
  }
  if (raw.definition !== undefined) input.definition = readConditions(raw.definition, 'field', triggerRules(store, name), details, 'definition');
  if (raw.subqueues !== undefined && raw.subqueues !== null) input.subqueues = readSubqueues(account, raw.subqueues, details);
  const needsPrimary = creating && raw.subqueues === undefined;
  if (raw.primary_groups_id !== undefined || needsPrimary) input.primary_group_ids = readGroupIds(account, raw.primary_groups_id, 'Primary groups', true, details, 'primary_groups');
  if (raw.secondary_groups_id !== undefined) input.secondary_group_ids = readGroupIds(account, raw.secondary_groups_id, 'Secondary groups', false, details, 'secondary_groups');
  return Object.keys(details).length ? { details } : { input };
}

const findQueue = (account: AccountState, id: string) => routingOf(account).queues.find((q) => q.id === id);
const KEYS = ['name', 'description', 'priority', 'definition', 'primary_group_ids', 'secondary_group_ids', 'subqueues'] as const;
const byOrder = (a: QueueRecord, b: QueueRecord) => a.order - b.order;

/** The body's `queue` object, or the 400 that says what to send. */
function unwrap(body: unknown): Record<string, unknown> | Outcome {
  if (isObject(body) && isObject(body.queue)) return body.queue;
  return { status: 400, body: { error: 'InvalidRequest', description: 'Expected a JSON body of the form {"queue": {…}}.' } };
}
const isOutcome = (v: unknown): v is Outcome => isObject(v) && typeof v.status === 'number';

export function createQueue(store: AccountStore, name: string, body: unknown, who: Who, root = ''): Outcome {
  const raw = unwrap(body);
  if (isOutcome(raw)) return raw;
  if (raw.subqueues !== undefined && !store.get(name).auditLogAccess) return PLAN_REFUSED;
  const { input, details } = readQueue(store, name, raw, true);
  if (!input) return invalid(details!);
  if (routingOf(store.get(name)).queues.length >= MAX_QUEUES) return invalid({ base: invalidValue(`An account has at most ${MAX_QUEUES} custom queues: delete one first`) });
  let created!: QueueRecord;
  const account = store.update(name, (a) => {
    const state = routingOf(a);
    const at = now();
    created = {
      id: newId(state, a.name, 'ulid'),
      name: input.name!,
      description: input.description ?? null,
      priority: input.priority ?? 1,
      order: Math.max(0, ...state.queues.map((q) => q.order)) + 1,
      definition: input.definition ?? { all: [], any: [] },
      primary_group_ids: input.primary_group_ids ?? [],
      secondary_group_ids: input.secondary_group_ids ?? [],
      ...(input.subqueues ? { subqueues: input.subqueues.map((s) => ({ id: newId(state, a.name, 'ulid'), ...s })) } : {}),
      created_at: at,
      updated_at: at,
    };
    state.queues.push(created);
    record(a, who, [routingChange('create', SOURCE_TYPE, created.id, created.name)]);
  });
  return { status: 201, body: { queue: presentQueue(account, created, root) } };
}

export function updateQueue(store: AccountStore, name: string, id: string, body: unknown, who: Who, root = ''): Outcome {
  if (!findQueue(store.get(name), id)) return NOT_FOUND;
  const raw = unwrap(body);
  if (isOutcome(raw)) return raw;
  if (raw.subqueues !== undefined && !store.get(name).auditLogAccess) return PLAN_REFUSED;
  const { input, details } = readQueue(store, name, raw, false);
  if (!input) return invalid(details!);
  const account = store.update(name, (a) => {
    const queue = findQueue(a, id)!;
    const before = structuredClone(queue);
    const state = routingOf(a);
    if (input.name !== undefined) queue.name = input.name;
    if (input.description !== undefined) queue.description = input.description;
    if (input.priority !== undefined) queue.priority = input.priority;
    if (input.definition) queue.definition = input.definition;
    if (input.primary_group_ids) queue.primary_group_ids = input.primary_group_ids;
    if (input.secondary_group_ids) queue.secondary_group_ids = input.secondary_group_ids;
    if (input.subqueues) queue.subqueues = input.subqueues.map((s) => ({ id: newId(state, a.name, 'ulid'), ...s }));
    else if (raw.subqueues === null) delete queue.subqueues;
    queue.updated_at = now();
    record(a, who, [routingChange('update', SOURCE_TYPE, queue.id, queue.name, changedKeys({ ...before }, { ...queue }, KEYS))]);
  });
  return { status: 200, body: { queue: presentQueue(account, findQueue(account, id)!, root) } };
}

export function deleteQueue(store: AccountStore, name: string, id: string, who: Who): Outcome {
  const queue = findQueue(store.get(name), id);
  if (!queue) return NOT_FOUND;
  store.update(name, (a) => {
    const state = routingOf(a);
    state.queues = state.queues.filter((q) => q.id !== id);
    record(a, who, [routingChange('destroy', SOURCE_TYPE, queue.id, queue.name)]);
  });
  return { status: 204 };
}

/** PATCH /api/v2/queues/order: `queue_ids` must name every queue of the account, once [documented: docs/design/zendesk-api.md#queues]. */
export function reorderQueues(store: AccountStore, name: string, body: unknown, who: Who): Outcome {
  const ids = isObject(body) && Array.isArray(body.queue_ids) ? body.queue_ids.map(String) : undefined;
  const queues = routingOf(store.get(name)).queues;
  const every = ids && ids.length === queues.length && new Set(ids).size === ids.length && queues.every((q) => ids.includes(q.id));
  if (!every) return { status: 400, body: { error: 'InvalidRequest', description: `Give {"queue_ids": […]} with every queue id of the account, each once (${queues.length} queues)` } };
  store.update(name, (a) => {
    const changes = [];
    for (const queue of routingOf(a).queues) {
      const order = ids.indexOf(queue.id) + 1;
      if (queue.order === order) continue;
      changes.push(routingChange('update', SOURCE_TYPE, queue.id, queue.name, 'Changed order'));
      queue.order = order;
    }
    record(a, who, changes);
  });
  return { status: 204 };
}

const account = (r: ApiRequest) => r.store.get(r.account);
const body = async (r: ApiRequest) => parseBody(await r.body, r.req.headers['content-type']);
const list = (r: ApiRequest) => sendList(r, 'queues', [...routingOf(account(r)).queues].sort(byOrder).map((q) => presentQueue(account(r), q, accountRoot(r))));
function show(r: ApiRequest, [id]: string[]): void {
  const queue = findQueue(account(r), id);
  sendOutcome(r, queue ? { status: 200, body: { queue: presentQueue(account(r), queue, accountRoot(r)) } } : NOT_FOUND);
}
/** The conditions a queue may test: the account's trigger conditions [ASSUMPTION: recorded/routing-assumptions.ts]. */
function definitions(r: ApiRequest): void {
  const { conditions_all, conditions_any } = definitionsFor(r.store.definitionsContext(r.account));
  sendJson(r.res, 200, { definitions: { conditions_all, conditions_any } }, r.headers);
}

const ID = '([0-9A-Za-z]{1,64})';
export const queueRoutes: Route[] = [
  { method: 'GET', pattern: /^\/api\/v2\/queues(?:\.json)?$/, handle: list },
  { method: 'POST', pattern: /^\/api\/v2\/queues(?:\.json)?$/, handle: async (r) => sendOutcome(r, createQueue(r.store, r.account, await body(r), requester(r), accountRoot(r))) },
  { method: 'GET', pattern: /^\/api\/v2\/queues\/definitions(?:\.json)?$/, handle: definitions },
  { method: 'PATCH', pattern: /^\/api\/v2\/queues\/order(?:\.json)?$/, handle: async (r) => sendOutcome(r, reorderQueues(r.store, r.account, await body(r), requester(r))) },
  { method: 'GET', pattern: new RegExp(`^/api/v2/queues/${ID}(?:\\.json)?$`), handle: show },
  { method: 'PUT', pattern: new RegExp(`^/api/v2/queues/${ID}(?:\\.json)?$`), handle: async (r, [id]) => sendOutcome(r, updateQueue(r.store, r.account, id, await body(r), requester(r), accountRoot(r))) },
  { method: 'DELETE', pattern: new RegExp(`^/api/v2/queues/${ID}(?:\\.json)?$`), handle: (r, [id]) => sendOutcome(r, deleteQueue(r.store, r.account, id, requester(r))) },
];
