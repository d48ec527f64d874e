/**
 * The account's groups [documented: docs/design/zendesk-api.md#groups-and-agents]: GET /api/v2/groups (cursor pages
 * by `meta.after_cursor`) and GET /api/v2/groups/{id}, with every answer checked by a decoder before anything reads
 * it, so an answer of another shape becomes a ZendeskResponseError naming the part that was wrong.
 */
import type { ZendeskClient } from './client';
import { WrongShape, isRecord, kindOf, list, record, wholeNumber } from './answer-shape';
import { requestAnswer } from './request-answer';
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

export type GroupRequestSender = Pick<ZendeskClient, 'requestWithResponse'>;

/** Safety stop against a server that never says "no more". */
const MAX_GROUP_PAGES = 1000;

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

/** Every group of the account, following cursor pages. */
export async function listAccountGroups(client: GroupRequestSender): Promise<ApiGroupDetails[]> {
  const groups: ApiGroupDetails[] = [];
  let path = withQueryParam(GROUPS_PATH, 'page[size]', '100');
  for (let page = 0; page < MAX_GROUP_PAGES; page++) {
    const answer = await get(client, path, (b) => {
      const o = record(b, 'the answer');
      const meta = isRecord(o.meta) ? o.meta : {};
      return {
        groups: list(o.groups, 'groups').map((g, i) => group(g, `groups[${i}]`)),
        after: meta.has_more === true && typeof meta.after_cursor === 'string' && meta.after_cursor ? meta.after_cursor : undefined,
      };
    });
    groups.push(...answer.groups);
    if (!answer.after) return groups;
    path = withQueryParam(path, 'page[after]', answer.after);
  }
  return groups;
}
