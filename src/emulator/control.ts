import type { IncomingMessage, ServerResponse } from 'node:http';
import { ACCOUNT_NAME, type AccountState, type AccountStore } from './accounts';
import type { Authenticator } from './auth';
import type { RequestCounters } from './counters';
import type { FaultRegistry, FaultSpec } from './faults';
import { isLoopback, parseBody, readBody, sendJson } from './http';
import type { RateLimiter } from './rate-limit';
import { mergeOutOfBand } from './settings/model';
import { setMessagingCsat } from './triggers/defaults';
import { triggerRules } from './triggers/rules';
import { validateTrigger } from './triggers/validate';
import { type Principal, audit, clientAddress } from './audit/model';
import { settingsChanges, triggerChange } from './audit/describe';

export interface ControlDeps {
  store: AccountStore;
  auth: Authenticator;
  faults: FaultRegistry;
  counters: RequestCounters;
  limiter: RateLimiter;
}

/** An account as the control API lists it: its flags, not its settings, triggers, directory or audit log. */
const accountMeta = ({ settings: _settings, rules: _rules, directory: _directory, auditLog: _auditLog, ...meta }: AccountState) => meta;

/** Who makes an out-of-band change, and from where: the audit log's actor and ip_address. */
interface OutOfBandActor {
  principal: Principal;
  ip: string;
}

/**
 * The `actor` of a control call (`{"name"?, "email"?, "ipAddress"?}`): a user by email (named as given, or from the
 * email), or by name alone; without one, the account's first admin, as an admin working in Admin Center.
 * Undefined when `actor` is not of that shape.
 */
function outOfBandActor(account: AccountState, actor: unknown, req: IncomingMessage): OutOfBandActor | undefined {
  const ip = clientAddress(req.socket.remoteAddress);
  if (actor === undefined) return { principal: { kind: 'named', name: account.directory.agents[0].name }, ip };
  if (actor === null || typeof actor !== 'object' || Array.isArray(actor)) return undefined;
  const { name, email, ipAddress } = actor as Record<string, unknown>;
  const text = (v: unknown) => v === undefined || (typeof v === 'string' && v.trim() !== '');
  if (!text(name) || !text(email) || !text(ipAddress) || (name === undefined && email === undefined)) return undefined;
  const principal: Principal = email !== undefined ? { kind: 'user', email: email as string, name: name as string | undefined } : { kind: 'named', name: name as string };
  return { principal, ip: (ipAddress as string | undefined) ?? ip };
}

const BAD_ACTOR = { error: 'InvalidRequest', description: 'actor must be {"name"?: "…", "email"?: "…", "ipAddress"?: "…"} with a name or an email.' };

/**
 * A trigger created in Admin Center: checked like an API create (Admin Center
 * offers only what the definitions list), stored last, answered with its id.
 */
