/**
 * Skills-based routing (Enterprise) [documented: docs/design/zendesk-api.md#routing-attributes]: routing attributes
 * (skill types) under /api/v2/routing/attributes, their values (skills) under …/{id}/values, updated with PATCH, and
 * the conditions a value may test, from …/definitions. Ids are strings (UUIDs); bodies are wrapped (`{attribute}`,
 * `{attribute_value}`). A value's conditions name their subject `subject`, not a trigger's `field`
 * [observed: docs/design/zendesk-api.md#routing-attributes]. Every answer is checked by its decoder before anything
 * reads it, so an answer of another shape becomes a ZendeskResponseError naming the part that was wrong.
 */
import type { ZendeskClient } from './client';
import { type AnswerContext, WrongShape, isRecord, kindOf, list, record, string } from './answer-shape';
import { requestAnswer } from './request-answer';
import { ZendeskNotFoundError } from './errors';
import { type ApiCondition, type ApiValue, type TriggerDefinitions, definitionsAnswer } from './triggers';

export const ROUTING_ATTRIBUTES_PATH = '/api/v2/routing/attributes';
export const ROUTING_ATTRIBUTE_DEFINITIONS_PATH = `${ROUTING_ATTRIBUTES_PATH}/definitions`;
export const routingAttributePath = (id: string) => `${ROUTING_ATTRIBUTES_PATH}/${encodeURIComponent(id)}`;
export const attributeValuesPath = (attributeId: string) => `${routingAttributePath(attributeId)}/values`;
export const attributeValuePath = (attributeId: string, id: string) => `${attributeValuesPath(attributeId)}/${encodeURIComponent(id)}`;

export interface ApiRoutingAttribute {
  id: string;
  name: string;
}

/**
 * A value's conditions, read with a trigger's (and a queue's) key: the API's `subject` is `field` here, so the
 * provider's shared conditions (src/provider/conditions/) handle all three alike; payloads name it `subject` again.
 */
export interface ApiSkillConditions {
  all: ApiCondition[];
  any: ApiCondition[];
}

export interface ApiAttributeValue {
  id: string;
  name: string;
  /** null when Zendesk shows none (a value created without conditions carries no `conditions` key). */
  conditions: ApiSkillConditions | null;
}

/** What a value's create or update says, conditions with the provider's `field` (sent as `subject`). */
export interface AttributeValuePayload {
  name?: string;
  conditions?: ApiSkillConditions;
}

export type RoutingAttributeRequestSender = Pick<ZendeskClient, 'requestWithResponse'>;

function id(v: unknown, at: string): string {
  if (typeof v === 'string' && v !== '') return v;
  if (typeof v === 'number' && Number.isInteger(v)) return String(v);
  throw new WrongShape(at, `is not an ID (got ${kindOf(v)})`);
}

function attribute(v: unknown, at: string): ApiRoutingAttribute {
  const o = record(v, at);
  return { id: id(o.id, `${at}.id`), name: string(o.name, `${at}.name`) };
}

