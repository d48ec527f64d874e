import type { ObjectValue } from '../../framework';
import { valueEquals } from '../../framework';
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
  ModelsOf,
  Resource,
  StateModel,
  UpdateRequest,
  UpdateResponse,
  ValidateConfigRequest,
} from '../../framework';
import { PHASE, Path, decodeModel, providerDataOf } from '../../framework';
import { checkSameAccount, recordEndpoint, recordedAccount } from '../account-identity';
import { isApiError, reportApiError } from '../api-errors';
import { requireSession } from '../require-session';
import { AccountSession } from '../session';
import type { ApiTrigger } from '../../client/triggers';
import { deleteTrigger, getTrigger, restoreTrigger, updateTrigger } from '../../client/trigger-requests';
import { inspectRules } from './check';
import { createOnce, predictAdoption, settleTimeFor } from './create';
import { DefinitionIndex } from './definitions-index';
import type { TriggerPayload } from './identical';
import { type ResolvedRules, needsDefinitions, rulesOf, triggerPayload, triggerToState, unkept } from './mapping';
import { TYPE_NAME, triggerSchema } from './schema';
import { triggerStateUpgraders } from './state-upgrade';
import { checkTriggerConfig } from './rules';

/** Private-state keys: set by import, the trigger as it was then (for on_destroy = "restore"), and its standard flag. */
const IMPORTED = 'imported';
const ORIGINAL = 'original';
const STANDARD = 'standard';
/** The account the trigger belongs to: a trigger ID means nothing in another account. */
const ACCOUNT = 'account';

/** Attributes only Terraform reads: changing them alone sends nothing to Zendesk. */
const LOCAL_ATTRIBUTES = new Set(['on_destroy', 'adopt_identical']);

const CONDITIONS = Path.root('conditions');

/** zendesk_trigger: full CRUD of a ticket trigger; conditions and actions may name fields by their titles. */
type Trigger = typeof triggerSchema;
/** The resource's typed models (state, plan, config), derived from its schema. */
type Models = ModelsOf<Trigger>;

export class TriggerResource implements Resource<Trigger> {
  readonly typeName = TYPE_NAME;
  private session?: AccountSession;

  schema(): Trigger {
    return triggerSchema;
  }

  configure(providerData: unknown, diagnostics: Diagnostics): void {
    this.session = providerDataOf(providerData, AccountSession, diagnostics);
  }

  async create(req: CreateRequest<Models>, resp: CreateResponse<Models>): Promise<void> {
    const session = requireSession(this.session, resp.diagnostics);
    if (!session) return;
    const checked = await this.inspect(session, req.plan, resp.diagnostics, 'apply');
    if (!checked) return;
    const payload = triggerPayload(req.plan, checked.rules) as unknown as TriggerPayload;
    const options = { adoptIdentical: req.plan.adopt_identical !== false, settleMs: settleTimeFor(session.requestTimeoutMs) };
    const trigger = await createOnce(session, payload, options, resp.diagnostics);
    if (!trigger) return;
    resp.state = this.afterWrite(trigger, req.plan, checked.rules, resp.diagnostics) ?? null;
    resp.private[STANDARD] = trigger.default === true;
    this.recordAccount(resp.private, session);
  }

  async read(req: ReadRequest<Models>, resp: ReadResponse<Models>): Promise<void> {
    const session = requireSession(this.session, resp.diagnostics);
    // Another account: report it and keep the prior state (an error makes the framework return it unchanged).
    if (!session || !this.sameAccount(req.private, session, req.state, resp.diagnostics)) return;
    const id = String(req.state.id);
    try {
      const trigger = await getTrigger(session.client, id);
      const defs = needsDefinitions(rulesOf(req.state)) ? await session.triggerDefinitions() : undefined;
      // State written before adopt_identical existed reads as its default, so upgrading shows no change.
      const refreshed = stateOf({ ...triggerToState(trigger, req.state, defs), adopt_identical: req.state.adopt_identical ?? true }, resp.diagnostics);
      if (!refreshed) return;
      resp.state = refreshed;
      resp.private[STANDARD] = trigger.default === true;
      this.recordAccount(resp.private, session); // states from before accounts were recorded adopt the current one
      if (req.private[IMPORTED]) {
        // Remember the trigger as it was adopted, so on_destroy = "restore" can put it back.
        resp.private[ORIGINAL] = { title: trigger.title, active: trigger.active, description: trigger.description, conditions: trigger.conditions, actions: trigger.actions };
        delete resp.private[IMPORTED];
      }
    } catch (err) {
      if (isApiError(err) && err.status === 404) {
        resp.state = null; // deleted out of band: Terraform forgets it and plans to create it again
        return;
      }
      reportApiError(err, resp.diagnostics, `Reading trigger ${id} in "${session.accountId}"`);
    }
  }

