/**
 * Out-of-band changes through the control API, as an admin makes them in Admin Center: who makes them (the audit
 * log's actor) and trigger creates, edits and deletions. Admin Center offers only what the definitions list, so an
 * out-of-band trigger is checked like an API write (triggers/validate.ts) and a refused one changes nothing.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AccountState, AccountStore } from './accounts';
import { sendJson } from './http';
import { triggerRules } from './triggers/rules';
import { type TriggerInput, validateTrigger } from './triggers/validate';
import { type Principal, audit, clientAddress } from './audit/model';
import { triggerChange } from './audit/describe';

/** Who makes an out-of-band change, and from where: the audit log's actor and ip_address. */
export interface OutOfBandActor {
  principal: Principal;
  ip: string;
}

const text = (v: unknown) => v === undefined || (typeof v === 'string' && v.trim() !== '');

/** Whether `actor` is `{"name"?, "email"?, "ipAddress"?}` with a name or an email (checked before the account is touched). */
export function isActorShape(actor: unknown): boolean {
  if (actor === undefined) return true;
  if (actor === null || typeof actor !== 'object' || Array.isArray(actor)) return false;
  const { name, email, ipAddress, ...rest } = actor as Record<string, unknown>;
  return Object.keys(rest).length === 0 && text(name) && text(email) && text(ipAddress) && (name !== undefined || email !== undefined);
}

/**
 * The `actor` of a control call (shape checked by isActorShape): a user by email (named as given, or from the email),
 * or by name alone; without one, the account's first admin, as an admin working in Admin Center.
 */
export function outOfBandActor(account: AccountState, actor: unknown, req: IncomingMessage): OutOfBandActor {
  const ip = clientAddress(req.socket.remoteAddress);
  if (actor === undefined) return { principal: { kind: 'named', name: account.directory.agents[0].name }, ip };
  const { name, email, ipAddress } = actor as Record<string, string | undefined>;
  const principal: Principal = email !== undefined ? { kind: 'user', email, name } : { kind: 'named', name: name! };
  return { principal, ip: ipAddress ?? ip };
}

const refuse = (res: ServerResponse, details: unknown) => sendJson(res, 422, { error: 'RecordInvalid', description: 'Record validation errors', details });

/** A trigger created in Admin Center: checked like an API create, stored last, answered with its id. */
export function createOutOfBand(res: ServerResponse, store: AccountStore, name: string, trigger: unknown, actor: OutOfBandActor): void {
  const { input, details } = validateTrigger(trigger, triggerRules(store, name), true);
  if (!input) return refuse(res, details);
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
 * A trigger edited in Admin Center: only the properties given change (the form keeps the others), each checked like
 * an API update; the edited trigger must still have a condition and an action. A refused edit changes nothing.
 */
export function changeOutOfBand(res: ServerResponse, store: AccountStore, name: string, id: string, patch: unknown, actor: OutOfBandActor): void {
  const { input, details } = validateTrigger(patch, triggerRules(store, name), false);
  if (!input) return refuse(res, details);
  const existing = store.get(name).rules;
  if (input.category_id !== undefined && !existing.categories.some((c) => c.id === input.category_id)) {
    return refuse(res, { category_id: [{ description: `Category ${input.category_id} does not exist`, error: 'InvalidValue' }] });
  }
  store.update(name, (a) => {
    const trigger = a.rules.triggers.find((t) => String(t.id) === id)!;
    const before = structuredClone(trigger);
    for (const key of ['title', 'active', 'description', 'category_id', 'position', 'conditions', 'actions'] as const satisfies (keyof TriggerInput)[]) {
      if (input[key] !== undefined) (trigger as unknown as Record<string, unknown>)[key] = input[key];
    }
    trigger.raw_title = trigger.title; // as the API's own update keeps them equal (no dynamic content here)
    trigger.updated_at = new Date().toISOString();
    audit(a.auditLog, actor.principal, actor.ip, [triggerChange('update', trigger, before)]);
  });
  sendJson(res, 200, { ok: true });
}

/** A trigger deleted in Admin Center. */
export function deleteOutOfBand(res: ServerResponse, store: AccountStore, name: string, id: string, actor: OutOfBandActor): void {
  store.update(name, (a) => {
    const trigger = a.rules.triggers.find((t) => String(t.id) === id)!;
    audit(a.auditLog, actor.principal, actor.ip, [triggerChange('destroy', trigger)]);
    a.rules.triggers = a.rules.triggers.filter((t) => String(t.id) !== id);
  });
  sendJson(res, 200, { ok: true });
}
