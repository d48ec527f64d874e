/**
 * Checks a trigger body against the account's definitions: fields, operators
 * and values (422 RecordInvalid with details when something does not fit).
 *
 * Where Zendesk checks ids, and where the emulator assumes it does:
 *  - Enumerated values are checked: Zendesk refuses "Invalid value 'web' in
 *    'Update via / Is not / web'" [OBS Speedygeek/ZendeskApi_v2#226]. A real
 *    account's definitions enumerate its own groups, agents, organizations,
 *    brand, forms, schedules, targets and support address as values
 *    (recorded/definitions.ts), so the emulator checks those ids the same way
 *    [INF]: an id of another account is refused (the recorded "impossible
 *    trigger" names an agent of its own account, the Slack trigger a target).
 *  - For a notification ("email", "sms", "target"), the first element (the
 *    recipient, the target) is checked against the listed values; subject,
 *    body and message are free text.
 *  - "Notify active webhook" lists no values in the recording; the emulator
 *    checks the webhook id against the account's webhooks [ASSUMPTION: the
 *    title says only active webhooks can be notified].
 *  - Free input (types "text", "tags", "date") is not checked.
 *  - The empty value "" means "(none)" on nullable fields: real standard
 *    triggers hold `assignee_id is ""` and `group_id is_not ""` [OBS
 *    recorded/triggers-salto.ts] while the definitions list "-" (__NULL__) for
 *    the same; both are accepted.
 * Values are stored as sent, JSON types included (a boolean `true`, a number
 * in a list), and so is the value of an operator that takes none (`changed ""`
 * and `changed null` both come back as sent [OBS the recorded triggers]).
 */
import type { Definition, DefinitionsIndex } from './definitions';
import type { ActionRecord, ConditionRecord, ItemValue } from './model';

export type Details = Record<string, { description: string; error?: string }[]>;

/** A fields of a trigger a client may write (id, url, default and timestamps are read-only [DOC]). */
export interface TriggerInput {
  title?: string;
  active?: boolean;
  description?: string | null;
  category_id?: string;
  position?: number;
  conditions?: { all: ConditionRecord[]; any: ConditionRecord[] };
  actions?: ActionRecord[];
}

/** What a trigger is checked against: the account's definitions and its webhooks. */
export interface TriggerRules {
  definitions: DefinitionsIndex;
  webhookIds: ReadonlySet<string>;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isScalar = (v: unknown): v is string | number | boolean => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/** A JSON value a condition or action can hold, or undefined for anything else (objects, nested lists). */
function itemValue(value: unknown): ItemValue | undefined {
  if (value === null || value === undefined) return null;
  if (isScalar(value)) return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) return value as (string | number)[];
  return undefined;
}

/** The observed error text shape: "Invalid value 'web' in 'Update via / Is not / web'" [OBS ZendeskApi_v2#226]. */
const invalid = (description: string) => ({ description });

/** Whether one value is a listed one, or the "(none)" value of a nullable field. */
function listed(value: string | number | boolean, definition: Definition, rules: TriggerRules): boolean {
  const keys = rules.definitions.valueKeys(definition);
  return !keys || keys.has(String(value)) || (value === '' && definition.nullable);
}

/** A condition value: one listed value, or a list of them (custom_status_id "includes" [DOC]); free input when nothing is listed. */
function conditionValueFits(value: ItemValue, definition: Definition, rules: TriggerRules): boolean {
  if (value === null) return !definition.values;
  return (Array.isArray(value) ? value : [value]).every((v) => listed(v, definition, rules));
}

function checkCondition(raw: unknown, which: 'all' | 'any', rules: TriggerRules, base: Details['base']): ConditionRecord | undefined {
  if (!isObject(raw) || typeof raw.field !== 'string' || typeof raw.operator !== 'string') {
    base.push(invalid(`Invalid condition ${JSON.stringify(raw)}: field and operator are required`));
    return undefined;
  }
  const definition = rules.definitions.condition(which, raw.field);
  if (!definition) {
    base.push(invalid(`Invalid field '${raw.field}' in condition`));
    return undefined;
  }
  const operator = definition.operators?.find((o) => o.value === raw.operator);
  if (!operator) {
    base.push(invalid(`Invalid operator '${raw.operator}' in '${definition.title} / ${raw.operator}'`));
    return undefined;
  }
  const value = itemValue(raw.value);
  if (value === undefined || (!operator.terminal && !conditionValueFits(value, definition, rules))) {
    base.push(invalid(`Invalid value '${String(raw.value)}' in '${definition.title} / ${operator.title} / ${String(raw.value)}'`));
    return undefined;
  }
  return { field: raw.field, operator: raw.operator, value };
}

