import type { IncomingMessage, ServerResponse } from 'node:http';
import { ACCOUNT_NAME, type AccountState, type AccountStore } from './accounts';
import type { Authenticator } from './auth';
import type { RequestCounters } from './counters';
import type { FaultRegistry } from './faults';
import { isLoopback, sendJson } from './http';
import type { RateLimiter } from './rate-limit';
import { mergeOutOfBand } from './settings/model';
import { setMessagingCsat } from './triggers/defaults';
import { audit } from './audit/model';
import { settingsChanges } from './audit/describe';
import { ACCOUNT, BOOLEAN, type BodyShape, OBJECT, POSITIVE_WHOLE, type Expectation, expectation, objectOfObjects, problemWith, readControlBody } from './control-input';
import { changeOutOfBand, createOutOfBand, deleteOutOfBand, isActorShape, outOfBandActor } from './control-triggers';
import { readFaultSpec } from './fault-spec';
import { readTicketField } from './ticket-fields';
import { handleRoutingControl } from './routing/control';

export interface ControlDeps {
  store: AccountStore;
  auth: Authenticator;
  faults: FaultRegistry;
  counters: RequestCounters;
  limiter: RateLimiter;
}

/** An account as the control API lists it: its flags, not its settings, triggers, directory or audit log. */
const accountMeta = ({ settings: _settings, rules: _rules, directory: _directory, auditLog: _auditLog, routing: _routing, ...meta }: AccountState) => meta;

const ACTOR: Expectation = expectation('{"name"?: "…", "email"?: "…", "ipAddress"?: "…"} with a name or an email', isActorShape);
const NONE: BodyShape = { keys: {}, example: 'no body' };

/**
 * What each control route's body may hold. A body that does not fit is refused with 400 before the route runs, so a
 * malformed request changes nothing (not even the account it names, which would otherwise be created on first use).
 */
const BODIES: Record<string, BodyShape> = {
  'POST /accounts': {
    keys: { name: ACCOUNT, legacy: BOOLEAN, sandbox: BOOLEAN, customizableCsat: BOOLEAN, rateLimitPerMinute: POSITIVE_WHOLE, auditLogAccess: BOOLEAN },
    required: ['name'],
    example: '{"name": "…", "legacy"?, "sandbox"?, "customizableCsat"?, "auditLogAccess"?: true|false, "rateLimitPerMinute"?: <number>}',
  },
  'PATCH /accounts/:name/settings': {
    keys: { settings: objectOfObjects('an object of sections, each an object of keys, e.g. {"messaging": {"messaging_end_session": true}}'), actor: ACTOR },
    required: ['settings'],
    example: '{"settings": {"<section>": {…}}, "actor"?: {…}}',
  },
  'PUT /accounts/:name/rate-limit': { keys: { perMinute: POSITIVE_WHOLE }, required: ['perMinute'], example: '{"perMinute": <number>}' },
  'PATCH /accounts/:name': { keys: { customizableCsat: BOOLEAN }, required: ['customizableCsat'], example: '{"customizableCsat": true|false}' },
  'PUT /accounts/:name/audit-log-access': { keys: { enabled: BOOLEAN }, required: ['enabled'], example: '{"enabled": true|false}' },
  'POST /accounts/:name/webhooks': { keys: { webhook: OBJECT }, required: ['webhook'], example: '{"webhook": {"id": "<26 characters, 0-9 A-Z>", "name": "…"}}' },
  'POST /accounts/:name/ticket-fields': {
    keys: { ticket_field: OBJECT },
    required: ['ticket_field'],
    example: '{"ticket_field": {"type": "text", "title": "…"}}',
  },
  'POST /accounts/:name/triggers': { keys: { trigger: OBJECT, actor: ACTOR }, required: ['trigger'], example: '{"trigger": {…}, "actor"?: {…}}' },
  'PATCH /accounts/:name/triggers/:id': { keys: { trigger: OBJECT, actor: ACTOR }, required: ['trigger'], example: '{"trigger": {…}, "actor"?: {…}}' },
  'DELETE /accounts/:name/triggers/:id': { keys: { actor: ACTOR }, example: '{"actor"?: {…}} or no body' },
  // POST /faults is read by readFaultSpec; every other route takes no body.
};

