import type { ApiRequest, Route } from '../context';
import { parseBody, sendJson } from '../http';
import { type CategoryRecord, addCategory, presentCategory, ruleCounts } from '../triggers/model';
import { PaginationError, pageUrlFor, paginate } from '../triggers/paginate';
import { audit } from '../audit/model';
import { categoryChange } from '../audit/describe';

/** Trigger categories answer errors in their own envelope: {"errors":[{"code","title"}]} [documented: docs/design/zendesk-api.md#trigger-categories]. */
const fail = (r: ApiRequest, status: number, code: string, title: string) => sendJson(r.res, status, { errors: [{ code, title }] }, r.headers);
const notFound = (r: ApiRequest) => fail(r, 404, 'TriggerCategoryNotFound', "Category can't be found. Check the ID and try again.");
const rules = (r: ApiRequest) => r.store.get(r.account).rules;
const root = (r: ApiRequest) => `http://${r.req.headers.host ?? '127.0.0.1'}/${r.account}`;
const shown = (r: ApiRequest, category: CategoryRecord) => presentCategory(category, root(r));

/**
 * GET /api/v2/trigger_categories [documented: docs/design/zendesk-api.md#trigger-categories]: cursor pagination (recommended) or offset pagination, `sort`, and
 * `include=rule_counts`. Offset pages when the request pages by `page`/`per_page`; otherwise cursor pages of up to
 * 100 (ASSUMPTION: what Zendesk answers a request with neither is undocumented; the doc's examples are cursor pages).
 */
function list(r: ApiRequest): void {
  const sort = r.query.get('sort') ?? 'position';
  const key = sort.replace(/^-/, '') as 'position' | 'name' | 'created_at' | 'updated_at';
  const state = rules(r);
  const withCounts = (r.query.get('include') ?? '').split(',').includes('rule_counts');
  const sorted = [...state.categories]
    .sort((a, b) => (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0) * (sort.startsWith('-') ? -1 : 1))
    .map((c) => presentCategory(c, root(r), withCounts ? ruleCounts(state, c.id) : undefined));
  const query = new URLSearchParams(r.query);
  const offset = query.get('page[size]') === null && (query.has('page') || query.has('per_page'));
  if (!offset && query.get('page[size]') === null) query.set('page[size]', '100');
  try {
    sendJson(r.res, 200, paginate(sorted, 'trigger_categories', query, pageUrlFor(root(r), r.path, r.query)), r.headers);
  } catch (err) {
    if (!(err instanceof PaginationError)) throw err;
    fail(r, 400, 'InvalidPaginationParameter', err.message);
  }
}

async function create(r: ApiRequest): Promise<void> {
  const body = parseBody(await r.body, r.req.headers['content-type']);
  const input = body?.trigger_category as Record<string, unknown> | undefined;
  if (!input || typeof input.name !== 'string' || input.name.trim() === '') return fail(r, 400, 'InvalidTriggerCategory', 'Name cannot be blank');
  const now = new Date().toISOString();
  let created: CategoryRecord | undefined;
  r.store.update(r.account, (a) => {
    created = addCategory(a.rules, { name: input.name as string, position: typeof input.position === 'number' ? input.position : undefined }, now);
    audit(a.auditLog, r.principal!, r.ip, [categoryChange('create', created)]);
  });
  // The doc example answers 200 for a create [documented: docs/design/zendesk-api.md#trigger-categories].
  sendJson(r.res, 200, { trigger_category: shown(r, created!) }, r.headers);
}

function show(r: ApiRequest, [id]: string[]): void {
  const category = rules(r).categories.find((c) => c.id === id);
  if (!category) return notFound(r);
  sendJson(r.res, 200, { trigger_category: shown(r, category) }, r.headers);
}

/** PATCH, not PUT [documented: docs/design/zendesk-api.md#trigger-categories]. */
async function patch(r: ApiRequest, [id]: string[]): Promise<void> {
  if (!rules(r).categories.some((c) => c.id === id)) return notFound(r);
  const body = parseBody(await r.body, r.req.headers['content-type']);
  const input = (body?.trigger_category ?? {}) as Record<string, unknown>;
  if (input.name !== undefined && (typeof input.name !== 'string' || input.name.trim() === '')) return fail(r, 400, 'InvalidTriggerCategory', 'Name cannot be blank');
  const account = r.store.update(r.account, (a) => {
    const category = a.rules.categories.find((c) => c.id === id)!;
    const before = { ...category };
    if (typeof input.name === 'string') category.name = input.name;
    if (typeof input.position === 'number') category.position = input.position;
    category.updated_at = new Date().toISOString();
    audit(a.auditLog, r.principal!, r.ip, [categoryChange('update', category, before)]);
  });
  sendJson(r.res, 200, { trigger_category: shown(r, account.rules.categories.find((c) => c.id === id)!) }, r.headers);
}

function destroy(r: ApiRequest, [id]: string[]): void {
  const state = rules(r);
  if (!state.categories.some((c) => c.id === id)) return notFound(r);
  if (state.triggers.some((t) => t.category_id === id && t.active)) {
    return fail(r, 400, 'TriggerCategoryNotEmpty', 'A category with active ticket triggers cannot be deleted.');
  }
  r.store.update(r.account, (a) => {
    audit(a.auditLog, r.principal!, r.ip, [categoryChange('destroy', a.rules.categories.find((c) => c.id === id)!)]);
    a.rules.categories = a.rules.categories.filter((c) => c.id !== id);
  });
  sendJson(r.res, 204, undefined, r.headers);
}

export const triggerCategoryRoutes: Route[] = [
  { method: 'GET', pattern: /^\/api\/v2\/trigger_categories(?:\.json)?$/, handle: list },
  { method: 'POST', pattern: /^\/api\/v2\/trigger_categories(?:\.json)?$/, handle: create },
  { method: 'GET', pattern: /^\/api\/v2\/trigger_categories\/(\d+)(?:\.json)?$/, handle: show },
  { method: 'PATCH', pattern: /^\/api\/v2\/trigger_categories\/(\d+)(?:\.json)?$/, handle: patch },
  { method: 'DELETE', pattern: /^\/api\/v2\/trigger_categories\/(\d+)(?:\.json)?$/, handle: destroy },
];