/** Definition types whose value is a list: recipient or target first, then subject/body or message. */
const NOTIFICATION_TYPES = new Set(['email', 'sms', 'target', 'webhook']);

function actionValueFits(value: ItemValue, definition: Definition, rules: TriggerRules): boolean {
  if (value === null) return false;
  if (NOTIFICATION_TYPES.has(definition.type)) {
    if (!Array.isArray(value) || value.length === 0) return false;
    return definition.type === 'webhook' ? rules.webhookIds.has(String(value[0])) : listed(value[0], definition, rules);
  }
  if (Array.isArray(value)) {
    // Tags and multi-select fields take several values; any other field one.
    if (definition.type !== 'tags' && definition.type !== 'multiselect_list') return false;
    return value.every((v) => listed(v, definition, rules));
  }
  return listed(value, definition, rules);
}

function checkAction(raw: unknown, rules: TriggerRules, base: Details['base']): ActionRecord | undefined {
  if (!isObject(raw) || typeof raw.field !== 'string') {
    base.push(invalid(`Invalid action ${JSON.stringify(raw)}: field is required`));
    return undefined;
  }
  const definition = rules.definitions.action(raw.field);
  if (!definition) {
    base.push(invalid(`Invalid field '${raw.field}' in action`));
    return undefined;
  }
  const value = itemValue(raw.value);
  if (value === undefined || !actionValueFits(value, definition, rules)) {
    base.push(invalid(`Invalid value '${JSON.stringify(raw.value)}' in '${definition.title}'`));
    return undefined;
  }
  return { field: raw.field, value };
}

/**
 * Checks a trigger body against the account's definitions. `creating` makes
 * title and actions mandatory [DOC TR-DOC "Mandatory"].
 */
export function validateTrigger(body: unknown, rules: TriggerRules, creating: boolean): { input?: TriggerInput; details?: Details } {
  const details: Details = {};
  const base: Details['base'] = [];
  if (!isObject(body)) return { details: { base: [invalid('Expected {"trigger": {…}}')] } };
  const input: TriggerInput = {};
  if (body.title !== undefined || creating) {
    if (typeof body.title !== 'string' || body.title.trim() === '') details.title = [{ description: 'Title: cannot be blank', error: 'BlankValue' }];
    else input.title = body.title;
  }
  if (body.active !== undefined) {
    if (typeof body.active !== 'boolean') details.active = [{ description: 'Active: must be true or false', error: 'InvalidValue' }];
    else input.active = body.active;
  }
  if (body.description !== undefined) input.description = body.description === null ? null : String(body.description);
  if (body.category_id !== undefined && body.category_id !== null) input.category_id = String(body.category_id);
  if (body.position !== undefined) {
    if (typeof body.position !== 'number' || !Number.isInteger(body.position) || body.position < 0) {
      details.position = [{ description: 'Position: must be a whole number', error: 'InvalidValue' }];
    } else input.position = body.position;
  }
  if (body.conditions !== undefined) {
    const conditions = isObject(body.conditions) ? body.conditions : {};
    const read = (list: unknown, which: 'all' | 'any') =>
      (Array.isArray(list) ? list : []).map((c) => checkCondition(c, which, rules, base)).filter((c): c is ConditionRecord => !!c);
    input.conditions = { all: read(conditions.all, 'all'), any: read(conditions.any, 'any') };
  }
  if (body.actions !== undefined || creating) {
    if (!Array.isArray(body.actions) || body.actions.length === 0) details.actions = [{ description: 'Actions: cannot be blank', error: 'BlankValue' }];
    else input.actions = body.actions.map((a) => checkAction(a, rules, base)).filter((a): a is ActionRecord => !!a);
  }
  if (base.length) details.base = base;
  return Object.keys(details).length ? { details } : { input };
}
