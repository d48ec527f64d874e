import type { ObjectValue } from '../../framework';
import { isUnknown } from '../../framework';
import type { Diagnostics, ModelsOf, ModifyPlanRequest, ModifyPlanResponse, ValidateConfigRequest } from '../../framework';
import { Path } from '../../framework';
import { type ApiCapacityRule, type CapacityRulePayload, createCapacityRule, deleteCapacityRule, getCapacityRule, updateCapacityRule } from '../../client/capacity-rules';
import { type ObjectCalls, type ObjectWords, ZendeskObjectResource } from '../object-resource';
import type { AccountSession } from '../session';
import { checkPlannedAgents } from './agent-check';
import { warnAboutFlips } from './flip-check';
import { agentIdsFrom, capacityRulePayload, capacityRuleToState, unkept } from './mapping';
import { TYPE_NAME, capacityRuleSchema } from './schema';

type CapacityRule = typeof capacityRuleSchema;
type Models = ModelsOf<CapacityRule>;

const MAKE_ANOTHER_DEFAULT =
  'Make another rule the default first (default = true on another zendesk_capacity_rule, or in Admin Center > Objects ' +
  'and rules > Omnichannel routing > Capacity rules), or stop managing this one without deleting it (a removed block, ' +
  'or terraform state rm).';

const WORDS: ObjectWords = {
  noun: 'capacity rule',
  labelAttribute: 'name',
  importId: {
    pattern: /^[0-9A-Za-z]{1,64}$/,
    expected: `the capacity rule's ID (letters and digits, e.g. "01HG80ATNNZK1N7XRFVKX48XD6": see the rule's URL in Admin Center)`,
  },
};

const CALLS: ObjectCalls<ApiCapacityRule, CapacityRulePayload> = {
  get: getCapacityRule,
  create: createCapacityRule,
  update: updateCapacityRule,
  delete: deleteCapacityRule,
};

/** zendesk_capacity_rule: full CRUD of an omnichannel routing capacity rule, by its Zendesk id (object-resource.ts). */
export class CapacityRuleResource extends ZendeskObjectResource<CapacityRule, ApiCapacityRule, CapacityRulePayload> {
  readonly typeName = TYPE_NAME;
  protected readonly words = WORDS;
  protected readonly calls = CALLS;

  schema(): CapacityRule {
    return capacityRuleSchema;
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

  protected payload(plan: ObjectValue): CapacityRulePayload {
    return capacityRulePayload(plan);
  }

  protected toState(rule: ApiCapacityRule, prior: ObjectValue): ObjectValue {
    return capacityRuleToState(rule, prior).state;
  }

  protected unkept(plan: ObjectValue, state: ObjectValue): string[] {
    return unkept(plan, state);
  }

  protected override onRead(rule: ApiCapacityRule, prior: ObjectValue, diagnostics: Diagnostics): void {
    if (!agentIdsFrom(rule, prior).partial) return;
    diagnostics.addAttributeWarning(
      Path.root('agent_ids'),
      "Only some of the rule's agents are known",
      `Zendesk shows ${rule.assignees.sampleIds.length} of the ${rule.assignees.count} agents of capacity rule ${rule.id} ("${rule.name}"); ` +
        'the state holds those. List every agent in agent_ids to manage them all.',
    );
  }

  protected override deleteRefused(status: number | undefined, state: ObjectValue, session: AccountSession, diagnostics: Diagnostics): boolean {
    if (status !== 400 || state.default !== true) return false;
    diagnostics.addError(
      "The account's default capacity rule cannot be deleted",
      `Capacity rule ${String(state.id)} ("${String(state.name)}") is the default rule of "${session.accountId}", and Zendesk refused to delete it (400). ${MAKE_ANOTHER_DEFAULT}`,
    );
    return true;
  }

  protected override async checkPlan(req: ModifyPlanRequest<Models>, resp: ModifyPlanResponse<Models>, session: AccountSession | undefined): Promise<void> {
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
    // A rule made the default covers every agent no other rule names and has none of its own: its agents read as
    // null after the apply, so the plan says so rather than keeping the state's (Terraform rejects a result that differs).
    if (req.plan.default === true && req.state && req.state.default !== true && req.plan.agent_ids !== null) {
      resp.plan = { ...req.plan, agent_ids: null };
    }
    if (!session) return;
    await checkPlannedAgents(session, req.plan, req.state, resp.diagnostics);
    // Only when the agents are real: a plan that already fails says nothing more about them.
    if (resp.diagnostics.errors.length === 0) await warnAboutFlips(session, req.plan, req.state, resp.diagnostics);
  }
}
