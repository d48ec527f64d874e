import type {
  CreateRequest,
  CreateResponse,
  DeleteRequest,
  DeleteResponse,
  Diagnostics,
  ImportStateRequest,
  ImportStateResponse,
  ModelsOf,
  ModifyPlanRequest,
  ModifyPlanResponse,
  ObjectValue,
  PrivateData,
  ReadRequest,
  ReadResponse,
  Resource,
  StateModel,
  UpdateRequest,
  UpdateResponse,
  ValidateConfigRequest,
} from '../../framework';
import { PHASE, decodeModel, providerDataOf } from '../../framework';
import { checkSameAccount, recordEndpoint, recordedAccount } from '../account-identity';
import { reportApiError } from '../api-errors';
import { reportReadProblems, writeSettings } from '../messaging-settings/write';
import { requireSession } from '../require-session';
import { AccountSession } from '../session';
import { resetWords } from './attribute-map';
import { ROUTING_WRITER, defaultsPatchFor, planToPatch, refreshState } from './mapping';
import { checkConfig, warnIfRoutingOff } from './rules';
import { TYPE_NAME, routingConfigurationSchema } from './schema';

/** Private-state marker: the next read follows an import and reads every setting. */
const IMPORTED = 'imported';

type Settings = typeof routingConfigurationSchema;
type Models = ModelsOf<Settings>;

/**
 * zendesk_routing_configuration: a singleton per account, as zendesk_messaging_settings is (the same account
 * identity, adoption on create, import by subdomain, unset = unmanaged, retain or reset on destroy), over its own
 * keys of settings.routing.
 */
export class RoutingConfigurationResource implements Resource<Settings> {
  readonly typeName = TYPE_NAME;
  private session?: AccountSession;

  schema(): Settings {
    return routingConfigurationSchema;
  }

  configure(providerData: unknown, diagnostics: Diagnostics): void {
    this.session = providerDataOf(providerData, AccountSession, diagnostics);
  }

  async create(req: CreateRequest<Models>, resp: CreateResponse<Models>): Promise<void> {
    const session = requireSession(this.session, resp.diagnostics);
    if (!session) return;
    const written = await writeSettings(session, planToPatch(req.plan), req.plan, null, resp.diagnostics, ROUTING_WRITER);
    // A failed create records nothing: the next plan proposes the create again (and adopts what Zendesk holds).
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
      recordEndpoint(resp.private, session.account);
    } catch (err) {
      reportApiError(err, resp.diagnostics, `Reading the routing configuration of "${session.accountId}"`);
    }
  }

  async update(req: UpdateRequest<Models>, resp: UpdateResponse<Models>): Promise<void> {
    const session = requireSession(this.session, resp.diagnostics);
    if (!session) return;
    if (!this.sameAccount(req.private, req.state, session, resp.diagnostics)) return;
    const written = await writeSettings(session, planToPatch(req.plan), req.plan, req.state, resp.diagnostics, ROUTING_WRITER);
    if (!written) return; // prior state stays: nothing is known to have changed
    resp.state = stateOf({ ...written.state, id: req.state.id }, resp.diagnostics) ?? resp.state;
    recordEndpoint(resp.private, session.account);
  }

  async delete(req: DeleteRequest<Models>, resp: DeleteResponse): Promise<void> {
    if (req.state.on_destroy !== 'reset') {
      resp.diagnostics.addWarning(
        'Routing configuration left as it is',
        `on_destroy = "retain": Terraform no longer manages the routing configuration of "${req.state.id}", and it keeps ` +
          'its current values in Zendesk. Set on_destroy = "reset" to restore Zendesk\'s documented defaults on destroy.',
      );
      return;
    }
    const session = requireSession(this.session, resp.diagnostics);
    if (!session) return;
    if (!this.sameAccount(req.private, req.state, session, resp.diagnostics)) return;
    await writeSettings(session, defaultsPatchFor(req.state), null, null, resp.diagnostics, ROUTING_WRITER);
  }

  async importState(req: ImportStateRequest, resp: ImportStateResponse<Models>): Promise<void> {
    const session = requireSession(this.session, resp.diagnostics);
    if (!session) return;
    if (req.id !== session.accountId) {
      resp.diagnostics.addError(
        "Import ID does not match the provider's account",
        `The import ID is the account subdomain. This provider instance manages "${session.accountId}", not ` +
          `"${req.id}": use "${session.accountId}", or the provider alias configured for "${req.id}".`,
      );
      return;
    }
    resp.state = { id: session.accountId, on_destroy: 'retain' };
    resp.private[IMPORTED] = true;
    recordEndpoint(resp.private, session.account);
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
          'Destroy will reset the routing configuration',
          `on_destroy = "reset": destroying this resource restores Zendesk's documented defaults in "${req.state.id}" for ` +
            `the settings it manages (${resetWords()}); the observed settings are left as they are.`,
        );
      }
      return;
    }
    if (req.config) checkConfig(req.config, resp.diagnostics);
    // Routing turned off by this plan (created off, or switched off): say what stops taking effect, once.
    if (!this.session || req.plan.enabled !== false || req.state?.enabled === false) return;
    try {
      warnIfRoutingOff(req.plan.enabled, await this.session.settings(), this.session.accountId, resp.diagnostics);
    } catch (err) {
      reportApiError(err, resp.diagnostics, `Reading the routing configuration of "${this.session.accountId}"`);
    }
  }

  /** The id names the account (the subdomain, as imported); the private state holds the endpoint it was written through. */
  private sameAccount(privateData: PrivateData, state: StateModel<Settings>, session: AccountSession, diagnostics: Diagnostics): boolean {
    return checkSameAccount(recordedAccount(privateData, state.id), session.account, 'The routing configuration resource', diagnostics);
  }
}

/** A state built from Zendesk's answer, checked against the model (an error on the attribute when it does not fit). */
function stateOf(value: ObjectValue, diagnostics: Diagnostics): StateModel<Settings> | undefined {
  return decodeModel(routingConfigurationSchema, PHASE.state, value, diagnostics, "the state built from Zendesk's answer");
}
