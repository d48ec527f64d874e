import type { DataSource, DataSourceReadRequest, DataSourceReadResponse, Diagnostics, ModelsOf } from '../../framework';
import { PHASE, Path, decodeModel, providerDataOf } from '../../framework';
import { reportApiError } from '../api-errors';
import { requireSession } from '../require-session';
import { AccountSession } from '../session';
import { type StatusCategory, listCustomStatuses } from '../../client/custom-statuses';
import { TYPE_NAME, customTicketStatusDataSourceSchema } from './schema';

type Lookup = typeof customTicketStatusDataSourceSchema;
type Models = ModelsOf<Lookup>;

/** data "zendesk_custom_ticket_status": one status by its exact agent label, optionally within one category. */
export class CustomTicketStatusDataSource implements DataSource<Lookup> {
  readonly typeName = TYPE_NAME;
  private session?: AccountSession;

  schema(): Lookup {
    return customTicketStatusDataSourceSchema;
  }

  configure(providerData: unknown, diagnostics: Diagnostics): void {
    this.session = providerDataOf(providerData, AccountSession, diagnostics);
  }

  async read(req: DataSourceReadRequest<Models>, resp: DataSourceReadResponse<Models>): Promise<void> {
    const session = requireSession(this.session, resp.diagnostics);
    if (!session) return;
    const label = req.config.agent_label;
    const category = req.config.status_category ?? undefined;
    const within = category ? ` in the "${category}" category` : '';
    try {
      const statuses = await listCustomStatuses(session.client, category ? [category as StatusCategory] : undefined);
      const found = statuses.filter((s) => s.agent_label === label);
      if (found.length !== 1) {
        const others = statuses.map((s) => `"${s.agent_label}" (${s.status_category})`).slice(0, 20).join(', ');
        resp.diagnostics.addAttributeError(
          Path.root('agent_label'),
          found.length === 0 ? 'Ticket status not found' : 'Ticket status label is not unique',
          found.length === 0
            ? `Account "${session.accountId}" has no ticket status with the agent label "${label}"${within}. Labels must match exactly; ` +
                `the statuses${within} are: ${others || 'none'}.`
            : `Account "${session.accountId}" has ${found.length} ticket statuses labelled "${label}"${within} ` +
                `(${found.map((s) => `ID ${s.id}, ${s.status_category}`).join('; ')}); set status_category to pick one.`,
        );
        return;
      }
      const status = found[0];
      const state = {
        agent_label: label,
        status_category: status.status_category,
        id: String(status.id),
        end_user_label: status.end_user_label ?? status.agent_label,
        description: status.description,
        end_user_description: status.end_user_description,
        active: status.active,
        default: status.default,
      };
      resp.state = decodeModel(customTicketStatusDataSourceSchema, PHASE.state, state, resp.diagnostics, "the state built from Zendesk's answer") ?? null;
    } catch (err) {
      reportApiError(err, resp.diagnostics, `Looking up ticket status "${label}" in "${session.accountId}"`);
    }
  }
}
