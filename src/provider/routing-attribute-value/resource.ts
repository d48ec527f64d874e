/**
 * zendesk_routing_attribute_value: full CRUD of a skill (a value of a routing attribute), by "<attribute_id>/<value_id>"
 * (a value's calls name both; an import may give the value's ID alone, and the first read finds its attribute), on
 * the shared object base (../object-resource.ts). Its conditions are checked against
 * the account's definitions when the plan is made (../conditions/check.ts); a 403 is the plan's refusal, said as such.
 */
import type { Diagnostics, ModelsOf, ModifyPlanRequest, ModifyPlanResponse, ObjectValue, PrivateData } from '../../framework';
import { Path } from '../../framework';
import {
  type ApiAttributeValue,
  type AttributeValuePayload,
  createAttributeValue,
  deleteAttributeValue,
  findAttributeValue,
  getAttributeDefinitions,
  getAttributeValue,
  updateAttributeValue,
} from '../../client/routing-attributes';
import { isApiError } from '../api-errors';
import { checkConditions } from '../conditions/check';
import { conditionKey, conditionsOf } from '../conditions/state';
import { type ObjectCalls, type ObjectWords, ZendeskObjectResource } from '../object-resource';
import { reportSkillsError } from '../routing-attribute/plan-refusal';
import type { AccountSession, ZendeskAdminClient } from '../session';
import { VALUE_IMPORT_ID_OR_VALUE, parseValueResourceId, unkept, valuePayload, valueToState } from './mapping';
import { TYPE_NAME, routingAttributeValueSchema } from './schema';

type ValueSchema = typeof routingAttributeValueSchema;

/** A value's write: the attribute it is in, and the body. */
interface ValueWrite {
  attributeId: string;
  body: AttributeValuePayload;
}

/** The ids of a resource id the base hands over; a state always holds a well-formed one (it is built from answers). */
function idsOf(id: string): { attributeId: string; valueId: string } {
  const ids = parseValueResourceId(id);
  if (!ids) throw new Error(`zendesk_routing_attribute_value id "${id}" is not "<attribute_id>/<value_id>"`);
  return ids;
}

/** A value read by its ID alone (just imported so): the answer, with the attribute found to hold it. */
type FoundValue = ApiAttributeValue & { foundInAttribute?: string };

/** A state just imported by the value's ID alone holds that ID, without the attribute's. */
const importedByValueId = (id: string) => !id.includes('/');

const CALLS: ObjectCalls<ApiAttributeValue, ValueWrite> = {
  get: async (client: ZendeskAdminClient, id: string): Promise<FoundValue> => {
    if (!importedByValueId(id)) return getAttributeValue(client, idsOf(id).attributeId, idsOf(id).valueId);
    const { attributeId, value } = await findAttributeValue(client, id);
    return { ...value, foundInAttribute: attributeId };
  },
  create: (client: ZendeskAdminClient, write: ValueWrite) => createAttributeValue(client, write.attributeId, write.body),
  update: (client: ZendeskAdminClient, id: string, write: ValueWrite) => updateAttributeValue(client, idsOf(id).attributeId, idsOf(id).valueId, write.body),
  delete: (client: ZendeskAdminClient, id: string) => deleteAttributeValue(client, idsOf(id).attributeId, idsOf(id).valueId),
};

/** The attribute a state or plan is in: its attribute_id, or the first part of its id (a state just imported). */
const attributeOf = (model: ObjectValue) => (typeof model.attribute_id === 'string' ? model.attribute_id : idsOf(String(model.id)).attributeId);

/** The conditions of a model as one comparable string; undefined while some are unknown. */
function conditionsText(model: ObjectValue | null): string | undefined {
  const conditions = model ? conditionsOf(model) : undefined;
  return conditions && JSON.stringify([conditions.all.map(conditionKey).sort(), conditions.any.map(conditionKey).sort()]);
}

export class RoutingAttributeValueResource extends ZendeskObjectResource<ValueSchema, ApiAttributeValue, ValueWrite> {
  readonly typeName = TYPE_NAME;

  protected readonly words: ObjectWords = {
    noun: 'routing attribute value',
    labelAttribute: 'name',
    importId: {
      pattern: VALUE_IMPORT_ID_OR_VALUE,
      expected:
        '"<attribute_id>/<value_id>": the routing attribute\'s ID, a slash, and the value\'s ID (e.g. ' +
        '"468ffec1-f80c-11eb-8231-51714e7ee9ec/5fb3bd9c-f80c-11eb-8231-0daa5a2ba3da"; GET /api/v2/routing/attributes/{attribute_id}/values lists the values), ' +
        'or the value\'s ID alone (the provider finds the attribute that holds it)',
    },
  };

  protected readonly calls = CALLS;

  schema(): ValueSchema {
    return routingAttributeValueSchema;
  }

  protected payload(plan: ObjectValue): ValueWrite {
    return { attributeId: String(plan.attribute_id), body: valuePayload(plan) };
  }

  protected toState(answer: ApiAttributeValue, prior: ObjectValue): ObjectValue {
    const { foundInAttribute, ...value } = answer as FoundValue;
    return valueToState(value, foundInAttribute ?? attributeOf(prior), prior);
  }

  protected unkept(plan: ObjectValue, state: ObjectValue): string[] {
    // The state holds Zendesk's answer; compared as the answer it was built from.
    const conditions = conditionsOf(state) ?? { all: [], any: [] };
    return unkept(plan, { id: String(state.value_id), name: String(state.name), conditions });
  }

  protected override importedState(id: string, _privateData: PrivateData): ObjectValue {
    if (importedByValueId(id)) return { id, value_id: id };
    const { attributeId, valueId } = idsOf(id);
    return { id, value_id: valueId, attribute_id: attributeId };
  }

  protected override reportFailure(err: unknown, diagnostics: Diagnostics, context: string): void {
    reportSkillsError(err, diagnostics, context, this.session?.accountId ?? 'the account');
  }

  /** The conditions, checked against the account's definitions when they change (a no-op plan costs no API call). */
  protected override async checkPlan(req: ModifyPlanRequest<ModelsOf<ValueSchema>>, resp: ModifyPlanResponse<ModelsOf<ValueSchema>>, session: AccountSession | undefined): Promise<void> {
    const plan = req.plan as ObjectValue | null;
    if (!plan || !session) return;
    const planned = conditionsOf(plan);
    if (!planned || (!planned.all.length && !planned.any.length)) return;
    if (conditionsText(plan) === conditionsText(req.state as ObjectValue | null)) return;
    const at = Path.root('conditions');
    let definitions;
    try {
      definitions = await getAttributeDefinitions(session.client);
    } catch (err) {
      if (isApiError(err) && err.name === 'ZendeskNetworkError' && err.status === undefined) {
        resp.diagnostics.addAttributeWarning(at, 'Skill conditions not checked', `The account "${session.accountId}" could not be reached to read GET /api/v2/routing/attributes/definitions (${err.message}); Zendesk checks the conditions at apply.`);
        return;
      }
      reportSkillsError(err, resp.diagnostics, `Reading the skill condition definitions of "${session.accountId}"`, session.accountId, at);
      return;
    }
    for (const problem of checkConditions(planned, definitions, `Account "${session.accountId}"`)) {
      resp.diagnostics.addAttributeError(at.atName(problem.which), problem.summary, problem.detail);
    }
  }
}
