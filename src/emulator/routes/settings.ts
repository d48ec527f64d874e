import { parseBody, sendJson, unpermittedKeysWarning } from '../http';
import { badRequest, recordInvalid } from '../errors';
import type { ApiRequest, Route } from '../context';
import { mergeSettings } from '../settings/model';
import { audit } from '../audit/model';
import { settingsChanges } from '../audit/describe';

/** GET /api/v2/account/settings [documented: docs/design/zendesk-api.md#account-settings-endpoints]: 200 `{"settings":{…}}`. */
function getSettings(request: ApiRequest): void {
  sendJson(request.res, 200, { settings: request.store.get(request.account).settings }, request.headers);
}

/**
 * PUT /api/v2/account/settings [documented: docs/design/zendesk-api.md#account-settings-endpoints]: partial update, full
 * settings back. Unknown and read-only keys are dropped with 200 and named in X-Zendesk-API-Warn; type errors are
 * 422 and write nothing [observed and inferred: docs/design/zendesk-api.md#partial-updates-and-dropped-keys].
 */
async function putSettings(request: ApiRequest): Promise<void> {
  const body = parseBody(await request.body, request.req.headers['content-type']);
  const patch = body?.settings;
  if (!body || patch === null || typeof patch !== 'object' || Array.isArray(patch)) {
    badRequest(request.res, 'Expected a JSON body of the form {"settings": {"<section>": {"<key>": <value>}}}.', request.headers);
    return;
  }
  const account = request.store.get(request.account);
  const result = mergeSettings(account.settings, patch as Record<string, unknown>);
  if (!result.settings) {
    recordInvalid(request.res, result.errors, request.headers);
    return;
  }
  const next = result.settings;
  for (const key of request.fault?.dropKeys ?? []) {
    // The "accept but do not keep" fault: the key keeps its old value, and nothing says so (as with real ignored keys).
    const [section, name] = key.split('.', 2);
    if (next[section] && account.settings[section] && name in account.settings[section]) next[section][name] = account.settings[section][name];
  }
  const saved = request.store.update(request.account, (a) => {
    // One audit-log entry per setting the write changed, by whoever the credentials act as.
    audit(a.auditLog, request.principal!, request.ip, settingsChanges(a.settings, next, a.auditLog.settingsSourceId));
    a.settings = next;
  });
  const headers = { ...request.headers };
  if (result.dropped.length) {
    headers['X-Zendesk-API-Warn'] = unpermittedKeysWarning(result.dropped);
  }
  sendJson(request.res, 200, { settings: saved.settings }, headers);
}

export const settingsRoutes: Route[] = [
  { method: 'GET', pattern: /^\/api\/v2\/account\/settings(?:\.json)?$/, handle: getSettings },
  { method: 'PUT', pattern: /^\/api\/v2\/account\/settings(?:\.json)?$/, handle: putSettings },
];
