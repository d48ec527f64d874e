/**
 * ZendeskObjectResource: the shared base of a resource that manages one Zendesk object by its id (a capacity rule,
 * a custom ticket status, …), in the manner of terraform-plugin-framework's resource interfaces. The base does what
 * every such resource does the same way:
 *  - the session from configure (an unconfigured provider explains itself instead of crashing: require-session.ts);
 *  - the account as identity: the account and endpoint are recorded in private state on create, read, update and
 *    import, and every read, update, delete and plan refuses an object of another account (account-identity.ts);
 *  - a 404 on read removes the object from state (Terraform plans to create it again), a 404 on delete is "already gone";
 *  - import id validation, and the account recorded at import;
 *  - API errors as diagnostics saying what was being done: `<Verb> <noun> <id> ("<label>") in "<account>"`;
 *  - after a create or update, the state is what Zendesk answered, with an error naming what it did not keep.
 *
 * To build a resource on it, extend it and supply (see capacity-rule/resource.ts for a full one):
 *  - `typeName`, `schema()`, and `words`: the noun ("capacity rule"), the attribute that names an object in
 *    messages, and the import id rule (a pattern and what it expects, in words);
 *  - `calls`: the client calls get/create/update/delete of src/client/<thing>.ts;
 *  - the mapping: `payload(plan, action)` (what a create or update sends; may be async and check the plan against
 *    the account, returning undefined after reporting why nothing is sent), `toState(answer, prior)` (the state of
 *    Zendesk's answer, given the prior state or plan so server-filled values never read as a change), and
 *    `unkept(plan, state)` (what a write did not keep of the plan, in words);
 * and override the hooks it needs: `validateConfig`, `checkPlan` (plan-time checks and warnings, called once the
 * object is known to be of the configured account), `onRead` (warnings about what a read shows), `privateFrom`
 * (private-state extras from an answer), `importedState`, `deleteObject` (a delete that is not a DELETE, such as a
 * deactivation), `deleteRefused` (explain a refusal the generic message would not), `reportFailure` (a failed
 * call in the object's own words, e.g. a plan's refusal), `unkeptAt` (the attribute an unkept-plan error points at).
 */
import type { ObjectValue, Value } from '../framework';
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
  PrivateData,
  ReadRequest,
  ReadResponse,
  Resource,
  Schema,
  UpdateRequest,
  UpdateResponse,
} from '../framework';
import { PHASE, Path, decodeModel, providerDataOf } from '../framework';
import { checkSameAccount, recordEndpoint, recordedAccount } from './account-identity';
import { isApiError, reportApiError } from './api-errors';
import { requireSession } from './require-session';
import { AccountSession, type ZendeskAdminClient } from './session';

/** Private-state key of the account an object belongs to: an id means nothing in another account. */
export const ACCOUNT_KEY = 'account';

/** The client calls of one kind of object (src/client/<thing>.ts), answers already decoded. */
export interface ObjectCalls<Answer, Payload> {
  get(client: ZendeskAdminClient, id: string): Promise<Answer>;
  create(client: ZendeskAdminClient, payload: Payload): Promise<Answer>;
  update(client: ZendeskAdminClient, id: string, payload: Payload): Promise<Answer>;
  delete(client: ZendeskAdminClient, id: string): Promise<void>;
}

/** How messages name the object, and what an import id looks like. */
export interface ObjectWords {
  /** Lowercase, as in "Reading capacity rule 5": the messages capitalise it where a sentence starts. */
  readonly noun: string;
  /** The attribute whose value names an object in messages (`Capacity rule 5 ("Night shift")`). */
  readonly labelAttribute: string;
  readonly importId: { readonly pattern: RegExp; /** Completes "The import ID is …". */ readonly expected: string };
}

export type WriteAction = 'create' | 'update';

export abstract class ZendeskObjectResource<S extends Schema, Answer, Payload> implements Resource<S> {
  abstract readonly typeName: string;
  abstract schema(): S;
  protected abstract readonly words: ObjectWords;
  protected abstract readonly calls: ObjectCalls<Answer, Payload>;
  /** What a create or update sends; undefined when nothing may be sent (the hook has reported why). */
  protected abstract payload(plan: ObjectValue, action: WriteAction, session: AccountSession, diagnostics: Diagnostics): Payload | undefined | Promise<Payload | undefined>;
  /** The state of an object Zendesk answered, given the prior state (read) or the plan (write). */
  protected abstract toState(answer: Answer, prior: ObjectValue): ObjectValue;
  /** What a write did not keep of the plan's known values, in words; empty when Zendesk kept everything. */
  protected abstract unkept(plan: ObjectValue, state: ObjectValue): string[];

