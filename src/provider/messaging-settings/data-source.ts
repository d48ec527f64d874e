import type { DataSource, DataSourceReadRequest, DataSourceReadResponse, Diagnostics, ModelsOf } from '../../framework';
import { PHASE, decodeModel, providerDataOf } from '../../framework';
import { reportApiError } from '../api-errors';
import { requireSession } from '../require-session';
import { AccountSession } from '../session';
import { settingsToAttributes } from './mapping';
import { reportReadProblems } from './write';
import { TYPE_NAME, messagingSettingsDataSourceSchema } from './schema';
import { FACTS } from '../../client/settings-facts';

/** Omnichannel routing on or off, which the data source reports as omnichannel_routing_enabled. */
const ROUTING_ON = FACTS['routing.enabled'];

/** data "zendesk_messaging_settings": the account's current values, read-only. */
type Settings = typeof messagingSettingsDataSourceSchema;
type Models = ModelsOf<Settings>;

export class MessagingSettingsDataSource implements DataSource<Settings> {
  readonly typeName = TYPE_NAME;
  private session?: AccountSession;

  schema(): Settings {
    return messagingSettingsDataSourceSchema;
  }

  configure(providerData: unknown, diagnostics: Diagnostics): void {
    this.session = providerDataOf(providerData, AccountSession, diagnostics);
  }

  async read(_req: DataSourceReadRequest<Models>, resp: DataSourceReadResponse<Models>): Promise<void> {
    const session = requireSession(this.session, resp.diagnostics);
    if (!session) return;
    try {
      const settings = await session.settings();
      const { attributes, problems } = settingsToAttributes(settings);
      reportReadProblems(problems, "Zendesk's answer to GET /api/v2/account/settings", session.accountId, resp.diagnostics);
      if (problems.length > 0) return;
      const routing = settings[ROUTING_ON.section]?.[ROUTING_ON.key];
      const state = { id: session.accountId, ...attributes, omnichannel_routing_enabled: typeof routing === 'boolean' ? routing : null };
      resp.state = decodeModel(messagingSettingsDataSourceSchema, PHASE.state, state, resp.diagnostics, "the state built from Zendesk's answer") ?? null;
    } catch (err) {
      reportApiError(err, resp.diagnostics, `Reading the messaging settings of "${session.accountId}"`);
    }
  }
}
