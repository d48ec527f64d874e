/**
 * One request whose answer is read by a decoder (answer-shape.ts): the call every object endpoint (capacity rules,
 * queues, routing attributes, groups) makes, so a wrong-shaped answer becomes the same error naming the request,
 * its status and the part that was wrong.
 */
import type { ZendeskClient } from './client';
import { decodeAnswer, list, record, wrongAnswer } from './answer-shape';
import { nextPage } from './paginate';
import type { HttpMethod } from './transport';

/** What the endpoint modules need of a client (tests give a fake one). */
export type AnswerRequestSender = Pick<ZendeskClient, 'requestWithResponse'>;

export async function requestAnswer<T>(
  client: AnswerRequestSender,
  method: HttpMethod,
  path: string,
  read: (body: unknown) => T,
  body?: unknown
): Promise<T> {
  const response = await client.requestWithResponse(
    method,
    path,
    body === undefined ? {} : { body }
  );
  return decodeAnswer(
    response.data,
    { method, path, status: response.status, attempts: response.attempts },
    read
  );
}

/** What a list of every page needs of a client: requests, and the API root that next-page links must stay below. */
export type PageRequestSender = AnswerRequestSender & Pick<ZendeskClient, 'baseUrl'>;

/** Safety stop against a server whose pages never end. */
const MAX_PAGES = 1000;

/**
 * Every item of a paginated list, from `first` (the caller's path, with its page size if the endpoint takes one),
 * each read by `read`: the pages are followed as the client's own `paginate` follows them (paginate.ts nextPage:
 * cursor links, `after_cursor`, offset `next_page`, never a link outside the API root), over the same request and
 * decoder as every other object call, so a page of the wrong shape is the same error naming the request.
 */
export async function requestEveryPage<T>(client: PageRequestSender, first: string, key: string, read: (item: unknown, at: string) => T): Promise<T[]> {
  const items: T[] = [];
  const seen = new Set<string>();
  for (let target = first; ; ) {
    const response = await client.requestWithResponse('GET', target, {});
    const ctx = { method: 'GET', path: target, status: response.status, attempts: response.attempts };
    items.push(...decodeAnswer(response.data, ctx, (b) => list(record(b, 'the answer')[key], key).map((v, i) => read(v, `${key}[${i}]`))));
    seen.add(target);
    const next = nextPage(client.baseUrl, response.data, target);
    if ('done' in next) return items;
    if ('error' in next) return wrongAnswer(ctx, 'links.next', `GET ${target} answered a page of ${key} whose next page cannot be followed: ${next.error}.`);
    if (seen.has(next.path)) return wrongAnswer(ctx, 'links.next', `GET ${target} answered a next-page link to a page of ${key} already read.`);
    if (seen.size >= MAX_PAGES) return wrongAnswer(ctx, 'links.next', `GET ${first} answered more than ${MAX_PAGES} pages of ${key}.`);
    target = next.path;
  }
}
