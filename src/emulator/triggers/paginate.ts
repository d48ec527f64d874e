/**
 * Both pagination modes of Zendesk's list endpoints [documented: docs/design/zendesk-api.md#pagination]:
 * cursor (`page[size]`, `page[after]`/`page[before]`, `meta` + `links`) and
 * offset (`page`, `per_page`, `count`/`next_page`/`previous_page`).
 * Cursors here are base64 of the item's position in the list (assumption:
 * real cursors are opaque strings too).
 *
 * Links are absolute URLs of the `.json` form of the path, keeping the request's other parameters (include, sort,
 * filters) [documented: docs/design/zendesk-api.md#trigger-categories; observed: docs/design/zendesk-api.md#pagination]. A cursor page carries both links
 * whenever it has items, also the last one (has_more false) and the first one; an empty page has null links and null
 * cursors [observed: docs/design/zendesk-api.md#pagination]. So a client must stop on has_more, not on a missing link.
 */
const encode = (index: number) => Buffer.from(`i:${index}`).toString('base64url');
const decode = (cursor: string) => {
  const match = /^i:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match ? Number(match[1]) : undefined;
};

export class PaginationError extends Error {}

const PAGING_PARAMS = ['page', 'per_page', 'page[size]', 'page[after]', 'page[before]'];

/** The URL of another page: `{root}{path}.json?` the request's parameters without its paging ones, plus `params`. */
export function pageUrlFor(root: string, path: string, query: URLSearchParams): (params: Record<string, string>) => string {
  return (params) => {
    const q = new URLSearchParams(query);
    for (const k of PAGING_PARAMS) q.delete(k);
    for (const [k, v] of Object.entries(params)) q.set(k, v);
    return `${root}${path.endsWith('.json') ? path : `${path}.json`}?${q.toString()}`;
  };
}

export function paginate<T>(items: T[], key: string, query: URLSearchParams, pageUrl: (params: Record<string, string>) => string): Record<string, unknown> {
  const size = query.get('page[size]');
  if (size !== null) {
    const limit = Math.min(Math.max(Number(size) || 100, 1), 100);
    const after = query.get('page[after]');
    const before = query.get('page[before]');
    let start = 0;
    let end = limit;
    if (after) {
      const at = decode(after);
      if (at === undefined) throw new PaginationError('page[after] is not valid');
      start = at + 1;
      end = start + limit;
    } else if (before) {
      // The page of items just before the cursor's item (empty before the first one).
      const at = decode(before);
      if (at === undefined) throw new PaginationError('page[before] is not valid');
      start = Math.max(0, at - limit);
      end = at;
    }
    const page = items.slice(start, end);
    const hasMore = page.length > 0 && start + page.length < items.length;
    const afterCursor = page.length ? encode(start + page.length - 1) : null;
    const beforeCursor = page.length ? encode(start) : null;
    return {
      [key]: page,
      meta: { has_more: hasMore, after_cursor: afterCursor, before_cursor: beforeCursor },
      links: {
        next: afterCursor ? pageUrl({ 'page[size]': String(limit), 'page[after]': afterCursor }) : null,
        prev: beforeCursor ? pageUrl({ 'page[size]': String(limit), 'page[before]': beforeCursor }) : null,
      },
    };
  }
  const perPage = Math.min(Math.max(Number(query.get('per_page')) || 100, 1), 100);
  const pageNumber = Math.max(Number(query.get('page')) || 1, 1);
  const start = (pageNumber - 1) * perPage;
  return {
    [key]: items.slice(start, start + perPage),
    count: items.length,
    next_page: start + perPage < items.length ? pageUrl({ page: String(pageNumber + 1), per_page: String(perPage) }) : null,
    previous_page: pageNumber > 1 ? pageUrl({ page: String(pageNumber - 1), per_page: String(perPage) }) : null,
  };
}
