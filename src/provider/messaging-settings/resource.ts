import { type ObjectValue, valueEquals } from '../../framework';
import type {
  CreateRequest,
  CreateResponse,
  DeleteRequest,
  DeleteResponse,
  Diagnostics,
  ImportStateRequest,
  ImportStateResponse,
  ModifyPlanRequest,
  ModifyPlanResponse,
  PrivateData,
  ReadRequest,
  ReadResponse,
  Resource,
  ModelsOf,
  StateModel,
  UpdateRequest,
  UpdateResponse,
  ValidateConfigRequest,
} from '../../framework';
import { PHASE, decodeModel, providerDataOf } from '../../framework';
import { reportApiError } from '../api-errors';
import { AccountSession } from '../session';
import { requireSession } from '../require-session';
import { defaultsPatchFor, planToPatch, refreshState } from './mapping';
import { reportReadProblems, writeSettings } from './write';
import { checkSameAccount, recordEndpoint, recordedAccount } from '../account-identity';
import { checkConfig, prerequisitesFor, warnIfDormant } from './rules';
import { resetWords } from './attribute-map';
import { TYPE_NAME, messagingSettingsSchema } from './schema';
import { planWithAliases } from './settings-keys';
import { messagingSettingsStateUpgraders } from './state-upgrade';

/** Private-state marker: the next read follows an import and reads every setting. */
const IMPORTED = 'imported';

/**
 * zendesk_messaging_settings: a singleton per account. Create adopts the
 * account's settings and writes the managed ones; destroy retains or resets.
 */
type Settings = typeof messagingSettingsSchema;
/** The resource's typed models (state, plan, config), derived from its schema. */
type Models = ModelsOf<Settings>;

export class MessagingSettingsResource implements Resource<Settings> {
  readonly typeName = TYPE_NAME;
  private session?: AccountSession;

  schema(): Settings {
    return messagingSettingsSchema;
  }

  configure(providerData: unknown, diagnostics: Diagnostics): void {
    this.session = providerDataOf(providerData, AccountSession, diagnostics);
  }

  async create(req: CreateRequest<Models>, resp: CreateResponse<Models>): Promise<void> {
    const session = requireSession(this.session, resp.diagnostics);
    if (!session) return;
    const written = await writeSettings(session, planToPatch(req.plan), req.plan, null, resp.diagnostics);
    // A failed create records nothing: the next plan simply proposes the create again (and adopts what Zendesk holds).
    if (written && !resp.diagnostics.hasError()) {
      resp.state = stateOf({ ...written.state, id: session.accountId }, resp.diagnostics) ?? null;
      recordEndpoint(resp.private, session.account);
    }
  }

  async read(req: ReadRequest<Models>, resp: ReadResponse<Models>): Promise<void> {
    const session = requireSession(this.session, resp.diagnostics);
    if (!session) return;
    if (!this.sameAccount(req.private, req.state, session, resp.diagnostics)) return;
    try {
      const settings = await session.settings();
      const { state, problems } = refreshState(req.state, settings, { everything: req.private[IMPORTED] === true });
      // An answer that does not tell a managed value is an error: the framework then keeps the prior state whole.
      reportReadProblems(problems, "Zendesk's answer to GET /api/v2/account/settings", session.accountId, resp.diagnostics);
      const refreshed = stateOf(state, resp.diagnostics);
      if (!refreshed) return;
      resp.state = refreshed;
      delete resp.private[IMPORTED];
      recordEndpoint(resp.private, session.account); // states from before endpoints were recorded adopt this one
      // Every refresh says when the recorded routing treatment is dormant, so plans and drift reports carry the note.
      warnIfDormant(refreshed.agent_ended_session_routing, prerequisitesFor({}, settings), session.accountId, resp.diagnostics);
    } catch (err) {
      reportApiError(err, resp.diagnostics, `Reading the messaging settings of "${session.accountId}"`);
    }
  }

  async update(req: UpdateRequest<Models>, resp: UpdateResponse<Models>): Promise<void> {
    const session = requireSession(this.session, resp.diagnostics);
    if (!session) return;
    if (!this.sameAccount(req.private, req.state, session, resp.diagnostics)) return;
    const written = await writeSettings(session, planToPatch(req.plan), req.plan, req.state, resp.diagnostics);
    if (!written) return; // prior state stays: nothing is known to have changed
    // What Zendesk holds for each managed attribute (the plan when it kept everything; the prior value where its
    // answer did not tell), so the next plan shows any difference again.
    resp.state = stateOf({ ...written.state, id: req.state.id }, resp.diagnostics) ?? resp.state;
    recordEndpoint(resp.private, session.account);
  }

