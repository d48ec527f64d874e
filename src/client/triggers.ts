/**
 * Zendesk's trigger API shapes [documented: docs/design/zendesk-api.md#trigger-object]: the trigger
 * object, its conditions and actions, and the definitions endpoint; and the
 * decoders that check an answer has that shape before anything reads it. A
 * 2xx answer of another shape (a proxy's page, a truncated body, a field of
 * the wrong type) becomes a ZendeskResponseError naming the part that was
 * wrong (the provider turns it into a diagnostic), instead of a crash.
 */
import { type AnswerContext, WrongShape, decodeAnswer as decode, kindOf, list, record, string } from './answer-shape';

export type { AnswerContext } from './answer-shape';

export type ApiValue = string | number | boolean | null | (string | number)[];

export interface ApiCondition {
  field: string;
  operator: string;
  value?: ApiValue;
}

export interface ApiAction {
  field: string;
  value?: ApiValue;
}

export interface ApiTrigger {
  id: number;
  title: string;
  active: boolean;
  /** null only when an answer leaves it out (Zendesk always sends it). */
  position: number | null;
  description: string | null;
  /** A string in the API, e.g. "10026" [documented: docs/design/zendesk-api.md#trigger-object]. */
  category_id: string | null;
  /** True for Zendesk's standard triggers [documented: docs/design/zendesk-api.md#trigger-object]. */
  default: boolean;
  conditions: { all: ApiCondition[]; any: ApiCondition[] };
  actions: ApiAction[];
}

export interface DefinitionOperator {
  value: string;
  title: string;
  terminal: boolean;
}

export interface DefinitionValue {
  value: string;
  title: string;
  enabled?: boolean;
}

export interface Definition {
  subject: string;
  title: string;
  type: string;
  group?: string;
  nullable?: boolean;
  repeatable?: boolean;
  operators?: DefinitionOperator[];
  values?: DefinitionValue[];
}

export interface TriggerDefinitions {
  actions: Definition[];
  conditions_all: Definition[];
  conditions_any: Definition[];
}

export const TRIGGERS_PATH = '/api/v2/triggers';
export const DEFINITIONS_PATH = `${TRIGGERS_PATH}/definitions`;
export const SEARCH_PATH = `${TRIGGERS_PATH}/search`;
export const triggerPath = (id: string) => `${TRIGGERS_PATH}/${encodeURIComponent(id)}`;

const optionalList = (v: unknown, at: string) => (v === undefined || v === null ? [] : list(v, at));

