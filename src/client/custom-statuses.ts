/**
 * The custom ticket status endpoints [documented: docs/design/zendesk-api.md#custom-ticket-statuses]: list (not
 * paged, filtered by category and active flag), show, create and update. Zendesk has no delete: a status is
 * deactivated with `active: false`. Every answer is checked by its decoder before anything reads it, so an answer
 * of another shape becomes a ZendeskResponseError naming the part that was wrong, never a crash.
 */
import type { ZendeskClient } from './client';
import { type AnswerContext, WrongShape, decodeAnswer as decode, isRecord, kindOf } from './answer-shape';

export const STATUS_CATEGORIES = ['new', 'open', 'pending', 'hold', 'solved'] as const;
export type StatusCategory = (typeof STATUS_CATEGORIES)[number];

export interface ApiCustomStatus {
  id: number;
  status_category: StatusCategory;
  agent_label: string;
  end_user_label: string | null;
  description: string | null;
  end_user_description: string | null;
  active: boolean;
  /** True for the system status each category starts with. */
  default: boolean;
}

/** What a create or update sends (`status_category` only on create: Zendesk keeps a status's category). */
export interface CustomStatusPayload {
  status_category?: StatusCategory;
  agent_label?: string;
  end_user_label?: string;
  description?: string;
  end_user_description?: string;
  active?: boolean;
}

export const CUSTOM_STATUSES_PATH = '/api/v2/custom_statuses';
export const customStatusPath = (id: string) => `${CUSTOM_STATUSES_PATH}/${encodeURIComponent(id)}`;

/** What the calls need of a client: one request with its status and attempts. */
export type CustomStatusRequestSender = Pick<ZendeskClient, 'requestWithResponse'>;

function optionalText(v: unknown, at: string): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw new WrongShape(at, `is not a string (got ${kindOf(v)})`);
  return v;
}

function customStatus(v: unknown, at: string): ApiCustomStatus {
  if (!isRecord(v)) throw new WrongShape(at, `is missing or not an object (got ${kindOf(v)})`);
  if (typeof v.id !== 'number' || !Number.isInteger(v.id)) throw new WrongShape(`${at}.id`, `is not a numeric ID (got ${kindOf(v.id)})`);
  const category = v.status_category;
  if (typeof category !== 'string' || !(STATUS_CATEGORIES as readonly string[]).includes(category)) {
    throw new WrongShape(`${at}.status_category`, `is not one of ${STATUS_CATEGORIES.join(', ')} (got ${JSON.stringify(category) ?? 'nothing'})`);
  }
  if (typeof v.agent_label !== 'string') throw new WrongShape(`${at}.agent_label`, `is not a string (got ${kindOf(v.agent_label)})`);
  if (typeof v.active !== 'boolean') throw new WrongShape(`${at}.active`, `is not true or false (got ${kindOf(v.active)})`);
  return {
    id: v.id,
    status_category: category as StatusCategory,
    agent_label: v.agent_label,
    end_user_label: optionalText(v.end_user_label, `${at}.end_user_label`),
    description: optionalText(v.description, `${at}.description`),
    end_user_description: optionalText(v.end_user_description, `${at}.end_user_description`),
    active: v.active,
    default: v.default === true,
  };
}

export const customStatusAnswer = (body: unknown, ctx: AnswerContext): ApiCustomStatus =>
  decode(body, ctx, (b) => customStatus(isRecord(b) ? b.custom_status : undefined, 'custom_status'));

export const customStatusListAnswer = (body: unknown, ctx: AnswerContext): ApiCustomStatus[] =>
  decode(body, ctx, (b) => {
    const list = isRecord(b) ? b.custom_statuses : undefined;
    if (!Array.isArray(list)) throw new WrongShape('custom_statuses', `is not a list (got ${kindOf(list)})`);
    return list.map((s, i) => customStatus(s, `custom_statuses[${i}]`));
  });

async function call<T>(
  client: CustomStatusRequestSender,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  read: (body: unknown, ctx: AnswerContext) => T,
  options: { body?: unknown; query?: Record<string, string> } = {},
): Promise<T> {
  const response = await client.requestWithResponse(method, path, options);
  return read(response.data, { method, path, status: response.status, attempts: response.attempts });
}

export const getCustomStatus = (client: CustomStatusRequestSender, id: string) => call(client, 'GET', customStatusPath(id), customStatusAnswer);

export const createCustomStatus = (client: CustomStatusRequestSender, payload: CustomStatusPayload) =>
  call(client, 'POST', CUSTOM_STATUSES_PATH, customStatusAnswer, { body: { custom_status: payload } });

export const updateCustomStatus = (client: CustomStatusRequestSender, id: string, payload: CustomStatusPayload) =>
  call(client, 'PUT', customStatusPath(id), customStatusAnswer, { body: { custom_status: payload } });

/** The account's statuses, optionally of some categories only; the list is one page [documented: docs/design/zendesk-api.md#custom-ticket-statuses]. */
export const listCustomStatuses = (client: CustomStatusRequestSender, categories?: readonly StatusCategory[]) =>
  call(client, 'GET', CUSTOM_STATUSES_PATH, customStatusListAnswer, categories?.length ? { query: { status_categories: categories.join(',') } } : {});