  async update(req: UpdateRequest<Models>, resp: UpdateResponse<Models>): Promise<void> {
    const session = requireSession(this.session, resp.diagnostics);
    if (!session || !this.sameAccount(req.private, session, req.state, resp.diagnostics)) return;
    const id = String(req.state.id);
    if (!changesZendesk(req.plan, req.state)) {
      // Only local attributes changed: the plan is the state (its computed values are kept from state, so known).
      resp.state = stateOf({ ...req.plan, id }, resp.diagnostics) ?? resp.state;
      return;
    }
    const checked = await this.inspect(session, req.plan, resp.diagnostics, 'apply');
    if (!checked) return;
    try {
      // Conditions and actions replace as a whole on every PUT [documented: docs/design/zendesk-api.md#trigger-endpoints], so both always go.
      const trigger = await updateTrigger(session.client, id, triggerPayload(req.plan, checked.rules));
      resp.state = this.afterWrite(trigger, { ...req.plan, id }, checked.rules, resp.diagnostics) ?? resp.state;
      this.recordAccount(resp.private, session);
    } catch (err) {
      reportApiError(err, resp.diagnostics, `Updating trigger ${id} in "${session.accountId}"`);
    }
  }

  async delete(req: DeleteRequest<Models>, resp: DeleteResponse): Promise<void> {
    const mode = req.state.on_destroy;
    const id = String(req.state.id);
    if (leavesZendeskAlone(req.state, req.private)) {
      // Nothing is read or written, so this works whatever account the provider is configured for.
      resp.diagnostics.addWarning(
        'Trigger left as it is',
        `Trigger ${id} ("${req.state.title}") keeps its current definition in Zendesk; Terraform only forgets it` +
          (mode === 'restore' ? ' (on_destroy = "restore", but it was created by Terraform, not imported, so there is nothing to restore).' : '.'),
      );
      return;
    }
    const session = requireSession(this.session, resp.diagnostics);
    if (!session || !this.sameAccount(req.private, session, req.state, resp.diagnostics)) return;
    try {
      if (mode === 'restore') {
        await restoreTrigger(session.client, id, req.private[ORIGINAL]);
        return;
      }
      await deleteTrigger(session.client, id);
    } catch (err) {
      if (isApiError(err) && err.status === 404) return; // already gone
      reportApiError(err, resp.diagnostics, `${mode === 'restore' ? 'Restoring' : 'Deleting'} trigger ${id} in "${session.accountId}"`);
    }
  }

  async importState(req: ImportStateRequest, resp: ImportStateResponse<Models>): Promise<void> {
    if (!/^\d+$/.test(req.id)) {
      resp.diagnostics.addError('Invalid trigger import ID', `The import ID is the numeric trigger ID (see the trigger's URL in Admin Center), got "${req.id}".`);
      return;
    }
    resp.state = { id: req.id, on_destroy: 'delete', adopt_identical: true };
    resp.private[IMPORTED] = true;
    // Imported from the account the provider is configured for now; read checks it from here on.
    if (this.session) this.recordAccount(resp.private, this.session);
  }

  /** Our version 0 and nukosuke/zendesk's states (after terraform state replace-provider): state-upgrade.ts. */
  stateUpgraders() {
    return triggerStateUpgraders;
  }

  validateConfig(req: ValidateConfigRequest<Models>, diagnostics: Diagnostics): void {
    checkTriggerConfig(req.config, diagnostics);
  }

  async modifyPlan(req: ModifyPlanRequest<Models>, resp: ModifyPlanResponse<Models>): Promise<void> {
    const session = this.session;
    if (req.plan === null) {
      if (req.state && session && !leavesZendeskAlone(req.state, req.private) && !this.sameAccount(req.private, session, req.state, resp.diagnostics)) return;
      this.warnAboutDestroy(req.state, req.private, resp.diagnostics);
      return;
    }
    if (!session) return;
    if (req.state && !this.sameAccount(req.private, session, req.state, resp.diagnostics)) return;
    // Nothing will be sent: no check, and no API call for it (drift runs plan every trigger every night).
    if (req.state && valueEquals(req.plan, req.state)) return;
    // Check fields, operators and values now, so a typo fails the plan a reviewer reads rather than the apply.
    const checked = await this.inspect(session, req.plan, resp.diagnostics, 'plan');
    if (checked?.complete && req.state === null && req.plan.adopt_identical !== false && typeof req.plan.title === 'string' && typeof req.plan.active === 'boolean') {
      await predictAdoption(session, triggerPayload(req.plan, checked.rules) as unknown as TriggerPayload, resp.diagnostics);
    }
  }

