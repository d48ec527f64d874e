/**
 * What a trigger write (POST /api/v2/triggers, PUT /api/v2/triggers/{id}) asks for, read before the trigger is
 * checked against the account's definitions (validate.ts):
 *
 * - Legacy top-level `all` / `any` (older clients send them; deprecated [documented: docs/design/zendesk-api.md#trigger-object])
 *   become `conditions.all` / `conditions.any`, as Zendesk fills them. When `conditions` has
 *   the same list too, `conditions` wins and the legacy key is named as removed (ASSUMPTION: which one Zendesk keeps
 *   is undocumented; naming the loser keeps the drop visible).
 * - An inline `category` object creates a category and assigns the trigger to it [documented: docs/design/zendesk-api.md#trigger-object].
 *   Its `name` is mandatory, as for POST /api/v2/trigger_categories [documented: docs/design/zendesk-api.md#trigger-categories]; `category` together with `category_id`
 *   is refused (ASSUMPTION: Zendesk's answer is undocumented; refusing makes the ambiguity visible).
 * - Any other key is removed and named in X-Zendesk-API-Warn, as Zendesk does with parameters it does not permit
 *   ("Removed Params: Unpermitted parameter keys: …", seen for account settings
 *   [observed: docs/design/zendesk-api.md#partial-updates-and-dropped-keys]): read-only ones (id, url, default, created_at, updated_at
 *   [documented: docs/design/zendesk-api.md#trigger-object]), unknown ones, and the writable ones this
 *   emulator does not model (raw_title, restriction, brand_id: ASSUMPTION, named rather than dropped silently).
 */
import type { Details } from './validate';

/** The keys of a trigger write the emulator takes. */
const PERMITTED = new Set(['title', 'active', 'position', 'conditions', 'actions', 'description', 'category_id', 'category', 'all', 'any']);
const LEGACY_LISTS = ['all', 'any'] as const;

export interface NewCategory {
  name: string;
  position?: number;
}

export interface TriggerWrite {
  /** The trigger to check: legacy conditions moved into `conditions`; `category` and removed keys taken out. */
  trigger: Record<string, unknown>;
  /** The inline category to create and assign. */
  newCategory?: NewCategory;
  /** `trigger.<key>` for every key removed, for X-Zendesk-API-Warn. */
  removed: string[];
  /** Why the inline category cannot be taken (422 RecordInvalid details). */
  details?: Details;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

export function readTriggerWrite(raw: Record<string, unknown>): TriggerWrite {
  const trigger: Record<string, unknown> = {};
  const removed: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (!PERMITTED.has(key)) removed.push(`trigger.${key}`);
    else if (key !== 'category' && !(LEGACY_LISTS as readonly string[]).includes(key)) trigger[key] = value;
  }

  const legacy = LEGACY_LISTS.filter((list) => raw[list] !== undefined);
  if (legacy.length) {
    const conditions: Record<string, unknown> = isObject(raw.conditions) ? { ...raw.conditions } : {};
    for (const list of legacy) {
      if (conditions[list] === undefined) conditions[list] = raw[list];
      else removed.push(`trigger.${list}`);
    }
    trigger.conditions = conditions;
  }

  if (raw.category === undefined) return { trigger, removed };
  const category = raw.category;
  const invalid = (description: string, error: string): TriggerWrite => ({ trigger, removed, details: { category: [{ description, error }] } });
  if (raw.category_id !== undefined && raw.category_id !== null) return invalid('Category: give either category_id or category, not both', 'InvalidValue');
  if (!isObject(category) || typeof category.name !== 'string' || category.name.trim() === '') return invalid('Category name: cannot be blank', 'BlankValue');
  if (category.position !== undefined && (typeof category.position !== 'number' || !Number.isInteger(category.position) || category.position < 0)) {
    return invalid('Category position: must be a whole number', 'InvalidValue');
  }
  for (const key of Object.keys(category)) if (key !== 'name' && key !== 'position') removed.push(`trigger.category.${key}`);
  return { trigger, removed, newCategory: { name: category.name, position: category.position as number | undefined } };
}
