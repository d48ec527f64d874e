import type { ApiRequest, Route } from '../context';
import { badRequest, recordInvalid, recordNotFound } from '../errors';
import { parseBody, sendJson, unpermittedKeysWarning } from '../http';
import { definitionsFor } from '../triggers/definitions';
import { type TriggerRecord, addCategory, present } from '../triggers/model';
import { PaginationError, pageUrlFor, paginate } from '../triggers/paginate';
import { triggerRules } from '../triggers/rules';
import { NO_ACTIONS, NO_CONDITIONS, type TriggerInput, validateTrigger } from '../triggers/validate';
import { type NewCategory, readTriggerWrite } from '../triggers/write-request';
import { audit } from '../audit/model';
import { categoryChange, triggerChange } from '../audit/describe';

const root = (r: ApiRequest) => `http://${r.req.headers.host ?? '127.0.0.1'}/${r.account}`;
/** The account's definitions: which exist depends on its settings, features and directory. */
const accountDefinitions = (r: ApiRequest) => definitionsFor(r.store.definitionsContext(r.account));
const rules = (r: ApiRequest) => r.store.get(r.account).rules;
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const byPosition = (a: TriggerRecord, b: TriggerRecord) => a.position - b.position || a.id - b.id;

function list(r: ApiRequest, items: TriggerRecord[]): void {
  try {
    const body = paginate(items.sort(byPosition).map((t) => present(t, root(r))), 'triggers', r.query, pageUrlFor(root(r), r.path, r.query));
    sendJson(r.res, 200, body, r.headers);
  } catch (err) {
    if (!(err instanceof PaginationError)) throw err;
    sendJson(r.res, 400, { errors: [{ code: 'InvalidPaginationParameter', title: err.message }] }, r.headers); // [documented: docs/design/zendesk-api.md#trigger-categories]
  }
}

/** GET /api/v2/triggers [documented: docs/design/zendesk-api.md#trigger-endpoints]: filters active and category_id. */
function listTriggers(r: ApiRequest): void {
  const active = r.query.get('active');
  const category = r.query.get('category_id');
  list(
    r,
    rules(r).triggers.filter((t) => (active === null || String(t.active) === active) && (category === null || t.category_id === category)),
  );
}

/** GET /api/v2/triggers/active; category_id is ignored there [documented and observed: docs/design/zendesk-api.md#trigger-endpoints]. */
const listActive = (r: ApiRequest) => list(r, rules(r).triggers.filter((t) => t.active));

/** GET /api/v2/triggers/search?query= [documented: docs/design/zendesk-api.md#trigger-endpoints]: title match, offset pagination only. */
function search(r: ApiRequest): void {
  const query = (r.query.get('query') ?? '').toLowerCase();
  const q = new URLSearchParams(r.query);
  q.delete('page[size]');
  list({ ...r, query: q }, rules(r).triggers.filter((t) => t.title.toLowerCase().includes(query)));
}

const definitions = (r: ApiRequest) => sendJson(r.res, 200, { definitions: accountDefinitions(r) }, r.headers);

function find(r: ApiRequest, id: string): TriggerRecord | undefined {
  return rules(r).triggers.find((t) => String(t.id) === id);
}

function show(r: ApiRequest, [id]: string[]): void {
  const trigger = find(r, id);
  if (!trigger) return recordNotFound(r.res, r.headers);
  sendJson(r.res, 200, { trigger: present(trigger, root(r)) }, r.headers);
}

/** A trigger write that passed the checks: what to store, the inline category to create, the answer's headers. */
interface CheckedWrite {
  input: TriggerInput;
  newCategory?: NewCategory;
  headers: Record<string, string | number>;
}

/**
 * Reads and checks a trigger write: legacy conditions, the inline category and unpermitted keys first
 * (write-request.ts), then the account's definitions (validate.ts), then that category_id exists.
 */