  protected session?: AccountSession;

  configure(providerData: unknown, diagnostics: Diagnostics): void {
    this.session = providerDataOf(providerData, AccountSession, diagnostics);
  }

  async create(req: CreateRequest<ModelsOf<S>>, resp: CreateResponse<ModelsOf<S>>): Promise<void> {
    const session = requireSession(this.session, resp.diagnostics);
    if (!session) return;
    const plan = req.plan as ObjectValue;
    try {
      const payload = await this.payload(plan, 'create', session, resp.diagnostics);
      if (payload === undefined) return;
      const answer = await this.calls.create(session.client, payload);
      resp.state = (this.afterWrite(answer, plan, resp.diagnostics) ?? null) as CreateResponse<ModelsOf<S>>['state'];
      this.record(resp.private, session, answer);
    } catch (err) {
      this.reportFailure(err, resp.diagnostics, `Creating ${this.words.noun} "${String(plan[this.words.labelAttribute])}" in "${session.accountId}"`);
    }
  }

  async read(req: ReadRequest<ModelsOf<S>>, resp: ReadResponse<ModelsOf<S>>): Promise<void> {
    const session = requireSession(this.session, resp.diagnostics);
    const prior = req.state as ObjectValue;
    // Another account: report it and keep the prior state (an error makes the framework return it unchanged).
    if (!session || !this.sameAccount(req.private, session, prior, resp.diagnostics)) return;
    try {
      const answer = await this.calls.get(session.client, String(prior.id));
      const refreshed = this.stateOf(this.toState(answer, prior), resp.diagnostics);
      if (!refreshed) return;
      this.onRead(answer, prior, resp.diagnostics);
      resp.state = refreshed as ReadResponse<ModelsOf<S>>['state'];
      this.record(resp.private, session, answer);
    } catch (err) {
      if (isApiError(err) && err.status === 404) {
        resp.state = null; // gone from this account: Terraform forgets it and plans to create it again
        return;
      }
      this.reportFailure(err, resp.diagnostics, this.doing('Reading', prior, session));
    }
  }

  async update(req: UpdateRequest<ModelsOf<S>>, resp: UpdateResponse<ModelsOf<S>>): Promise<void> {
    const session = requireSession(this.session, resp.diagnostics);
    const prior = req.state as ObjectValue;
    if (!session || !this.sameAccount(req.private, session, prior, resp.diagnostics)) return;
    const id = String(prior.id);
    const plan = { ...(req.plan as ObjectValue), id };
    try {
      const payload = await this.payload(plan, 'update', session, resp.diagnostics);
      if (payload === undefined) return;
      const answer = await this.calls.update(session.client, id, payload);
      resp.state = (this.afterWrite(answer, plan, resp.diagnostics) ?? resp.state) as UpdateResponse<ModelsOf<S>>['state'];
      this.record(resp.private, session, answer);
    } catch (err) {
      this.reportFailure(err, resp.diagnostics, this.doing('Updating', plan, session));
    }
  }

  async delete(req: DeleteRequest<ModelsOf<S>>, resp: DeleteResponse): Promise<void> {
    const session = requireSession(this.session, resp.diagnostics);
    const state = req.state as ObjectValue;
    if (!session || !this.sameAccount(req.private, session, state, resp.diagnostics)) return;
    try {
      await this.deleteObject(session, state, req.private, resp.diagnostics);
    } catch (err) {
      if (isApiError(err) && err.status === 404) return; // already gone
      if (isApiError(err) && this.deleteRefused(err.status, state, session, resp.diagnostics)) return;
      this.reportFailure(err, resp.diagnostics, this.doing(this.deleteVerb, state, session));
    }
  }

  async importState(req: ImportStateRequest, resp: ImportStateResponse<ModelsOf<S>>): Promise<void> {
    const { noun, importId } = this.words;
    if (!importId.pattern.test(req.id)) {
      resp.diagnostics.addError(`Invalid ${noun} import ID`, `The import ID is ${importId.expected}, got "${req.id}".`);
      return;
    }
    resp.state = this.importedState(req.id, resp.private) as ImportStateResponse<ModelsOf<S>>['state'];
    // Imported from the account the provider is configured for now; read checks it from here on.
    if (this.session) this.recordAccount(resp.private, this.session);
  }

  async modifyPlan(req: ModifyPlanRequest<ModelsOf<S>>, resp: ModifyPlanResponse<ModelsOf<S>>): Promise<void> {
    const state = req.state as ObjectValue | null;
    if (state && this.session && !this.sameAccount(req.private, this.session, state, resp.diagnostics)) return;
    await this.checkPlan(req, resp, this.session);
  }

