import { type ObjectValue, type Value, isObjectValue, isUnknown, isWhollyKnown } from '../../framework';
import type { ApiAction, ApiCondition, ApiTrigger, TriggerDefinitions } from '../../client/triggers';
import { KeyedQueue, itemKey } from './match';
import { type ConfiguredItem, type ItemKind, type ResolvedItem, normalizeValue, resolveItem, usesTitles } from './resolve';

/** The trigger's conditions and actions as configured (state form). */
export interface ConfiguredRules {
  all: ConfiguredItem[];
  any: ConfiguredItem[];
  actions: ConfiguredItem[];
}

const str = (v: Value | undefined): string | null => (typeof v === 'string' ? v : null);

function item(v: Value): ConfiguredItem {
  const o = isObjectValue(v) ? v : {};
  const partlyUnknown = isUnknown(v) || Object.values(o).some((x) => !isWhollyKnown(x));
  return {
    ...(partlyUnknown ? { partlyUnknown } : {}),
    field: str(o.field),
    field_title: str(o.field_title),
    operator: 'operator' in o ? str(o.operator) : undefined,
    value: str(o.value),
    values: Array.isArray(o.values) ? (o.values as Value[]).map(String) : null,
    value_title: str(o.value_title),
  };
}

export function rulesOf(state: ObjectValue): ConfiguredRules {
  const conditions = isObjectValue(state.conditions) ? state.conditions : {};
  const list = (v: Value | undefined) => (Array.isArray(v) ? (v as Value[]).map(item) : []);
  return { all: list(conditions.all), any: list(conditions.any), actions: list(state.actions) };
}

export function needsDefinitions(rules: ConfiguredRules): boolean {
  return [...rules.all, ...rules.any, ...rules.actions].some(usesTitles);
}

/** Conditions and actions as sent to Zendesk: titles resolved to API names (check.ts). */
export interface ResolvedRules {
  all: ResolvedItem[];
  any: ResolvedItem[];
  actions: ResolvedItem[];
}

/** The API's JSON for resolved items (ApiCondition/ApiAction). */
const toApi = (i: ResolvedItem) => (i.operator === undefined ? { field: i.field, value: i.value } : { field: i.field, operator: i.operator, value: i.value });

/**
 * The conditions in the order Zendesk holds them, new ones last: conditions are a set in the configuration (their
 * order means nothing to when a trigger fires), so an update keeps each unchanged condition where Admin Center shows
 * it rather than moving it to Terraform's order of set elements.
 */
export function inZendeskOrder(rules: ResolvedRules, held: ApiTrigger['conditions']): ResolvedRules {
  const order = (want: ResolvedItem[], got: ApiCondition[]) => {
    const place = new Map<string, number>();
    got.forEach((g, i) => place.set(itemKey(g), place.get(itemKey(g)) ?? i));
    const at = (item: ResolvedItem) => place.get(itemKey(item)) ?? got.length;
    return want.map((item, i) => ({ item, i })).sort((a, b) => at(a.item) - at(b.item) || a.i - b.i).map((e) => e.item);
  };
  return { ...rules, all: order(rules.all, held.all ?? []), any: order(rules.any, held.any ?? []) };
}

export function triggerPayload(plan: ObjectValue, rules: ResolvedRules): Record<string, unknown> {
  const payload: Record<string, unknown> = {
    title: plan.title,
    active: plan.active,
    description: plan.description,
    conditions: { all: rules.all.map(toApi), any: rules.any.map(toApi) },
    actions: rules.actions.map(toApi),
  };
  // Unset (unknown) category and position are Zendesk's to choose; sending them would move the trigger.
  if (typeof plan.category_id === 'string') payload.category_id = plan.category_id;
  if (typeof plan.position === 'number') payload.position = plan.position;
  return payload;
}

/** An API condition or action in configuration form, when no configured item describes it. */
function rawItem(api: ApiCondition | ApiAction, withOperator: boolean): ObjectValue {
  const operator = 'operator' in api ? api.operator : undefined;
  const value = normalizeValue(api.value, operator);
  return {
    field: api.field,
    field_title: null,
    ...(withOperator ? { operator: operator ?? null } : {}),
    value: Array.isArray(value) ? null : value,
    values: Array.isArray(value) ? value : null,
    value_title: null,
  };
}

