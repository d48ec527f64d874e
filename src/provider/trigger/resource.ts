import type { ObjectValue } from '../../framework';
import { valueEquals } from '../../framework';
import type {
  CreateRequest,
  CreateResponse,
  DeleteRequest,
  DeleteResponse,
  Diagnostics,
  ModelsOf,
  ModifyPlanRequest,
  ModifyPlanResponse,
  PrivateData,
  ReadRequest,
  ReadResponse,
  StateModel,
  UpdateRequest,
  UpdateResponse,
  ValidateConfigRequest,
} from '../../framework';
import { PHASE, Path, decodeModel } from '../../framework';
import { reportApiError } from '../api-errors';
import { type ObjectCalls, type ObjectWords, type WriteAction, ZendeskObjectResource } from '../object-resource';
import { requireSession } from '../require-session';
import type { AccountSession } from '../session';
import type { ApiTrigger, TriggerDefinitions } from '../../client/triggers';
import { createTrigger, deleteTrigger, getTrigger, restoreTrigger, updateTrigger } from '../../client/trigger-requests';
import { inspectRules } from './check';
import { createOnce, predictAdoption, settleTimeFor } from './create';
import { DefinitionIndex } from './definitions-index';
import type { TriggerPayload } from './identical';
import { type ResolvedRules, inZendeskOrder, needsDefinitions, rulesOf, triggerPayload, triggerToState, unkept } from './mapping';
import { TYPE_NAME, triggerSchema } from './schema';
import { triggerStateUpgraders } from './state-upgrade';
import { checkTriggerConfig } from './rules';

/** Private-state keys: set by import, the trigger as it was then (for on_destroy = "restore"), and its standard flag. */
const IMPORTED = 'imported';
const ORIGINAL = 'original';
const STANDARD = 'standard';

/** Attributes only Terraform reads: changing them alone sends nothing to Zendesk. */
const LOCAL_ATTRIBUTES = new Set(['on_destroy', 'adopt_identical']);

const CONDITIONS = Path.root('conditions');

type Trigger = typeof triggerSchema;
/** The resource's typed models (state, plan, config), derived from its schema. */
type Models = ModelsOf<Trigger>;

const WORDS: ObjectWords = {
  noun: 'trigger',
  labelAttribute: 'title',
  importId: { pattern: /^\d+$/, expected: "the numeric trigger ID (see the trigger's URL in Admin Center)" },
};

/**
 * zendesk_trigger: full CRUD of a ticket trigger by its id on the shared base (object-resource.ts: session, account
 * identity, 404s, import id, error context); conditions and actions may name fields by their titles, checked and
 * resolved against the account's definitions (check.ts). Its own parts: a create that adopts an identical trigger
 * rather than duplicate it (create.ts), changes of local attributes that send nothing, and on_destroy (delete,
 * retain, or restore the trigger as it was imported).
 */
export class TriggerResource extends ZendeskObjectResource<Trigger, ApiTrigger, Record<string, unknown>> {
  readonly typeName = TYPE_NAME;
  protected readonly words = WORDS;
  protected override deleteVerb = 'Deleting';
  /** The base reads and writes through these; the definitions come with a read when the state names titles. */
  protected readonly calls: ObjectCalls<ApiTrigger, Record<string, unknown>> = {
    get: async (client, id) => {
      const trigger = await getTrigger(client, id);
      this.definitions = this.readsTitles && this.session ? await this.session.triggerDefinitions() : undefined;
      return trigger;
    },
    create: createTrigger,
    update: updateTrigger,
    delete: deleteTrigger,
  };

  // What one RPC carries between the base's steps (the framework makes an instance per RPC).
  private readsTitles = false;
  private definitions?: TriggerDefinitions;
  private readAnswer?: ApiTrigger;
  private resolved?: ResolvedRules;
  private lost: string[] = [];
  private localOnly = false;

  schema(): Trigger {
    return triggerSchema;
  }

  /** Our version 0 and nukosuke/zendesk's states (after terraform state replace-provider), and list-shaped conditions: state-upgrade.ts. */
  stateUpgraders() {
    return triggerStateUpgraders;
  }

