/**
 * The trigger endpoints (beside the settings ones in client.ts), each answer
 * checked by its decoder (triggers.ts) before anything reads it. They take any
 * sender of requests, so the provider can call them on the client it loads
 * lazily, and tests on a client of their own.
 */
import type { ZendeskClient } from './client';
import {
  type AnswerContext,
  type ApiTrigger,
  DEFINITIONS_PATH,
  SEARCH_PATH,
  TRIGGERS_PATH,
  type TriggerDefinitions,
  definitionsAnswer,
  triggerAnswer,
  triggerPageAnswer,
  triggerPath,
} from './triggers';

/** What the trigger calls need of a client: one request with its status and attempts. */
export type TriggerRequestSender = Pick<ZendeskClient, 'requestWithResponse'>;

async function call<T>(
  client: TriggerRequestSender,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  read: (body: unknown, ctx: AnswerContext) => T,
  options: { body?: unknown; query?: Record<string, string | number> } = {},
): Promise<T> {
  const response = await client.requestWithResponse(method, path, options);
  return read(response.data, { method, path, status: response.status, attempts: response.attempts });
}

export const getTrigger = (client: TriggerRequestSender, id: string) => call(client, 'GET', triggerPath(id), triggerAnswer);

export const createTrigger = (client: TriggerRequestSender, payload: Record<string, unknown>) =>
  call(client, 'POST', TRIGGERS_PATH, triggerAnswer, { body: { trigger: payload } });

export const updateTrigger = (client: TriggerRequestSender, id: string, payload: Record<string, unknown>) =>
  call(client, 'PUT', triggerPath(id), triggerAnswer, { body: { trigger: payload } });

/**
 * Puts back a trigger as it was (a body recorded from an earlier answer, sent
 * as it is). Its answer is not read: the trigger is no longer managed.
 */
export async function restoreTrigger(client: TriggerRequestSender, id: string, original: unknown): Promise<void> {
  await client.requestWithResponse('PUT', triggerPath(id), { body: { trigger: original } });
}

export async function deleteTrigger(client: TriggerRequestSender, id: string): Promise<void> {
  await client.requestWithResponse('DELETE', triggerPath(id));
}

/** The account's condition and action definitions (`GET /api/v2/triggers/definitions`). */
export const getTriggerDefinitions = (client: TriggerRequestSender): Promise<TriggerDefinitions> => call(client, 'GET', DEFINITIONS_PATH, definitionsAnswer);

/** Offset requests beyond 100 pages of 100 are refused [documented: docs/design/zendesk-api.md#pagination]. */
const MAX_SEARCH_PAGES = 100;

/**
 * Every trigger titled exactly `title`. The search endpoint matches titles
 * loosely and pages by offset only [documented: docs/design/zendesk-api.md#trigger-endpoints]; exact matches are kept.
 */
export async function triggersTitled(client: TriggerRequestSender, title: string): Promise<ApiTrigger[]> {
  const found: ApiTrigger[] = [];
  for (let page = 1; page <= MAX_SEARCH_PAGES; page++) {
    const body = await call(client, 'GET', SEARCH_PATH, triggerPageAnswer, { query: { query: title, page, per_page: 100 } });
    found.push(...body.triggers.filter((t) => t.title === title));
    if (!body.nextPage) break;
  }
  return found;
}
