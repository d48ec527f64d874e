/**
 * The requests the contract test sends to the emulator: realistic calls of every endpoint this product uses, in
 * every way it answers them (successes, pagination modes, each error). Each names its endpoint as the contract
 * does (method + path template) and the status it expects; the answer is then checked against the contract's
 * schema for that endpoint and status, and its headers against what Zendesk sends.
 */
import { defaultDirectory } from '../../src/emulator/directory';

/** Ids and tokens the requests refer to, made before the table runs (contract.test.ts). */
export interface Fixture {
  triggerId: number;
  deletableTriggerId: number;
  csatTriggerId: number;
  categoryId: string;
  emptyCategoryId: string;
  standardCategoryId: string;
  /** The after_cursor of the last page of triggers: the page after it is empty. */
  lastCursor: string;
  accessToken: string;
  /** An entry of the contract account's audit log (its trigger creates). */
  auditLogId: number;
}

export type Auth = 'api-token' | 'bearer' | 'none' | 'wrong-api-token' | 'wrong-bearer';

export interface ContractCase {
  name: string;
  /** "METHOD /path/{param}", as in the contract's responses. */
  endpoint: string;
  /** The path below the account root, with its query. */
  path: (f: Fixture) => string;
  body?: (f: Fixture) => unknown;
  form?: Record<string, string>;
  /** Default api-token; the token endpoint is always called without. */
  auth?: Auth;
  /** Default "contract". */
  account?: string;
  status: number;
  /** Which answer of that status ("cursor", "offset"): the contract's "200 cursor". */
  variant?: string;
  /** Headers the answer must carry (a pattern) or must not (null), beyond those every API answer carries. */
  headers?: Record<string, RegExp | null>;
  /** Arranges what the request needs (a fault, a rate limit) through the emulator's control API. */
  arrange?: 'forbidden-fault' | 'spend-rate-limit';
}

// Zendesk checks a group id against the account's groups: the contract account's own "Billing" group.
const BILLING_GROUP = defaultDirectory('contract').groups.find((g) => g.name === 'Billing')!.id;
/** The one condition a minimal trigger needs: Zendesk refuses a trigger with none. */
const URGENT = { field: 'priority', operator: 'is', value: 'urgent' };
const ACTIONS = [{ field: 'status', value: 'open' }];
const ALL_KEYS_TRIGGER = {
  title: 'Escalate urgent email',
  active: true,
  position: 3,
  description: 'Urgent email tickets to the escalations group',
  conditions: {
    all: [
      { field: 'priority', operator: 'is', value: 'urgent' },
      { field: 'status', operator: 'changed', value: null },
    ],
    any: [{ field: 'via_id', operator: 'is', value: '4' }],
  },
  actions: [
    { field: 'group_id', value: String(BILLING_GROUP) },
    { field: 'notification_user', value: ['requester_id', 'Escalated', 'We escalated your request {{ticket.id}}.'] },
  ],
};
const WARN = /^Removed Params: Unpermitted parameter keys: '\[.+\]'$/;

