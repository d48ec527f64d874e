import type { ObjectValue } from '../../framework';
import { isUnknown } from '../../framework';
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
import { type ApiCapacityRule, createCapacityRule, deleteCapacityRule, getCapacityRule, updateCapacityRule } from '../../client/capacity-rules';
import { checkPlannedAgents } from './agent-check';
import { capacityRulePayload, capacityRuleToState, unkept } from './mapping';
import { TYPE_NAME, capacityRuleSchema } from './schema';

/** Private-state key of the account the rule belongs to: a rule ID means nothing in another account. */
const ACCOUNT = 'account';

type CapacityRule = typeof capacityRuleSchema;
type Models = ModelsOf<CapacityRule>;

const MAKE_ANOTHER_DEFAULT =
  'Make another rule the default first (default = true on another zendesk_capacity_rule, or in Admin Center > Objects ' +
  'and rules > Omnichannel routing > Capacity rules), or stop managing this one without deleting it (a removed block, ' +
  'or terraform state rm).';

/** zendesk_capacity_rule: full CRUD of an omnichannel routing capacity rule, by its Zendesk id. */
export class CapacityRuleResource implements Resource<CapacityRule> {
  readonly typeName = TYPE_NAME;
  private session?: AccountSession;

  schema(): CapacityRule {
    return capacityRuleSchema;
  }

  configure(providerData: unknown, diagnostics: Diagnostics): void {
    this.session = providerDataOf(providerData, AccountSession, diagnostics);
  }

  validateConfig(req: ValidateConfigRequest<Models>, diagnostics: Diagnostics): void {
    const config = req.config as ObjectValue;
    if (config.default === true && config.agent_ids !== null && config.agent_ids !== undefined && !isUnknown(config.agent_ids)) {
      diagnostics.addAttributeError(
        Path.root('agent_ids'),
        'The default capacity rule has no agents of its own',
        "The account's default rule applies to every agent no other capacity rule names, so Zendesk ignores agent_ids on it. " +
          'Remove agent_ids from this rule, or name the agents in another rule.',
      );
    }
  }

  async create(req: CreateRequest<Models>, resp: CreateResponse<Models>): Promise<void> {
    const session = requireSession(this.session, resp.diagnostics);
    if (!session) return;
    try {
      const rule = await createCapacityRule(session.client, capacityRulePayload(req.plan));
      resp.state = this.afterWrite(rule, req.plan, resp.diagnostics) ?? null;
      this.recordAccount(resp.private, session);
    } catch (err) {
      reportApiError(err, resp.diagnostics, `Creating capacity rule "${req.plan.name}" in "${session.accountId}"`);
    }
  }

  async read(req: ReadRequest<Models>, resp: ReadResponse<Models>): Promise<void> {
    const session = requireSession(this.session, resp.diagnostics);
    // Another account: report it and keep the prior state (an error makes the framework return it unchanged).
    if (!session || !this.sameAccount(req.private, session, req.state, resp.diagnostics)) return;
    const id = String(req.state.id);
    try {
      const rule = await getCapacityRule(session.client, id);
      const { state, partialAgents } = capacityRuleToState(rule, req.state);
      if (partialAgents) {
        resp.diagnostics.addAttributeWarning(
          Path.root('agent_ids'),
          'Only some of the rule\'s agents are known',
          `Zendesk shows ${rule.assignees.sampleIds.length} of the ${rule.assignees.count} agents of capacity rule ${id} ("${rule.name}"); ` +
            'the state holds those. List every agent in agent_ids to manage them all.',
        );
      }
      resp.state = stateOf(state, resp.diagnostics) ?? resp.state;
      this.recordAccount(resp.private, session);
    } catch (err) {
      if (isApiError(err) && err.status === 404) {
        resp.state = null; // deleted out of band: Terraform forgets it and plans to create it again
        return;
      }
      reportApiError(err, resp.diagnostics, `Reading capacity rule ${id} in "${session.accountId}"`);
    }
  }

  async update(req: UpdateRequest<Models>, resp: UpdateResponse<Models>): Promise<void> {
    const session = requireSession(this.session, resp.diagnostics);
    if (!session || !this.sameAccount(req.private, session, req.state, resp.diagnostics)) return;
    const id = String(req.state.id);
    try {
      const rule = await updateCapacityRule(session.client, id, capacityRulePayload(req.plan));
      resp.state = this.afterWrite(rule, req.plan, resp.diagnostics) ?? resp.state;
      this.recordAccount(resp.private, session);
    } catch (err) {
      reportApiError(err, resp.diagnostics, `Updating capacity rule ${id} ("${req.plan.name}") in "${session.accountId}"`);
    }
  }