  async delete(req: DeleteRequest<Models>, resp: DeleteResponse): Promise<void> {
    if (req.state.on_destroy !== 'reset') {
      resp.diagnostics.addWarning(
        'Messaging settings left as they are',
        `on_destroy = "retain": Terraform no longer manages the messaging settings of "${req.state.id}", and they keep ` +
          'their current values in Zendesk. Set on_destroy = "reset" to restore Zendesk\'s defaults on destroy.',
      );
      return;
    }
    const session = requireSession(this.session, resp.diagnostics);
    if (!session) return;
    if (!this.sameAccount(req.private, req.state, session, resp.diagnostics)) return;
    await writeSettings(session, defaultsPatchFor(req.state), null, null, resp.diagnostics);
  }

  async importState(req: ImportStateRequest, resp: ImportStateResponse<Models>): Promise<void> {
    const session = requireSession(this.session, resp.diagnostics);
    if (!session) return;
    if (req.id !== session.accountId) {
      resp.diagnostics.addError(
        'Import ID does not match the provider\'s account',
        `The import ID is the account subdomain. This provider instance manages "${session.accountId}", not ` +
          `"${req.id}": use "${session.accountId}", or the provider alias configured for "${req.id}".`,
      );
      return;
    }
    resp.state = { id: session.accountId, on_destroy: 'retain' };
    resp.private[IMPORTED] = true;
    recordEndpoint(resp.private, session.account);
  }

  /** Version 0 named inactivity.timeout_minutes `timeout`: state-upgrade.ts. */
  stateUpgraders() {
    return messagingSettingsStateUpgraders;
  }

  validateConfig(req: ValidateConfigRequest<Models>, diagnostics: Diagnostics): void {
    checkConfig(req.config, diagnostics);
  }

  async modifyPlan(req: ModifyPlanRequest<Models>, resp: ModifyPlanResponse<Models>): Promise<void> {
    // Also here, not only in read: `terraform plan -refresh=false` plans without reading. A retained destroy only forgets.
    const forgetsOnly = req.plan === null && req.state?.on_destroy !== 'reset';
    if (this.session && req.state && !forgetsOnly && !this.sameAccount(req.private, req.state, this.session, resp.diagnostics)) return;
    if (req.plan === null) {
      if (req.state?.on_destroy === 'reset') {
        resp.diagnostics.addWarning(
          'Destroy will reset messaging settings',
          `on_destroy = "reset": destroying this resource restores Zendesk's defaults in "${req.state.id}" for the ` +
            `settings it manages (${resetWords()}).`,
        );
      }
      return;
    }
    if (req.config) checkConfig(req.config, resp.diagnostics);
    // A configuration may still use inactivity.timeout: the plan carries its value under both names.
    if (req.config) resp.plan = planWithAliases(req.config, req.plan);
    // Dormancy is warned about by the refresh before this plan; here only when the plan creates the resource or
    // changes what decides it, so a plan shows each note once.
    const decisive = ['agent_ended_session_routing', 'agents_can_end_sessions'] as const;
    const changes = req.state === null || decisive.some((name) => !valueEquals(req.plan![name], req.state![name]));
    if (!this.session || !changes || typeof req.config?.agent_ended_session_routing !== 'string') return;
    try {
      const settings = await this.session.settings();
      warnIfDormant(req.plan.agent_ended_session_routing, prerequisitesFor(req.plan, settings), this.session.accountId, resp.diagnostics);
    } catch (err) {
      reportApiError(err, resp.diagnostics, `Reading the messaging settings of "${this.session.accountId}"`);
    }
  }

  /** The id names the account (the subdomain, as imported); the private state holds the endpoint it was written through. */
  private sameAccount(privateData: PrivateData, state: StateModel<Settings>, session: AccountSession, diagnostics: Diagnostics): boolean {
    return checkSameAccount(recordedAccount(privateData, state.id), session.account, 'The messaging settings resource', diagnostics);
  }
}

/** A state built from Zendesk's answer, checked against the model (an error on the attribute when it does not fit). */
function stateOf(value: ObjectValue, diagnostics: Diagnostics): StateModel<Settings> | undefined {
  return decodeModel(messagingSettingsSchema, PHASE.state, value, diagnostics, "the state built from Zendesk's answer");
}
