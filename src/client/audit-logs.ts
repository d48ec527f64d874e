/**
 * Reading Zendesk's audit log (GET /api/v2/audit_logs [documented: docs/design/zendesk-api.md#audit-log-endpoints]):
 * who changed a source (an account setting, a rule) and when. Audit logs are an Enterprise feature, so a 403
 * or 404 is an answer about the plan, not a failure: it comes back as `{ available: false }` with Zendesk's words, and
 * every other failure stays a typed ZendeskApiError. Pages are followed by cursor (client.paginate), and a 429's
 * Retry-After or a 5xx is waited out and retried by the transport, as for every other call.
 */
import type { ZendeskClient } from './client';
import { ZendeskApiError, ZendeskResponseError } from './errors';

export const AUDIT_LOGS_PATH = '/api/v2/audit_logs';

/** One entry, as Zendesk answers it. */
export interface AuditLogEntry {
  id: number;
  /** create | destroy | exported | login | update [documented: docs/design/zendesk-api.md#audit-log-entries]. */
  action: string;
  action_label: string;
  actor_id: number;
  actor_name: string;
  change_description: string;
  /** ISO 8601, e.g. `2012-03-05T11:32:44Z`. */
  created_at: string;
  ip_address: string;
  /** A number in the reference; read as text too, since no source shows how objects with string ids (ULIDs) are logged. */
  source_id: number | string;
  source_label: string;
  /** e.g. `account_setting`, `rule`, `user`. */
  source_type: string;
  url: string;
}

export interface AuditLogQuery {
  /** `filter[source_type]`, e.g. `account_setting` or `rule`. */
  sourceType: string;
  /** `filter[source_id]` (Zendesk needs the source type with it). */
  sourceId?: number;
  /** The window of `filter[created_at]`: from `since` to `until` (default: now). */
  since: Date;
  until?: Date;
  /** `page[size]`: at most 100, Zendesk's maximum (the default). */
  pageSize?: number;
  /** Stop after this many pages (default 50: 5,000 entries). */
  maxPages?: number;
}

/** The entries, newest first; or that the account's plan has no audit log (Enterprise only), in Zendesk's words. */
export type AuditLogResult = { available: true; entries: AuditLogEntry[] } | { available: false; status: 403 | 404; detail: string };

/** What reading the audit log needs of a client. */
export type AuditLogReader = Pick<ZendeskClient, 'paginateAll'>;

export const CURRENT_USER_PATH = '/api/v2/users/me';

/**
 * The id and name of the user the credentials act as (GET /api/v2/users/me [documented: docs/design/zendesk-api.md#current-user]): the actor_id of the client's own
 * writes in the audit log. Undefined when the answer does not tell (another shape).
 */
export async function currentUser(client: Pick<ZendeskClient, 'request'>): Promise<{ id: number; name: string } | undefined> {
  const body = await client.request<unknown>('GET', CURRENT_USER_PATH);
  const user = typeof body === 'object' && body !== null ? (body as { user?: { id?: unknown; name?: unknown } }).user : undefined;
  return typeof user?.id === 'number' ? { id: user.id, name: typeof user.name === 'string' ? user.name : '' } : undefined;
}

const FIELDS: Record<keyof AuditLogEntry, 'string' | 'number' | 'number|string'> = {
  id: 'number', action: 'string', action_label: 'string', actor_id: 'number', actor_name: 'string', change_description: 'string',
  created_at: 'string', ip_address: 'string', source_id: 'number|string', source_label: 'string', source_type: 'string', url: 'string',
};

/**
 * An entry checked field by field: an answer is data from the network. `action_label`, `ip_address` and `url` may be
 * missing (the spec's own example leaves action_label out) and read as ''.
 */
export function auditLogEntry(item: unknown, index: number): AuditLogEntry {
  const record = typeof item === 'object' && item !== null && !Array.isArray(item) ? (item as Record<string, unknown>) : undefined;
  const optional = new Set(['action_label', 'ip_address', 'url']);
  const problems = Object.entries(FIELDS)
    .filter(([field, type]) => {
      const value = record?.[field];
      if (value === undefined || value === null) return !optional.has(field);
      return !type.split('|').includes(typeof value);
    })
    .map(([field, type]) => `${field} is not a ${type.replace('|', ' or a ')}`);
  if (!record || problems.length) {
    throw new ZendeskResponseError(`GET ${AUDIT_LOGS_PATH} answered an entry (item ${index + 1}) of an unexpected shape: ${record ? problems.join(', ') : 'not an object'}.`, {
      method: 'GET',
      path: AUDIT_LOGS_PATH,
      status: 200,
      attempts: 1,
      hint: 'The audit log answered in an unexpected shape; report this with the entry above.',
    });
  }
  const entry = {} as Record<string, unknown>;
  for (const field of Object.keys(FIELDS)) entry[field] = record[field] ?? '';
  return entry as unknown as AuditLogEntry;
}

/** Zendesk's time form: ISO 8601 in whole seconds. */
const zendeskTime = (at: Date) => `${at.toISOString().slice(0, 19)}Z`;

/** The entries of one source type (and id) in a created_at window, newest first, following every cursor page. */
export async function readAuditLog(client: AuditLogReader, query: AuditLogQuery): Promise<AuditLogResult> {
  const until = query.until ?? new Date();
  if (!(query.since.getTime() <= until.getTime())) throw new RangeError(`the audit-log window starts (${query.since.toISOString()}) after it ends (${until.toISOString()})`);
  // filter[created_at] is given twice, start then end [documented: docs/design/zendesk-api.md#audit-log-endpoints]; a Query object cannot repeat a key, so it goes in the path.
  const window = ['since', 'until'].map((_, i) => `filter[created_at]=${encodeURIComponent(zendeskTime(i ? until : query.since))}`).join('&');
  try {
    const items = await client.paginateAll<unknown>(`${AUDIT_LOGS_PATH}?${window}`, 'audit_logs', {
      query: { 'filter[source_type]': query.sourceType, 'filter[source_id]': query.sourceId, sort: '-created_at' },
      pageSize: Math.min(query.pageSize ?? 100, 100),
      maxPages: query.maxPages ?? 50,
    });
    const entries = items.map(auditLogEntry);
    // Newest first whatever order the pages came in; ties (one second) by id.
    entries.sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at) || b.id - a.id);
    return { available: true, entries };
  } catch (err) {
    // Only the audit log's own refusal says something about the plan: a 403/404 of the OAuth token request (a wrong
    // base URL, an unknown client) is a failure like any other.
    if (err instanceof ZendeskApiError && (err.status === 403 || err.status === 404) && err.path.startsWith(AUDIT_LOGS_PATH)) {
      const said = err.description ?? err.zendeskError;
      return { available: false, status: err.status, detail: `HTTP ${err.status}${said ? `: ${said}` : ''}` };
    }
    throw err;
  }
}
