/**
 * Cursor pagination [documented: docs/design/zendesk-api.md#pagination]: a page answers
 * `meta.has_more` and `links.next`. Offset pages (`next_page`) are followed too,
 * for endpoints that only have those (e.g. /triggers/search).
 *
 * Links are absolute URLs; they are followed only when they lie below the
 * client's API root, so a credential is never sent to another host.
 */

export const DEFAULT_PAGE_SIZE = 100;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An absolute link → the path (with query) below `root`, or undefined when it points elsewhere. */
export function pathBelowRoot(root: string, link: string): string | undefined {
  let url: URL;
  let base: URL;
  try {
    url = new URL(link, `${root}/`);
    base = new URL(root);
  } catch {
    return undefined;
  }
  if (url.origin !== base.origin) return undefined;
  const prefix = base.pathname.replace(/\/+$/, '');
  if (prefix && url.pathname !== prefix && !url.pathname.startsWith(`${prefix}/`)) return undefined;
  const rest = url.pathname.slice(prefix.length) || '/';
  return `${rest}${url.search}`;
}

export type NextPage = { path: string } | { done: true } | { error: string };

/** Where the next page is, given the page just read and the path it was read from. */
export function nextPage(root: string, page: unknown, currentPath: string): NextPage {
  if (!isRecord(page)) return { done: true };
  const meta = isRecord(page.meta) ? page.meta : undefined;
  const links = isRecord(page.links) ? page.links : undefined;
  if (meta && typeof meta.has_more === 'boolean') {
    if (!meta.has_more) return { done: true };
    if (typeof links?.next === 'string' && links.next) {
      const path = pathBelowRoot(root, links.next);
      if (path) return { path };
    }
    // No usable link (or one to another host): build it from the cursor on our own path.
    if (typeof meta.after_cursor === 'string' && meta.after_cursor) return { path: withQueryParam(currentPath, 'page[after]', meta.after_cursor) };
    return { error: 'the page says has_more but gives no next link or after_cursor below the API root' };
  }
  if (typeof page.next_page === 'string' && page.next_page) {
    const path = pathBelowRoot(root, page.next_page);
    return path ? { path } : { error: 'next_page points outside the API root' };
  }
  return { done: true };
}

export function withQueryParam(path: string, key: string, value: string): string {
  const [base, query = ''] = path.split(/\?(.*)/s, 2);
  const params = new URLSearchParams(query);
  params.set(key, value);
  return `${base}?${params.toString()}`;
}
