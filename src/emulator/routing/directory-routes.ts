/**
 * The groups and agents routing objects refer to, served from the account's directory (directory.ts)
 * [documented and observed: docs/design/zendesk-api.md#groups-and-agents]: GET /api/v2/groups, /groups/{id},
 * GET /api/v2/users (filtered by `role` or `role[]`), /users/{id}. Read only: the directory changes through the
 * control API, as an admin's changes in Admin Center. The first agent is the account's admin, the others agents; the
 * directory has no end users [ASSUMPTION: recorded/routing-assumptions.ts].
 */
import type { AccountState } from '../accounts';
import type { ApiRequest, Route } from '../context';
import type { Named } from '../directory';
import { type Outcome, NOT_FOUND, accountRoot, agentEmail, sendList, sendOutcome } from './common';

/** When the directory's groups and users were made: fixed, as the directory's ids are [ASSUMPTION: recorded/routing-assumptions.ts]. */
const MADE_AT = '2021-05-18T19:00:44Z';

/** A group as recorded (no `is_public`): the first group is the account's default one. */
export function presentGroup(account: AccountState, group: Named, root: string) {
  return { url: `${root}/api/v2/groups/${group.id}.json`, id: group.id, name: group.name, description: '', default: account.directory.groups[0]?.id === group.id, deleted: false, created_at: MADE_AT, updated_at: MADE_AT };
}

const roleOf = (account: AccountState, agent: Named) => (account.directory.agents[0]?.id === agent.id ? 'admin' : 'agent');

/** A user with the keys a recorded agent shows that the emulator knows (salto's myBrand GET /api/v2/users). */
export function presentUser(account: AccountState, agent: Named, root: string) {
  return {
    id: agent.id,
    url: `${root}/api/v2/users/${agent.id}.json`,
    name: agent.name,
    email: agentEmail(account.name, agent.name),
    created_at: MADE_AT,
    updated_at: MADE_AT,
    time_zone: 'America/Los_Angeles',
    iana_time_zone: 'America/Los_Angeles',
    locale: 'en-US',
    locale_id: 1,
    role: roleOf(account, agent),
    verified: true,
    active: true,
    suspended: false,
    restricted_agent: false,
    default_group_id: account.directory.groups[0]?.id ?? null,
  };
}

const account = (r: ApiRequest) => r.store.get(r.account);
const found = (body: Record<string, unknown> | undefined): Outcome => (body ? { status: 200, body } : NOT_FOUND);

function listUsers(r: ApiRequest): void {
  const roles = [...r.query.getAll('role'), ...r.query.getAll('role[]')];
  const a = account(r);
  sendList(r, 'users', a.directory.agents.filter((agent) => !roles.length || roles.includes(roleOf(a, agent))).map((agent) => presentUser(a, agent, accountRoot(r))));
}

export const directoryRoutes: Route[] = [
  { method: 'GET', pattern: /^\/api\/v2\/groups(?:\.json)?$/, handle: (r) => sendList(r, 'groups', account(r).directory.groups.map((g) => presentGroup(account(r), g, accountRoot(r)))) },
  {
    method: 'GET',
    pattern: /^\/api\/v2\/groups\/(\d+)(?:\.json)?$/,
    handle: (r, [id]) => {
      const group = account(r).directory.groups.find((g) => String(g.id) === id);
      sendOutcome(r, found(group && { group: presentGroup(account(r), group, accountRoot(r)) }));
    },
  },
  { method: 'GET', pattern: /^\/api\/v2\/users(?:\.json)?$/, handle: listUsers },
  {
    method: 'GET',
    pattern: /^\/api\/v2\/users\/(\d+)(?:\.json)?$/,
    handle: (r, [id]) => {
      const agent = account(r).directory.agents.find((a) => String(a.id) === id);
      sendOutcome(r, found(agent && { user: presentUser(account(r), agent, accountRoot(r)) }));
    },
  },
];
