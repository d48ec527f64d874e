/**
 * Capacity rules [documented: docs/design/zendesk-api.md#capacity-rules]: GET/POST /api/v2/capacity/rules,
 * GET/PUT/DELETE /api/v2/capacity/rules/{id}. Bodies are bare objects, as the reference's examples are: the list is
 * an array, a create sends `{name, description, capacities, agent_ids, default}`. An agent is in one rule at a time
 * [inferred: docs/design/zendesk-api.md#capacity-rules]: naming it in a rule takes it out of the others, and the
 * default rule covers every agent no other rule names. Refusals are 400 `{"error": "…"}`, the reference's error
 * shape; the account's default rule cannot be deleted.
 */
import type { AccountState, AccountStore } from '../accounts';
import type { ApiRequest, Route } from '../context';
import { parseBody } from '../http';
import type { Principal } from '../audit/model';
import { type Capacities, type CapacityRuleRecord, newId, now } from './model';
import { type Outcome, NOT_FOUND, agentEmail, changedKeys, isObject, record, requester, routingChange, routingOf, sendOutcome } from './common';

const SOURCE_TYPE = 'capacity_rule'; // [ASSUMPTION: recorded/routing-assumptions.ts]
/** How many assignees a rule shows ("Subset of assignees") [ASSUMPTION: recorded/routing-assumptions.ts]. */
export const AGENTS_SAMPLE_SIZE = 10;
const CHANNELS = ['email', 'messaging', 'voice'] as const;
const refused = (error: string): Outcome => ({ status: 400, body: { error } });

/** The agents a rule applies to: those it names, or for the default rule every agent no other rule names. */
function assigneeIds(account: AccountState, rule: CapacityRuleRecord): number[] {
  if (!rule.default) return rule.agent_ids;
  const named = new Set(routingOf(account).capacityRules.filter((r) => !r.default).flatMap((r) => r.agent_ids));
  return account.directory.agents.map((a) => a.id).filter((id) => !named.has(id));
}

/** The rule as the API shows it: agents as `assignees: {agents_sample, count}` (names are the agents' emails, as in the example). */
export function presentRule(account: AccountState, rule: CapacityRuleRecord) {
  const ids = assigneeIds(account, rule);
  const agents = ids.map((id) => account.directory.agents.find((a) => a.id === id)).filter((a) => a !== undefined);
  const { agent_ids: _ids, ...shown } = rule;
  return {
    ...shown,
    assignees: { agents_sample: agents.slice(0, AGENTS_SAMPLE_SIZE).map((a) => ({ id: a.id, name: agentEmail(account.name, a.name) })), count: agents.length },
  };
}

interface RuleInput {
  name?: string;
  description?: string;
  capacities?: Partial<Capacities>;
  agent_ids?: number[];
  default?: boolean;
}

/** Checks a rule body against the account; the first problem is the refusal. */
function readRule(account: AccountState, body: unknown, creating: boolean): { input: RuleInput } | { outcome: Outcome } {
  if (!isObject(body)) return { outcome: refused('Expected a JSON object: {"name": "…", "capacities": {"email": 2, "messaging": 1, "voice": 0}, "agent_ids": […]}') };
  const input: RuleInput = {};
  if (body.name !== undefined || creating) {
    if (typeof body.name !== 'string' || !body.name.trim()) return { outcome: refused('Name is required: give the capacity rule a name') };
    input.name = body.name;
  }
  if (body.description !== undefined && body.description !== null) {
    if (typeof body.description !== 'string') return { outcome: refused('Description must be text') };
    input.description = body.description;
  }
  if (body.capacities !== undefined) {
    const given = body.capacities;
    if (!isObject(given)) return { outcome: refused('Capacities must be an object of channels: {"email": 2, "messaging": 1, "voice": 0}') };
    const unknown = Object.keys(given).filter((k) => !(CHANNELS as readonly string[]).includes(k));
    if (unknown.length) return { outcome: refused(`Unknown channel ${unknown.join(', ')}: capacities are given for email, messaging and voice`) };
    const capacities: Partial<Capacities> = {};
    for (const channel of CHANNELS) {
      const value = given[channel];
      if (value === undefined) continue;
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) return { outcome: refused(`The ${channel} capacity must be a whole number of 0 or more`) };
      // An agent takes one call at a time [inferred: docs/design/zendesk-api.md#capacity-rules].
      if (channel === 'voice' && value > 1) return { outcome: refused('The voice capacity is 0 or 1') };
      capacities[channel] = value;
    }
    input.capacities = capacities;
  }
  if (body.agent_ids !== undefined) {
    const ids = body.agent_ids;
    if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'number' && Number.isInteger(id))) return { outcome: refused('agent_ids must be a list of agent ids (numbers)') };
    const unknown = ids.filter((id) => !account.directory.agents.some((a) => a.id === id));
    if (unknown.length) return { outcome: refused(`Unknown agent ids: ${unknown.join(', ')}. Give the ids of the account's agents (GET /api/v2/users?role[]=agent&role[]=admin)`) };
    input.agent_ids = [...new Set(ids as number[])];
  }
  if (body.default !== undefined) {
    if (typeof body.default !== 'boolean') return { outcome: refused('default must be true or false') };
    input.default = body.default;
  }
  return { input };
}

/** Names `ids` in `rule` only: an agent is in one rule at a time. */
function assign(account: AccountState, rule: CapacityRuleRecord, ids: number[]): void {
  const moving = new Set(ids);
  for (const other of routingOf(account).capacityRules) if (other !== rule) other.agent_ids = other.agent_ids.filter((id) => !moving.has(id));
  rule.agent_ids = rule.default ? [] : ids;
}

