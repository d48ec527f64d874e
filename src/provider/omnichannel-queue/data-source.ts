/**
 * data "zendesk_omnichannel_queue": one queue of the account by its exact name (GET /api/v2/queues
 * [documented: docs/design/zendesk-api.md#queues]), so a configuration finds a queue made in Admin Center without
 * copying its ULID. When none has the name, the closest names are suggested.
 */
import type { DataSource, DataSourceReadRequest, DataSourceReadResponse, Diagnostics, ModelsOf } from '../../framework';
import { PHASE, Path, decodeModel, providerDataOf } from '../../framework';
import { type ApiQueue, listQueues } from '../../client/queues';
import { reportApiError } from '../api-errors';
import { requireSession } from '../require-session';
import { AccountSession } from '../session';
import { closest } from '../trigger/suggest';
import { valueText } from '../conditions/state';
import { TYPE_NAME, omnichannelQueueDataSourceSchema } from './data-source-schema';

type Lookup = typeof omnichannelQueueDataSourceSchema;
type Models = ModelsOf<Lookup>;

/** Why no single queue has the name, in words; undefined when exactly one has it. */
export function lookupProblem(queues: readonly ApiQueue[], name: string, account: string): string | undefined {
  const found = queues.filter((q) => q.name === name);
  if (found.length === 1) return undefined;
  if (found.length > 1) return `Account "${account}" has ${found.length} queues named "${name}" (IDs ${found.map((q) => q.id).join(', ')}); rename one in Admin Center, or import by ID.`;
  const near = closest(name, queues.map((q) => q.name));
  return `Account "${account}" has no queue named "${name}".${near ? ` Did you mean "${near}"?` : ''} Its queues are listed in Admin Center > Objects and rules > Omnichannel routing > Queues.`;
}

export class OmnichannelQueueDataSource implements DataSource<Lookup> {
  readonly typeName = TYPE_NAME;
  private session?: AccountSession;

  schema(): Lookup {
    return omnichannelQueueDataSourceSchema;
  }

  configure(providerData: unknown, diagnostics: Diagnostics): void {
    this.session = providerDataOf(providerData, AccountSession, diagnostics);
  }

  async read(req: DataSourceReadRequest<Models>, resp: DataSourceReadResponse<Models>): Promise<void> {
    const session = requireSession(this.session, resp.diagnostics);
    if (!session) return;
    const name = String(req.config.name);
    try {
      const queues = await listQueues(session.client);
      const problem = lookupProblem(queues, name, session.accountId);
      if (problem) {
        resp.diagnostics.addAttributeError(Path.root('name'), 'No single queue has the name', problem);
        return;
      }
      const q = queues.find((x) => x.name === name)!;
      const conditions = (list: ApiQueue['definition']['all']) => list.map((c) => ({ field: c.field, operator: c.operator, value: valueText(c.value) }));
      const state = {
        name: q.name,
        id: q.id,
        description: q.description,
        priority: q.priority,
        conditions: { all: conditions(q.definition.all), any: conditions(q.definition.any) },
        primary_group_ids: [...q.primaryGroupIds].sort((a, b) => a - b),
        secondary_group_ids: [...q.secondaryGroupIds].sort((a, b) => a - b),
      };
      resp.state = decodeModel(omnichannelQueueDataSourceSchema, PHASE.state, state, resp.diagnostics, "the state built from Zendesk's answer") ?? null;
    } catch (err) {
      reportApiError(err, resp.diagnostics, `Looking up the queue named "${name}" in "${session.accountId}"`);
    }
  }
}
