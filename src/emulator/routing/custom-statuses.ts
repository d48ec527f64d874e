/**
 * Custom ticket statuses [documented: docs/design/zendesk-api.md#custom-ticket-statuses]: GET/POST
 * /api/v2/custom_statuses (not paged; filters status_categories, active, default), GET/PUT
 * /api/v2/custom_statuses/{id}. There is no DELETE: a status is deactivated with `active: false`. A new account has
 * one default system status per category (routing/model.ts). Created and edited statuses are also written to the
 * account's directory, so trigger definitions ("Ticket status") list them.
 */
import type { AccountState, AccountStore } from '../accounts';
import type { ApiRequest, Route } from '../context';
import { parseBody } from '../http';
import type { Principal } from '../audit/model';
import { type Outcome, NOT_FOUND, accountRoot, changedKeys, invalid, isObject, record, requester, routingChange, routingOf, sendOutcome } from './common';
import { type CustomStatusRecord, STATUS_CATEGORIES, type StatusCategory, now } from './model';

type Who = { principal: Principal; ip: string };
type Details = Record<string, { description: string; error?: string }[]>;
const SOURCE_TYPE = 'custom_status'; // [ASSUMPTION: recorded/routing-assumptions.ts]
/** Labels are at most 48 characters [documented: docs/design/zendesk-api.md#custom-ticket-statuses]. */
export const MAX_LABEL = 48;
const TEXTS = ['agent_label', 'end_user_label', 'description', 'end_user_description'] as const;
const KEYS = [...TEXTS, 'active'] as const;

export const presentStatus = (s: CustomStatusRecord, root: string) => ({ url: `${root}/api/v2/custom_statuses/${s.id}.json`, ...s });
const findStatus = (account: AccountState, id: string) => routingOf(account).customStatuses.find((s) => String(s.id) === id);

interface StatusInput {
  status_category?: StatusCategory;
  agent_label?: string;
  end_user_label?: string;
  description?: string;
  end_user_description?: string;
  active?: boolean;
}

function readStatus(raw: Record<string, unknown>, creating: boolean, details: Details): StatusInput {
  const input: StatusInput = {};
  if (creating) {
    const category = raw.status_category;
    if (typeof category !== 'string' || !(STATUS_CATEGORIES as readonly string[]).includes(category)) {
      details.status_category = [{ description: `Status category: must be one of open, pending, hold, solved, got ${JSON.stringify(category)}`, error: 'InvalidValue' }];
    } else if (category === 'new') {
      // Each account has its one New status [ASSUMPTION: recorded/routing-assumptions.ts].
      details.status_category = [{ description: 'Status category: statuses cannot be added to "new"; use open, pending, hold or solved', error: 'InvalidValue' }];
    } else input.status_category = category as StatusCategory;
  }
  for (const key of TEXTS) {
    const value = raw[key];
    if (value === undefined) continue;
    const label = key.includes('label');
    if (typeof value !== 'string') details[key] = [{ description: `${key}: must be text`, error: 'InvalidValue' }];
    else if (label && value.length > MAX_LABEL) details[key] = [{ description: `${key}: is too long (maximum is ${MAX_LABEL} characters)`, error: 'TooLong' }];
    else if (key === 'agent_label' && !value.trim()) details[key] = [{ description: 'agent_label: cannot be blank', error: 'BlankValue' }];
    else input[key] = value;
  }
  if (creating && raw.agent_label === undefined) details.agent_label = [{ description: 'agent_label: cannot be blank', error: 'BlankValue' }];
  if (raw.active !== undefined) {
    if (typeof raw.active !== 'boolean') details.active = [{ description: 'active: must be true or false', error: 'InvalidValue' }];
    else input.active = raw.active;
  }
  return input;
}

const unwrap = (body: unknown) => (isObject(body) && isObject(body.custom_status) ? body.custom_status : undefined);
const BAD_BODY: Outcome = { status: 400, body: { error: 'InvalidRequest', description: 'Expected a JSON body of the form {"custom_status": {…}}.' } };

/** Keeps the directory's view (trigger definitions' "Ticket status" values) in step with the status. */
function syncDirectory(account: AccountState, status: CustomStatusRecord): void {
  const listed = account.directory.customStatuses.find((s) => s.id === status.id);
  if (listed) listed.agent_label = status.agent_label;
  else if (status.status_category !== 'new') account.directory.customStatuses.push({ id: status.id, agent_label: status.agent_label, status_category: status.status_category });
}

