/**
 * Checks a trigger body against the account's definitions: fields, operators
 * and values (422 RecordInvalid with details when something does not fit).
 *
 * Where Zendesk checks ids, and where the emulator assumes it does:
 *  - Enumerated values are checked: Zendesk refuses "Invalid value 'web' in
 *    'Update via / Is not / web'" [observed: docs/design/zendesk-api.md#conditions-and-actions]. A real
 *    account's definitions enumerate its own groups, agents, organizations,
 *    brand, forms, schedules, targets and support address as values
 *    (recorded/definitions.ts), so the emulator checks those ids the same way
 *    [inferred: docs/design/zendesk-api.md#conditions-and-actions]: an id of another account is refused (the recorded "impossible
 *    trigger" names an agent of its own account, the Slack trigger a target).
 *  - For a notification ("email", "sms", "target"), the first element (the
 *    recipient, the target) is checked against the listed values; subject,
 *    body and message are free text.
 *  - "Notify active webhook" lists no values in the recording; the emulator
 *    checks the webhook id against the account's webhooks [ASSUMPTION: the
 *    title says only active webhooks can be notified].
 *  - Free input (types "text", "tags", "date") is not checked.
 *  - The empty value "" means "(none)" on nullable fields: real standard
 *    triggers hold `assignee_id is ""` and `group_id is_not ""` [observed:
 *    docs/design/zendesk-api.md#conditions-and-actions] while the definitions list "-" (__NULL__) for
 *    the same; both are accepted.
 *  - Typed-in custom field values (numbers, dates) must be of the field's
 *    format (recorded/custom-fields.ts).
 * Values are stored as sent, JSON types included (a boolean `true`, a number
 * in a list), and so is the value of an operator that takes none (`changed ""`
 * and `changed null` both come back as sent [observed: docs/design/zendesk-api.md#conditions-and-actions]).
 *
 * A malformed trigger is refused, never stored in part: `conditions` that is
 * not an object of `all` and `any` lists, an item that is not an object, an
 * action list that is not a list. A trigger needs at least one condition and
 * one action: with no condition it would fire on every ticket update. Zendesk
 * refuses both (actions are mandatory [documented: docs/design/zendesk-api.md#trigger-object]; for
 * conditions, ASSUMPTION: Admin Center's trigger form cannot be saved without
 * one, and the API's exact answer is unrecorded [inferred: docs/design/zendesk-api.md#trigger-object]); the texts and `error` codes of these answers are the
 * emulator's [ASSUMPTION, listed in recorded/assumptions.ts], in Zendesk's
 * 422 RecordInvalid shape, as for every other invalid trigger.
 */
import type { ActionRecord, ConditionRecord } from './model';
import { type Problems, type TriggerRules, checkAction, checkCondition } from './validate-items';

export type { TriggerRules } from './validate-items';
export type Details = Record<string, Problems>;

/** A fields of a trigger a client may write (id, url, default and timestamps are read-only [documented: docs/design/zendesk-api.md#trigger-object]). */
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
const shown = (v: unknown) => JSON.stringify(v) ?? String(v);
const invalidValue = (description: string) => [{ description, error: 'InvalidValue' }];
export const NO_CONDITIONS = [{ description: 'Conditions: a trigger needs at least one condition in all or any', error: 'BlankValue' }];
export const NO_ACTIONS = [{ description: 'Actions: cannot be blank', error: 'BlankValue' }];

/**
 * `conditions`: an object whose `all` and `any` are lists of conditions. A missing or null list is an empty one (a
 * client that marshals an empty Go slice sends null, as nukosuke's provider does [observed: docs/design/zendesk-api.md#conditions-and-actions]).
 */
function readConditions(raw: unknown, rules: TriggerRules, details: Details, base: Problems): TriggerInput['conditions'] {
  if (!isObject(raw)) {
    details.conditions = invalidValue(`Conditions: must be an object with "all" and "any" lists of conditions, got ${shown(raw)}`);
    return undefined;
  }
  const unknown = Object.keys(raw).filter((key) => key !== 'all' && key !== 'any');
  if (unknown.length) {
    details.conditions = invalidValue(`Conditions: only "all" and "any" lists are allowed, got ${unknown.map((k) => `"${k}"`).join(', ')}`);
    return undefined;
  }
  const lists = { all: [] as ConditionRecord[], any: [] as ConditionRecord[] };
  for (const which of ['all', 'any'] as const) {
    const list = raw[which];
    if (list === undefined || list === null) continue;
    if (!Array.isArray(list)) {
      (details.conditions ??= []).push(...invalidValue(`Conditions: "${which}" must be a list of conditions, got ${shown(list)}`));
      continue;
    }
    for (const item of list) {
      const condition = checkCondition(item, which, rules, base);
      if (condition) lists[which].push(condition);
    }
  }
  if (details.conditions) return undefined;
  if (lists.all.length === 0 && lists.any.length === 0 && base.length === 0) details.conditions = NO_CONDITIONS;
  return lists;
}

function readActions(raw: unknown, rules: TriggerRules, details: Details, base: Problems): ActionRecord[] | undefined {
  if (raw === undefined || raw === null || (Array.isArray(raw) && raw.length === 0)) {
    details.actions = NO_ACTIONS;
    return undefined;
  }
  if (!Array.isArray(raw)) {
    details.actions = invalidValue(`Actions: must be a list of actions, got ${shown(raw)}`);
    return undefined;
  }
  return raw.map((a) => checkAction(a, rules, base)).filter((a): a is ActionRecord => !!a);
}

/**
 * Checks a trigger body against the account's definitions. `creating` makes
 * title, conditions and actions mandatory ("Mandatory" for title and actions [documented: docs/design/zendesk-api.md#trigger-object]).
 */
export function validateTrigger(body: unknown, rules: TriggerRules, creating: boolean): { input?: TriggerInput; details?: Details } {
  const details: Details = {};
  const base: Problems = [];
  if (!isObject(body)) return { details: { base: [{ description: 'Expected {"trigger": {…}}' }] } };
  const input: TriggerInput = {};
  if (body.title !== undefined || creating) {
    if (typeof body.title !== 'string' || body.title.trim() === '') details.title = [{ description: 'Title: cannot be blank', error: 'BlankValue' }];
    else input.title = body.title;
  }
  if (body.active !== undefined) {
    if (typeof body.active !== 'boolean') details.active = invalidValue('Active: must be true or false');
    else input.active = body.active;
  }
  if (body.description !== undefined) {
    if (body.description !== null && typeof body.description !== 'string') details.description = invalidValue(`Description: must be text, got ${shown(body.description)}`);
    else input.description = body.description;
  }
  if (body.category_id !== undefined && body.category_id !== null) {
    const id = body.category_id;
    if ((typeof id !== 'string' && typeof id !== 'number') || !/^\d+$/.test(String(id))) details.category_id = invalidValue(`Category: must be a category id, got ${shown(id)}`);
    else input.category_id = String(id);
  }
  if (body.position !== undefined) {
    if (typeof body.position !== 'number' || !Number.isInteger(body.position) || body.position < 0) details.position = invalidValue('Position: must be a whole number');
    else input.position = body.position;
  }
  if (body.conditions !== undefined) input.conditions = readConditions(body.conditions, rules, details, base);
  else if (creating) details.conditions = NO_CONDITIONS;
  if (body.actions !== undefined || creating) input.actions = readActions(body.actions, rules, details, base);
  if (base.length) details.base = base;
  return Object.keys(details).length ? { details } : { input };
}