async function readTriggerBody(r: ApiRequest, creating: boolean): Promise<CheckedWrite | undefined> {
  const body = parseBody(await r.body, r.req.headers['content-type']);
  if (!body || !isObject(body.trigger)) {
    badRequest(r.res, 'Expected a JSON body of the form {"trigger": {…}}.', r.headers);
    return undefined;
  }
  const write = readTriggerWrite(body.trigger);
  const result = validateTrigger(write.trigger, triggerRules(r.store, r.account), creating);
  const details = { ...result.details, ...write.details };
  if (Object.keys(details).length) {
    recordInvalid(r.res, details, r.headers);
    return undefined;
  }
  const categoryId = result.input!.category_id;
  if (categoryId !== undefined && !rules(r).categories.some((c) => c.id === categoryId)) {
    recordInvalid(r.res, { category_id: [{ description: `Category ${categoryId} does not exist`, error: 'InvalidValue' }] }, r.headers);
    return undefined;
  }
  const headers = write.removed.length ? { ...r.headers, 'X-Zendesk-API-Warn': unpermittedKeysWarning(write.removed) } : r.headers;
  return { input: result.input!, newCategory: write.newCategory, headers };
}

/**
 * POST /api/v2/triggers → 201; new triggers go last [documented: docs/design/zendesk-api.md#trigger-endpoints] into the first category (assumption), or into the
 * category created inline.
 */
async function create(r: ApiRequest): Promise<void> {
  const checked = await readTriggerBody(r, true);
  if (!checked) return;
  const { input, newCategory } = checked;
  const now = new Date().toISOString();
  const account = r.store.update(r.account, (a) => {
    const state = a.rules;
    const inlineCategory = newCategory ? addCategory(state, newCategory, now) : undefined;
    const inlineCategoryId = inlineCategory?.id;
    state.triggers.push({
      id: state.nextId++,
      title: input.title!,
      raw_title: input.title!,
      active: input.active ?? true,
      position: input.position ?? Math.max(0, ...state.triggers.map((t) => t.position)) + 1,
      conditions: input.conditions ?? { all: [], any: [] },
      actions: input.actions ?? [],
      description: input.description ?? null,
      category_id: inlineCategoryId ?? input.category_id ?? state.categories[0]?.id ?? '',
      default: false,
      restriction: null,
      created_at: now,
      updated_at: now,
    });
    const trigger = state.triggers[state.triggers.length - 1];
    audit(a.auditLog, r.principal!, r.ip, [inlineCategory && categoryChange('create', inlineCategory), triggerChange('create', trigger)]);
  });
  const created = account.rules.triggers[account.rules.triggers.length - 1];
  sendJson(r.res, 201, { trigger: present(created, root(r)) }, checked.headers);
}

/**
 * PUT /api/v2/triggers/{id} [documented: docs/design/zendesk-api.md#trigger-endpoints]: a partial update; conditions and actions
 * replace as a whole ("clearing all existing values of both arrays").
 */
async function update(r: ApiRequest, [id]: string[]): Promise<void> {
  if (!find(r, id)) return recordNotFound(r.res, r.headers);
  const checked = await readTriggerBody(r, false);
  if (!checked) return;
  const { input, newCategory } = checked;
  // Conditions and actions replace as a whole, so one without the other would leave the trigger without the other.
  if (input.actions && !input.conditions) return recordInvalid(r.res, { conditions: NO_CONDITIONS }, r.headers);
  if (input.conditions && !input.actions) return recordInvalid(r.res, { actions: NO_ACTIONS }, r.headers);
  const now = new Date().toISOString();
  const account = r.store.update(r.account, (a) => {
    const trigger = a.rules.triggers.find((t) => String(t.id) === id)!;
    const before = structuredClone(trigger);
    if (input.conditions || input.actions) {
      trigger.conditions = input.conditions ?? { all: [], any: [] };
      trigger.actions = input.actions ?? [];
    }
    for (const key of ['title', 'active', 'description', 'category_id', 'position'] as const) {
      if (input[key] !== undefined) (trigger as unknown as Record<string, unknown>)[key] = input[key];
    }
    const inlineCategory = newCategory ? addCategory(a.rules, newCategory, now) : undefined;
    if (inlineCategory) trigger.category_id = inlineCategory.id;
    trigger.raw_title = trigger.title;
    trigger.updated_at = now;
    audit(a.auditLog, r.principal!, r.ip, [inlineCategory && categoryChange('create', inlineCategory), triggerChange('update', trigger, before)]);
  });
  sendJson(r.res, 200, { trigger: present(account.rules.triggers.find((t) => String(t.id) === id)!, root(r)) }, checked.headers);
}