export function createStatus(store: AccountStore, name: string, body: unknown, who: Who, root = ''): Outcome {
  const raw = unwrap(body);
  if (!raw) return BAD_BODY;
  const details: Details = {};
  const input = readStatus(raw, true, details);
  if (Object.keys(details).length) return invalid(details);
  let created!: CustomStatusRecord;
  store.update(name, (a) => {
    const state = routingOf(a);
    const at = now();
    const agent = input.agent_label!;
    // An end-user label left out is the agent label [ASSUMPTION: recorded/routing-assumptions.ts]; raw forms equal the texts (no dynamic content).
    const endUser = input.end_user_label ?? agent;
    created = {
      id: state.nextStatusId++,
      status_category: input.status_category!,
      agent_label: agent,
      raw_agent_label: agent,
      end_user_label: endUser,
      raw_end_user_label: endUser,
      description: input.description ?? '',
      raw_description: input.description ?? '',
      end_user_description: input.end_user_description ?? '',
      raw_end_user_description: input.end_user_description ?? '',
      active: input.active ?? true,
      default: false,
      created_at: at,
      updated_at: at,
    };
    state.customStatuses.push(created);
    syncDirectory(a, created);
    record(a, who, [routingChange('create', SOURCE_TYPE, created.id, created.agent_label)]);
  });
  return { status: 201, body: { custom_status: presentStatus(created, root) } };
}

export function updateStatus(store: AccountStore, name: string, id: string, body: unknown, who: Who, root = ''): Outcome {
  const existing = findStatus(store.get(name), id);
  if (!existing) return NOT_FOUND;
  const raw = unwrap(body);
  if (!raw) return BAD_BODY;
  const details: Details = {};
  const input = readStatus(raw, false, details);
  // Each category keeps its default status [ASSUMPTION: recorded/routing-assumptions.ts].
  if (input.active === false && existing.default) details.active = [{ description: `active: the default ${existing.status_category} status cannot be deactivated`, error: 'InvalidValue' }];
  if (Object.keys(details).length) return invalid(details);
  let updated!: CustomStatusRecord;
  store.update(name, (a) => {
    updated = findStatus(a, id)!;
    const before = structuredClone(updated);
    for (const key of TEXTS) {
      if (input[key] === undefined) continue;
      updated[key] = input[key];
      updated[`raw_${key}`] = input[key];
    }
    if (input.active !== undefined) updated.active = input.active;
    updated.updated_at = now();
    syncDirectory(a, updated);
    record(a, who, [routingChange('update', SOURCE_TYPE, updated.id, updated.agent_label, changedKeys({ ...before }, { ...updated }, KEYS))]);
  });
  return { status: 200, body: { custom_status: presentStatus(updated, root) } };
}

/** The list with its filters [documented: docs/design/zendesk-api.md#custom-ticket-statuses]; a filter that is not true/false matches nothing. */
function list(r: ApiRequest): void {
  const categories = r.query.get('status_categories')?.split(',').map((c) => c.trim());
  const flag = (key: 'active' | 'default', s: CustomStatusRecord) => !r.query.has(key) || String(s[key]) === r.query.get(key);
  const statuses = routingOf(r.store.get(r.account)).customStatuses.filter((s) => (!categories || categories.includes(s.status_category)) && flag('active', s) && flag('default', s));
  sendOutcome(r, { status: 200, body: { custom_statuses: statuses.map((s) => presentStatus(s, accountRoot(r))) } });
}
function show(r: ApiRequest, [id]: string[]): void {
  const status = findStatus(r.store.get(r.account), id);
  sendOutcome(r, status ? { status: 200, body: { custom_status: presentStatus(status, accountRoot(r)) } } : NOT_FOUND);
}

const body = async (r: ApiRequest) => parseBody(await r.body, r.req.headers['content-type']);
export const customStatusRoutes: Route[] = [
  { method: 'GET', pattern: /^\/api\/v2\/custom_statuses(?:\.json)?$/, handle: list },
  { method: 'POST', pattern: /^\/api\/v2\/custom_statuses(?:\.json)?$/, handle: async (r) => sendOutcome(r, createStatus(r.store, r.account, await body(r), requester(r), accountRoot(r))) },
  { method: 'GET', pattern: /^\/api\/v2\/custom_statuses\/(\d+)(?:\.json)?$/, handle: show },
  { method: 'PUT', pattern: /^\/api\/v2\/custom_statuses\/(\d+)(?:\.json)?$/, handle: async (r, [id]) => sendOutcome(r, updateStatus(r.store, r.account, id, await body(r), requester(r), accountRoot(r))) },
];
