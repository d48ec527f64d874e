/**
 * Where Zendesk's OpenAPI spec (test/contract/schemas, copied verbatim) says something real answers
 * contradict, or leaves out something they carry. This is the one place such corrections live: each one
 * says what it changes, why, and which recording or document shows it.
 *
 * Kinds:
 * - `replace`: the node at `at` (a JSON pointer below the named schema) exists in the spec and is replaced;
 * - `add`: the node does not exist in the spec and is added (a property, a keyword such as
 *   `unevaluatedProperties: false`, a `required` list);
 * - `schema`: a schema the spec does not have (a pagination mode it mentions but does not describe);
 * - `response`: a status an endpoint answers that the spec does not list.
 * The registry refuses an override that no longer applies (a `replace` of a missing node, an `add` of an
 * existing one), so a newer spec cannot silently make one stale.
 *
 * Closing objects (`unevaluatedProperties: false`) is itself an override: the spec leaves objects open, but
 * where real answers show an object's complete key set, a key the emulator invents is a key no client will
 * ever see from Zendesk, and the contract should say so.
 */
import type { Schema } from '../support/json-schema';

/** Real answers of real accounts, recorded by other projects. */
export const EVIDENCE = {
  GO_ZENDESK: 'nukosuke/go-zendesk fixture/GET/triggers.json and fixture/PUT/triggers.json (a real account, 2018, before trigger categories existed: ids 360056295714…)',
  SALTO: 'salto-io/salto packages/zendesk-adapter/test/mock_replies/myBrand_mock_replies.json @8696742 (answers of a real account, 2021: ids 1500000362362…)',
  LIBZAPI: 'BCR-CX/libzapi libzapi/domain/models/ticketing/account_settings.py (strict dataclasses of a live answer; its integration test calls the real API)',
  ACCOUNT_EXAMPLE: 'api-evangelist/zendesk openapi/_original/account-openapi-original.yml @aaa5480, AccountSettingsResponse example (Zendesk\'s own newer spec)',
  TR_DOC: 'developer.zendesk.com/api-reference/ticketing/business-rules/triggers/ JSON format table',
  TC_DOC: 'developer.zendesk.com/api-reference/ticketing/business-rules/trigger_categories/ ("Cursor pagination (recommended), Offset pagination"; its 200 example)',
  PAGINATION_DOC: 'developer.zendesk.com/api-reference/introduction/pagination/ (cursor pages carry meta and links, offset pages count/next_page/previous_page)',
  SALTO_ACCOUNT: 'salto-io/salto packages/zendesk-adapter/src/client/connection.ts @05d192b (validateCredentials: GET /api/v2/account must answer {account: {sandbox: <boolean>}}, other keys allowed; false = production)',
  ACCOUNT_READERS: 'a public OAuth integration reading {"account": {"name", "subdomain"}} from /api/v2/account.json (corpus file 66536029843); a browser extension reading account.name from it (corpus file 8892846341)',
  RFC6749: 'RFC 6749 §5.1 (a token answer is 200 OK) and zendesk/zcli packages/zcli-core/src/lib/oauth.ts (accepts 200 or 201 for client credentials)',
  PANTHER: 'panther-labs/panther-analysis rules/zendesk_rules/*.py tests (Zendesk audit-log events: url, id, action_label, actor_id, actor_name, source_id, source_type, source_label, action, change_description, ip_address, created_at, beside Panther\'s own p_log_type)',
  AUDIT_DOC: 'developer.zendesk.com/api-reference/ticketing/account-configuration/audit_logs/ ("Cursor pagination (recommended), Offset pagination"; at most 100 records a page)',
} as const;

export type Override =
  | { kind: 'replace' | 'add'; schema: string; at: string; value: unknown; why: string; evidence: string }
  | { kind: 'schema'; name: string; value: Schema; why: string; evidence: string }
  | { kind: 'response'; endpoint: string; status: string; schemaName: string | null; why: string; evidence: string };

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const nullableString = { type: 'string', nullable: true };
const closed = { unevaluatedProperties: false };

/** The element schema of a condition/action definition's `values` (the spec's, plus `format`). */
const definitionValue = {
  type: 'object',
  properties: { enabled: { type: 'boolean' }, title: { type: 'string' }, value: { type: 'string' }, format: { type: 'string' } },
  required: ['title', 'value'],
  additionalProperties: false,
};

