/**
 * Skills-based routing (Enterprise) [documented: docs/design/zendesk-api.md#routing-attributes]: attributes under
 * /api/v2/routing/attributes (`{attribute}`), their values under …/{id}/values (`{attribute_value}`, updated with
 * PATCH), and …/definitions. Ids are UUIDs and a value keeps its conditions as `{all, any}` of `{subject, operator,
 * value}`, present only when it has them, as recorded [observed: docs/design/zendesk-api.md#routing-attributes].
 */
import type { AccountState, AccountStore } from '../accounts';
import type { ApiRequest, Route } from '../context';
import { parseBody, sendJson } from '../http';
import type { Principal } from '../audit/model';
import { definitionsFor } from '../triggers/definitions';
import { triggerRules } from '../triggers/rules';
import { type Outcome, NOT_FOUND, PLAN_REFUSED, accountRoot, changedKeys, enterprise, invalid, isObject, record, requester, routingChange, routingOf, sendList, sendOutcome } from './common';
import { readConditions } from './conditions';
import { type AttributeRecord, type AttributeValueRecord, newId, now } from './model';

type Who = { principal: Principal; ip: string };
const ATTRIBUTE = 'routing_attribute'; // [ASSUMPTION: recorded/routing-assumptions.ts]
const VALUE = 'routing_attribute_value';

export const presentAttribute = (a: AttributeRecord, root: string) => ({ url: `${root}/api/v2/routing/attributes/${a.id}.json`, id: a.id, name: a.name, created_at: a.created_at, updated_at: a.updated_at });
export const presentValue = (attributeId: string, v: AttributeValueRecord, root: string) => ({ url: `${root}/api/v2/routing/attributes/${attributeId}/values/${v.id}.json`, ...v });

const findAttribute = (account: AccountState, id: string) => routingOf(account).attributes.find((a) => a.id === id);
const badBody = (key: string): Outcome => ({ status: 400, body: { error: 'InvalidRequest', description: `Expected a JSON body of the form {"${key}": {"name": "…"}}.` } });
const blankName = () => invalid({ name: [{ description: 'Name: cannot be blank', error: 'BlankValue' }] });
const wrapped = (body: unknown, key: string) => (isObject(body) && isObject(body[key]) ? body[key] : undefined);

/** The name of a write: required on create, optional on update; undefined when absent, null when refused. */
function readName(raw: Record<string, unknown>, creating: boolean): string | undefined | null {
  if (raw.name === undefined && !creating) return undefined;
  return typeof raw.name === 'string' && raw.name.trim() ? raw.name : null;
}

export function createAttribute(store: AccountStore, name: string, body: unknown, who: Who, root = ''): Outcome {
  if (!store.get(name).auditLogAccess) return PLAN_REFUSED;
  const raw = wrapped(body, 'attribute');
  if (!raw) return badBody('attribute');
  const attributeName = readName(raw, true);
  if (!attributeName) return blankName();
  let created!: AttributeRecord;
  store.update(name, (a) => {
    const at = now();
    created = { id: newId(routingOf(a), a.name, 'uuid'), name: attributeName, values: [], created_at: at, updated_at: at };
    routingOf(a).attributes.push(created);
    record(a, who, [routingChange('create', ATTRIBUTE, created.id, created.name)]);
  });
  return { status: 201, body: { attribute: presentAttribute(created, root) } };
}

export function updateAttribute(store: AccountStore, name: string, id: string, body: unknown, who: Who, root = ''): Outcome {
  if (!store.get(name).auditLogAccess) return PLAN_REFUSED;
  if (!findAttribute(store.get(name), id)) return NOT_FOUND;
  const raw = wrapped(body, 'attribute');
  if (!raw) return badBody('attribute');
  const attributeName = readName(raw, false);
  if (attributeName === null) return blankName();
  const account = store.update(name, (a) => {
    const attribute = findAttribute(a, id)!;
    const before = attribute.name;
    if (attributeName !== undefined) attribute.name = attributeName;
    attribute.updated_at = now();
    record(a, who, [routingChange('update', ATTRIBUTE, id, attribute.name, changedKeys({ name: before }, { name: attribute.name }, ['name']))]);
  });
  return { status: 200, body: { attribute: presentAttribute(findAttribute(account, id)!, root) } };
}

