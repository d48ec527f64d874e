import type { ApiRequest, Route } from '../context';
import { recordNotFound } from '../errors';
import { sendJson } from '../http';
import { presentEntry } from '../audit/model';
import { AuditQueryError, filterEntries, pageOf, sortEntries } from '../audit/query';

const root = (r: ApiRequest) => `http://${r.req.headers.host ?? '127.0.0.1'}/${r.account}`;

/**
 * Audit logs are an Enterprise feature [documented: docs/design/zendesk-api.md#audit-log-endpoints]. ASSUMPTION: another plan is answered
 * with the 403 body Zendesk gives for a page the credentials may not see [observed: docs/design/zendesk-api.md#error-bodies]; no
 * recording shows the audit-log endpoint's own refusal (clients should treat a 404 the same way).
 */
export const NO_AUDIT_LOG_ACCESS = {
  error: { title: 'Forbidden', message: 'You do not have access to this page. Please contact the account owner of this help desk for further help.' },
};

/** True when the account may read its audit log; otherwise the 403 has been sent. */
function allowed(r: ApiRequest): boolean {
  if (r.store.get(r.account).auditLogAccess) return true;
  sendJson(r.res, 403, NO_AUDIT_LOG_ACCESS, r.headers);
  return false;
}

/** GET /api/v2/audit_logs [documented: docs/design/zendesk-api.md#audit-log-endpoints]: filtered, sorted (newest first by default), cursor or offset pages of up to 100. */
function list(r: ApiRequest): void {
  if (!allowed(r)) return;
  try {
    const entries = sortEntries(filterEntries(r.store.get(r.account).auditLog.entries, r.query), r.query);
    sendJson(r.res, 200, pageOf(entries.map((e) => presentEntry(e, root(r))), r.query, root(r), r.path), r.headers);
  } catch (err) {
    if (!(err instanceof AuditQueryError)) throw err;
    sendJson(r.res, 400, { errors: [{ code: err.code, title: err.message }] }, r.headers);
  }
}

/** GET /api/v2/audit_logs/{id} [documented: docs/design/zendesk-api.md#audit-log-endpoints]: `{"audit_log": {…}}`, 404 RecordNotFound when there is none. */
function show(r: ApiRequest, [id]: string[]): void {
  if (!allowed(r)) return;
  const entry = r.store.get(r.account).auditLog.entries.find((e) => String(e.id) === id);
  if (!entry) return recordNotFound(r.res, r.headers);
  sendJson(r.res, 200, { audit_log: presentEntry(entry, root(r)) }, r.headers);
}

export const auditLogRoutes: Route[] = [
  { method: 'GET', pattern: /^\/api\/v2\/audit_logs(?:\.json)?$/, handle: list },
  { method: 'GET', pattern: /^\/api\/v2\/audit_logs\/(\d+)(?:\.json)?$/, handle: show },
];