/** A configured item as state records it: the configuration's own spelling (titles, `value` vs `values`). */
function spelled(p: ConfiguredItem, withOperator: boolean): ObjectValue {
  return {
    field: p.field,
    field_title: p.field_title,
    ...(withOperator ? { operator: p.operator ?? null } : {}),
    value: p.value,
    values: p.values,
    value_title: p.value_title,
  };
}

/**
 * Maps Zendesk's items back to configuration form. An item that a configured
 * (prior) item resolves to keeps the configured spelling — titles, `value` vs
 * `values` — so a trigger written from titles never shows a diff; anything
 * else (drift, import) is shown with its API names. Items are paired by key
 * (one pass, not every pair: triggers may have thousands of conditions).
 * With `orderless` (conditions: their order has no effect), the same items in
 * another order keep the configured order, so Zendesk's order is never a change.
 */
function itemsToState(
  api: (ApiCondition | ApiAction)[],
  prior: ConfiguredItem[],
  resolvedPrior: (ResolvedItem | undefined)[],
  withOperator: boolean,
  orderless: boolean,
): ObjectValue[] {
  const unpaired = new KeyedQueue<number>();
  resolvedPrior.forEach((r, i) => {
    if (r !== undefined) unpaired.push(itemKey(r), i);
  });
  const pairs = api.map((a) => unpaired.take(itemKey(a)));
  if (orderless && api.length === prior.length && pairs.every((p) => p !== undefined)) return prior.map((p) => spelled(p, withOperator));
  return api.map((a, i) => (pairs[i] === undefined ? rawItem(a, withOperator) : spelled(prior[pairs[i]], withOperator)));
}

/** Resolves prior items where possible (an unresolvable title just means "no match"). */
const tryResolve = (items: ConfiguredItem[], kind: ItemKind, defs: TriggerDefinitions | undefined) => items.map((i) => resolveItem(i, kind, defs));

export function triggerToState(api: ApiTrigger, prior: ObjectValue, defs: TriggerDefinitions | undefined): ObjectValue {
  const rules = rulesOf(prior);
  const conditionsConfigured = prior.conditions !== null;
  const all = itemsToState(api.conditions?.all ?? [], rules.all, tryResolve(rules.all, 'all', defs), true, true);
  const any = itemsToState(api.conditions?.any ?? [], rules.any, tryResolve(rules.any, 'any', defs), true, true);
  return {
    ...prior,
    id: String(api.id),
    title: api.title,
    active: api.active,
    description: api.description === '' && prior.description === null ? null : api.description,
    category_id: api.category_id === null || api.category_id === undefined ? null : String(api.category_id),
    position: api.position,
    // A trigger without conditions and no conditions block stays without one (no empty-block diff).
    conditions: all.length === 0 && any.length === 0 && !conditionsConfigured ? null : { all, any },
    actions: itemsToState(api.actions ?? [], rules.actions, tryResolve(rules.actions, 'action', defs), false, false),
  };
}

/** Items the API did not keep as planned: for the "Zendesk did not keep" error (counted by key, in one pass). */
export function unkept(planned: ResolvedRules, api: ApiTrigger): string[] {
  const missing: string[] = [];
  const check = (label: string, want: ResolvedItem[], got: (ApiCondition | ApiAction)[]) => {
    const held = new Map<string, number>();
    for (const g of got) held.set(itemKey(g), (held.get(itemKey(g)) ?? 0) + 1);
    for (const w of want) {
      const key = itemKey(w);
      const left = held.get(key) ?? 0;
      if (left === 0) missing.push(`${label} ${JSON.stringify(w)}`);
      else held.set(key, left - 1);
    }
    if (got.length > want.length) missing.push(`${label}: Zendesk holds ${got.length} items, ${want.length} were sent`);
  };
  check('ALL condition', planned.all, api.conditions?.all ?? []);
  check('ANY condition', planned.any, api.conditions?.any ?? []);
  check('action', planned.actions, api.actions ?? []);
  return missing;
}