export const CASES: ContractCase[] = [
  // ---- account settings
  { name: 'settings of a new account', endpoint: 'GET /api/v2/account/settings', path: () => '/api/v2/account/settings', status: 200 },
  { name: 'settings of a legacy account', endpoint: 'GET /api/v2/account/settings', path: () => '/api/v2/account/settings', account: 'contract-legacy', status: 200 },
  { name: 'settings read with an OAuth access token', endpoint: 'GET /api/v2/account/settings', path: () => '/api/v2/account/settings', auth: 'bearer', status: 200 },
  {
    name: 'settings write', endpoint: 'PUT /api/v2/account/settings', path: () => '/api/v2/account/settings', status: 200,
    body: () => ({ settings: { messaging: { messaging_end_session: true }, routing: { transform_to_email_enabled: true }, messaging_inactivity: { timeout: 10 } } }),
  },
  {
    name: 'settings write with an unknown key', endpoint: 'PUT /api/v2/account/settings', path: () => '/api/v2/account/settings', status: 200,
    body: () => ({ settings: { routing: { no_such_key: true } } }), headers: { 'x-zendesk-api-warn': WARN },
  },
  { name: 'settings write of a wrong type', endpoint: 'PUT /api/v2/account/settings', path: () => '/api/v2/account/settings', status: 422, body: () => ({ settings: { messaging: { messaging_end_session: 'yes' } } }) },
  { name: 'settings write without settings', endpoint: 'PUT /api/v2/account/settings', path: () => '/api/v2/account/settings', status: 400, body: () => ({ setting: {} }) },

  // ---- trigger lists
  { name: 'triggers, offset (no paging parameters)', endpoint: 'GET /api/v2/triggers', path: () => '/api/v2/triggers', status: 200 },
  { name: 'triggers, offset page 2', endpoint: 'GET /api/v2/triggers', path: () => '/api/v2/triggers?per_page=2&page=2', status: 200 },
  { name: 'triggers, filtered', endpoint: 'GET /api/v2/triggers', path: (f) => `/api/v2/triggers?active=true&category_id=${f.standardCategoryId}`, status: 200 },
  { name: 'triggers, first cursor page', endpoint: 'GET /api/v2/triggers', path: () => '/api/v2/triggers?page[size]=2', status: 200, variant: 'cursor' },
  { name: 'triggers, empty cursor page past the end', endpoint: 'GET /api/v2/triggers', path: (f) => `/api/v2/triggers?page[size]=100&page[after]=${f.lastCursor}`, status: 200, variant: 'cursor' },
  { name: 'triggers, bad cursor', endpoint: 'GET /api/v2/triggers', path: () => '/api/v2/triggers?page[size]=2&page[after]=garbage', status: 400 },
  { name: 'trigger search', endpoint: 'GET /api/v2/triggers/search', path: () => '/api/v2/triggers/search?query=notify', status: 200 },
  { name: 'trigger search, page 2', endpoint: 'GET /api/v2/triggers/search', path: () => '/api/v2/triggers/search?query=notify&per_page=1&page=2', status: 200 },
  { name: 'trigger search, no match', endpoint: 'GET /api/v2/triggers/search', path: () => '/api/v2/triggers/search?query=no-such-title', status: 200 },
  { name: 'definitions of a new account', endpoint: 'GET /api/v2/triggers/definitions', path: () => '/api/v2/triggers/definitions', status: 200 },
  { name: 'definitions of a legacy account', endpoint: 'GET /api/v2/triggers/definitions', path: () => '/api/v2/triggers/definitions', account: 'contract-legacy', status: 200 },

  // ---- one trigger
  { name: 'a trigger', endpoint: 'GET /api/v2/triggers/{trigger_id}', path: (f) => `/api/v2/triggers/${f.triggerId}`, status: 200 },
  { name: 'the standard messaging CSAT trigger', endpoint: 'GET /api/v2/triggers/{trigger_id}', path: (f) => `/api/v2/triggers/${f.csatTriggerId}.json`, status: 200 },
  { name: 'a trigger that does not exist', endpoint: 'GET /api/v2/triggers/{trigger_id}', path: () => '/api/v2/triggers/999999', status: 404 },
  { name: 'create, minimal', endpoint: 'POST /api/v2/triggers', path: () => '/api/v2/triggers', status: 201, body: () => ({ trigger: { title: 'Minimal', conditions: { all: [URGENT] }, actions: ACTIONS } }) },
  { name: 'create, every writable key', endpoint: 'POST /api/v2/triggers', path: () => '/api/v2/triggers', status: 201, body: (f) => ({ trigger: { ...ALL_KEYS_TRIGGER, category_id: f.categoryId } }) },
  {
    name: 'create with legacy top-level conditions', endpoint: 'POST /api/v2/triggers', path: () => '/api/v2/triggers', status: 201,
    body: () => ({ trigger: { title: 'Legacy', all: ALL_KEYS_TRIGGER.conditions.all, any: ALL_KEYS_TRIGGER.conditions.any, actions: ACTIONS } }),
  },
  { name: 'create with an inline category', endpoint: 'POST /api/v2/triggers', path: () => '/api/v2/triggers', status: 201, body: () => ({ trigger: { title: 'Inline', category: { name: 'Inline', position: 5 }, conditions: { all: [URGENT] }, actions: ACTIONS } }) },
  {
    name: 'create sending read-only keys back', endpoint: 'POST /api/v2/triggers', path: () => '/api/v2/triggers', status: 201,
    body: () => ({ trigger: { id: 1, url: 'https://acme.zendesk.com/api/v2/triggers/1.json', default: false, title: 'Echoed', conditions: { all: [URGENT] }, actions: ACTIONS } }),
    headers: { 'x-zendesk-api-warn': WARN },
  },
  { name: 'create without a title', endpoint: 'POST /api/v2/triggers', path: () => '/api/v2/triggers', status: 422, body: () => ({ trigger: { actions: ACTIONS } }) },
  { name: 'create with malformed conditions', endpoint: 'POST /api/v2/triggers', path: () => '/api/v2/triggers', status: 422, body: () => ({ trigger: { title: 'x', conditions: { all: 'x', any: 7 }, actions: ACTIONS } }) },
  { name: 'create without conditions', endpoint: 'POST /api/v2/triggers', path: () => '/api/v2/triggers', status: 422, body: () => ({ trigger: { title: 'x', actions: ACTIONS } }) },
  { name: 'create with an unknown condition', endpoint: 'POST /api/v2/triggers', path: () => '/api/v2/triggers', status: 422, body: () => ({ trigger: { title: 'x', conditions: { all: [{ field: 'nope', operator: 'is', value: 'x' }] }, actions: ACTIONS } }) },
  { name: 'create without a trigger', endpoint: 'POST /api/v2/triggers', path: () => '/api/v2/triggers', status: 400, body: () => ({ title: 'x' }) },
  { name: 'update the title', endpoint: 'PUT /api/v2/triggers/{trigger_id}', path: (f) => `/api/v2/triggers/${f.triggerId}`, status: 200, body: () => ({ trigger: { title: 'Renamed' } }) },
  { name: 'update conditions and actions', endpoint: 'PUT /api/v2/triggers/{trigger_id}', path: (f) => `/api/v2/triggers/${f.triggerId}`, status: 200, body: () => ({ trigger: { conditions: ALL_KEYS_TRIGGER.conditions, actions: ALL_KEYS_TRIGGER.actions } }) },
  { name: 'update into an inline category', endpoint: 'PUT /api/v2/triggers/{trigger_id}', path: (f) => `/api/v2/triggers/${f.triggerId}`, status: 200, body: () => ({ trigger: { category: { name: 'Moved' } } }) },
  { name: 'update with an unknown action', endpoint: 'PUT /api/v2/triggers/{trigger_id}', path: (f) => `/api/v2/triggers/${f.triggerId}`, status: 422, body: () => ({ trigger: { actions: [{ field: 'nope', value: 'x' }] } }) },
  { name: 'update a trigger that does not exist', endpoint: 'PUT /api/v2/triggers/{trigger_id}', path: () => '/api/v2/triggers/999999', status: 404, body: () => ({ trigger: { title: 'x' } }) },
  { name: 'update without a trigger', endpoint: 'PUT /api/v2/triggers/{trigger_id}', path: (f) => `/api/v2/triggers/${f.triggerId}`, status: 400, body: () => ['x'] },
  { name: 'delete', endpoint: 'DELETE /api/v2/triggers/{trigger_id}', path: (f) => `/api/v2/triggers/${f.deletableTriggerId}`, status: 204 },
  { name: 'delete a trigger that does not exist', endpoint: 'DELETE /api/v2/triggers/{trigger_id}', path: () => '/api/v2/triggers/999999', status: 404 },

  // ---- trigger categories
  { name: 'categories, default cursor page', endpoint: 'GET /api/v2/trigger_categories', path: () => '/api/v2/trigger_categories', status: 200 },
  { name: 'categories with rule counts, sorted', endpoint: 'GET /api/v2/trigger_categories', path: () => '/api/v2/trigger_categories?include=rule_counts&sort=-name&page[size]=1', status: 200 },
  { name: 'categories, offset', endpoint: 'GET /api/v2/trigger_categories', path: () => '/api/v2/trigger_categories?page=2&per_page=1&include=rule_counts', status: 200, variant: 'offset' },
  { name: 'categories, bad cursor', endpoint: 'GET /api/v2/trigger_categories', path: () => '/api/v2/trigger_categories?page[size]=1&page[before]=garbage', status: 400 },
  { name: 'create a category', endpoint: 'POST /api/v2/trigger_categories', path: () => '/api/v2/trigger_categories', status: 200, body: () => ({ trigger_category: { name: 'Voice', position: 9 } }) },
  { name: 'create a category without a name', endpoint: 'POST /api/v2/trigger_categories', path: () => '/api/v2/trigger_categories', status: 400, body: () => ({ trigger_category: { name: '' } }) },
  { name: 'a category', endpoint: 'GET /api/v2/trigger_categories/{trigger_category_id}', path: (f) => `/api/v2/trigger_categories/${f.categoryId}`, status: 200 },
  { name: 'a category that does not exist', endpoint: 'GET /api/v2/trigger_categories/{trigger_category_id}', path: () => '/api/v2/trigger_categories/999999', status: 404 },
  { name: 'rename a category', endpoint: 'PATCH /api/v2/trigger_categories/{trigger_category_id}', path: (f) => `/api/v2/trigger_categories/${f.categoryId}`, status: 200, body: () => ({ trigger_category: { name: 'Email, renamed', position: 4 } }) },
  { name: 'blank a category name', endpoint: 'PATCH /api/v2/trigger_categories/{trigger_category_id}', path: (f) => `/api/v2/trigger_categories/${f.categoryId}`, status: 400, body: () => ({ trigger_category: { name: ' ' } }) },
  { name: 'rename a category that does not exist', endpoint: 'PATCH /api/v2/trigger_categories/{trigger_category_id}', path: () => '/api/v2/trigger_categories/999999', status: 404, body: () => ({ trigger_category: { name: 'x' } }) },
  { name: 'delete an empty category', endpoint: 'DELETE /api/v2/trigger_categories/{trigger_category_id}', path: (f) => `/api/v2/trigger_categories/${f.emptyCategoryId}`, status: 204 },
  { name: 'delete a category with active triggers', endpoint: 'DELETE /api/v2/trigger_categories/{trigger_category_id}', path: (f) => `/api/v2/trigger_categories/${f.standardCategoryId}`, status: 400 },
  { name: 'delete a category that does not exist', endpoint: 'DELETE /api/v2/trigger_categories/{trigger_category_id}', path: () => '/api/v2/trigger_categories/999999', status: 404 },

  // ---- the current account
  { name: 'the account of a production account', endpoint: 'GET /api/v2/account', path: () => '/api/v2/account', status: 200 },
  { name: 'the account of a sandbox', endpoint: 'GET /api/v2/account', path: () => '/api/v2/account', account: 'contract-sandbox', status: 200 },
  { name: 'the account read with an OAuth access token', endpoint: 'GET /api/v2/account', path: () => '/api/v2/account.json', auth: 'bearer', status: 200 },
  { name: 'the account without credentials', endpoint: 'GET /api/v2/account', path: () => '/api/v2/account', auth: 'none', status: 401, headers: { 'www-authenticate': null } },

  // ---- OAuth token endpoint
  { name: 'client credentials grant (form)', endpoint: 'POST /oauth/tokens', path: () => '/oauth/tokens', status: 200, form: { grant_type: 'client_credentials', client_id: 'emulator-client', client_secret: 'emulator-secret' } },
  {
    name: 'client credentials grant with a lifetime (JSON)', endpoint: 'POST /oauth/tokens', path: () => '/oauth/tokens', status: 200,
    body: () => ({ grant_type: 'client_credentials', client_id: 'emulator-client', client_secret: 'emulator-secret', scope: 'read', expires_in: 600 }),
  },
  { name: 'a wrong client secret', endpoint: 'POST /oauth/tokens', path: () => '/oauth/tokens', status: 401, form: { grant_type: 'client_credentials', client_id: 'emulator-client', client_secret: 'wrong' } },
  { name: 'another grant type', endpoint: 'POST /oauth/tokens', path: () => '/oauth/tokens', status: 400, form: { grant_type: 'password', client_id: 'emulator-client', client_secret: 'emulator-secret' } },
  { name: 'a lifetime under 5 minutes', endpoint: 'POST /oauth/tokens', path: () => '/oauth/tokens', status: 400, form: { grant_type: 'client_credentials', client_id: 'emulator-client', client_secret: 'emulator-secret', expires_in: '60' } },

  // ---- errors every endpoint can answer
  { name: 'no credentials', endpoint: 'GET /api/v2/account/settings', path: () => '/api/v2/account/settings', auth: 'none', status: 401, headers: { 'www-authenticate': null } },
  { name: 'a wrong API token', endpoint: 'POST /api/v2/triggers', path: () => '/api/v2/triggers', auth: 'wrong-api-token', status: 401, body: () => ({ trigger: { title: 'x', actions: ACTIONS } }), headers: { 'www-authenticate': null } },
  { name: 'a wrong access token', endpoint: 'GET /api/v2/triggers', path: () => '/api/v2/triggers', auth: 'wrong-bearer', status: 401, headers: { 'www-authenticate': /^Bearer error="invalid_token", error_description="[^"]+"$/ } },
  { name: 'a wrong access token on a category', endpoint: 'GET /api/v2/trigger_categories', path: () => '/api/v2/trigger_categories', auth: 'wrong-bearer', status: 401, headers: { 'www-authenticate': /^Bearer error="invalid_token"/ } },
  // ---- audit logs (Enterprise)
  { name: 'audit logs, default cursor page', endpoint: 'GET /api/v2/audit_logs', path: () => '/api/v2/audit_logs', status: 200 },
  {
    name: 'audit logs of one rule in a window, a cursor page', endpoint: 'GET /api/v2/audit_logs', status: 200, variant: 'cursor',
    path: (f) => `/api/v2/audit_logs?filter[source_type]=rule&filter[source_id]=${f.triggerId}&filter[created_at]=2020-01-01T00:00:00Z&filter[created_at]=2100-01-01T00:00:00Z&page[size]=1&sort=created_at`,
  },
  { name: 'audit logs, offset', endpoint: 'GET /api/v2/audit_logs', path: () => '/api/v2/audit_logs?page=1&per_page=1&sort_by=created_at&sort_order=asc', status: 200, variant: 'offset' },
  { name: 'audit logs, a source id without its type', endpoint: 'GET /api/v2/audit_logs', path: () => '/api/v2/audit_logs?filter[source_id]=1', status: 400 },
  { name: 'audit logs of a non-Enterprise account', endpoint: 'GET /api/v2/audit_logs', path: () => '/api/v2/audit_logs', account: 'contract-team', status: 403 },
  { name: 'an audit log entry', endpoint: 'GET /api/v2/audit_logs/{audit_log_id}', path: (f) => `/api/v2/audit_logs/${f.auditLogId}`, status: 200 },
  { name: 'an audit log entry read with an OAuth access token', endpoint: 'GET /api/v2/audit_logs/{audit_log_id}', path: (f) => `/api/v2/audit_logs/${f.auditLogId}.json`, auth: 'bearer', status: 200 },
  { name: 'an audit log entry that does not exist', endpoint: 'GET /api/v2/audit_logs/{audit_log_id}', path: () => '/api/v2/audit_logs/1', status: 404 },
  // ---- the authenticated user (drift attribution: which audit-log entries are the provider's own)
  { name: 'the API-token user', endpoint: 'GET /api/v2/users/me', path: () => '/api/v2/users/me', status: 200 },
  { name: 'the OAuth client as the user', endpoint: 'GET /api/v2/users/me', path: () => '/api/v2/users/me.json', auth: 'bearer', status: 200 },
  { name: 'an unknown path', endpoint: 'GET /api/v2/no_such_resource', path: () => '/api/v2/no_such_resource', status: 404 },
  { name: 'forbidden (injected)', endpoint: 'PUT /api/v2/account/settings', path: () => '/api/v2/account/settings', status: 403, body: () => ({ settings: {} }), arrange: 'forbidden-fault' },
  { name: 'over the rate limit', endpoint: 'GET /api/v2/triggers', path: () => '/api/v2/triggers', account: 'contract-limited', status: 429, arrange: 'spend-rate-limit', headers: { 'retry-after': /^\d+$/ } },
];

/**
 * Answers the contract lists that the emulator does not give, and why. The test checks every other listed answer
 * of these endpoints is exercised above.
 */
export const NOT_SERVED: Record<string, string> = {
  'GET /api/v2/trigger_categories 403': 'TriggerCategoriesNotEnabled: every emulated account has trigger categories',
  'POST /api/v2/trigger_categories 403': 'TriggerCategoriesNotEnabled or ProductLimitExceeded (500 categories): not emulated',
  'POST /oauth/tokens 201': 'the emulator answers a token with 200, as OAuth does (the status override in overrides.ts)',
};
