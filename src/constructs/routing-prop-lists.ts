/**
 * What OmnichannelRouting's props of several kinds share: lists, names unique within a list, and conditions (a
 * queue's and a skill's are written alike). routing-checks.ts and skill-checks.ts both use them.
 */
import { checkKnownProps, toText } from './policy-props';
import type { QueueCondition, QueueConditions } from './routing-props';
import { isKnown, validateNonEmpty } from './validate-props';

export const CONSTRUCT = 'OmnichannelRouting';
export const known = (prop: string, value: unknown, props: readonly string[]) => checkKnownProps(prop, value, props, CONSTRUCT);

export function list<T>(prop: string, value: unknown, each: (at: string, item: unknown) => T): T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new Error(`'${prop}' must be a list, got ${typeof value}`);
  return value.map((item, i) => each(`${prop}[${i}]`, item));
}

/** Each name once: it is the construct id (and the object's name in Admin Center). */
export function validateUnique(prop: string, names: (string | undefined)[], what: string): void {
  const seen = new Map<string, number>();
  names.forEach((name, i) => {
    if (!isKnown(name)) return;
    const first = seen.get(name!);
    if (first !== undefined) throw new Error(`'${prop}[${i}]' is named '${name}' as ${prop}[${first}] is: give each ${what} its own name`);
    seen.set(name!, i);
  });
}

function normalizeCondition(at: string, value: unknown): QueueCondition {
  const c = known(at, value, ['field', 'operator', 'value'])!;
  return { field: toText(`${at}.field`, c.field) as string, operator: toText(`${at}.operator`, c.operator) as string, value: toText(`${at}.value`, c.value) };
}

export function normalizeConditions(at: string, value: unknown): QueueConditions | undefined {
  const c = known(at, value, ['all', 'any']);
  if (!c) return undefined;
  return { all: c.all === undefined ? undefined : list(`${at}.all`, c.all, normalizeCondition), any: c.any === undefined ? undefined : list(`${at}.any`, c.any, normalizeCondition) };
}

/** Zendesk refuses a condition without a field or an operator; values are checked by the provider at plan. */
export function validateConditions(at: string, conditions: QueueConditions | undefined): void {
  for (const [kind, items] of [['all', conditions?.all], ['any', conditions?.any]] as const) {
    (items ?? []).forEach((c, j) => {
      validateNonEmpty(`${at}.${kind}[${j}].field`, c.field);
      validateNonEmpty(`${at}.${kind}[${j}].operator`, c.operator);
      if (c.field === undefined || c.operator === undefined) throw new Error(`'${at}.${kind}[${j}]' needs a field and an operator`);
    });
  }
}
