/**
 * Zendesk admin API client (axios): auth, retries, typed errors, settings
 * read-after-write, the trigger endpoints. This module only re-exports; nothing runs on import, so
 * the provider can load it lazily on the first configure that needs it.
 */
export { createZendeskClient, ZendeskClient, SETTINGS_PATH, ACCOUNT_PATH } from './client';
export type { RequestOptions, PaginateOptions, ZendeskAccount } from './client';
export type { ZendeskClientOptions, ZendeskLogger } from './options';
export type { AuthOptions, AuthKind, OAuthClientAuth, OAuthTokenAuth, ApiTokenAuth } from './auth/strategy';
export { API_TOKEN_DEPRECATION_WARNING } from './auth/api-token';
export {
  ZendeskApiError,
  ZendeskRedirectError,
  ZendeskRequestError,
  ZendeskAuthError,
  ZendeskNotFoundError,
  ZendeskValidationError,
  ZendeskRateLimitError,
  ZendeskServerError,
  ZendeskResponseError,
  ZendeskNetworkError,
  ZendeskConfigError,
} from './errors';
export type { NetworkFailureReason, ConfigSetting } from './errors';
export type {
  AccountSettings,
  SettingsPatch,
  UpdateSettingsResult,
  NotKept,
  InactivityReminder,
  MessagingSection,
  RoutingSection,
  MessagingInactivitySection,
} from './settings';
export type { HttpMethod, Query, QueryValue, RawResponse } from './transport';
export { getTrigger, createTrigger, updateTrigger, restoreTrigger, deleteTrigger, triggersTitled, getTriggerDefinitions } from './trigger-requests';
export type { TriggerRequestSender } from './trigger-requests';
export { TRIGGERS_PATH, DEFINITIONS_PATH, triggerAnswer, triggerPageAnswer, definitionsAnswer } from './triggers';
export type { ApiTrigger, ApiCondition, ApiAction, ApiValue, Definition, DefinitionOperator, DefinitionValue, TriggerDefinitions, AnswerContext } from './triggers';
export { getCustomStatus, createCustomStatus, updateCustomStatus, listCustomStatuses, CUSTOM_STATUSES_PATH, STATUS_CATEGORIES } from './custom-statuses';
export type { ApiCustomStatus, CustomStatusPayload, CustomStatusRequestSender, StatusCategory } from './custom-statuses';
export { listCapacityRules, getCapacityRule, createCapacityRule, updateCapacityRule, deleteCapacityRule, listAgents, CAPACITY_RULES_PATH, CAPACITY_CHANNELS } from './capacity-rules';
export type { ApiCapacityRule, ApiAgent, CapacityRulePayload, CapacityChannel, CapacityRequestSender } from './capacity-rules';
export { readAuditLog, auditLogEntry, currentUser, AUDIT_LOGS_PATH, CURRENT_USER_PATH } from './audit-logs';
export type { AuditLogEntry, AuditLogQuery, AuditLogResult, AuditLogReader } from './audit-logs';
