import type { DataSource, DataSourceReadRequest, DataSourceReadResponse, Schema } from '../../framework';
import { reportApiError } from '../api-errors';
import { requireSession } from '../require-session';
import type { AccountSession } from '../session';
import { settingsToAttributes } from './mapping';
import { reportReadProblems } from './write';
import { TYPE_NAME, messagingSettingsDataSourceSchema } from './schema';

/** data "zendesk_messaging_settings": the account's current values, read-only. */
export class MessagingSettingsDataSource implements DataSource {
  readonly typeName = TYPE_NAME;
  private session?: AccountSession;

  schema(): Schema {
    return messagingSettingsDataSourceSchema;
  }

  configure(providerData: unknown): void {
    this.session = providerData as AccountSession | undefined;
  }

  async read(_req: DataSourceReadRequest, resp: DataSourceReadResponse): Promise<void> {
    const session = requireSession(this.session, resp.diagnostics);
    if (!session) return;
    try {
      const settings = await session.settings();
      const { attributes, problems } = settingsToAttributes(settings);
      reportReadProblems(problems, "Zendesk's answer to GET /api/v2/account/settings", session.accountId, resp.diagnostics);
      if (problems.length > 0) return;
      const routing = (settings.routing as Record<string, unknown> | undefined)?.enabled;
      resp.state = { id: session.accountId, ...attributes, omnichannel_routing_enabled: typeof routing === 'boolean' ? routing : null };
    } catch (err) {
      reportApiError(err, resp.diagnostics, `Reading the messaging settings of "${session.accountId}"`);
    }
  }
}
