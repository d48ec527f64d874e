/**
 * zendesk_routing_attribute: full CRUD of a skill type of skills-based routing (Enterprise), by its Zendesk id, on
 * the shared object base (../object-resource.ts); a 403 is the plan's refusal, said as such (plan-refusal.ts).
 */
import type { Diagnostics, ObjectValue } from '../../framework';
import { isUnknown } from '../../framework';
import { type ApiRoutingAttribute, createRoutingAttribute, deleteRoutingAttribute, getRoutingAttribute, updateRoutingAttribute } from '../../client/routing-attributes';
import { type ObjectCalls, type ObjectWords, ZendeskObjectResource } from '../object-resource';
import { reportSkillsError } from './plan-refusal';
import { TYPE_NAME, routingAttributeSchema } from './schema';

/** Zendesk's attribute ids are UUIDs [observed: docs/design/zendesk-api.md#routing-attributes]. */
export const ATTRIBUTE_IMPORT_ID = /^[0-9A-Za-z-]{1,64}$/;

/** What a create or update sends: the attribute's one field. */
type AttributeName = string;

export class RoutingAttributeResource extends ZendeskObjectResource<typeof routingAttributeSchema, ApiRoutingAttribute, AttributeName> {
  readonly typeName = TYPE_NAME;

  protected readonly words: ObjectWords = {
    noun: 'routing attribute',
    labelAttribute: 'name',
    importId: { pattern: ATTRIBUTE_IMPORT_ID, expected: 'the routing attribute\'s ID (a UUID such as "468ffec1-f80c-11eb-8231-51714e7ee9ec", listed by GET /api/v2/routing/attributes)' },
  };

  protected readonly calls: ObjectCalls<ApiRoutingAttribute, AttributeName> = {
    get: getRoutingAttribute,
    create: createRoutingAttribute,
    update: updateRoutingAttribute,
    delete: deleteRoutingAttribute,
  };

  schema() {
    return routingAttributeSchema;
  }

  protected payload(plan: ObjectValue): AttributeName {
    return String(plan.name);
  }

  protected toState(answer: ApiRoutingAttribute): ObjectValue {
    return { id: answer.id, name: answer.name };
  }

  protected unkept(plan: ObjectValue, state: ObjectValue): string[] {
    return !isUnknown(plan.name) && plan.name !== state.name ? [`name "${String(plan.name)}"`] : [];
  }

  protected override reportFailure(err: unknown, diagnostics: Diagnostics, context: string): void {
    reportSkillsError(err, diagnostics, context, this.session?.accountId ?? 'the account');
  }
}
