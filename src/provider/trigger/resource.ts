import type { ObjectValue } from '../../protocol/tftypes/value';
import { isObjectValue, isWhollyKnown } from '../../protocol/tftypes/value';
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
  Schema,
  UpdateRequest,
  UpdateResponse,
  ValidateConfigRequest,
} from '../../framework';
import { Path } from '../../framework';
import { isApiError, reportApiError } from '../api-errors';
import { requireSession } from '../provider-data';
import type { AccountSession } from '../session';
import { type ApiTrigger, TRIGGERS_PATH, triggerPath } from './api';
import { type ResolvedRules, needsDefinitions, resolveRules, rulesOf, triggerPayload, triggerToState, unkept } from './mapping';
import { ResolutionError } from './resolve';
import { TYPE_NAME, triggerSchema } from './schema';
import { checkTriggerConfig } from './rules';

/** Private-state keys: set by import, the trigger as it was then (for on_destroy = "restore"), and its standard flag. */
const IMPORTED = 'imported';
const ORIGINAL = 'original';
const STANDARD = 'standard';

const CONDITIONS = Path.root('conditions');

/** zendesk_trigger: full CRUD of a ticket trigger; conditions and actions may name fields by their titles. */
export class TriggerResource implements Resource {
  readonly typeName = TYPE_NAME;
  private session?: AccountSession;

  schema(): Schema {
    return triggerSchema;
  }

  configure(providerData: unknown): void {
    this.session = providerData as AccountSession | undefined;
  }

  async create(req: CreateRequest, resp: CreateResponse): Promise<void> {
    const session = requireSession(this.session, resp.diagnostics);
    if (!session) return;
    const rules = await this.resolve(session, req.plan, resp.diagnostics, 'error');
    if (!rules) return;
    try {
      const { trigger } = await session.client.request<{ trigger: ApiTrigger }>('POST', TRIGGERS_PATH, { body: { trigger: triggerPayload(req.plan, rules) } });
      resp.state = this.afterWrite(session, trigger, req.plan, rules, resp.diagnostics);
      resp.private[STANDARD] = trigger.default === true;
    } catch (err) {
      reportApiError(err, resp.diagnostics, `Creating trigger "${req.plan.title}" in "${session.accountId}"`);
    }
  }