  // Hooks, each with the behaviour most resources want.

  /** Plan-time checks and warnings (also on destroy: plan is null). Without a session, only what needs no API call. */
  protected async checkPlan(_req: ModifyPlanRequest<ModelsOf<S>>, _resp: ModifyPlanResponse<ModelsOf<S>>, _session: AccountSession | undefined): Promise<void> {}

  /** Warnings about what a read shows (called only when the state was built). */
  protected onRead(_answer: Answer, _prior: ObjectValue, _diagnostics: Diagnostics): void {}

  /** Private-state extras an answer gives (recorded after every create, read and update). */
  protected privateFrom(_answer: Answer): PrivateData {
    return {};
  }

  /** The state an import knows before its first read. */
  protected importedState(id: string, _privateData: PrivateData): ObjectValue {
    return { id };
  }

  /** The verb of the delete's error context: "Deactivating" for a delete that deactivates. */
  protected readonly deleteVerb: string = 'Deleting';

  /** Removes the object in Zendesk; a thrown 404 is "already gone". */
  protected async deleteObject(session: AccountSession, state: ObjectValue, _privateData: PrivateData, _diagnostics: Diagnostics): Promise<void> {
    await this.calls.delete(session.client, String(state.id));
  }

  /** True when it has explained a refused delete (of that status) better than the generic message would. */
  protected deleteRefused(_status: number | undefined, _state: ObjectValue, _session: AccountSession, _diagnostics: Diagnostics): boolean {
    return false;
  }

  /** Reports a failed call; override to say more of a refusal the object's kind has (an Enterprise-only feature's 403). */
  protected reportFailure(err: unknown, diagnostics: Diagnostics, context: string): void {
    reportApiError(err, diagnostics, context);
  }

  /** The attribute an error about an unkept plan points at; undefined: the resource as a whole. */
  protected unkeptAt(_lost: readonly string[]): Path | undefined {
    return undefined;
  }

  // The shared machinery.

  /** "Capacity rule 5 ("Night shift")": how messages name an object. */
  protected describe(model: ObjectValue): string {
    const noun = this.words.noun;
    const label = model[this.words.labelAttribute];
    return `${noun[0].toUpperCase()}${noun.slice(1)} ${String(model.id)}${typeof label === 'string' ? ` ("${label}")` : ''}`;
  }

  private doing(verb: string, model: ObjectValue, session: AccountSession): string {
    const label = model[this.words.labelAttribute];
    return `${verb} ${this.words.noun} ${String(model.id)}${typeof label === 'string' ? ` ("${label}")` : ''} in "${session.accountId}"`;
  }

  private sameAccount(privateData: PrivateData, session: AccountSession, state: ObjectValue, diagnostics: Diagnostics): boolean {
    return checkSameAccount(recordedAccount(privateData, privateData[ACCOUNT_KEY]), session.account, this.describe(state), diagnostics);
  }

  private recordAccount(privateData: PrivateData, session: AccountSession): void {
    privateData[ACCOUNT_KEY] = session.accountId;
    recordEndpoint(privateData, session.account);
  }

  protected record(privateData: PrivateData, session: AccountSession, answer: Answer): void {
    this.recordAccount(privateData, session);
    Object.assign(privateData, this.privateFrom(answer));
  }

  /** State after a POST/PUT: what Zendesk holds, with an error naming what it did not keep of the plan. */
  protected afterWrite(answer: Answer, plan: ObjectValue, diagnostics: Diagnostics): ObjectValue | undefined {
    const state = this.toState(answer, plan);
    const lost = this.unkept(plan, state);
    if (lost.length > 0) {
      const summary = `Zendesk did not keep the ${this.words.noun} as planned`;
      const detail =
        `Zendesk's answer for ${this.words.noun} ${String(state.id)} does not hold what was planned: ${lost.join('; ')}. ` +
        'The state records what Zendesk holds, so the next plan shows the difference.';
      const at = this.unkeptAt(lost);
      if (at) diagnostics.addAttributeError(at, summary, detail);
      else diagnostics.addError(summary, detail);
    }
    return this.stateOf(state, diagnostics);
  }

  /** A state built from Zendesk's answer, checked against the schema (an error on the attribute when it does not fit). */
  private stateOf(value: ObjectValue, diagnostics: Diagnostics): ObjectValue | undefined {
    return decodeModel(this.schema(), PHASE.state, value as Value, diagnostics, "the state built from Zendesk's answer") as ObjectValue | undefined;
  }
}