/** Deleting an attribute deletes its values [ASSUMPTION: recorded/routing-assumptions.ts]. */
export function deleteAttribute(store: AccountStore, name: string, id: string, who: Who): Outcome {
  if (!store.get(name).auditLogAccess) return PLAN_REFUSED;
  const attribute = findAttribute(store.get(name), id);
  if (!attribute) return NOT_FOUND;
  store.update(name, (a) => {
    routingOf(a).attributes = routingOf(a).attributes.filter((x) => x.id !== id);
    record(a, who, [routingChange('destroy', ATTRIBUTE, id, attribute.name)]);
  });
  return { status: 204 };
}

/** A value write: its name, and its conditions checked against the account's definitions. */
function readValue(store: AccountStore, name: string, raw: Record<string, unknown>, creating: boolean): { name?: string; conditions?: AttributeValueRecord['conditions'] } | Outcome {
  const valueName = readName(raw, creating);
  const details: Record<string, { description: string; error?: string }[]> = {};
  if (valueName === null) details.name = [{ description: 'Name: cannot be blank', error: 'BlankValue' }];
  const conditions = raw.conditions === undefined ? undefined : readConditions(raw.conditions, 'subject', triggerRules(store, name), details, 'conditions');
  if (Object.keys(details).length) return invalid(details);
  return { name: valueName ?? undefined, conditions };
}

/** `kind` "attributes/<attribute id>/values", as the control API names a value's collection. */
export function createValue(store: AccountStore, name: string, attributeId: string, body: unknown, who: Who, root = ''): Outcome {
  if (!store.get(name).auditLogAccess) return PLAN_REFUSED;
  if (!findAttribute(store.get(name), attributeId)) return NOT_FOUND;
  const raw = wrapped(body, 'attribute_value');
  if (!raw) return badBody('attribute_value');
  const input = readValue(store, name, raw, true);
  if ('status' in input) return input;
  let created!: AttributeValueRecord;
  store.update(name, (a) => {
    const at = now();
    created = { id: newId(routingOf(a), a.name, 'uuid'), name: input.name!, ...(input.conditions ? { conditions: input.conditions } : {}), created_at: at, updated_at: at };
    findAttribute(a, attributeId)!.values.push(created);
    record(a, who, [routingChange('create', VALUE, created.id, created.name)]);
  });
  return { status: 201, body: { attribute_value: presentValue(attributeId, created, root) } };
}

export function updateValue(store: AccountStore, name: string, attributeId: string, id: string, body: unknown, who: Who, root = ''): Outcome {
  if (!store.get(name).auditLogAccess) return PLAN_REFUSED;
  if (!findAttribute(store.get(name), attributeId)?.values.some((v) => v.id === id)) return NOT_FOUND;
  const raw = wrapped(body, 'attribute_value');
  if (!raw) return badBody('attribute_value');
  const input = readValue(store, name, raw, false);
  if ('status' in input) return input;
  let updated!: AttributeValueRecord;
  store.update(name, (a) => {
    updated = findAttribute(a, attributeId)!.values.find((v) => v.id === id)!;
    const before = structuredClone(updated);
    if (input.name !== undefined) updated.name = input.name;
    if (input.conditions) updated.conditions = input.conditions;
    updated.updated_at = now();
    record(a, who, [routingChange('update', VALUE, id, updated.name, changedKeys({ ...before }, { ...updated }, ['name', 'conditions']))]);
  });
  return { status: 200, body: { attribute_value: presentValue(attributeId, updated, root) } };
}

export function deleteValue(store: AccountStore, name: string, attributeId: string, id: string, who: Who): Outcome {
  if (!store.get(name).auditLogAccess) return PLAN_REFUSED;
  const value = findAttribute(store.get(name), attributeId)?.values.find((v) => v.id === id);
  if (!value) return NOT_FOUND;
  store.update(name, (a) => {
    const attribute = findAttribute(a, attributeId)!;
    attribute.values = attribute.values.filter((v) => v.id !== id);
    record(a, who, [routingChange('destroy', VALUE, id, value.name)]);
  });
  return { status: 204 };
}

