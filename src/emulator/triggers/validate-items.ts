/**
 * Checks one condition or action of a trigger against the account's definitions: its shape (an object with a field,
 * an operator for conditions, and a value of a JSON type a condition can hold), then its field, operator and value.
 * Each problem is one `details.base` entry in the observed text shape ("Invalid value 'web' in 'Update via / Is not /
 * web'" [observed: docs/design/zendesk-api.md#conditions-and-actions]); the texts for shapes the recordings never show (a condition that is not
 * an object, a value that is an object) are the emulator's [ASSUMPTION, listed in recorded/assumptions.ts].
 * See validate.ts for which ids and values are checked, and why.
 */
import type { Definition, DefinitionsIndex } from './definitions';
import type { ActionRecord, ConditionRecord, ItemValue } from './model';
import type { ValueFormat } from '../recorded/custom-fields';

export type Problems = { description: string; error?: string }[];

/** What a trigger is checked against: the account's definitions, its webhooks, and the formats of free-input fields. */
export interface TriggerRules {
  definitions: DefinitionsIndex;
  webhookIds: ReadonlySet<string>;
  /** The value format of each custom field subject whose value is typed in (a number, a date), by subject. */
  valueFormats: ReadonlyMap<string, ValueFormat>;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isScalar = (v: unknown): v is string | number | boolean => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
/** A value as the error names it: strings as they are, anything else as JSON (never "[object Object]"). */
const shown = (v: unknown) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v)));
const invalid = (description: string) => ({ description });

/** A JSON value a condition or action can hold, or undefined for anything else (objects, nested lists, lists of booleans). */
function itemValue(value: unknown): ItemValue | undefined {
  if (value === null || value === undefined) return null;
  if (isScalar(value)) return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) return value as (string | number)[];
  return undefined;
}

/** Whether one value is a listed one, or the "(none)" value of a nullable field. */
function listed(value: string | number | boolean, definition: Definition, rules: TriggerRules): boolean {
  const keys = rules.definitions.valueKeys(definition);
  return !keys || keys.has(String(value)) || (value === '' && definition.nullable);
}

const FORMATS: Record<ValueFormat, RegExp> = {
  integer: /^-?\d+$/,
  decimal: /^-?\d+(\.\d+)?$/,
  // Dates as Admin Center's date picker writes them, e.g. 2024-05-31 [ASSUMPTION: no recorded trigger holds one].
  date: /^\d{4}-\d{2}-\d{2}$/,
  text: /^/,
};

/** A typed-in value: one scalar of the field's format (a date operator such as "within the previous n days" takes a whole number). */
function typedValueFits(value: ItemValue, format: ValueFormat, operatorFormat: string | undefined): boolean {
  if (value === null || Array.isArray(value) || typeof value === 'boolean') return false;
  const effective = format === 'date' && operatorFormat === 'integer' ? 'integer' : format;
  return FORMATS[effective].test(String(value));
}

/** A condition value: one listed value, or a list of them (custom_status_id "includes" [documented: docs/design/zendesk-api.md#conditions-and-actions]); free input when nothing is listed. */
function conditionValueFits(value: ItemValue, definition: Definition, format: string | undefined, rules: TriggerRules): boolean {
  const typed = rules.valueFormats.get(definition.subject);
  if (typed) return typedValueFits(value, typed, format);
  if (value === null) return !definition.values;
  return (Array.isArray(value) ? value : [value]).every((v) => listed(v, definition, rules));
}

export function checkCondition(raw: unknown, which: 'all' | 'any', rules: TriggerRules, base: Problems): ConditionRecord | undefined {
  if (!isObject(raw)) {
    base.push(invalid(`Invalid condition ${shown(raw)}: a condition is an object with field, operator and value`));
    return undefined;
  }
  if (typeof raw.field !== 'string' || raw.field === '' || typeof raw.operator !== 'string' || raw.operator === '') {
    base.push(invalid(`Invalid condition ${shown(raw)}: field and operator are required`));
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
  // A terminal operator ("Changed", "Present") takes no value: whatever is sent is kept as sent
  // [observed: docs/design/zendesk-api.md#conditions-and-actions].
  if (value === undefined || (!operator.terminal && !conditionValueFits(value, definition, operator.format, rules))) {
    base.push(invalid(`Invalid value '${shown(raw.value ?? '')}' in '${definition.title} / ${operator.title} / ${shown(raw.value ?? '')}'`));
    return undefined;
  }
  return { field: raw.field, operator: raw.operator, value };
}

/** Definition types whose value is a list: recipient or target first, then subject/body or message. */
const NOTIFICATION_TYPES = new Set(['email', 'sms', 'target', 'webhook']);

function actionValueFits(value: ItemValue, definition: Definition, rules: TriggerRules): boolean {
  const typed = rules.valueFormats.get(definition.subject);
  // Setting a typed-in custom field: its format, or "" (null) to clear it, as every custom field action is nullable.
  if (typed) return value === null || value === '' || typedValueFits(value, typed, undefined);
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

export function checkAction(raw: unknown, rules: TriggerRules, base: Problems): ActionRecord | undefined {
  if (!isObject(raw)) {
    base.push(invalid(`Invalid action ${shown(raw)}: an action is an object with field and value`));
    return undefined;
  }
  if (typeof raw.field !== 'string' || raw.field === '') {
    base.push(invalid(`Invalid action ${shown(raw)}: field is required`));
    return undefined;
  }
  const definition = rules.definitions.action(raw.field);
  if (!definition) {
    base.push(invalid(`Invalid field '${raw.field}' in action`));
    return undefined;
  }
  const value = itemValue(raw.value);
  if (value === undefined || !actionValueFits(value, definition, rules)) {
    base.push(invalid(`Invalid value '${JSON.stringify(raw.value) ?? ''}' in '${definition.title}'`));
    return undefined;
  }
  return { field: raw.field, value };
}
