/**
 * A singleton resource over some keys of the account settings (zendesk_messaging_settings,
 * zendesk_routing_configuration), written once for all of them: the account is the resource's identity (its id is
 * the subdomain; the private state holds the endpoint it was written through: account-identity.ts), create adopts
 * the account's settings and writes the managed ones, read refreshes them, import takes the subdomain, destroy
 * retains or resets. Each resource gives its schema, its mapping (a tree of its own attribute table), its words and
 * its own rules; hooks add what only it checks (a dormant routing treatment, routing switched off).
 */
import type {
  CreateRequest,
  CreateResponse,
  DeleteRequest,
  DeleteResponse,
  Diagnostics,
  ImportStateRequest,
  ImportStateResponse,
  Models,
  ModelsOf,
  ModifyPlanRequest,
  ModifyPlanResponse,
  ObjectValue,
  PrivateData,
  ReadRequest,
  ReadResponse,
  Resource,
  Schema,
  UpdateRequest,
  UpdateResponse,
  ValidateConfigRequest,
} from '../framework';
import { PHASE, decodeModel, providerDataOf } from '../framework';
import type { AccountSettings, SettingsPatch } from '../client/settings';
import { reportApiError } from './api-errors';
import { checkSameAccount, recordEndpoint, recordedAccount } from './account-identity';
import { reportReadProblems, type SettingsWriter, writeSettings } from './messaging-settings/write';
import { requireSession } from './require-session';
import { AccountSession } from './session';

/** Private-state marker: the next read follows an import and reads every setting. */
const IMPORTED = 'imported';

/** What every such resource's state holds beside its settings. */
interface SingletonState {
  id: string;
  on_destroy?: string | null;
}

export interface AccountSettingsParts {
  /** Reads back and verifies this resource's keys (refreshState, the attribute of each key, "the routing configuration"). */
  writer: SettingsWriter;
  planToPatch(plan: ObjectValue): SettingsPatch;
  defaultsPatchFor(state: ObjectValue): SettingsPatch;
  /** Checks that need only the configuration (unknown values skipped): run by validateConfig, never again by the plan. */
  checkConfig(config: ObjectValue, diagnostics: Diagnostics): void;
  words: {
    /** "The messaging settings resource", in identity errors. */
    resource: string;
    /** A retained destroy's warning: summary and detail for the account. */
    retained: (account: string) => [string, string];
    /** The plan's warning before a resetting destroy: summary and detail for the account. */
    reset: (account: string) => [string, string];
  };
}

export abstract class AccountSettingsResource<S extends Schema, M extends Models = ModelsOf<S>> implements Resource<S, M> {
  abstract readonly typeName: string;
  protected session?: AccountSession;

  constructor(
    private readonly declared: S,
    protected readonly parts: AccountSettingsParts,
  ) {}

  schema(): S {
    return this.declared;
  }

  configure(providerData: unknown, diagnostics: Diagnostics): void {
    this.session = providerDataOf(providerData, AccountSession, diagnostics);
  }

  /** After every refresh, with what Zendesk answered: a resource's own notes (a dormant setting). */
  protected afterRead(_state: M['state'], _settings: AccountSettings, _session: AccountSession, _diagnostics: Diagnostics): void {}

  /** After the shared plan checks of a create or update: a resource's own notes about what the plan does. */
  protected async planned(_req: ModifyPlanRequest<M>, _resp: ModifyPlanResponse<M>, _session: AccountSession | undefined): Promise<void> {}

  async create(req: CreateRequest<M>, resp: CreateResponse<M>): Promise<void> {
    const session = requireSession(this.session, resp.diagnostics);
    if (!session) return;
    const plan = req.plan as ObjectValue;
    const written = await writeSettings(session, this.parts.planToPatch(plan), plan, null, resp.diagnostics, this.parts.writer);
    // A failed create records nothing: the next plan simply proposes the create again (and adopts what Zendesk holds).
    if (written && !resp.diagnostics.hasError()) {
      resp.state = this.stateOf({ ...written.state, id: session.accountId }, resp.diagnostics) ?? null;
      recordEndpoint(resp.private, session.account);
    }
  }