function itemValue(v: unknown, at: string): ApiValue | undefined {
  if (v === undefined || v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v as ApiValue | undefined;
  if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number')) return v as (string | number)[];
  throw new WrongShape(at, `is not a string, number or list of them (got ${kindOf(v)})`);
}

export function condition(v: unknown, at: string): ApiCondition {
  const o = record(v, at);
  return { field: string(o.field, `${at}.field`), operator: string(o.operator, `${at}.operator`), value: itemValue(o.value, `${at}.value`) };
}

function action(v: unknown, at: string): ApiAction {
  const o = record(v, at);
  return { field: string(o.field, `${at}.field`), value: itemValue(o.value, `${at}.value`) };
}

function trigger(v: unknown, at: string): ApiTrigger {
  const o = record(v, at);
  if (typeof o.id !== 'number' || !Number.isInteger(o.id)) throw new WrongShape(`${at}.id`, `is not a numeric ID (got ${kindOf(o.id)})`);
  if (typeof o.active !== 'boolean') throw new WrongShape(`${at}.active`, `is not true or false (got ${kindOf(o.active)})`);
  if (o.position !== undefined && o.position !== null && typeof o.position !== 'number') throw new WrongShape(`${at}.position`, `is not a number (got ${kindOf(o.position)})`);
  if (o.description !== undefined && o.description !== null && typeof o.description !== 'string') throw new WrongShape(`${at}.description`, `is not a string (got ${kindOf(o.description)})`);
  const category = o.category_id;
  if (category !== undefined && category !== null && typeof category !== 'string' && typeof category !== 'number') {
    throw new WrongShape(`${at}.category_id`, `is not an ID (got ${kindOf(category)})`);
  }
  const conditions = o.conditions === undefined || o.conditions === null ? {} : record(o.conditions, `${at}.conditions`);
  return {
    id: o.id,
    title: string(o.title, `${at}.title`),
    active: o.active,
    position: typeof o.position === 'number' ? o.position : null,
    description: typeof o.description === 'string' ? o.description : null,
    category_id: category === undefined || category === null ? null : String(category),
    default: o.default === true,
    conditions: {
      all: optionalList(conditions.all, `${at}.conditions.all`).map((c, i) => condition(c, `${at}.conditions.all[${i}]`)),
      any: optionalList(conditions.any, `${at}.conditions.any`).map((c, i) => condition(c, `${at}.conditions.any[${i}]`)),
    },
    actions: list(o.actions, `${at}.actions`).map((a, i) => action(a, `${at}.actions[${i}]`)),
  };
}

export function definition(v: unknown, at: string): Definition {
  const o = record(v, at);
  const operators = o.operators === undefined ? undefined : list(o.operators, `${at}.operators`).map((x, i) => {
    const p = record(x, `${at}.operators[${i}]`);
    return { value: string(p.value, `${at}.operators[${i}].value`), title: string(p.title, `${at}.operators[${i}].title`), terminal: p.terminal === true };
  });
  const values = o.values === undefined ? undefined : list(o.values, `${at}.values`).map((x, i) => {
    const p = record(x, `${at}.values[${i}]`);
    // Enumerated values may be numbers (ids); configurations spell them as strings.
    const value = typeof p.value === 'number' ? String(p.value) : string(p.value, `${at}.values[${i}].value`);
    return { value, title: string(p.title, `${at}.values[${i}].title`), enabled: p.enabled !== false };
  });
  return {
    subject: string(o.subject, `${at}.subject`),
    title: string(o.title, `${at}.title`),
    type: typeof o.type === 'string' ? o.type : '',
    nullable: o.nullable === true,
    ...(operators ? { operators } : {}),
    ...(values ? { values } : {}),
  };
}

export const triggerAnswer = (body: unknown, ctx: AnswerContext): ApiTrigger => decode(body, ctx, (b) => trigger(record(b, 'the answer').trigger, 'trigger'));

/** One page of `GET /api/v2/triggers/search` (offset pagination [documented: docs/design/zendesk-api.md#trigger-endpoints]). */
export const triggerPageAnswer = (body: unknown, ctx: AnswerContext): { triggers: ApiTrigger[]; nextPage: string | null } =>
  decode(body, ctx, (b) => {
    const o = record(b, 'the answer');
    const next = o.next_page;
    if (next !== undefined && next !== null && typeof next !== 'string') throw new WrongShape('next_page', `is not a URL (got ${kindOf(next)})`);
    return { triggers: list(o.triggers, 'triggers').map((t, i) => trigger(t, `triggers[${i}]`)), nextPage: typeof next === 'string' ? next : null };
  });

/** `{"definitions": {actions, conditions_all, conditions_any}}` [documented: docs/design/zendesk-api.md#trigger-definitions]. */
export const definitionsAnswer = (body: unknown, ctx: AnswerContext): TriggerDefinitions =>
  decode(body, ctx, (b) => {
    const d = record(record(b, 'the answer').definitions, 'definitions');
    const read = (key: 'actions' | 'conditions_all' | 'conditions_any') => list(d[key], `definitions.${key}`).map((x, i) => definition(x, `definitions.${key}[${i}]`));
    return { actions: read('actions'), conditions_all: read('conditions_all'), conditions_any: read('conditions_any') };
  });