const account = (r: ApiRequest) => r.store.get(r.account);
const body = async (r: ApiRequest) => parseBody(await r.body, r.req.headers['content-type']);
/** Every read is Enterprise-only too: the refusal is sent before the handler runs. */
const gated =
  (handle: (r: ApiRequest, params: string[]) => unknown) =>
  async (r: ApiRequest, params: string[]): Promise<void> => {
    if (enterprise(r)) await handle(r, params);
  };

function showAttribute(r: ApiRequest, [id]: string[]): void {
  const attribute = findAttribute(account(r), id);
  sendOutcome(r, attribute ? { status: 200, body: { attribute: presentAttribute(attribute, accountRoot(r)) } } : NOT_FOUND);
}
function listValues(r: ApiRequest, [id]: string[]): void {
  const attribute = findAttribute(account(r), id);
  if (!attribute) return sendOutcome(r, NOT_FOUND);
  sendList(r, 'attribute_values', attribute.values.map((v) => presentValue(id, v, accountRoot(r))));
}
function showValue(r: ApiRequest, [attributeId, id]: string[]): void {
  const value = findAttribute(account(r), attributeId)?.values.find((v) => v.id === id);
  sendOutcome(r, value ? { status: 200, body: { attribute_value: presentValue(attributeId, value, accountRoot(r)) } } : NOT_FOUND);
}
/** The conditions a skill value may test: the account's trigger conditions [ASSUMPTION: recorded/routing-assumptions.ts]. */
function definitions(r: ApiRequest): void {
  const { conditions_all, conditions_any } = definitionsFor(r.store.definitionsContext(r.account));
  sendJson(r.res, 200, { definitions: { conditions_all, conditions_any } }, r.headers);
}

const ATTRIBUTES = '/api/v2/routing/attributes';
const UUID = '([0-9a-fA-F-]{36})';
const path = (tail: string) => new RegExp(`^${ATTRIBUTES}${tail}(?:\\.json)?$`);
export const attributeRoutes: Route[] = [
  { method: 'GET', pattern: path(''), handle: gated((r) => sendList(r, 'attributes', routingOf(account(r)).attributes.map((a) => presentAttribute(a, accountRoot(r))))) },
  { method: 'POST', pattern: path(''), handle: async (r) => sendOutcome(r, createAttribute(r.store, r.account, await body(r), requester(r), accountRoot(r))) },
  { method: 'GET', pattern: path('/definitions'), handle: gated(definitions) },
  { method: 'GET', pattern: path(`/${UUID}`), handle: gated(showAttribute) },
  { method: 'PUT', pattern: path(`/${UUID}`), handle: async (r, [id]) => sendOutcome(r, updateAttribute(r.store, r.account, id, await body(r), requester(r), accountRoot(r))) },
  { method: 'DELETE', pattern: path(`/${UUID}`), handle: (r, [id]) => sendOutcome(r, deleteAttribute(r.store, r.account, id, requester(r))) },
  { method: 'GET', pattern: path(`/${UUID}/values`), handle: gated(listValues) },
  { method: 'POST', pattern: path(`/${UUID}/values`), handle: async (r, [id]) => sendOutcome(r, createValue(r.store, r.account, id, await body(r), requester(r), accountRoot(r))) },
  { method: 'GET', pattern: path(`/${UUID}/values/${UUID}`), handle: gated(showValue) },
  { method: 'PATCH', pattern: path(`/${UUID}/values/${UUID}`), handle: async (r, [a, v]) => sendOutcome(r, updateValue(r.store, r.account, a, v, await body(r), requester(r), accountRoot(r))) },
  { method: 'DELETE', pattern: path(`/${UUID}/values/${UUID}`), handle: (r, [a, v]) => sendOutcome(r, deleteValue(r.store, r.account, a, v, requester(r))) },
];
