/** Trigger and trigger-category records as the emulator stores them (the API shapes [documented: docs/design/zendesk-api.md#trigger-object; docs/design/zendesk-api.md#trigger-categories]). */

/**
 * A condition's or action's value, stored as sent: real answers keep JSON
 * types (`"value": true` for "Comment is Public", a number inside a target's
 * list [observed: docs/design/zendesk-api.md#conditions-and-actions]).
 */
export type ItemValue = string | number | boolean | null | (string | number)[];

export interface ConditionRecord {
  field: string;
  operator: string;
  value: ItemValue;
}

export interface ActionRecord {
  field: string;
  value: ItemValue;
}

export interface TriggerRecord {
  id: number;
  title: string;
  raw_title: string;
  active: boolean;
  position: number;
  conditions: { all: ConditionRecord[]; any: ConditionRecord[] };
  actions: ActionRecord[];
  description: string | null;
  /** A string in the API [documented: docs/design/zendesk-api.md#trigger-object]. */
  category_id: string;
  default: boolean;
  restriction: null;
  created_at: string;
  updated_at: string;
}

export interface CategoryRecord {
  id: string;
  name: string;
  position: number;
  created_at: string;
  updated_at: string;
}

/** The part of an account's state holding its business rules. */
export interface TriggerState {
  triggers: TriggerRecord[];
  categories: CategoryRecord[];
  nextId: number;
}

/** The trigger as the API shows it: the stored record plus its URL under the account root [observed: docs/design/zendesk-api.md#trigger-object]. */
export function present(trigger: TriggerRecord, accountRoot: string) {
  return { url: `${accountRoot}/api/v2/triggers/${trigger.id}.json`, ...trigger };
}

/** Rule counts of a category (`include=rule_counts`): its active and inactive triggers. */
export interface RuleCounts {
  active_count: number;
  inactive_count: number;
}

export function ruleCounts(state: TriggerState, categoryId: string): RuleCounts {
  const inCategory = state.triggers.filter((t) => t.category_id === categoryId);
  const active = inCategory.filter((t) => t.active).length;
  return { active_count: active, inactive_count: inCategory.length - active };
}

/**
 * The category as the API shows it: the stored record plus its URL
 * (`https://{subdomain}.zendesk.com/api/v2/trigger_categories/{id}.json` [observed: docs/design/zendesk-api.md#trigger-categories]) and, when asked for, its rule counts.
 * The counts sit on the category itself, as Zendesk's OpenAPI spec composes them (TriggerCategoriesResponse items:
 * allOf TriggerCategory, anyOf TriggerCategoryRuleCounts); ASSUMPTION, as no recorded answer shows them.
 */
export function presentCategory(category: CategoryRecord, accountRoot: string, counts?: RuleCounts) {
  return { url: `${accountRoot}/api/v2/trigger_categories/${category.id}.json`, ...category, ...counts };
}

/** Adds a category (POST /api/v2/trigger_categories, or inline in a trigger write); new ones go last by default. */
export function addCategory(state: TriggerState, input: { name: string; position?: number }, now: string): CategoryRecord {
  const category: CategoryRecord = {
    id: String(state.nextId++),
    name: input.name,
    position: input.position ?? state.categories.length + 1,
    created_at: now,
    updated_at: now,
  };
  state.categories.push(category);
  return category;
}
