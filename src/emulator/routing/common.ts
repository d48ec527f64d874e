/**
 * What the routing routes share: the account's routing state, the request body, paging, the plan check and the
 * audit-log entries of their writes.
 */
import type { AccountState } from '../accounts';
import type { ApiRequest } from '../context';
import { badRequest } from '../errors';
import { parseBody, sendJson } from '../http';
import { type AuditChange, type AuditAction, type Principal, audit } from '../audit/model';
import { PaginationError, pageUrlFor, paginate } from '../triggers/paginate';
import { NO_AUDIT_LOG_ACCESS } from '../routes/audit-logs';
import { initialRoutingState, type RoutingState } from './model';

export const accountRoot = (r: ApiRequest) => `http://${r.req.headers.host ?? '127.0.0.1'}/${r.account}`;

/** The account's routing state, made on first use for accounts saved before it existed. */
export function routingOf(account: AccountState): RoutingState {
  account.routing ??= initialRoutingState(account.name, account.directory);
  return account.routing;
}

export const routing = (r: ApiRequest) => routingOf(r.store.get(r.account));

export const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The object under `key` of a JSON body, or undefined once a 400 naming the expected shape has been sent. */
export async function readWrapped(r: ApiRequest, key: string): Promise<Record<string, unknown> | undefined> {
  const body = parseBody(await r.body, r.req.headers['content-type']);
  if (body && isObject(body[key])) return body[key] as Record<string, unknown>;
  badRequest(r.res, `Expected a JSON body of the form {"${key}": {…}}.`, r.headers);
  return undefined;
}

/**
 * A list answer: cursor pages with `page[size]`, offset pages otherwise, as the emulator's triggers page
 * [documented: docs/design/zendesk-api.md#pagination].
 */
export function sendList(r: ApiRequest, key: string, items: unknown[]): void {
  try {
    sendJson(r.res, 200, paginate(items, key, r.query, pageUrlFor(accountRoot(r), r.path, r.query)), r.headers);
  } catch (err) {
    if (!(err instanceof PaginationError)) throw err;
    sendJson(r.res, 400, { errors: [{ code: 'InvalidPaginationParameter', title: err.message }] }, r.headers);
  }
}

/**
 * Enterprise-only features (skills-based routing, percentage subqueues) [documented: docs/design/zendesk-api.md#routing-objects]:
 * an account the emulator treats as non-Enterprise (started without audit-log access, or switched with the control
 * API's setAuditLogAccess) is refused with the 403 Zendesk gives for a page the credentials may not see
 * [ASSUMPTION: recorded/routing-assumptions.ts].
 */
export function enterprise(r: ApiRequest): boolean {
  if (r.store.get(r.account).auditLogAccess) return true;
  sendJson(r.res, 403, NO_AUDIT_LOG_ACCESS, r.headers);
  return false;
}

/** The same refusal as an outcome, for writes that use an Enterprise feature (percentage subqueues). */
export const PLAN_REFUSED = { status: 403, body: NO_AUDIT_LOG_ACCESS };

/** FNV-1a of a string id: the number the audit log names a string-id object by [ASSUMPTION: recorded/routing-assumptions.ts]. */
export function auditSourceId(id: string | number): number {
  if (typeof id === 'number') return id;
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

const VERBS: Record<AuditAction, string> = { create: 'Created', update: 'Updated', destroy: 'Deleted' };

/** One audit-log change of a routing object; `detail` says what changed on an update (default the verb alone). */
export function routingChange(action: AuditAction, sourceType: string, id: string | number, label: string, detail?: string): AuditChange {
  return { action, source_type: sourceType, source_id: auditSourceId(id), source_label: label, change_description: detail ?? VERBS[action] };
}

/** Names what an update changed, e.g. "Changed name, capacities": the attributes drift attribution will name. */
export function changedKeys(before: Record<string, unknown>, after: Record<string, unknown>, keys: readonly string[]): string | undefined {
  const changed = keys.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  return changed.length ? `Changed ${changed.join(', ')}` : undefined;
}

/** Writes the change to the account's log as `principal` from `ip` (an API request's, or an out-of-band actor's). */
export function record(account: AccountState, who: { principal: Principal; ip: string }, changes: (AuditChange | undefined)[]): void {
  audit(account.auditLog, who.principal, who.ip, changes);
}

/** The acting principal of an API request (every routing route needs credentials). */
export const requester = (r: ApiRequest) => ({ principal: r.principal!, ip: r.ip });

/** What a routing write answers: its status and body (the API route and the control API send the same). */
export interface Outcome {
  status: number;
  body?: unknown;
}

export const sendOutcome = (r: ApiRequest, outcome: Outcome) => sendJson(r.res, outcome.status, outcome.body, r.headers);

/** Zendesk's 404 for an id the account does not have [observed: docs/design/zendesk-api.md#error-bodies]. */
export const NOT_FOUND: Outcome = { status: 404, body: { error: 'RecordNotFound', description: 'Not found' } };

/** Zendesk's 422 with details [observed: docs/design/zendesk-api.md#error-bodies]. */
export const invalid = (details: Record<string, { description: string; error?: string }[]>): Outcome => ({
  status: 422,
  body: { error: 'RecordInvalid', description: 'Record validation errors', details },
});

/** The email the emulator gives a directory agent [ASSUMPTION: recorded/routing-assumptions.ts]. */
export const agentEmail = (account: string, name: string) => `${name.toLowerCase().replace(/[^a-z0-9]+/g, '.').replace(/^\.|\.$/g, '')}@${account}.zendesk.test`;