export const OVERRIDES: Override[] = [
  // ---- triggers
  {
    kind: 'replace', schema: 'TriggerObject', at: '/properties/description', value: nullableString,
    why: 'description is null on a trigger without one (the spec says string)', evidence: `${EVIDENCE.GO_ZENDESK}; ${EVIDENCE.SALTO} (every trigger)`,
  },
  {
    kind: 'add', schema: 'TriggerObject', at: '/properties/restriction', value: { type: 'object', nullable: true },
    why: 'restriction is a documented trigger property ("null = unrestricted") the spec leaves out', evidence: EVIDENCE.TR_DOC,
  },
  {
    kind: 'add', schema: 'TriggerObject', at: '/unevaluatedProperties', value: false,
    why: 'recorded triggers carry exactly the spec\'s keys (url id title active updated_at created_at actions conditions description position raw_title category_id)',
    evidence: `${EVIDENCE.GO_ZENDESK}; ${EVIDENCE.SALTO}`,
  },
  {
    kind: 'replace', schema: 'TriggerObject', at: '/required',
    value: ['conditions', 'actions', 'title', 'id', 'url', 'active', 'position', 'description', 'raw_title', 'category_id', 'created_at', 'updated_at'],
    why: 'every recorded trigger has these keys (description as null); the spec requires only conditions, actions and title',
    evidence: EVIDENCE.SALTO,
  },
  {
    kind: 'replace', schema: 'TriggerConditionObject', at: '/properties/value',
    value: {
      oneOf: [
        { type: 'string' },
        { type: 'integer' },
        { type: 'array', items: { oneOf: [{ type: 'string' }, { type: 'integer' }] } },
        { type: 'null' },
        { type: 'boolean' },
      ],
    },
    why:
      'a condition with a terminal operator has value null ({"field":"assignee_id","operator":"not_changed","value":null}), and ' +
      '"comment_is_public is" has a boolean ({"field":"comment_is_public","operator":"is","value":true}); the spec allows neither',
    evidence: `${EVIDENCE.GO_ZENDESK} (null); ${EVIDENCE.SALTO} (true, triggers 1500016953462 and 1500016953502)`,
  },
  { kind: 'add', schema: 'TriggerConditionObject', at: '/required', value: ['field', 'operator', 'value'], why: 'every recorded condition has all three', evidence: `${EVIDENCE.GO_ZENDESK}; ${EVIDENCE.SALTO}` },
  { kind: 'add', schema: 'TriggerConditionObject', at: '/additionalProperties', value: false, why: 'recorded conditions have no other keys', evidence: `${EVIDENCE.GO_ZENDESK}; ${EVIDENCE.SALTO}` },
  { kind: 'add', schema: 'TriggerActionObject', at: '/required', value: ['field', 'value'], why: 'every recorded action has both', evidence: `${EVIDENCE.GO_ZENDESK}; ${EVIDENCE.SALTO}` },
  { kind: 'add', schema: 'TriggerActionObject', at: '/additionalProperties', value: false, why: 'recorded actions have no other keys', evidence: `${EVIDENCE.GO_ZENDESK}; ${EVIDENCE.SALTO}` },
  { kind: 'add', schema: 'TriggerConditionsObject', at: '/required', value: ['all', 'any'], why: 'recorded triggers always carry both lists (an empty one as [])', evidence: `${EVIDENCE.GO_ZENDESK}; ${EVIDENCE.SALTO}` },
  { kind: 'add', schema: 'TriggerConditionsObject', at: '/additionalProperties', value: false, why: 'recorded conditions objects have no other keys', evidence: `${EVIDENCE.GO_ZENDESK}; ${EVIDENCE.SALTO}` },
  {
    kind: 'add', schema: 'TriggersResponse', at: '/required', value: ['triggers', 'count', 'next_page', 'previous_page'],
    why: 'recorded offset pages carry all four keys (next_page and previous_page as null at the ends)', evidence: `${EVIDENCE.GO_ZENDESK}; ${EVIDENCE.SALTO}`,
  },
  { kind: 'add', schema: 'TriggersResponse', at: '/additionalProperties', value: false, why: 'recorded offset pages have no other keys', evidence: `${EVIDENCE.GO_ZENDESK}; ${EVIDENCE.SALTO}` },
  {
    kind: 'schema', name: 'TriggersCursorResponse',
    value: { type: 'object', properties: { triggers: { type: 'array', items: ref('TriggerObject') } }, required: ['triggers', 'meta', 'links'], allOf: [ref('Pagination')], ...closed },
    why: 'List Triggers supports cursor pagination ("recommended"), but the spec describes only the offset page (TriggersResponse)',
    evidence: `${EVIDENCE.PAGINATION_DOC}; the spec's own Pagination schema (used by List Trigger Categories)`,
  },
  { kind: 'response', endpoint: 'GET /api/v2/triggers', status: '200 cursor', schemaName: 'TriggersCursorResponse', why: 'the cursor page (page[size] given)', evidence: EVIDENCE.PAGINATION_DOC },

  // ---- trigger definitions
  {
    kind: 'add', schema: 'TriggerConditionDefinitionObjectAny', at: '/properties/values', value: { type: 'array', items: definitionValue },
    why: 'conditions_any entries carry values exactly like conditions_all ones (31 of 76 in the recording); the spec leaves values out of conditions_any',
    evidence: EVIDENCE.SALTO,
  },
  { kind: 'replace', schema: 'TriggerConditionDefinitionObjectAll', at: '/properties/values/items', value: definitionValue, why: 'values carry a format on some fields; value and title are always there', evidence: EVIDENCE.SALTO },
  { kind: 'replace', schema: 'TriggerActionDefinitionObject', at: '/properties/values/items', value: definitionValue, why: 'action values carry a format on some fields (e.g. "json" on a webhook target)', evidence: EVIDENCE.SALTO },
  { kind: 'add', schema: 'TriggerActionDefinitionObject', at: '/properties/metadata', value: { type: 'object' }, why: 'some actions carry metadata (e.g. phone_numbers on the text actions)', evidence: EVIDENCE.SALTO },
  ...(['TriggerConditionDefinitionObjectAll', 'TriggerConditionDefinitionObjectAny'] as const).flatMap((schema): Override[] => [
    {
      kind: 'replace', schema, at: '/properties/operators/items',
      value: { type: 'object', properties: { terminal: { type: 'boolean' }, title: { type: 'string' }, value: { type: 'string' }, format: { type: 'string' } }, required: ['terminal', 'title', 'value'], additionalProperties: false },
      why: 'operators of date fields carry a format; terminal, title and value are always there', evidence: EVIDENCE.SALTO,
    },
    { kind: 'add', schema, at: '/required', value: ['group', 'nullable', 'repeatable', 'subject', 'title', 'type', 'operators'], why: 'every recorded condition definition has these keys', evidence: EVIDENCE.SALTO },
    { kind: 'add', schema, at: '/additionalProperties', value: false, why: 'recorded condition definitions have no other keys', evidence: EVIDENCE.SALTO },
  ]),
  { kind: 'add', schema: 'TriggerActionDefinitionObject', at: '/required', value: ['group', 'nullable', 'repeatable', 'subject', 'title', 'type'], why: 'every recorded action definition has these keys', evidence: EVIDENCE.SALTO },
  { kind: 'add', schema: 'TriggerActionDefinitionObject', at: '/additionalProperties', value: false, why: 'recorded action definitions have no other keys', evidence: EVIDENCE.SALTO },

  // ---- trigger categories and cursor pages
  { kind: 'add', schema: 'TriggerCategory', at: '/properties/url', value: { type: 'string' }, why: 'every recorded category has its url (https://{subdomain}.zendesk.com/api/v2/trigger_categories/{id}.json); the spec has none', evidence: EVIDENCE.SALTO },
  { kind: 'add', schema: 'TriggerCategory', at: '/required', value: ['id', 'name', 'position', 'created_at', 'updated_at', 'url'], why: 'every recorded category has these keys', evidence: EVIDENCE.SALTO },
  { kind: 'add', schema: 'TriggerCategoryResponse', at: '/properties/trigger_category/unevaluatedProperties', value: false, why: 'recorded categories have no other keys', evidence: EVIDENCE.SALTO },
  { kind: 'add', schema: 'TriggerCategoriesResponse', at: '/properties/trigger_categories/items/unevaluatedProperties', value: false, why: 'recorded categories have no other keys (the rule counts of include=rule_counts are evaluated by the spec\'s anyOf)', evidence: EVIDENCE.SALTO },
  { kind: 'replace', schema: 'Pagination', at: '/properties/links/properties/next', value: nullableString, why: 'an empty cursor page has links.next null', evidence: `${EVIDENCE.SALTO} (GET /api/v2/trigger_categories of an account without categories)` },
  { kind: 'replace', schema: 'Pagination', at: '/properties/links/properties/prev', value: nullableString, why: 'an empty cursor page has links.prev null', evidence: `${EVIDENCE.SALTO} (the same page)` },
  { kind: 'replace', schema: 'Pagination', at: '/properties/meta/properties/after_cursor', value: nullableString, why: 'an empty cursor page has null cursors', evidence: `${EVIDENCE.SALTO} (the same page)` },
  { kind: 'replace', schema: 'Pagination', at: '/properties/meta/properties/before_cursor', value: nullableString, why: 'an empty cursor page has null cursors', evidence: `${EVIDENCE.SALTO} (the same page)` },
  { kind: 'add', schema: 'Pagination', at: '/properties/links/required', value: ['next', 'prev'], why: 'recorded cursor pages carry both links, also on the last page (has_more false)', evidence: EVIDENCE.SALTO },
  { kind: 'add', schema: 'Pagination', at: '/properties/links/additionalProperties', value: false, why: 'recorded links have no other keys', evidence: EVIDENCE.SALTO },
  { kind: 'add', schema: 'Pagination', at: '/properties/meta/required', value: ['has_more', 'after_cursor', 'before_cursor'], why: 'recorded cursor pages carry all three', evidence: EVIDENCE.SALTO },
  { kind: 'add', schema: 'Pagination', at: '/properties/meta/additionalProperties', value: false, why: 'recorded meta objects have no other keys', evidence: EVIDENCE.SALTO },
  { kind: 'add', schema: 'ListTriggerCategoriesResponse', at: '/required', value: ['trigger_categories', 'meta', 'links'], why: 'recorded category pages carry all three', evidence: EVIDENCE.SALTO },
  { kind: 'add', schema: 'ListTriggerCategoriesResponse', at: '/unevaluatedProperties', value: false, why: 'recorded category pages have no other keys', evidence: EVIDENCE.SALTO },
  {
    kind: 'schema', name: 'TriggerCategoriesOffsetResponse',
    value: {
      type: 'object',
      allOf: [ref('TriggerCategoriesResponse')],
      properties: { count: { type: 'integer' }, next_page: nullableString, previous_page: nullableString },
      required: ['trigger_categories', 'count', 'next_page', 'previous_page'],
      ...closed,
    },
    why: 'List Ticket Trigger Categories supports offset pagination too, which the spec does not describe',
    evidence: `${EVIDENCE.TC_DOC}; ${EVIDENCE.PAGINATION_DOC}`,
  },
  { kind: 'response', endpoint: 'GET /api/v2/trigger_categories', status: '200 offset', schemaName: 'TriggerCategoriesOffsetResponse', why: 'the offset page (page or per_page given)', evidence: EVIDENCE.TC_DOC },

  // ---- the current account: the spec does not describe GET /api/v2/account at all
  {
    kind: 'schema', name: 'CurrentAccountResponse',
    value: {
      type: 'object',
      properties: {
        account: {
          type: 'object',
          properties: { name: { type: 'string' }, subdomain: { type: 'string' }, sandbox: { type: 'boolean' } },
          required: ['sandbox'],
        },
      },
      required: ['account'],
    },
    why: 'GET /api/v2/account (the account the credentials belong to, and whether it is a sandbox) is not in the spec; left open, as real answers carry more fields than any recording names',
    evidence: `${EVIDENCE.SALTO_ACCOUNT}; ${EVIDENCE.ACCOUNT_READERS}`,
  },
  { kind: 'response', endpoint: 'GET /api/v2/account', status: '200', schemaName: 'CurrentAccountResponse', why: 'the current account', evidence: EVIDENCE.SALTO_ACCOUNT },

  // ---- OAuth token endpoint
  {
    kind: 'response', endpoint: 'POST /oauth/tokens', status: '200', schemaName: 'OAuthTokenForGrantTypesObject',
    why: 'the spec lists only 201; OAuth answers a token with 200, which the emulator does (ASSUMPTION for Zendesk\'s client credentials grant)', evidence: EVIDENCE.RFC6749,
  },
  {
    kind: 'add', schema: 'OAuthTokenForGrantTypesObject', at: '/required', value: ['access_token', 'token_type', 'scope'],
    why: 'a token answer names the token, its type and its scope (expires_in is optional: NangoHQ/nango#6763 saw Zendesk leave it out unless the request asked for one)',
    evidence: EVIDENCE.RFC6749,
  },
  { kind: 'add', schema: 'OAuthTokenForGrantTypesObject', at: '/additionalProperties', value: false, why: 'no other keys in a token answer', evidence: EVIDENCE.RFC6749 },

  // ---- account settings: the sections this product manages, which this version of the spec leaves out
  {
    kind: 'add', schema: 'AccountSettingsObject', at: '/properties/messaging',
    value: { type: 'object', properties: { messaging_end_session: { type: 'boolean' } } },
    why: '"Agents can end messaging sessions" lives here; undocumented, present in live answers', evidence: EVIDENCE.LIBZAPI,
  },
  {
    kind: 'add', schema: 'AccountSettingsObject', at: '/properties/messaging_inactivity',
    value: {
      type: 'object',
      properties: {
        enabled: { type: 'boolean' },
        end_session: { type: 'boolean' },
        ticket_status_id: { type: 'integer' },
        timeout: { type: 'integer' },
        default_localized_messages: {
          type: 'object',
          properties: { pre_solved_message_1: { type: 'string' }, pre_solved_message_2: { type: 'string' }, solved_message: { type: 'string' } },
        },
        reminders: {
          type: 'array',
          items: {
            type: 'object',
            properties: { message: { type: 'string' }, tags: { type: 'array', items: { type: 'string' } }, timeout: { type: 'integer' }, ticket_status_id: { type: 'integer', nullable: true } },
            required: ['message'],
          },
        },
      },
    },
    why: 'auto-release capacity settings: documented in the newer spec\'s example and in live answers, absent from this spec version',
    evidence: `${EVIDENCE.ACCOUNT_EXAMPLE}; ${EVIDENCE.LIBZAPI}`,
  },
  {
    kind: 'replace', schema: 'AccountSettingsRuleObject', at: '/properties/skill_based_filtered_views/items', value: { type: 'integer' },
    why: 'skill_based_filtered_views lists view ids (integers); the spec says objects', evidence: `${EVIDENCE.SALTO}; ${EVIDENCE.LIBZAPI} (list[int])`,
  },
  {
    kind: 'add', schema: 'AccountSettingsRoutingObject', at: '/properties/transform_to_email_enabled', value: { type: 'boolean' },
    why: '"Route agent-ended messaging sessions as email tickets"; undocumented, present in live answers', evidence: EVIDENCE.LIBZAPI,
  },

  // ---- audit logs
  {
    kind: 'add', schema: 'AuditLogObject', at: '/required',
    value: ['url', 'id', 'action', 'action_label', 'actor_id', 'actor_name', 'change_description', 'created_at', 'ip_address', 'source_id', 'source_label', 'source_type'],
    why: 'every recorded audit-log event carries all twelve keys', evidence: EVIDENCE.PANTHER,
  },
  { kind: 'add', schema: 'AuditLogObject', at: '/additionalProperties', value: false, why: 'recorded audit-log events have no other Zendesk keys', evidence: EVIDENCE.PANTHER },
  { kind: 'add', schema: 'AuditLogResponse', at: '/required', value: ['audit_log'], why: 'Show Audit Log answers the entry under audit_log (the spec\'s example)', evidence: EVIDENCE.AUDIT_DOC },
  {
    kind: 'schema', name: 'AuditLogsCursorResponse',
    value: { type: 'object', allOf: [ref('AuditLogsResponse'), ref('Pagination')], required: ['audit_logs', 'meta', 'links'], ...closed },
    why: 'List Audit Logs pages by cursor ("recommended"), but the spec describes only the list (AuditLogsResponse)',
    evidence: `${EVIDENCE.AUDIT_DOC}; ${EVIDENCE.PAGINATION_DOC}`,
  },
  {
    kind: 'schema', name: 'AuditLogsOffsetResponse',
    value: {
      type: 'object',
      allOf: [ref('AuditLogsResponse')],
      properties: { count: { type: 'integer' }, next_page: nullableString, previous_page: nullableString },
      required: ['audit_logs', 'count', 'next_page', 'previous_page'],
      ...closed,
    },
    why: 'List Audit Logs pages by offset too, which the spec does not describe',
    evidence: `${EVIDENCE.AUDIT_DOC}; ${EVIDENCE.PAGINATION_DOC}`,
  },
  { kind: 'response', endpoint: 'GET /api/v2/audit_logs', status: '200 cursor', schemaName: 'AuditLogsCursorResponse', why: 'the cursor page (page[size] given, or no paging parameter)', evidence: EVIDENCE.AUDIT_DOC },
  { kind: 'response', endpoint: 'GET /api/v2/audit_logs', status: '200 offset', schemaName: 'AuditLogsOffsetResponse', why: 'the offset page (page or per_page given)', evidence: EVIDENCE.AUDIT_DOC },
  // ---- omnichannel routing queues (schemas/routing-objects.json)
  {
    kind: 'replace', schema: 'QueueObject', at: '/properties/description', value: nullableString,
    why: 'a queue made without a description answers description null', evidence: `${EVIDENCE.SALTO} (GET /api/v2/queues, 2024)`,
  },
];
