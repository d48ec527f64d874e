import type { DefinitionsIndex, ValueOption } from './definitions';
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

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Numbers come back as strings ("The Via Type value is a number" in requests, strings in responses [INF]). */
function normalize(value: unknown): ItemValue | undefined {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.every((v) => typeof v === 'string' || typeof v === 'number') ? value.map(String) : undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** The observed error text shape: "Invalid value 'web' in 'Update via / Is not / web'" [OBS ZendeskApi_v2#226]. */
const invalid = (description: string) => ({ description });

/** Whether a value fits a field's enumerated options: one option, or a list of them (e.g. custom_status_id includes [DOC]). */
const fitsOptions = (value: ItemValue, options: ValueOption[]) =>
  value !== null && (Array.isArray(value) ? value : [value]).every((v) => options.some((o) => o.value === v));

function checkCondition(raw: unknown, which: 'all' | 'any', defs: DefinitionsIndex, base: Details['base']): ConditionRecord | undefined {
  if (!isObject(raw) || typeof raw.field !== 'string' || typeof raw.operator !== 'string') {
    base.push(invalid(`Invalid condition ${JSON.stringify(raw)}: field and operator are required`));
    return undefined;
  }
  const definition = defs.condition(which, raw.field);
  if (!definition) {
    base.push(invalid(`Invalid field '${raw.field}' in condition`));
    return undefined;
  }
  const operator = definition.operators?.find((o) => o.value === raw.operator);
  if (!operator) {
    base.push(invalid(`Invalid operator '${raw.operator}' in '${definition.title} / ${raw.operator}'`));
    return undefined;
  }
  // Terminal operators take no value: Zendesk keeps null whatever was sent (assumption: we normalise rather than reject).
  if (operator.terminal) return { field: raw.field, operator: raw.operator, value: null };
  const value = normalize(raw.value);
  const options = defs.conditionValues(definition.subject);
  if (value === undefined || (options && !fitsOptions(value, options))) {
    base.push(invalid(`Invalid value '${String(raw.value)}' in '${definition.title} / ${operator.title} / ${String(raw.value)}'`));
    return undefined;
  }
  return { field: raw.field, operator: raw.operator, value };
}

/**
 * Actions: a "multi" action takes a list (e.g. notification_user: recipient, subject, body); any other takes one
 * value, from the options when the definition enumerates them. Tags may come as one space-separated string or a list.
 */
function checkAction(raw: unknown, defs: DefinitionsIndex, base: Details['base']): ActionRecord | undefined {
  if (!isObject(raw) || typeof raw.field !== 'string') {
    base.push(invalid(`Invalid action ${JSON.stringify(raw)}: field is required`));
    return undefined;
  }
  const definition = defs.action(raw.field);
  if (!definition) {
    base.push(invalid(`Invalid field '${raw.field}' in action`));
    return undefined;
  }
  const value = normalize(raw.value);
  const multi = definition.type === 'multi';
  const shapeFits = multi ? Array.isArray(value) : definition.type === 'tagger' || !Array.isArray(value);
  if (value === undefined || value === null || !shapeFits || (definition.values && !fitsOptions(value, definition.values))) {
    base.push(invalid(`Invalid value '${JSON.stringify(raw.value)}' in '${definition.title}'`));
    return undefined;
  }
  return { field: raw.field, value };
}

/**
 * Checks a trigger body against the account's definitions (422 RecordInvalid
 * with details when it does not fit). `creating` makes title and actions
 * mandatory [DOC TR-DOC "Mandatory"].
 */
export function validateTrigger(body: unknown, defs: DefinitionsIndex, creating: boolean): { input?: TriggerInput; details?: Details } {
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
      (Array.isArray(list) ? list : []).map((c) => checkCondition(c, which, defs, base)).filter((c): c is ConditionRecord => !!c);
    input.conditions = { all: read(conditions.all, 'all'), any: read(conditions.any, 'any') };
  }
  if (body.actions !== undefined || creating) {
    if (!Array.isArray(body.actions) || body.actions.length === 0) details.actions = [{ description: 'Actions: cannot be blank', error: 'BlankValue' }];
    else input.actions = body.actions.map((a) => checkAction(a, defs, base)).filter((a): a is ActionRecord => !!a);
  }
  if (base.length) details.base = base;
  return Object.keys(details).length ? { details } : { input };
}