/** DELETE /api/v2/triggers/{id} → 204 [documented: docs/design/zendesk-api.md#trigger-endpoints]. */
function destroy(r: ApiRequest, [id]: string[]): void {
  if (!find(r, id)) return recordNotFound(r.res, r.headers);
  r.store.update(r.account, (a) => {
    audit(a.auditLog, r.principal!, r.ip, [triggerChange('destroy', find(r, id)!)]);
    a.rules.triggers = a.rules.triggers.filter((t) => String(t.id) !== id);
  });
  sendJson(r.res, 204, undefined, r.headers);
}

/** DELETE /api/v2/triggers/destroy_many?ids=1,2 → 204 [documented: docs/design/zendesk-api.md#trigger-endpoints]. */
function destroyMany(r: ApiRequest): void {
  const ids = new Set((r.query.get('ids') ?? '').split(',').filter(Boolean));
  r.store.update(r.account, (a) => {
    audit(a.auditLog, r.principal!, r.ip, a.rules.triggers.filter((t) => ids.has(String(t.id))).map((t) => triggerChange('destroy', t)));
    a.rules.triggers = a.rules.triggers.filter((t) => !ids.has(String(t.id)));
  });
  sendJson(r.res, 204, undefined, r.headers);
}

/** PUT /api/v2/triggers/update_many [documented: docs/design/zendesk-api.md#trigger-endpoints]: only id, position, active and category_id; other properties are ignored. */
async function updateMany(r: ApiRequest): Promise<void> {
  const body = parseBody(await r.body, r.req.headers['content-type']);
  const items = Array.isArray(body?.triggers) ? (body!.triggers as Record<string, unknown>[]) : undefined;
  if (!items) return badRequest(r.res, 'Expected {"triggers": [{"id": …, "position": …}]}.', r.headers);
  const missing = items.map((i) => String(i.id)).filter((id) => !find(r, id));
  if (missing.length) return recordNotFound(r.res, r.headers);
  const account = r.store.update(r.account, (a) => {
    const changes = [];
    for (const item of items) {
      const trigger = a.rules.triggers.find((t) => String(t.id) === String(item.id))!;
      const before = structuredClone(trigger);
      if (typeof item.position === 'number') trigger.position = item.position;
      if (typeof item.active === 'boolean') trigger.active = item.active;
      if (item.category_id !== undefined) trigger.category_id = String(item.category_id);
      trigger.updated_at = new Date().toISOString();
      changes.push(triggerChange('update', trigger, before));
    }
    audit(a.auditLog, r.principal!, r.ip, changes);
  });
  const triggers = account.rules.triggers.sort(byPosition).map((t) => present(t, root(r)));
  sendJson(r.res, 200, { triggers, count: triggers.length, next_page: null, previous_page: null }, r.headers);
}

export const triggerRoutes: Route[] = [
  { method: 'GET', pattern: /^\/api\/v2\/triggers(?:\.json)?$/, handle: listTriggers },
  { method: 'POST', pattern: /^\/api\/v2\/triggers(?:\.json)?$/, handle: create },
  { method: 'GET', pattern: /^\/api\/v2\/triggers\/active(?:\.json)?$/, handle: listActive },
  { method: 'GET', pattern: /^\/api\/v2\/triggers\/search(?:\.json)?$/, handle: search },
  { method: 'GET', pattern: /^\/api\/v2\/triggers\/definitions(?:\.json)?$/, handle: definitions },
  { method: 'PUT', pattern: /^\/api\/v2\/triggers\/update_many(?:\.json)?$/, handle: updateMany },
  { method: 'DELETE', pattern: /^\/api\/v2\/triggers\/destroy_many(?:\.json)?$/, handle: destroyMany },
  { method: 'GET', pattern: /^\/api\/v2\/triggers\/(\d+)(?:\.json)?$/, handle: show },
  { method: 'PUT', pattern: /^\/api\/v2\/triggers\/(\d+)(?:\.json)?$/, handle: update },
  { method: 'DELETE', pattern: /^\/api\/v2\/triggers\/(\d+)(?:\.json)?$/, handle: destroy },
];
