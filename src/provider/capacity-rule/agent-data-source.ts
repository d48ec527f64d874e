/**
 * data "zendesk_agent": one agent or admin of the account by email or by name (GET /api/v2/users filtered by role
 * [documented: docs/design/zendesk-api.md#groups-and-agents]), so a capacity rule names agents without hard-coded IDs.
 */
import type { DataSource, DataSourceReadRequest, DataSourceReadResponse, Diagnostics, ModelsOf, ObjectValue } from '../../framework';
import { PHASE, Path, decodeModel, providerDataOf } from '../../framework';
import { reportApiError } from '../api-errors';
import { requireSession } from '../require-session';
import { AccountSession } from '../session';
import { type ApiAgent, listAgents } from '../../client/capacity-rules';
import { AGENT_TYPE_NAME, agentDataSourceSchema } from './schema';

type Lookup = typeof agentDataSourceSchema;
type Models = ModelsOf<Lookup>;

/** The agents a lookup matches: by email (case does not matter in an address), else by exact name. */
export function matchingAgents(agents: readonly ApiAgent[], by: { email?: string; name?: string }): ApiAgent[] {
  if (by.email !== undefined) return agents.filter((a) => a.email !== null && a.email.toLowerCase() === by.email!.toLowerCase());
  return agents.filter((a) => a.name === by.name);
}

export class AgentDataSource implements DataSource<Lookup> {
  readonly typeName = AGENT_TYPE_NAME;
  private session?: AccountSession;

  schema(): Lookup {
    return agentDataSourceSchema;
  }

  configure(providerData: unknown, diagnostics: Diagnostics): void {
    this.session = providerDataOf(providerData, AccountSession, diagnostics);
  }

  async read(req: DataSourceReadRequest<Models>, resp: DataSourceReadResponse<Models>): Promise<void> {
    const config = req.config as ObjectValue;
    const email = typeof config.email === 'string' ? config.email : undefined;
    const name = typeof config.name === 'string' ? config.name : undefined;
    if ((email === undefined) === (name === undefined)) {
      resp.diagnostics.addError('Set email or name', 'data "zendesk_agent" looks an agent up by email or by name: set exactly one of them.');
      return;
    }
    const session = requireSession(this.session, resp.diagnostics);
    if (!session) return;
    const by = email !== undefined ? `email "${email}"` : `name "${name}"`;
    try {
      const found = matchingAgents(await listAgents(session.client), { email, name });
      if (found.length !== 1) {
        resp.diagnostics.addAttributeError(
          Path.root(email !== undefined ? 'email' : 'name'),
          found.length === 0 ? 'Agent not found' : 'More than one agent matches',
          found.length === 0
            ? `Account "${session.accountId}" has no agent or admin with the ${by}. Agents are listed in Admin Center > People > Team members.`
            : `Account "${session.accountId}" has ${found.length} agents with the ${by} (IDs ${found.map((a) => a.id).join(', ')}); look the agent up by email instead.`,
        );
        return;
      }
      const agent = found[0];
      const state = { email: agent.email, name: agent.name, id: agent.id, role: agent.role };
      resp.state = decodeModel(agentDataSourceSchema, PHASE.state, state, resp.diagnostics, "the state built from Zendesk's answer") ?? null;
    } catch (err) {
      reportApiError(err, resp.diagnostics, `Looking up the agent with the ${by} in "${session.accountId}"`);
    }
  }
}