function conditionValue(v: unknown, at: string): ApiValue | undefined {
  if (v === undefined || v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v as ApiValue | undefined;
  if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number')) return v as (string | number)[];
  throw new WrongShape(at, `is not a string, number or list of them (got ${kindOf(v)})`);
}

function condition(v: unknown, at: string): ApiCondition {
  const o = record(v, at);
  return { field: string(o.subject, `${at}.subject`), operator: string(o.operator, `${at}.operator`), value: conditionValue(o.value, `${at}.value`) };
}

function conditions(v: unknown, at: string): ApiSkillConditions | null {
  if (v === undefined || v === null) return null;
  const o = record(v, at);
  const items = (key: 'all' | 'any') => (o[key] === undefined || o[key] === null ? [] : list(o[key], `${at}.${key}`)).map((c, i) => condition(c, `${at}.${key}[${i}]`));
  return { all: items('all'), any: items('any') };
}

/** The body of a value's write: conditions with the API's `subject`. */
function valueBody(payload: AttributeValuePayload) {
  const api = (c: ApiCondition) => ({ subject: c.field, operator: c.operator, ...(c.value === undefined ? {} : { value: c.value }) });
  const conditions = payload.conditions && { all: payload.conditions.all.map(api), any: payload.conditions.any.map(api) };
  return { attribute_value: { ...(payload.name === undefined ? {} : { name: payload.name }), ...(conditions ? { conditions } : {}) } };
}

function attributeValue(v: unknown, at: string): ApiAttributeValue {
  const o = record(v, at);
  return { id: id(o.id, `${at}.id`), name: string(o.name, `${at}.name`), conditions: conditions(o.conditions, `${at}.conditions`) };
}

const under = <T>(key: string, read: (v: unknown, at: string) => T) => (b: unknown) => read(isRecord(b) ? b[key] : undefined, key);
const listUnder = <T>(key: string, read: (v: unknown, at: string) => T) => (b: unknown) => list(record(b, 'the answer')[key], key).map((x, i) => read(x, `${key}[${i}]`));

/** The account's attributes (one page: an account has at most 10 skill types [documented: docs/design/skills-routing.md#limits]). */
export const listRoutingAttributes = (client: RoutingAttributeRequestSender) => requestAnswer(client, 'GET', ROUTING_ATTRIBUTES_PATH, listUnder('attributes', attribute));

export const getRoutingAttribute = (client: RoutingAttributeRequestSender, attributeId: string) =>
  requestAnswer(client, 'GET', routingAttributePath(attributeId), under('attribute', attribute));

export const createRoutingAttribute = (client: RoutingAttributeRequestSender, name: string) =>
  requestAnswer(client, 'POST', ROUTING_ATTRIBUTES_PATH, under('attribute', attribute), { attribute: { name } });

export const updateRoutingAttribute = (client: RoutingAttributeRequestSender, attributeId: string, name: string) =>
  requestAnswer(client, 'PUT', routingAttributePath(attributeId), under('attribute', attribute), { attribute: { name } });

export async function deleteRoutingAttribute(client: RoutingAttributeRequestSender, attributeId: string): Promise<void> {
  await client.requestWithResponse('DELETE', routingAttributePath(attributeId));
}

/** An attribute's values (one page: a skill type holds at most 30 skills [documented: docs/design/skills-routing.md#limits]). */
export const listAttributeValues = (client: RoutingAttributeRequestSender, attributeId: string) =>
  requestAnswer(client, 'GET', attributeValuesPath(attributeId), listUnder('attribute_values', attributeValue));

/**
 * The value with this ID in whichever routing attribute holds it, with that attribute's ID: an import may name a value
 * by its own ID alone. At most 10 attributes, one request each [documented: docs/design/skills-routing.md#limits].
 * No attribute holds it: a 404, as a GET of a value that does not exist answers.
 */
export async function findAttributeValue(client: RoutingAttributeRequestSender, valueId: string): Promise<{ attributeId: string; value: ApiAttributeValue }> {
  for (const attribute of await listRoutingAttributes(client)) {
    const value = (await listAttributeValues(client, attribute.id)).find((v) => v.id === valueId);
    if (value) return { attributeId: attribute.id, value };
  }
  throw new ZendeskNotFoundError(`No routing attribute of the account has a value with ID ${valueId}.`, {
    method: 'GET',
    path: ROUTING_ATTRIBUTES_PATH,
    status: 404,
    attempts: 1,
    hint: "Check the value's ID: GET /api/v2/routing/attributes/{attribute_id}/values lists each attribute's values.",
  });
}

export const getAttributeValue = (client: RoutingAttributeRequestSender, attributeId: string, valueId: string) =>
  requestAnswer(client, 'GET', attributeValuePath(attributeId, valueId), under('attribute_value', attributeValue));

export const createAttributeValue = (client: RoutingAttributeRequestSender, attributeId: string, payload: AttributeValuePayload) =>
  requestAnswer(client, 'POST', attributeValuesPath(attributeId), under('attribute_value', attributeValue), valueBody(payload));

export const updateAttributeValue = (client: RoutingAttributeRequestSender, attributeId: string, valueId: string, payload: AttributeValuePayload) =>
  requestAnswer(client, 'PATCH', attributeValuePath(attributeId, valueId), under('attribute_value', attributeValue), valueBody(payload));

export async function deleteAttributeValue(client: RoutingAttributeRequestSender, attributeId: string, valueId: string): Promise<void> {
  await client.requestWithResponse('DELETE', attributeValuePath(attributeId, valueId));
}

/**
 * The conditions a value may test: `{definitions: {conditions_all, conditions_any}}`, each definition shaped as a
 * trigger's [documented: docs/design/zendesk-api.md#routing-attributes], so the trigger decoder reads them (there
 * are no actions: `actions` is empty).
 */
export async function getAttributeDefinitions(client: RoutingAttributeRequestSender): Promise<TriggerDefinitions> {
  const path = ROUTING_ATTRIBUTE_DEFINITIONS_PATH;
  const response = await client.requestWithResponse('GET', path);
  const ctx: AnswerContext = { method: 'GET', path, status: response.status, attempts: response.attempts };
  const body = response.data;
  const definitions = isRecord(body) && isRecord(body.definitions) ? { definitions: { actions: [], ...body.definitions } } : body;
  return definitionsAnswer(definitions, ctx);
}