/** Makes `rule` the account's default rule (the one before stops being it). */
function makeDefault(account: AccountState, rule: CapacityRuleRecord): void {
  for (const other of routingOf(account).capacityRules) other.default = other === rule;
  rule.agent_ids = [];
}

const findRule = (account: AccountState, id: string) => routingOf(account).capacityRules.find((r) => r.id === id);
const KEYS = ['name', 'description', 'capacities', 'agent_ids', 'default'] as const;

export function createRule(store: AccountStore, name: string, body: unknown, who: { principal: Principal; ip: string }): Outcome {
  const read = readRule(store.get(name), body, true);
  if ('outcome' in read) return read.outcome;
  const { input } = read;
  let created!: CapacityRuleRecord;
  const account = store.update(name, (a) => {
    const state = routingOf(a);
    const at = now();
    created = {
      id: newId(state, a.name, 'ulid'),
      name: input.name!,
      description: input.description ?? '',
      default: false,
      // A channel the create leaves out takes no work of that channel [ASSUMPTION: recorded/routing-assumptions.ts].
      capacities: { email: 0, messaging: 0, voice: 0, ...input.capacities },
      agent_ids: [],
      created_at: at,
      last_updated_at: at,
    };
    state.capacityRules.push(created);
    if (input.default) makeDefault(a, created);
    assign(a, created, input.agent_ids ?? []);
    record(a, who, [routingChange('create', SOURCE_TYPE, created.id, created.name)]);
  });
  return { status: 201, body: presentRule(account, created) };
}

export function updateRule(store: AccountStore, name: string, id: string, body: unknown, who: { principal: Principal; ip: string }): Outcome {
  if (!findRule(store.get(name), id)) return NOT_FOUND;
  const read = readRule(store.get(name), body, false);
  if ('outcome' in read) return read.outcome;
  const { input } = read;
  // The default rule stays the default until another rule is made it: there is always one [inferred: docs/design/zendesk-api.md#capacity-rules].
  if (input.default === false && findRule(store.get(name), id)!.default) return refused('The default capacity rule stays the default: make another rule the default instead');
  const account = store.update(name, (a) => {
    const rule = findRule(a, id)!;
    const before = { ...structuredClone(rule), agent_ids: assigneeIds(a, rule) };
    if (input.name !== undefined) rule.name = input.name;
    if (input.description !== undefined) rule.description = input.description;
    if (input.capacities) rule.capacities = { ...rule.capacities, ...input.capacities };
    if (input.default) makeDefault(a, rule);
    if (input.agent_ids) assign(a, rule, input.agent_ids);
    rule.last_updated_at = now();
    const after = { ...rule, agent_ids: assigneeIds(a, rule) };
    record(a, who, [routingChange('update', SOURCE_TYPE, rule.id, rule.name, changedKeys(before, after, KEYS))]);
  });
  return { status: 200, body: presentRule(account, findRule(account, id)!) };
}

export function deleteRule(store: AccountStore, name: string, id: string, who: { principal: Principal; ip: string }): Outcome {
  const rule = findRule(store.get(name), id);
  if (!rule) return NOT_FOUND;
  // Zendesk keeps the account's default rule [documented: docs/design/zendesk-api.md#capacity-rules]; the words are the emulator's.
  if (rule.default) return refused('The default capacity rule cannot be deleted: make another rule the default first');
  store.update(name, (a) => {
    const state = routingOf(a);
    state.capacityRules = state.capacityRules.filter((r) => r.id !== id);
    record(a, who, [routingChange('destroy', SOURCE_TYPE, rule.id, rule.name)]);
  });
  return { status: 204 };
}

const account = (r: ApiRequest) => r.store.get(r.account);
const body = async (r: ApiRequest) => parseBody(await r.body, r.req.headers['content-type']);
/** The list is a bare array of every rule [documented: docs/design/zendesk-api.md#capacity-rules]: no paging. */
const list = (r: ApiRequest) => sendOutcome(r, { status: 200, body: routingOf(account(r)).capacityRules.map((rule) => presentRule(account(r), rule)) });
function show(r: ApiRequest, [id]: string[]): void {
  const rule = findRule(account(r), id);
  sendOutcome(r, rule ? { status: 200, body: presentRule(account(r), rule) } : NOT_FOUND);
}

const ID = '([0-9A-Za-z]{1,64})';
export const capacityRuleRoutes: Route[] = [
  { method: 'GET', pattern: /^\/api\/v2\/capacity\/rules(?:\.json)?$/, handle: list },
  { method: 'POST', pattern: /^\/api\/v2\/capacity\/rules(?:\.json)?$/, handle: async (r) => sendOutcome(r, createRule(r.store, r.account, await body(r), requester(r))) },
  { method: 'GET', pattern: new RegExp(`^/api/v2/capacity/rules/${ID}(?:\\.json)?$`), handle: show },
  { method: 'PUT', pattern: new RegExp(`^/api/v2/capacity/rules/${ID}(?:\\.json)?$`), handle: async (r, [id]) => sendOutcome(r, updateRule(r.store, r.account, id, await body(r), requester(r))) },
  { method: 'DELETE', pattern: new RegExp(`^/api/v2/capacity/rules/${ID}(?:\\.json)?$`), handle: (r, [id]) => sendOutcome(r, deleteRule(r.store, r.account, id, requester(r))) },
];