  async read(req: ReadRequest<M>, resp: ReadResponse<M>): Promise<void> {
    const session = requireSession(this.session, resp.diagnostics);
    if (!session) return;
    if (!this.sameAccount(req.private, req.state, session, resp.diagnostics)) return;
    try {
      const settings = await session.settings();
      const { state, problems } = this.parts.writer.refreshState(req.state as ObjectValue, settings, { everything: req.private[IMPORTED] === true });
      // An answer that does not tell a managed value is an error: the framework then keeps the prior state whole.
      reportReadProblems(problems, "Zendesk's answer to GET /api/v2/account/settings", session.accountId, resp.diagnostics);
      const refreshed = this.stateOf(state, resp.diagnostics);
      if (!refreshed) return;
      resp.state = refreshed;
      delete resp.private[IMPORTED];
      recordEndpoint(resp.private, session.account); // states from before endpoints were recorded adopt this one
      this.afterRead(refreshed, settings, session, resp.diagnostics);
    } catch (err) {
      reportApiError(err, resp.diagnostics, `Reading ${this.parts.writer.what} of "${session.accountId}"`);
    }
  }

  async update(req: UpdateRequest<M>, resp: UpdateResponse<M>): Promise<void> {
    const session = requireSession(this.session, resp.diagnostics);
    if (!session) return;
    if (!this.sameAccount(req.private, req.state, session, resp.diagnostics)) return;
    const plan = req.plan as ObjectValue;
    const written = await writeSettings(session, this.parts.planToPatch(plan), plan, req.state as ObjectValue, resp.diagnostics, this.parts.writer);
    if (!written) return; // prior state stays: nothing is known to have changed
    // What Zendesk holds for each managed attribute (the plan when it kept everything; the prior value where its
    // answer did not tell), so the next plan shows any difference again.
    resp.state = this.stateOf({ ...written.state, id: singleton(req.state).id }, resp.diagnostics) ?? resp.state;
    recordEndpoint(resp.private, session.account);
  }

  async delete(req: DeleteRequest<M>, resp: DeleteResponse): Promise<void> {
    const state = singleton(req.state);
    if (state.on_destroy !== 'reset') {
      resp.diagnostics.addWarning(...this.parts.words.retained(state.id));
      return;
    }
    const session = requireSession(this.session, resp.diagnostics);
    if (!session) return;
    if (!this.sameAccount(req.private, req.state, session, resp.diagnostics)) return;
    await writeSettings(session, this.parts.defaultsPatchFor(req.state as ObjectValue), null, null, resp.diagnostics, this.parts.writer);
  }

  async importState(req: ImportStateRequest, resp: ImportStateResponse<M>): Promise<void> {
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
    resp.state = { id: session.accountId, on_destroy: 'retain' } as unknown as Partial<M['state']>;
    resp.private[IMPORTED] = true;
    recordEndpoint(resp.private, session.account);
  }

  /** `terraform validate`, and every plan once its values are known: the configuration's own checks, once per call. */
  validateConfig(req: ValidateConfigRequest<M>, diagnostics: Diagnostics): void {
    this.parts.checkConfig(req.config as ObjectValue, diagnostics);
  }

  async modifyPlan(req: ModifyPlanRequest<M>, resp: ModifyPlanResponse<M>): Promise<void> {
    const state = req.state === null ? null : singleton(req.state);
    // Also here, not only in read: `terraform plan -refresh=false` plans without reading. A retained destroy only forgets.
    const forgetsOnly = req.plan === null && state?.on_destroy !== 'reset';
    if (this.session && req.state && !forgetsOnly && !this.sameAccount(req.private, req.state, this.session, resp.diagnostics)) return;
    if (req.plan === null) {
      if (state?.on_destroy === 'reset') resp.diagnostics.addWarning(...this.parts.words.reset(state.id));
      return;
    }
    // The configuration's own checks run in validateConfig only: Terraform validates each resource's final
    // configuration again just before this plan (docs/design/terraform-plugin.md#configuration-validation-during-plan).
    await this.planned(req, resp, this.session);
  }

  /** The id names the account (the subdomain, as imported); the private state holds the endpoint it was written through. */
  private sameAccount(privateData: PrivateData, state: M['state'], session: AccountSession, diagnostics: Diagnostics): boolean {
    return checkSameAccount(recordedAccount(privateData, singleton(state).id), session.account, this.parts.words.resource, diagnostics);
  }

  /** A state built from Zendesk's answer, checked against the model (an error on the attribute when it does not fit). */
  private stateOf(value: ObjectValue, diagnostics: Diagnostics): M['state'] | undefined {
    return decodeModel(this.declared, PHASE.state, value, diagnostics, "the state built from Zendesk's answer") as M['state'] | undefined;
  }
}

const singleton = (state: unknown) => state as SingletonState;
