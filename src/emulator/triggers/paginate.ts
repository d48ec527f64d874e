/**
 * Both pagination modes of Zendesk's list endpoints [DOC pagination page]:
 * cursor (`page[size]`, `page[after]`/`page[before]`, `meta` + `links`) and
 * offset (`page`, `per_page`, `count`/`next_page`/`previous_page`).
 * Cursors here are base64 of the item's position in the list (assumption:
 * real cursors are opaque strings too).
 */
const encode = (index: number) => Buffer.from(`i:${index}`).toString('base64url');
const decode = (cursor: string) => {
  const match = /^i:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match ? Number(match[1]) : undefined;
};

export class PaginationError extends Error {}

export function paginate<T>(items: T[], key: string, query: URLSearchParams, pageUrl: (params: Record<string, string>) => string): Record<string, unknown> {
  const size = query.get('page[size]');
  if (size !== null) {
    const limit = Math.min(Math.max(Number(size) || 100, 1), 100);
    const after = query.get('page[after]');
    const before = query.get('page[before]');
    let start = 0;
    if (after) {
      const at = decode(after);
      if (at === undefined) throw new PaginationError('page[after] is not valid');
      start = at + 1;
    } else if (before) {
      const at = decode(before);
      if (at === undefined) throw new PaginationError('page[before] is not valid');
      start = Math.max(0, at - limit);
    }
    const page = items.slice(start, start + limit);
    const hasMore = start + limit < items.length;
    const afterCursor = page.length ? encode(start + page.length - 1) : null;
    const beforeCursor = page.length ? encode(start) : null;
    return {
      [key]: page,
      meta: { has_more: hasMore, after_cursor: afterCursor, before_cursor: beforeCursor },
      links: {
        next: hasMore && afterCursor ? pageUrl({ 'page[size]': String(limit), 'page[after]': afterCursor }) : null,
        prev: start > 0 && beforeCursor ? pageUrl({ 'page[size]': String(limit), 'page[before]': beforeCursor }) : null,
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
