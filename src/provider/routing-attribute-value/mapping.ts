/**
 * A routing attribute value (skill) between Terraform and Zendesk: its resource ID, the payload a plan sends, and the
 * state a value read from Zendesk becomes, given the state before. Its conditions are the provider's order-free
 * conditions (../conditions/state.ts), so an empty list Zendesk shows or leaves out, or a value it spells otherwise,
 * never reads as a change.
 */
import type { ObjectValue, Value } from '../../framework';
import { isUnknown } from '../../framework';
import type { ApiAttributeValue, AttributeValuePayload } from '../../client/routing-attributes';
import { conditionsOf, conditionsPayload, conditionsToState, unkeptConditions } from '../conditions/state';

const known = (v: Value | undefined): v is Exclude<Value, null> => v !== undefined && v !== null && !isUnknown(v);

/** "<attribute_id>/<value_id>": the resource's id and import ID (a value's own ID means nothing without its attribute's). */
export const valueResourceId = (attributeId: string, valueId: string) => `${attributeId}/${valueId}`;

/** Zendesk's ids of a value are UUIDs [observed: docs/design/zendesk-api.md#routing-attributes]; letters, digits and hyphens are allowed. */
export const VALUE_IMPORT_ID = /^([0-9A-Za-z-]{1,64})\/([0-9A-Za-z-]{1,64})$/;

/** What an import may name: "<attribute_id>/<value_id>", or the value's ID alone (the provider finds its attribute). */
export const VALUE_IMPORT_ID_OR_VALUE = /^(?:[0-9A-Za-z-]{1,64}\/)?[0-9A-Za-z-]{1,64}$/;

/** The two IDs of a resource ID, or undefined when it is not "<attribute_id>/<value_id>". */
export function parseValueResourceId(id: string): { attributeId: string; valueId: string } | undefined {
  const match = VALUE_IMPORT_ID.exec(id);
  return match ? { attributeId: match[1], valueId: match[2] } : undefined;
}

/**
 * What a create or update sends: the name and every planned condition (left out, the value has none: empty lists
 * clear Zendesk's). Undefined conditions only while some are unknown, which an apply never sees.
 */
export function valuePayload(plan: ObjectValue): AttributeValuePayload {
  const conditions = conditionsOf(plan);
  return { name: String(plan.name), ...(conditions ? { conditions: conditionsPayload(conditions) } : {}) };
}

/** The state of a value read from Zendesk, in its attribute, given the prior state or the plan. */
export function valueToState(answer: ApiAttributeValue, attributeId: string, prior: ObjectValue | null): ObjectValue {
  return {
    id: valueResourceId(attributeId, answer.id),
    value_id: answer.id,
    attribute_id: attributeId,
    name: answer.name,
    conditions: conditionsToState(answer.conditions ?? { all: [], any: [] }, prior),
  };
}

/** What a write did not keep of the plan (its known values), in words; empty when Zendesk kept everything. */
export function unkept(plan: ObjectValue, answer: ApiAttributeValue): string[] {
  const lost: string[] = [];
  if (known(plan.name) && plan.name !== answer.name) lost.push(`name "${String(plan.name)}"`);
  const planned = conditionsOf(plan);
  if (planned) lost.push(...unkeptConditions(planned, answer.conditions ?? { all: [], any: [] }));
  return lost;
}
