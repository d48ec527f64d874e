/**
 * data "zendesk_group": one group of the account by its exact name, or by its ID (GET /api/v2/groups and
 * /groups/{id} [documented: docs/design/zendesk-api.md#groups-and-agents]), so a configuration names groups
 * without hard-coded IDs. A name that matches no group says the closest names; one that matches several says their IDs.
 */
import type { DataSource, DataSourceReadRequest, DataSourceReadResponse, Diagnostics, ModelsOf, ObjectValue } from '../../framework';
import { PHASE, Path, decodeModel, providerDataOf } from '../../framework';
import { type ApiGroupDetails, getGroup, listAccountGroups } from '../../client/groups';
import { isApiError, reportApiError } from '../api-errors';
import { requireSession } from '../require-session';
import { AccountSession } from '../session';
import { closest } from '../trigger/suggest';
import { GROUP_TYPE_NAME, groupDataSourceSchema } from './schema';

type Lookup = typeof groupDataSourceSchema;
type Models = ModelsOf<Lookup>;

/** Where a reader finds the account's groups. */
export const GROUPS_PAGE = 'Admin Center > People > Team > Groups';
/** How many names a "not found" message lists at most. */
const LISTED = 20;

/** Why a name matches no group or several, in words; undefined when it matches exactly one. */
export function nameProblem(name: string, groups: readonly ApiGroupDetails[], account: string): { summary: string; detail: string } | undefined {
  const found = groups.filter((g) => g.name === name);
  if (found.length === 1) return undefined;
  if (found.length > 1) {
    const which = found.map((g) => `ID ${g.id}${g.deleted ? ', deleted' : ''}`).join('; ');
    return {
      summary: 'More than one group matches',
      detail: `Account "${account}" has ${found.length} groups named "${name}" (${which}); look the group up by id instead.`,
    };
  }
  const near = closest(name, groups.map((g) => g.name));
  const names = groups.slice(0, LISTED).map((g) => `"${g.name}"`).join(', ');
  return {
    summary: 'Group not found',
    detail:
      `Account "${account}" has no group named "${name}"${near ? `; did you mean "${near}"?` : '.'} Names must match exactly; ` +
      `the account's groups are: ${names || 'none'}${groups.length > LISTED ? `, and ${groups.length - LISTED} more` : ''} (${GROUPS_PAGE}).`,
  };
}

export class GroupDataSource implements DataSource<Lookup> {
  readonly typeName = GROUP_TYPE_NAME;
  private session?: AccountSession;

  schema(): Lookup {
    return groupDataSourceSchema;
  }

  configure(providerData: unknown, diagnostics: Diagnostics): void {
    this.session = providerDataOf(providerData, AccountSession, diagnostics);
  }

  async read(req: DataSourceReadRequest<Models>, resp: DataSourceReadResponse<Models>): Promise<void> {
    const config = req.config as ObjectValue;
    const name = typeof config.name === 'string' ? config.name : undefined;
    const id = config.id === null || config.id === undefined ? undefined : String(config.id);
    if ((name === undefined) === (id === undefined)) {
      resp.diagnostics.addError('Set name or id', 'data "zendesk_group" looks a group up by its name or by its ID: set exactly one of them.');
      return;
    }
    const session = requireSession(this.session, resp.diagnostics);
    if (!session) return;
    const group = id !== undefined ? await this.byId(session, id, resp.diagnostics) : await this.byName(session, name!, resp.diagnostics);
    if (!group) return;
    const state = { name: group.name, id: group.id, description: group.description, default: group.default, deleted: group.deleted };
    resp.state = decodeModel(groupDataSourceSchema, PHASE.state, state, resp.diagnostics, "the state built from Zendesk's answer") ?? null;
  }

  private async byId(session: AccountSession, id: string, diagnostics: Diagnostics): Promise<ApiGroupDetails | undefined> {
    try {
      return await getGroup(session.client, id);
    } catch (err) {
      if (isApiError(err) && err.status === 404) {
        diagnostics.addAttributeError(Path.root('id'), 'Group not found', `Account "${session.accountId}" has no group with the ID ${id}. Its groups are listed in ${GROUPS_PAGE}; look one up by name instead.`);
        return undefined;
      }
      reportApiError(err, diagnostics, `Looking up group ${id} in "${session.accountId}"`);
      return undefined;
    }
  }

  private async byName(session: AccountSession, name: string, diagnostics: Diagnostics): Promise<ApiGroupDetails | undefined> {
    let groups: ApiGroupDetails[];
    try {
      groups = await listAccountGroups(session.client);
    } catch (err) {
      reportApiError(err, diagnostics, `Looking up the group named "${name}" in "${session.accountId}"`);
      return undefined;
    }
    const problem = nameProblem(name, groups, session.accountId);
    if (problem) {
      diagnostics.addAttributeError(Path.root('name'), problem.summary, problem.detail);
      return undefined;
    }
    return groups.find((g) => g.name === name);
  }
}
