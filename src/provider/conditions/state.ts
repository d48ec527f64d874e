/**
 * Order-free conditions between Terraform and Zendesk: the `{all, any}` a plan sends, and the state Zendesk's
 * answer becomes. A condition Zendesk answers with its value spelt otherwise (a number for "42", "" or null for a
 * valueless operator) is the configured one, so a refresh never shows a change nobody made.
 */
import type { ObjectValue, Value } from '../../framework';
import { isObjectValue, isUnknown } from '../../framework';
import type { ApiCondition, ApiValue } from '../../client/triggers';

export type Which = 'all' | 'any';
export const WHICH: readonly Which[] = ['all', 'any'];

/** A condition of a plan or state. */
export interface Condition {
  field: string;
  operator: string;
  value: string | null;
}

export interface Conditions {
  all: Condition[];
  any: Condition[];
}

/** A value as the state spells it: text, or null for none. A list (which no queue definition offers) is kept as JSON. */
export function valueText(value: ApiValue | undefined): string | null {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return JSON.stringify(value);
  return String(value);
}

/** One string per condition, equal when Zendesk treats two as the same: no value and "" are one. */
export const conditionKey = (c: { field: string; operator: string; value?: ApiValue | null }) => `${c.field}\u0000${c.operator}\u0000${valueText(c.value ?? null) ?? ''}`;

/** The conditions of a plan or state's `conditions`; undefined when some part is not known yet. */
export function conditionsOf(model: ObjectValue): Conditions | undefined {
  const given = model.conditions;
  if (given === null || given === undefined) return { all: [], any: [] };
  if (!isObjectValue(given)) return undefined;
  const out: Conditions = { all: [], any: [] };
  for (const which of WHICH) {
    const items = given[which];
    if (items === null || items === undefined) continue;
    if (!Array.isArray(items)) return undefined;
    for (const item of items as Value[]) {
      if (!isObjectValue(item) || Object.values(item).some(isUnknown)) return undefined;
      out[which].push({ field: String(item.field), operator: String(item.operator), value: typeof item.value === 'string' ? item.value : null });
    }
  }
  return out;
}

/** What a write sends: every condition of the plan (a queue without any sends empty lists, clearing Zendesk's). */
export function conditionsPayload(conditions: Conditions): { all: ApiCondition[]; any: ApiCondition[] } {
  const api = (c: Condition): ApiCondition => ({ field: c.field, operator: c.operator, ...(c.value === null ? {} : { value: c.value }) });
  return { all: conditions.all.map(api), any: conditions.any.map(api) };
}

/**
 * The state of Zendesk's conditions, given the prior state or plan: each condition the prior had (by key) keeps the
 * prior's spelling; an empty list is what the prior had (null or []), and no conditions at all are null unless the
 * prior wrote the object out.
 */
export function conditionsToState(api: { all: ApiCondition[]; any: ApiCondition[] }, prior: ObjectValue | null): Value {
  const before = prior?.conditions;
  const priorSet = (which: Which): Value[] => (isObjectValue(before) && Array.isArray(before[which]) ? (before[which] as Value[]) : []);
  const out: Record<string, Value> = {};
  for (const which of WHICH) {
    const byKey = new Map<string, Value>();
    for (const item of priorSet(which)) {
      if (isObjectValue(item) && !Object.values(item).some(isUnknown)) byKey.set(conditionKey(item as unknown as Condition), item);
    }
    const items = api[which].map((c): Value => byKey.get(conditionKey(c)) ?? { field: c.field, operator: c.operator, value: valueText(c.value) });
    const priorList = isObjectValue(before) ? before[which] : null;
    out[which] = items.length ? items : Array.isArray(priorList) ? [] : null;
  }
  if (out.all === null && out.any === null && !isObjectValue(before)) return null;
  return out;
}

/** The planned conditions Zendesk did not keep, in words; empty when it kept them all. */
export function unkeptConditions(planned: Conditions, kept: Conditions | { all: ApiCondition[]; any: ApiCondition[] }): string[] {
  const lost: string[] = [];
  for (const which of WHICH) {
    const held = new Set((kept[which] as ApiCondition[]).map(conditionKey));
    for (const c of planned[which]) if (!held.has(conditionKey(c))) lost.push(`${which.toUpperCase()} condition ${describeCondition(c)}`);
  }
  return lost;
}

/** `status is "open"`, for messages. */
export const describeCondition = (c: Condition) => `${c.field} ${c.operator}${c.value === null ? '' : ` "${c.value}"`}`;
