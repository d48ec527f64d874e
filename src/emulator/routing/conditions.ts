/**
 * Conditions and group ids of routing objects: a queue's `definition` and a skill value's `conditions` are
 * `{all, any}` lists checked item by item against the account's definitions as a trigger's conditions are
 * (triggers/validate-items.ts); a value names the condition's subject as `subject`, a queue as `field`
 * [observed: docs/design/zendesk-api.md#routing-attributes]. Group ids must be the account's.
 */
import type { AccountState } from '../accounts';
import type { ConditionRecord } from '../triggers/model';
import { type Problems, type TriggerRules, checkCondition } from '../triggers/validate-items';
import { isObject } from './common';

export type { Problems };
type Details = Record<string, Problems>;
const shown = (v: unknown) => JSON.stringify(v) ?? String(v);
const invalidValue = (description: string) => [{ description, error: 'InvalidValue' }];

/** `{all, any}` of conditions (a missing or null list is empty); problems go to details[detailKey] and details.base. */
export function readConditions(raw: unknown, key: 'field' | 'subject', rules: TriggerRules, details: Details, detailKey: string): { all: ConditionRecord[]; any: ConditionRecord[] } | undefined {
  const label = detailKey.charAt(0).toUpperCase() + detailKey.slice(1);
  if (!isObject(raw) || Object.keys(raw).some((k) => k !== 'all' && k !== 'any')) {
    details[detailKey] = invalidValue(`${label}: must be an object with "all" and "any" lists of conditions, got ${shown(raw)}`);
    return undefined;
  }
  const base: Problems = [];
  const lists = { all: [] as ConditionRecord[], any: [] as ConditionRecord[] };
  for (const which of ['all', 'any'] as const) {
    const list = raw[which] ?? [];
    if (!Array.isArray(list)) {
      details[detailKey] = invalidValue(`${label}: "${which}" must be a list of conditions, got ${shown(list)}`);
      return undefined;
    }
    for (const item of list) {
      // A skill value names the subject `subject`: checked as a trigger's `field`, stored under its own key again.
      const asTrigger = key === 'subject' && isObject(item) ? (({ subject, ...rest }) => ({ field: subject, ...rest }))(item) : item;
      const condition = checkCondition(asTrigger, which, rules, base);
      if (condition) lists[which].push(key === 'subject' ? ({ subject: condition.field, operator: condition.operator, value: condition.value } as unknown as ConditionRecord) : condition);
    }
  }
  if (base.length) {
    (details.base ??= []).push(...base);
    return undefined;
  }
  return lists;
}

/** A list of the account's group ids; `required` refuses an empty one. */
export function readGroupIds(account: AccountState, raw: unknown, what: string, required: boolean, details: Details, detailKey: string): number[] | undefined {
  if (!Array.isArray(raw) || !raw.every((id) => (typeof id === 'number' && Number.isInteger(id)) || (typeof id === 'string' && /^\d+$/.test(id)))) {
    details[detailKey] = required && (raw === undefined || raw === null) ? [{ description: `${what}: cannot be blank`, error: 'BlankValue' }] : invalidValue(`${what}: must be a list of group ids, got ${shown(raw)}`);
    return undefined;
  }
  const ids = [...new Set(raw.map(Number))];
  if (required && ids.length === 0) {
    details[detailKey] = [{ description: `${what}: cannot be blank`, error: 'BlankValue' }];
    return undefined;
  }
  const unknown = ids.filter((id) => !account.directory.groups.some((g) => g.id === id));
  if (unknown.length) {
    details[detailKey] = invalidValue(`${what}: no group ${unknown.join(', ')} in this account; its groups are listed by GET /api/v2/groups`);
    return undefined;
  }
  return ids;
}