  validateConfig(req: ValidateConfigRequest<Models>, diagnostics: Diagnostics): void {
    checkTriggerConfig(req.config, diagnostics);
  }

  /** A create that never duplicates: it adopts an identical trigger, also one an earlier failed POST left (create.ts). */
  override async create(req: CreateRequest<Models>, resp: CreateResponse<Models>): Promise<void> {
    const session = requireSession(this.session, resp.diagnostics);
    if (!session) return;
    const payload = await this.payload(req.plan, 'create', session, resp.diagnostics);
    if (!payload) return;
    const options = { adoptIdentical: req.plan.adopt_identical !== false, settleMs: settleTimeFor(session.requestTimeoutMs) };
    const trigger = await createOnce(session, payload as unknown as TriggerPayload, options, resp.diagnostics);
    if (!trigger) return;
    resp.state = (this.afterWrite(trigger, req.plan, resp.diagnostics) ?? null) as CreateResponse<Models>['state'];
    this.record(resp.private, session, trigger);
  }

  override async read(req: ReadRequest<Models>, resp: ReadResponse<Models>): Promise<void> {
    this.readsTitles = needsDefinitions(rulesOf(req.state));
    await super.read(req, resp);
    if (this.readAnswer && req.private[IMPORTED]) {
      // Remember the trigger as it was adopted, so on_destroy = "restore" can put it back.
      const { title, active, description, conditions, actions } = this.readAnswer;
      resp.private[ORIGINAL] = { title, active, description, conditions, actions };
      delete resp.private[IMPORTED];
    }
  }

  override async update(req: UpdateRequest<Models>, resp: UpdateResponse<Models>): Promise<void> {
    this.localOnly = !changesZendesk(req.plan, req.state);
    await super.update(req, resp);
    // Only local attributes changed (payload sent nothing): the plan is the state (its computed values are kept from state, so known).
    if (this.localOnly && !resp.diagnostics.hasError()) resp.state = stateOf({ ...req.plan, id: String(req.state.id) }, resp.diagnostics) ?? resp.state;
  }

  override async delete(req: DeleteRequest<Models>, resp: DeleteResponse): Promise<void> {
    if (leavesZendeskAlone(req.state, req.private)) {
      // Nothing is read or written, so this works whatever account the provider is configured for.
      resp.diagnostics.addWarning(
        'Trigger left as it is',
        `Trigger ${req.state.id} ("${req.state.title}") keeps its current definition in Zendesk; Terraform only forgets it` +
          (req.state.on_destroy === 'restore' ? ' (on_destroy = "restore", but it was created by Terraform, not imported, so there is nothing to restore).' : '.'),
      );
      return;
    }
    if (req.state.on_destroy === 'restore') this.deleteVerb = 'Restoring';
    await super.delete(req, resp);
  }

  override async modifyPlan(req: ModifyPlanRequest<Models>, resp: ModifyPlanResponse<Models>): Promise<void> {
    // A destroy that only forgets the trigger reads and writes nothing: whatever the account.
    if (req.plan === null && req.state && leavesZendeskAlone(req.state, req.private)) return;
    await super.modifyPlan(req, resp);
  }

  protected override async checkPlan(req: ModifyPlanRequest<Models>, resp: ModifyPlanResponse<Models>, session: AccountSession | undefined): Promise<void> {
    if (req.plan === null) {
      this.warnAboutDestroy(req.state, req.private, resp.diagnostics);
      return;
    }
    if (!session) return;
    // Nothing will be sent: no check, and no API call for it (drift runs plan every trigger every night).
    if (req.state && valueEquals(req.plan, req.state)) return;
    // Check fields, operators and values now, so a typo fails the plan a reviewer reads rather than the apply.
    const checked = await this.inspect(session, req.plan, resp.diagnostics, 'plan');
    if (checked?.complete && req.state === null && req.plan.adopt_identical !== false && typeof req.plan.title === 'string' && typeof req.plan.active === 'boolean') {
      await predictAdoption(session, triggerPayload(req.plan, checked.rules) as unknown as TriggerPayload, resp.diagnostics);
    }
  }