  private sameAccount(privateData: PrivateData, session: AccountSession, state: ObjectValue, diagnostics: Diagnostics): boolean {
    return checkSameAccount(recordedAccount(privateData, privateData[ACCOUNT]), session.account, `Trigger ${state.id} ("${state.title}")`, diagnostics);
  }

  /** The account's name (what earlier versions compared) and the endpoint the trigger was written or read through. */
  private recordAccount(privateData: PrivateData, session: AccountSession): void {
    privateData[ACCOUNT] = session.accountId;
    recordEndpoint(privateData, session.account);
  }

  private warnAboutDestroy(state: ObjectValue | null, privateData: PrivateData, diagnostics: Diagnostics): void {
    if (!state) return;
    if (state.on_destroy === 'delete' && privateData[STANDARD] === true) {
      diagnostics.addWarning(
        'Destroy will delete a standard Zendesk trigger',
        `Trigger ${state.id} ("${state.title}") is one of Zendesk's standard triggers. Destroying this resource deletes it ` +
          'in Zendesk. Set on_destroy = "restore" to put back the definition it had when it was imported instead.',
      );
    } else if (state.on_destroy === 'restore' && privateData[ORIGINAL]) {
      diagnostics.addWarning(
        'Destroy will restore the trigger',
        `Destroying this resource puts trigger ${state.id} back as it was when it was imported (title, active flag, conditions, actions).`,
      );
    }
  }

  /**
   * Checks the conditions and actions against the account's definitions and
   * resolves titles (check.ts). At plan time a definition that may appear
   * later in the apply is a warning, and warnings are shown only then (apply
   * would repeat them); at apply every problem is an error.
   */
  private async inspect(session: AccountSession, plan: ObjectValue, diagnostics: Diagnostics, phase: 'plan' | 'apply') {
    let defs;
    try {
      defs = await session.triggerDefinitions();
    } catch (err) {
      reportApiError(err, diagnostics, `Reading the trigger definitions of "${session.accountId}"`);
      return undefined;
    }
    const configured = rulesOf(plan);
    const { findings, resolved } = inspectRules(configured, DefinitionIndex.of(defs), session.accountId);
    let errors = 0;
    for (const f of findings) {
      if (f.severity === 'error' && (phase === 'apply' || !f.mayAppearLater)) {
        errors++;
        diagnostics.addAttributeError(f.path, f.summary, f.detail);
      } else if (phase === 'plan') {
        diagnostics.addAttributeWarning(f.path, f.summary, f.mayAppearLater ? `${f.detail} Terraform checks again at apply.` : f.detail);
      }
    }
    if (errors > 0) return undefined;
    const known = [configured.all, configured.any, configured.actions].every((items) => items.every((i) => !i.partlyUnknown));
    return { rules: resolved, complete: known && findings.every((f) => f.severity === 'warning') };
  }

  /** State after a POST/PUT: the plan when Zendesk kept everything, else what Zendesk holds plus an error. */
  private afterWrite(trigger: ApiTrigger, plan: ObjectValue, rules: ResolvedRules, diagnostics: Diagnostics): StateModel<Trigger> | undefined {
    const state: ObjectValue = { ...plan, id: String(trigger.id), category_id: trigger.category_id, position: trigger.position };
    const lost = unkept(rules, trigger);
    if (lost.length === 0 && trigger.title === plan.title && trigger.active === plan.active) return stateOf(state, diagnostics);
    diagnostics.addAttributeError(
      CONDITIONS,
      'Zendesk did not keep the trigger as planned',
      `Zendesk answered trigger ${trigger.id} without: ${lost.join('; ') || 'the planned title or active flag'}. The state now ` +
        'records what Zendesk holds, so the next plan shows the difference; check the values against GET /api/v2/triggers/definitions.',
    );
    return stateOf(triggerToState(trigger, plan, undefined), diagnostics);
  }
}

/** A state built from Zendesk's answer, checked against the model (an error on the attribute when it does not fit). */
function stateOf(value: ObjectValue, diagnostics: Diagnostics): StateModel<Trigger> | undefined {
  return decodeModel(triggerSchema, PHASE.state, value, diagnostics, "the state built from Zendesk's answer");
}

/** Whether a change touches what Zendesk holds (anything but the local attributes). */
function changesZendesk(plan: ObjectValue, state: ObjectValue): boolean {
  return Object.keys(plan).some((name) => !LOCAL_ATTRIBUTES.has(name) && !valueEquals(plan[name] ?? null, state[name] ?? null));
}

/** A destroy that only forgets the trigger: on_destroy = "retain", or "restore" with nothing to restore. */
function leavesZendeskAlone(state: ObjectValue, privateData: PrivateData): boolean {
  return state.on_destroy === 'retain' || (state.on_destroy === 'restore' && !privateData[ORIGINAL]);
}
