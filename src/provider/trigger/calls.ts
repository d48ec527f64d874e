/**
 * The trigger endpoints the provider calls, each answer checked by its decoder
 * (api.ts) before anything reads it.
 */
import type { SettingsClient } from '../session';
import { type AnswerContext, type ApiTrigger, SEARCH_PATH, TRIGGERS_PATH, triggerAnswer, triggerPageAnswer, triggerPath } from './api';

type Client = Pick<SettingsClient, 'requestWithResponse'>;

async function call<T>(
  client: Client,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  read: (body: unknown, ctx: AnswerContext) => T,
  options: { body?: unknown; query?: Record<string, string | number> } = {},
): Promise<T> {
  const response = await client.requestWithResponse(method, path, options);
  return read(response.data, { method, path, status: response.status, attempts: response.attempts });
}

export const getTrigger = (client: Client, id: string) => call(client, 'GET', triggerPath(id), triggerAnswer);

export const createTrigger = (client: Client, payload: Record<string, unknown>) =>
  call(client, 'POST', TRIGGERS_PATH, triggerAnswer, { body: { trigger: payload } });

export const updateTrigger = (client: Client, id: string, payload: Record<string, unknown>) =>
  call(client, 'PUT', triggerPath(id), triggerAnswer, { body: { trigger: payload } });

/** Offset requests beyond 100 pages of 100 are refused [DOC HC 5591904358938]. */
const MAX_SEARCH_PAGES = 100;

/**
 * Every trigger titled exactly `title`. The search endpoint matches titles
 * loosely and pages by offset only [DOC TR-DOC]; exact matches are kept.
 */
export async function triggersTitled(client: Client, title: string): Promise<ApiTrigger[]> {
  const found: ApiTrigger[] = [];
  for (let page = 1; page <= MAX_SEARCH_PAGES; page++) {
    const body = await call(client, 'GET', SEARCH_PATH, triggerPageAnswer, { query: { query: title, page, per_page: 100 } });
    found.push(...body.triggers.filter((t) => t.title === title));
    if (!body.nextPage) break;
  }
  return found;
}