  async delete(req: DeleteRequest<Models>, resp: DeleteResponse): Promise<void> {
    const session = requireSession(this.session, resp.diagnostics);
    if (!session || !this.sameAccount(req.private, session, req.state, resp.diagnostics)) return;
    const id = String(req.state.id);
    try {
      await deleteCapacityRule(session.client, id);
    } catch (err) {
      if (isApiError(err) && err.status === 404) return; // already gone
      if (isApiError(err) && err.status === 400 && req.state.default === true) {
        resp.diagnostics.addError(
          "The account's default capacity rule cannot be deleted",
          `Capacity rule ${id} ("${req.state.name}") is the default rule of "${session.accountId}", and Zendesk refused to delete it (400). ${MAKE_ANOTHER_DEFAULT}`,
        );
        return;
      }
      reportApiError(err, resp.diagnostics, `Deleting capacity rule ${id} ("${req.state.name}") in "${session.accountId}"`);
    }
  }

  async importState(req: ImportStateRequest, resp: ImportStateResponse<Models>): Promise<void> {
    if (!/^[0-9A-Za-z]{1,64}$/.test(req.id)) {
      resp.diagnostics.addError(
        'Invalid capacity rule import ID',
        `The import ID is the capacity rule's ID (letters and digits, e.g. "01HG80ATNNZK1N7XRFVKX48XD6": see the rule's URL in Admin Center), got "${req.id}".`,
      );
      return;
    }
    resp.state = { id: req.id } as StateModel<CapacityRule>;
    // Imported from the account the provider is configured for now; read checks it from here on.
    if (this.session) this.recordAccount(resp.private, this.session);
  }

  async modifyPlan(req: ModifyPlanRequest<Models>, resp: ModifyPlanResponse<Models>): Promise<void> {
    const session = this.session;
    if (req.state && session && !this.sameAccount(req.private, session, req.state, resp.diagnostics)) return;
    if (req.plan === null) {
      if (req.state?.default === true) {
        resp.diagnostics.addWarning(
          'Destroy will fail: this is the default capacity rule',
          `Capacity rule ${req.state.id} ("${req.state.name}") is the account's default rule, which Zendesk does not delete. ${MAKE_ANOTHER_DEFAULT}`,
        );
      }
      return;
    }
    // A default rule stays the default until another is made it [inferred: docs/design/zendesk-api.md#capacity-rules].
    if (req.state?.default === true && req.plan.default === false) {
      resp.diagnostics.addAttributeError(
        Path.root('default'),
        'The default capacity rule stays the default',
        `Capacity rule ${req.state.id} ("${req.state.name}") is the account's default rule; it stops being it only when another rule becomes the default. ` +
          'Set default = true on another rule instead (and leave default out here).',
      );
    }
    if (session) await checkPlannedAgents(session, req.plan, req.state, resp.diagnostics);
  }

  private sameAccount(privateData: PrivateData, session: AccountSession, state: ObjectValue, diagnostics: Diagnostics): boolean {
    return checkSameAccount(recordedAccount(privateData, privateData[ACCOUNT]), session.account, `Capacity rule ${state.id} ("${state.name}")`, diagnostics);
  }

  private recordAccount(privateData: PrivateData, session: AccountSession): void {
    privateData[ACCOUNT] = session.accountId;
    recordEndpoint(privateData, session.account);
  }

  /** State after a POST/PUT: what Zendesk holds, with an error naming what it did not keep of the plan. */
  private afterWrite(rule: ApiCapacityRule, plan: ObjectValue, diagnostics: Diagnostics): StateModel<CapacityRule> | undefined {
    const { state } = capacityRuleToState(rule, plan);
    const lost = unkept(plan, state);
    if (lost.length) {
      diagnostics.addError(
        'Zendesk did not keep the capacity rule as planned',
        `Zendesk answered capacity rule ${rule.id} without: ${lost.join('; ')}. The state now records what Zendesk holds, so the next plan shows the difference.`,
      );
    }
    return stateOf(state, diagnostics);
  }
}

/** A state built from Zendesk's answer, checked against the model (an error on the attribute when it does not fit). */
function stateOf(value: ObjectValue, diagnostics: Diagnostics): StateModel<CapacityRule> | undefined {
  return decodeModel(capacityRuleSchema, PHASE.state, value, diagnostics, "the state built from Zendesk's answer");
}
