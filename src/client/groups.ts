/**
 * The account's groups [documented: docs/design/zendesk-api.md#groups-and-agents]: GET /api/v2/groups (cursor pages
 * by `meta.after_cursor`) and GET /api/v2/groups/{id}, with every answer checked by a decoder before anything reads
 * it, so an answer of another shape becomes a ZendeskResponseError naming the part that was wrong.
 */
import type { ZendeskClient } from './client';
import { WrongShape, kindOf, record, wholeNumber } from './answer-shape';
import { requestAnswer, requestEveryPage } from './request-answer';
import { withQueryParam } from './paginate';

export const GROUPS_PATH = '/api/v2/groups';
export const groupPath = (id: string) => `${GROUPS_PATH}/${encodeURIComponent(id)}`;

/** A group as the API gives it (the keys a configuration may use; timestamps and url left out). */
export interface ApiGroupDetails {
  id: number;
  name: string;
  /** "" when the group has none (as recorded). */
  description: string;
  /** The account's default group: new agents join it. */
  default: boolean;
  deleted: boolean;
}

export type GroupRequestSender = Pick<ZendeskClient, 'requestWithResponse' | 'baseUrl'>;

function group(v: unknown, at: string): ApiGroupDetails {
  const o = record(v, at);
  if (typeof o.name !== 'string') throw new WrongShape(`${at}.name`, `is not a string (got ${kindOf(o.name)})`);
  return {
    id: wholeNumber(o.id, `${at}.id`),
    name: o.name,
    description: typeof o.description === 'string' ? o.description : '',
    default: o.default === true,
    deleted: o.deleted === true,
  };
}

const get = <T>(client: GroupRequestSender, path: string, read: (body: unknown) => T) => requestAnswer(client, 'GET', path, read);

/** One group by its id (a 404 when the account has none). */
export const getGroup = (client: GroupRequestSender, id: string) => get(client, groupPath(id), (b) => group(record(b, 'the answer').group, 'group'));

/** Every group of the account, page by page. */
export const listAccountGroups = (client: GroupRequestSender) =>
  requestEveryPage(client, withQueryParam(GROUPS_PATH, 'page[size]', '100'), 'groups', group);