/**
 * The test controls under /__emulator/: what an admin does in Admin Center
 * (out-of-band changes, legacy accounts), fault injection, request counters
 * and reset. Loopback clients only, so a shared emulator cannot be steered
 * from the network.
 */
export async function handleControl(req: IncomingMessage, res: ServerResponse, path: string, deps: ControlDeps): Promise<void> {
  if (!isLoopback(req.socket.remoteAddress)) {
    sendJson(res, 403, { error: 'Forbidden', description: 'The emulator control API answers loopback clients only.' });
    return;
  }
  const method = req.method ?? 'GET';
  // DELETE may carry a body too: the actor of an out-of-band deletion.
  const read = method === 'GET' ? { body: {} } : await readControlBody(req);
  if ('problem' in read) return sendJson(res, 400, { error: 'InvalidRequest', description: read.problem });
  const body = read.body;
  const account = /^\/accounts\/([^/]+)(\/.*)?$/.exec(path);
  if (account && !ACCOUNT_NAME.test(account[1])) {
    sendJson(res, 400, { error: 'InvalidAccount', description: 'Account names are lowercase letters, digits and hyphens.' });
    return;
  }
  // Routing objects (capacity rules, queues, skills, statuses) check their own bodies: routing/control.ts.
  if (account?.[2]?.startsWith('/routing/')) return handleRoutingControl(req, res, deps.store, account[1], method, account[2].slice('/routing/'.length), body);
  const sub = (account?.[2] ?? '').replace(/^\/triggers\/\d+$/, '/triggers/:id');
  const route = `${method} ${account ? `/accounts/:name${sub}` : path}`;
  const name = account?.[1] ?? '';
  const { store } = deps;
  const problem = route === 'POST /faults' ? undefined : problemWith(body, BODIES[route] ?? NONE);
  if (problem) return sendJson(res, 400, { error: 'InvalidRequest', description: problem });
  // Out-of-band changes name their actor (the audit log's), checked above; resolved only for the routes that record one.
  const actor = () => outOfBandActor(store.get(name), body.actor, req);

  switch (route) {
    case 'GET /health':
      return sendJson(res, 200, { ok: true });
    case 'GET /accounts':
      return sendJson(res, 200, { accounts: store.list().map(accountMeta) });
    case 'POST /accounts': {
      const newName = body.name as string;
      if (store.has(newName)) return sendJson(res, 409, { error: 'AccountExists', description: `Account ${newName} already exists.` });
      const created = store.create(newName, {
        auditLogAccess: body.auditLogAccess as boolean | undefined,
        legacy: body.legacy as boolean | undefined,
        sandbox: body.sandbox === true,
        customizableCsat: body.customizableCsat as boolean | undefined,
        rateLimitPerMinute: body.rateLimitPerMinute as number | undefined,
      });
      return sendJson(res, 201, accountMeta(created));
    }
    case 'GET /accounts/:name/settings':
      return sendJson(res, 200, { settings: store.get(name).settings });
    case 'PATCH /accounts/:name/settings': {
      const by = actor();
      const updated = store.update(name, (a) => {
        const next = mergeOutOfBand(a.settings, body.settings as Record<string, unknown>);
        audit(a.auditLog, by.principal, by.ip, settingsChanges(a.settings, next, a.auditLog.settingsSourceId));
        a.settings = next;
      });
      return sendJson(res, 200, { settings: updated.settings });
    }
    case 'PUT /accounts/:name/rate-limit': {
      const perMinute = body.perMinute as number;
      store.update(name, (a) => {
        a.rateLimitPerMinute = perMinute;
      });
      return sendJson(res, 200, { perMinute });
    }
    case 'PATCH /accounts/:name': {
      // Turning the customizable CSAT feature (and its messaging channel) on or off adds or removes the standard trigger.
      const updated = store.update(name, (a) => {
        a.customizableCsat = body.customizableCsat as boolean;
        setMessagingCsat(a.rules, a.customizableCsat, store.assumptions);
      });
      return sendJson(res, 200, accountMeta(updated));
    }
    case 'PUT /accounts/:name/audit-log-access': {
      // The plan switch: false answers GET /api/v2/audit_logs as a non-Enterprise account does (403).
      store.update(name, (a) => {
        a.auditLogAccess = body.enabled as boolean;
      });
      return sendJson(res, 200, { enabled: body.enabled });
    }
    case 'GET /accounts/:name/directory':
      return sendJson(res, 200, { directory: store.get(name).directory });
    case 'POST /accounts/:name/webhooks': {
      // A webhook an admin made in Admin Center, for triggers to notify. The id may be given so that a test can use
      // the id an example names; Zendesk's are 26-character ULIDs [observed: docs/design/zendesk-api.md#webhooks].
      const webhook = body.webhook as { id?: unknown; name?: unknown };
      if (typeof webhook.id !== 'string' || !/^[0-9A-Z]{26}$/.test(webhook.id) || typeof webhook.name !== 'string' || !webhook.name.trim()) {
        return sendJson(res, 400, { error: 'InvalidRequest', description: 'Expected {"webhook": {"id": "<26 characters, 0-9 A-Z>", "name": "…"}}.' });
      }
      const { id, name: webhookName } = webhook as { id: string; name: string };
      if (store.get(name).directory.webhooks.some((w) => w.id === id)) return sendJson(res, 409, { error: 'Conflict', description: `webhook ${id} exists` });
      store.update(name, (a) => {
        a.directory.webhooks.push({ id, name: webhookName });
      });
      return sendJson(res, 201, { webhook: { id, name: webhookName } });
    }
    case 'POST /accounts/:name/ticket-fields': {
      // A custom ticket field an admin made in Admin Center: triggers can then test and set it (its definitions).
      const read = readTicketField(body.ticket_field as Record<string, unknown>, store.get(name).directory);
      if ('problem' in read) return sendJson(res, 400, { error: 'InvalidRequest', description: read.problem });
      store.update(name, (a) => {
        a.directory.ticketFields.push(read.field);
      });
      return sendJson(res, 201, { ticket_field: read.field });
    }
    case 'GET /accounts/:name/triggers':
      return sendJson(res, 200, { triggers: store.get(name).rules.triggers });
    case 'POST /accounts/:name/triggers':
      return createOutOfBand(res, store, name, body.trigger, actor());
    case 'PATCH /accounts/:name/triggers/:id':
    case 'DELETE /accounts/:name/triggers/:id': {
      const id = account![2]!.split('/')[2];
      if (!store.get(name).rules.triggers.some((t) => String(t.id) === id)) return sendJson(res, 404, { error: 'RecordNotFound', description: 'Not found' });
      if (method === 'DELETE') return deleteOutOfBand(res, store, name, id, actor());
      return changeOutOfBand(res, store, name, id, body.trigger, actor());
    }
    case 'GET /accounts/:name/tokens':
      return sendJson(res, 200, { tokens: deps.auth.issuedTokens(name) });
    case 'POST /accounts/:name/expire-tokens':
      return sendJson(res, 200, { expired: deps.auth.expireAll(name) });
    case 'GET /faults':
      return sendJson(res, 200, { faults: deps.faults.list() });
    case 'POST /faults': {
      const fault = readFaultSpec(body);
      if ('problem' in fault) return sendJson(res, 400, { error: 'InvalidRequest', description: fault.problem });
      return sendJson(res, 201, { id: deps.faults.add(fault.spec).id });
    }
    case 'DELETE /faults':
      deps.faults.clear();
      return sendJson(res, 200, { ok: true });
    case 'GET /requests':
      return sendJson(res, 200, deps.counters.snapshot());
    case 'DELETE /requests':
      deps.counters.reset();
      return sendJson(res, 200, { ok: true });
    case 'POST /reset':
      store.reset();
      deps.auth.reset();
      deps.faults.clear();
      deps.counters.reset();
      deps.limiter.reset();
      return sendJson(res, 200, { ok: true });
    default:
      return sendJson(res, 404, { error: 'InvalidEndpoint', description: `No control route ${method} /__emulator${path}` });
  }
}