  /** Checked and resolved conditions and actions (undefined: an error says why); nothing when only local attributes change. */
  protected async payload(plan: ObjectValue, action: WriteAction, session: AccountSession, diagnostics: Diagnostics): Promise<Record<string, unknown> | undefined> {
    if (action === 'update' && this.localOnly) return undefined;
    const checked = await this.inspect(session, plan, diagnostics, 'apply');
    if (!checked) return undefined;
    this.resolved = action === 'update' ? await this.keepingZendeskOrder(session, String(plan.id), checked.rules) : checked.rules;
    // Conditions and actions replace as a whole on every PUT [documented: docs/design/zendesk-api.md#trigger-endpoints], so both always go.
    return triggerPayload(plan, this.resolved);
  }

  /**
   * The conditions in the order Zendesk holds them now, new ones last (mapping.ts inZendeskOrder): one GET before the
   * PUT. The order is only how Admin Center lists them, so when the GET fails the PUT goes in Terraform's order and
   * says nothing here (the PUT reports any real problem).
   */
  private async keepingZendeskOrder(session: AccountSession, id: string, rules: ResolvedRules): Promise<ResolvedRules> {
    try {
      return inZendeskOrder(rules, (await getTrigger(session.client, id)).conditions);
    } catch {
      return rules;
    }
  }

  /**
   * After a read, Zendesk's trigger in the configuration's spelling (mapping.ts); after a write, the plan when
   * Zendesk kept everything, else what Zendesk holds (and `lost` says what it did not keep).
   */
  protected toState(trigger: ApiTrigger, prior: ObjectValue): ObjectValue {
    if (this.resolved === undefined) {
      // State written before adopt_identical existed reads as its default, so upgrading shows no change.
      return { ...triggerToState(trigger, prior, this.definitions), adopt_identical: prior.adopt_identical ?? true };
    }
    this.lost = unkept(this.resolved, trigger);
    if (trigger.title !== prior.title || trigger.active !== prior.active) this.lost.push('the planned title or active flag');
    if (this.lost.length === 0) return { ...prior, id: String(trigger.id), category_id: trigger.category_id, position: trigger.position };
    return triggerToState(trigger, prior, undefined);
  }

  protected unkept(): string[] {
    return this.lost;
  }

  /** Conditions and actions are what a write may lose; the answer's values are checked against the definitions. */
  protected override unkeptAt(): Path {
    return CONDITIONS;
  }

  /** Called once a read's state is built: the answer a first read after import remembers (read). */
  protected override onRead(trigger: ApiTrigger): void {
    this.readAnswer = trigger;
  }

  protected override privateFrom(trigger: ApiTrigger): PrivateData {
    return { [STANDARD]: trigger.default === true };
  }

  protected override importedState(id: string, privateData: PrivateData): ObjectValue {
    privateData[IMPORTED] = true;
    return { id, on_destroy: 'delete', adopt_identical: true };
  }

  protected override async deleteObject(session: AccountSession, state: ObjectValue, privateData: PrivateData, diagnostics: Diagnostics): Promise<void> {
    if (state.on_destroy === 'restore') await restoreTrigger(session.client, String(state.id), privateData[ORIGINAL]);
    else await super.deleteObject(session, state, privateData, diagnostics);
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
}

/** A state built from the plan, checked against the model (an error on the attribute when it does not fit). */
function stateOf(value: ObjectValue, diagnostics: Diagnostics): StateModel<Trigger> | undefined {
  return decodeModel(triggerSchema, PHASE.state, value, diagnostics, 'the planned state');
}

/** Whether a change touches what Zendesk holds (anything but the local attributes). */
function changesZendesk(plan: ObjectValue, state: ObjectValue): boolean {
  return Object.keys(plan).some((name) => !LOCAL_ATTRIBUTES.has(name) && !valueEquals(plan[name] ?? null, state[name] ?? null));
}

/** A destroy that only forgets the trigger: on_destroy = "retain", or "restore" with nothing to restore. */
function leavesZendeskAlone(state: ObjectValue, privateData: PrivateData): boolean {
  return state.on_destroy === 'retain' || (state.on_destroy === 'restore' && !privateData[ORIGINAL]);
}