  async read(req: ReadRequest, resp: ReadResponse): Promise<void> {
    const session = requireSession(this.session, resp.diagnostics);
    if (!session) return;
    const id = String(req.state.id);
    try {
      const { trigger } = await session.client.request<{ trigger: ApiTrigger }>('GET', triggerPath(id));
      const defs = needsDefinitions(rulesOf(req.state)) ? await session.triggerDefinitions() : undefined;
      resp.state = triggerToState(trigger, req.state, defs, session.accountId);
      resp.private[STANDARD] = trigger.default === true;
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

  async update(req: UpdateRequest, resp: UpdateResponse): Promise<void> {
    const session = requireSession(this.session, resp.diagnostics);
    if (!session) return;
    const rules = await this.resolve(session, req.plan, resp.diagnostics, 'error');
    if (!rules) return;
    const id = String(req.state.id);
    try {
      // Conditions and actions replace as a whole on every PUT [DOC TR-DOC note], so both always go.
      const { trigger } = await session.client.request<{ trigger: ApiTrigger }>('PUT', triggerPath(id), { body: { trigger: triggerPayload(req.plan, rules) } });
      resp.state = this.afterWrite(session, trigger, { ...req.plan, id }, rules, resp.diagnostics);
    } catch (err) {
      reportApiError(err, resp.diagnostics, `Updating trigger ${id} in "${session.accountId}"`);
    }
  }

  async delete(req: DeleteRequest, resp: DeleteResponse): Promise<void> {
    const mode = req.state.on_destroy;
    const id = String(req.state.id);
    if (mode === 'retain' || (mode === 'restore' && !req.private[ORIGINAL])) {
      resp.diagnostics.addWarning(
        'Trigger left as it is',
        `Trigger ${id} ("${req.state.title}") keeps its current definition in Zendesk; Terraform only forgets it` +
          (mode === 'restore' ? ' (on_destroy = "restore", but it was created by Terraform, not imported, so there is nothing to restore).' : '.'),
      );
      return;
    }
    const session = requireSession(this.session, resp.diagnostics);
    if (!session) return;
    try {
      if (mode === 'restore') {
        await session.client.request('PUT', triggerPath(id), { body: { trigger: req.private[ORIGINAL] } });
        return;
      }
      await session.client.request('DELETE', triggerPath(id));
    } catch (err) {
      if (isApiError(err) && err.status === 404) return; // already gone
      reportApiError(err, resp.diagnostics, `${mode === 'restore' ? 'Restoring' : 'Deleting'} trigger ${id} in "${session.accountId}"`);
    }
  }

  async importState(req: ImportStateRequest, resp: ImportStateResponse): Promise<void> {
    if (!/^\d+$/.test(req.id)) {
      resp.diagnostics.addError('Invalid trigger import ID', `The import ID is the numeric trigger ID (see the trigger's URL in Admin Center), got "${req.id}".`);
      return;
    }
    resp.state = { id: req.id, on_destroy: 'delete' };
    resp.private[IMPORTED] = true;
  }

  validateConfig(req: ValidateConfigRequest, diagnostics: Diagnostics): void {
    checkTriggerConfig(req.config, diagnostics);
  }

  async modifyPlan(req: ModifyPlanRequest, resp: ModifyPlanResponse): Promise<void> {
    if (req.plan === null) {
      this.warnAboutDestroy(req.state, req.private, resp.diagnostics);
      return;
    }
    if (!this.session || !isWhollyKnown(req.plan.conditions ?? null) || !isWhollyKnown(req.plan.actions ?? null)) return;
    // Resolve titles now, so a typo fails the plan a reviewer reads rather than the apply.
    await this.resolve(this.session, req.plan, resp.diagnostics, 'plan');
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

  /** Resolves titles (definitions fetched once per run). At plan time, titles that may appear later only warn. */
  private async resolve(session: AccountSession, plan: ObjectValue, diagnostics: Diagnostics, phase: 'plan' | 'error'): Promise<ResolvedRules | undefined> {
    const rules = rulesOf(plan);
    try {
      const defs = needsDefinitions(rules) ? await session.triggerDefinitions() : undefined;
      return resolveRules(rules, defs, session.accountId);
    } catch (err) {
      if (err instanceof ResolutionError) {
        const path = isObjectValue(plan.conditions) ? CONDITIONS : Path.root('actions');
        if (phase === 'plan' && err.mayAppearLater) diagnostics.addAttributeWarning(path, err.summary, `${err.detail} Terraform checks again at apply.`);
        else diagnostics.addAttributeError(path, err.summary, err.detail);
        return undefined;
      }
      reportApiError(err, diagnostics, `Reading the trigger definitions of "${session.accountId}"`);
      return undefined;
    }
  }

  /** State after a POST/PUT: the plan when Zendesk kept everything, else what Zendesk holds plus an error. */
  private afterWrite(session: AccountSession, trigger: ApiTrigger, plan: ObjectValue, rules: ResolvedRules, diagnostics: Diagnostics): ObjectValue {
    const state: ObjectValue = {
      ...plan,
      id: String(trigger.id),
      category_id: trigger.category_id === null || trigger.category_id === undefined ? null : String(trigger.category_id),
      position: trigger.position,
    };
    const lost = unkept(rules, trigger);
    if (lost.length === 0 && trigger.title === plan.title && trigger.active === plan.active) return state;
    diagnostics.addAttributeError(
      CONDITIONS,
      'Zendesk did not keep the trigger as planned',
      `Zendesk answered trigger ${trigger.id} without: ${lost.join('; ') || 'the planned title or active flag'}. The state now ` +
        'records what Zendesk holds, so the next plan shows the difference; check the values against GET /api/v2/triggers/definitions.',
    );
    return triggerToState(trigger, plan, undefined, session.accountId);
  }
}