function createOutOfBand(res: ServerResponse, store: AccountStore, name: string, trigger: unknown, actor: OutOfBandActor): void {
  const { input, details } = validateTrigger(trigger, triggerRules(store, name), true);
  if (!input) return sendJson(res, 422, { error: 'RecordInvalid', description: 'Record validation errors', details });
  const now = new Date().toISOString();
  const account = store.update(name, (a) => {
    const state = a.rules;
    state.triggers.push({
      id: state.nextId++,
      title: input.title!,
      raw_title: input.title!,
      active: input.active ?? true,
      position: Math.max(0, ...state.triggers.map((t) => t.position)) + 1,
      conditions: input.conditions ?? { all: [], any: [] },
      actions: input.actions ?? [],
      description: input.description ?? null,
      category_id: state.categories[0]?.id ?? '',
      default: false,
      restriction: null,
      created_at: now,
      updated_at: now,
    });
    audit(a.auditLog, actor.principal, actor.ip, [triggerChange('create', state.triggers[state.triggers.length - 1])]);
  });
  sendJson(res, 201, { trigger: account.rules.triggers[account.rules.triggers.length - 1] });
}

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
  const body = method === 'GET' ? {} : (parseBody(await readBody(req), req.headers['content-type']) ?? {});
  const account = /^\/accounts\/([^/]+)(\/.*)?$/.exec(path);
  if (account && !ACCOUNT_NAME.test(account[1])) {
    sendJson(res, 400, { error: 'InvalidAccount', description: 'Account names are lowercase letters, digits and hyphens.' });
    return;
  }
  const sub = (account?.[2] ?? '').replace(/^\/triggers\/\d+$/, '/triggers/:id');
  const route = `${method} ${account ? `/accounts/:name${sub}` : path}`;
  const name = account?.[1] ?? '';
  const { store } = deps;
  // Out-of-band changes name their actor (the audit log's); resolved only for the routes that record one.
  const actorOr400 = (): OutOfBandActor | undefined => {
    const actor = outOfBandActor(store.get(name), body.actor, req);
    if (!actor) sendJson(res, 400, BAD_ACTOR);
    return actor;
  };

  switch (route) {
    case 'GET /health':
      return sendJson(res, 200, { ok: true });
    case 'GET /accounts':
      return sendJson(res, 200, { accounts: store.list().map(accountMeta) });
    case 'POST /accounts': {
      const newName = String(body.name ?? '');
      if (!ACCOUNT_NAME.test(newName)) return sendJson(res, 400, { error: 'InvalidAccount', description: 'name: lowercase letters, digits and hyphens.' });
      if (store.has(newName)) return sendJson(res, 409, { error: 'AccountExists', description: `Account ${newName} already exists.` });
      if (body.auditLogAccess !== undefined && typeof body.auditLogAccess !== 'boolean') {
        return sendJson(res, 400, { error: 'InvalidRequest', description: 'auditLogAccess must be true or false.' });
      }
      const created = store.create(newName, {
        auditLogAccess: body.auditLogAccess as boolean | undefined,
        legacy: body.legacy === true,
        sandbox: body.sandbox === true,
        customizableCsat: body.customizableCsat === undefined ? undefined : body.customizableCsat === true,
        rateLimitPerMinute: typeof body.rateLimitPerMinute === 'number' ? body.rateLimitPerMinute : undefined,
      });
      return sendJson(res, 201, accountMeta(created));
    }
    case 'GET /accounts/:name/settings':
      return sendJson(res, 200, { settings: store.get(name).settings });
    case 'PATCH /accounts/:name/settings': {
      const patch = body.settings;
      if (!patch || typeof patch !== 'object') return sendJson(res, 400, { error: 'InvalidRequest', description: 'Expected {"settings": {…}}.' });
      const actor = actorOr400();
      if (!actor) return;
      const updated = store.update(name, (a) => {
        const next = mergeOutOfBand(a.settings, patch as Record<string, unknown>);
        audit(a.auditLog, actor.principal, actor.ip, settingsChanges(a.settings, next, a.auditLog.settingsSourceId));
        a.settings = next;
      });
      return sendJson(res, 200, { settings: updated.settings });
    }
    case 'PUT /accounts/:name/rate-limit': {
      const perMinute = body.perMinute;
      if (typeof perMinute !== 'number' || perMinute < 1) return sendJson(res, 400, { error: 'InvalidRequest', description: 'perMinute must be a positive number.' });
      store.update(name, (a) => {
        a.rateLimitPerMinute = perMinute;
      });
      return sendJson(res, 200, { perMinute });
    }
    case 'PATCH /accounts/:name': {
      // Turning the customizable CSAT feature (and its messaging channel) on or off adds or removes the standard trigger.
      if (typeof body.customizableCsat !== 'boolean') return sendJson(res, 400, { error: 'InvalidRequest', description: 'Expected {"customizableCsat": true|false}.' });
      const updated = store.update(name, (a) => {
        a.customizableCsat = body.customizableCsat as boolean;
        setMessagingCsat(a.rules, a.customizableCsat, store.assumptions);
      });
      return sendJson(res, 200, accountMeta(updated));
    }
    case 'PUT /accounts/:name/audit-log-access': {
      // The plan switch: false answers GET /api/v2/audit_logs as a non-Enterprise account does (403).
      if (typeof body.enabled !== 'boolean') return sendJson(res, 400, { error: 'InvalidRequest', description: 'Expected {"enabled": true|false}.' });
      store.update(name, (a) => {
        a.auditLogAccess = body.enabled as boolean;
      });
      return sendJson(res, 200, { enabled: body.enabled });
    }
    case 'GET /accounts/:name/directory':
      return sendJson(res, 200, { directory: store.get(name).directory });
    case 'POST /accounts/:name/webhooks': {
      // A webhook an admin made in Admin Center, for triggers to notify. The id may be given so that a test can use
      // the id an example names; Zendesk's are 26-character ULIDs [OBS the recorded /api/v2/webhooks].
      const webhook = body.webhook as { id?: unknown; name?: unknown } | undefined;
      if (typeof webhook?.id !== 'string' || !/^[0-9A-Z]{26}$/.test(webhook.id) || typeof webhook.name !== 'string' || !webhook.name.trim()) {
        return sendJson(res, 400, { error: 'InvalidRequest', description: 'Expected {"webhook": {"id": "<26 characters, 0-9 A-Z>", "name": "…"}}.' });
      }
      const { id, name: webhookName } = webhook as { id: string; name: string };
      if (store.get(name).directory.webhooks.some((w) => w.id === id)) return sendJson(res, 409, { error: 'Conflict', description: `webhook ${id} exists` });
      store.update(name, (a) => {
        a.directory.webhooks.push({ id, name: webhookName });
      });
      return sendJson(res, 201, { webhook: { id, name: webhookName } });
    }
    case 'GET /accounts/:name/triggers':
      return sendJson(res, 200, { triggers: store.get(name).rules.triggers });
    case 'POST /accounts/:name/triggers': {
      const actor = actorOr400();
      return actor && createOutOfBand(res, store, name, body.trigger, actor);
    }
    case 'PATCH /accounts/:name/triggers/:id':
    case 'DELETE /accounts/:name/triggers/:id': {
      const id = account![2]!.split('/')[2];
      if (!store.get(name).rules.triggers.some((t) => String(t.id) === id)) return sendJson(res, 404, { error: 'RecordNotFound', description: 'Not found' });
      const actor = actorOr400();
      if (!actor) return;
      store.update(name, (a) => {
        // Out of band, as an admin editing or deleting the trigger in Admin Center.
        const trigger = a.rules.triggers.find((t) => String(t.id) === id)!;
        if (method === 'DELETE') {
          audit(a.auditLog, actor.principal, actor.ip, [triggerChange('destroy', trigger)]);
          a.rules.triggers = a.rules.triggers.filter((t) => String(t.id) !== id);
        } else {
          const before = structuredClone(trigger);
          Object.assign(trigger, body.trigger ?? {}, { updated_at: new Date().toISOString() });
          trigger.raw_title = trigger.title; // as the API's own update keeps them equal (no dynamic content here)
          audit(a.auditLog, actor.principal, actor.ip, [triggerChange('update', trigger, before)]);
        }
      });
      return sendJson(res, 200, { ok: true });
    }
    case 'GET /accounts/:name/tokens':
      return sendJson(res, 200, { tokens: deps.auth.issuedTokens(name) });
    case 'POST /accounts/:name/expire-tokens':
      return sendJson(res, 200, { expired: deps.auth.expireAll(name) });
    case 'GET /faults':
      return sendJson(res, 200, { faults: deps.faults.list() });
    case 'POST /faults':
      return sendJson(res, 201, { id: deps.faults.add(body as FaultSpec).id });
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
