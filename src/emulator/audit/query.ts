/**
 * GET /api/v2/audit_logs: filters, sorting and both pagination modes as Zendesk documents them
 * [documented: docs/design/zendesk-api.md#audit-log-endpoints]:
 *  - `filter[source_type]`, `filter[source_id]` (needs `filter[source_type]`), `filter[actor_id]`,
 *    `filter[ip_address]`, `filter[action]`, and `filter[created_at]` given twice: first the start, then the end;
 *  - `sort=created_at|-created_at` (cursor pagination) and `sort_by=created_at` + `sort_order=asc|desc` (offset
 *    pagination); newest first by default. The emulator takes either in either mode;
 *  - at most 100 entries a page.
 * Cursors name an entry's id, not a position, so a page read while new entries arrive neither repeats nor skips one.
 * [ASSUMPTION] `filter[created_at][]` is taken as the same parameter (clients that serialize arrays send it so); both
 * ends are inclusive; an answer to a request with no paging parameters is a cursor page of 100 (as for trigger
 * categories); bad parameters are 400 in the `{"errors":[{code,title}]}` envelope Zendesk's newer endpoints use.
 */
import { paginate, pageUrlFor } from '../triggers/paginate';
import type { AuditEntry } from './model';

export class AuditQueryError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Predicate = (entry: AuditEntry) => boolean;

const whole = (name: string, text: string) => {
  if (!/^\d+$/.test(text)) throw new AuditQueryError('InvalidParameter', `${name} must be a whole number, got "${text}"`);
  return Number(text);
};

function createdAtWindow(query: URLSearchParams): Predicate | undefined {
  const ends = [...query.getAll('filter[created_at]'), ...query.getAll('filter[created_at][]')];
  if (!ends.length) return undefined;
  if (ends.length !== 2) {
    throw new AuditQueryError('InvalidParameter', `filter[created_at] must be given twice, the start and then the end time; got ${ends.length} value(s)`);
  }
  const [start, end] = ends.map((text) => {
    const at = Date.parse(text);
    if (Number.isNaN(at)) throw new AuditQueryError('InvalidParameter', `filter[created_at] must be an ISO 8601 time, got "${text}"`);
    return at;
  });
  return (e) => {
    const at = Date.parse(e.created_at);
    return at >= start && at <= end;
  };
}

/** The entries the request's filters keep. */
export function filterEntries(entries: readonly AuditEntry[], query: URLSearchParams): AuditEntry[] {
  const predicates: Predicate[] = [];
  const sourceType = query.get('filter[source_type]');
  const sourceId = query.get('filter[source_id]');
  if (sourceId !== null && sourceType === null) throw new AuditQueryError('InvalidParameter', 'filter[source_id] needs filter[source_type] too');
  if (sourceType !== null) predicates.push((e) => e.source_type === sourceType);
  if (sourceId !== null) {
    const id = whole('filter[source_id]', sourceId);
    predicates.push((e) => e.source_id === id);
  }
  const actorId = query.get('filter[actor_id]');
  if (actorId !== null) {
    const id = whole('filter[actor_id]', actorId);
    predicates.push((e) => e.actor_id === id);
  }
  const ip = query.get('filter[ip_address]');
  if (ip !== null) predicates.push((e) => e.ip_address === ip);
  const action = query.get('filter[action]');
  if (action !== null) predicates.push((e) => e.action === action);
  const window = createdAtWindow(query);
  if (window) predicates.push(window);
  return entries.filter((e) => predicates.every((p) => p(e)));
}

/** Newest first unless the request asks for `sort=created_at` or `sort_order=asc`; ties (one second) by id. */
export function sortEntries(entries: AuditEntry[], query: URLSearchParams): AuditEntry[] {
  const sort = query.get('sort');
  const sortBy = query.get('sort_by');
  const order = query.get('sort_order');
  if (sort !== null && sort !== 'created_at' && sort !== '-created_at') throw new AuditQueryError('InvalidParameter', `sort must be created_at or -created_at, got "${sort}"`);
  if (sortBy !== null && sortBy !== 'created_at') throw new AuditQueryError('InvalidParameter', `sort_by must be created_at, got "${sortBy}"`);
  if (order !== null && order !== 'asc' && order !== 'desc') throw new AuditQueryError('InvalidParameter', `sort_order must be asc or desc, got "${order}"`);
  const ascending = sort === 'created_at' || (sort === null && order === 'asc');
  const sign = ascending ? 1 : -1;
  return entries.sort((a, b) => sign * (Date.parse(a.created_at) - Date.parse(b.created_at) || a.id - b.id));
}

const encode = (id: number) => Buffer.from(`id:${id}`).toString('base64url');
function decode(name: string, cursor: string): number {
  const match = /^id:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new AuditQueryError('InvalidPaginationParameter', `${name} is not valid`);
  return Number(match[1]);
}

/** A page of `items` (already filtered and sorted), in the mode the request asks for, with absolute links. */
export function pageOf<T extends { id: number }>(items: T[], query: URLSearchParams, root: string, path: string): Record<string, unknown> {
  const pageUrl = pageUrlFor(root, path, query);
  const offset = query.get('page[size]') === null && !query.has('page[after]') && !query.has('page[before]') && (query.has('page') || query.has('per_page'));
  if (offset) return paginate(items, 'audit_logs', query, pageUrl);
  const limit = Math.min(Math.max(Number(query.get('page[size]')) || 100, 1), 100);
  const after = query.get('page[after]');
  const before = query.get('page[before]');
  const indexOf = (name: string, cursor: string) => {
    const id = decode(name, cursor);
    const at = items.findIndex((item) => item.id === id);
    if (at < 0) throw new AuditQueryError('InvalidPaginationParameter', `${name} names an entry this listing does not hold`);
    return at;
  };
  let start = 0;
  let end = limit;
  if (after) {
    start = indexOf('page[after]', after) + 1;
    end = start + limit;
  } else if (before) {
    end = indexOf('page[before]', before);
    start = Math.max(0, end - limit);
  }
  const page = items.slice(start, end);
  const afterCursor = page.length ? encode(page[page.length - 1].id) : null;
  const beforeCursor = page.length ? encode(page[0].id) : null;
  return {
    audit_logs: page,
    meta: { has_more: page.length > 0 && start + page.length < items.length, after_cursor: afterCursor, before_cursor: beforeCursor },
    links: {
      next: afterCursor ? pageUrl({ 'page[size]': String(limit), 'page[after]': afterCursor }) : null,
      prev: beforeCursor ? pageUrl({ 'page[size]': String(limit), 'page[before]': beforeCursor }) : null,
    },
  };
}
