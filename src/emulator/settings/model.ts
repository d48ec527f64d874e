import type { SettingsObject } from './defaults';

/**
 * What the settings endpoint accepts. Each key's type follows its default
 * value (the doc tables type every key the same way as the examples); the
 * read-only keys come from the reference's "Read-only" column
 * [documented: docs/design/zendesk-api.md#read-only-keys]; the extra rules for messaging_inactivity
 * come from the help center [documented: docs/design/zendesk-api.md#messaging-inactivity; docs/design/zendesk-api.md#inactivity-reminders].
 */

/** Keys marked read-only, per section [documented: docs/design/zendesk-api.md#read-only-keys]; a whole section listed as '*' is read-only. */
const READ_ONLY: Record<string, readonly string[] | '*'> = {
  active_features: [
    'on_hold_status', 'topic_suggestion', 'voice', 'facebook_login', 'google_login', 'twitter_login', 'forum_analytics',
    'agent_forwarding', 'chat', 'chat_about_my_ticket', 'csat_reason_code', 'markdown', 'bcc_archiving', 'allow_ccs',
    'explore', 'sandbox', 'suspended_ticket_notification', 'twitter', 'facebook', 'dynamic_contents', 'light_agents',
    'is_abusive', 'rich_content_in_emails',
  ],
  agents: ['aw_self_serve_migration_enabled'],
  apps: ['use', 'create_private'],
  billing: '*',
  branding: ['header_logo_url', 'favicon_url'],
  chat: '*',
  email: ['email_status'],
  google_apps: ['has_google_apps'],
  limits: '*',
  localization: ['iana_time_zone'],
  lotus: ['prefer_lotus'],
  messaging_inactivity: ['default_localized_messages'],
  metrics: '*',
  statistics: ['rule_usage'],
  tickets: ['collaboration', 'agent_collision', 'maximum_personal_views_to_list', 'assign_default_organization'],
  twitter: '*',
  user: ['time_zone_selection', 'language_selection'],
  voice: '*',
};

/** Keys whose default is null but which take a string (branding urls, onboarding fields, xsell source). */
const NULLABLE_STRING = new Set(['cross_sell.xsell_source', 'onboarding.onboarding_segments', 'onboarding.product_sign_up']);

export interface ValidationDetail {
  description: string;
  error: string;
}

export interface MergeResult {
  /** Settings after the merge (only when there are no errors). */
  settings?: SettingsObject;
  /** Keys dropped silently (unknown or read-only), as `settings.section.key`. */
  dropped: string[];
  /** 422 details keyed by `section.key`. */
  errors: Record<string, ValidationDetail[]>;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const invalid = (description: string): ValidationDetail[] => [{ description, error: 'InvalidValue' }];

function isReadOnly(section: string, key: string): boolean {
  const rule = READ_ONLY[section];
  return rule === '*' || (rule !== undefined && rule.includes(key));
}

/** Type check against the key's default value; returns a description of the problem or undefined. */
function typeProblem(path: string, current: unknown, value: unknown): string | undefined {
  if (NULLABLE_STRING.has(path)) return value === null || typeof value === 'string' ? undefined : 'must be a string or null';
  if (typeof current === 'boolean') return typeof value === 'boolean' ? undefined : 'must be true or false';
  if (typeof current === 'number') {
    if (typeof value !== 'number' || !Number.isFinite(value)) return 'must be a number';
    return Number.isInteger(current) && !Number.isInteger(value) ? 'must be a whole number' : undefined;
  }
  if (typeof current === 'string') return typeof value === 'string' ? undefined : 'must be a string';
  if (Array.isArray(current)) return Array.isArray(value) ? undefined : 'must be an array';
  if (isPlainObject(current)) return isPlainObject(value) ? undefined : 'must be an object';
  return undefined;
}

const positiveInteger = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v > 0;

/** Rules for auto-release capacity beyond types [documented: docs/design/zendesk-api.md#messaging-inactivity; docs/design/zendesk-api.md#inactivity-reminders]. */
function inactivityProblem(key: string, value: unknown): string | undefined {
  if (key === 'timeout') return (value as number) >= 3 && (value as number) <= 15 ? undefined : 'must be a whole number of minutes from 3 to 15';
  if (key === 'ticket_status_id') return positiveInteger(value) ? undefined : 'must be a ticket status id';
  if (key !== 'reminders') return undefined;
  const reminders = value as unknown[];
  if (reminders.length > 3) return 'accepts at most 3 reminders';
  for (const [i, reminder] of reminders.entries()) {
    const at = `reminder ${i + 1}`;
    if (!isPlainObject(reminder)) return `${at} must be an object`;
    if (typeof reminder.message !== 'string' || reminder.message.trim() === '') return `${at} needs a message`;
    if (reminder.tags !== undefined && (!Array.isArray(reminder.tags) || reminder.tags.some((t) => typeof t !== 'string'))) {
      return `${at}: tags must be an array of strings`;
    }
    if (i === 0) continue; // The first reminder uses the top-level timeout and status; extra keys are ignored [documented: docs/design/zendesk-api.md#inactivity-reminders].
    // timeout (seconds) and ticket_status_id (or null: no change) are mandatory on reminders 2 and 3; Admin Center
    // offers 1-15 minutes [documented: docs/design/zendesk-api.md#inactivity-reminders]; seconds 60-900 in the API
    // [inferred: docs/design/zendesk-api.md#inactivity-reminders].
    const timeout = reminder.timeout;
    if (typeof timeout !== 'number' || !Number.isInteger(timeout) || timeout < 60 || timeout > 900) {
      return `${at} needs a timeout from 60 to 900 seconds`;
    }
    if (!('ticket_status_id' in reminder) || !(reminder.ticket_status_id === null || positiveInteger(reminder.ticket_status_id))) {
      return `${at} needs a ticket_status_id (a status id, or null for no change)`;
    }
  }
  return undefined;
}

/**
 * PUT semantics [see: docs/design/zendesk-api.md#partial-updates-and-dropped-keys]: deep-merge the
 * known writable keys (documented: the partial update example); drop unknown
 * and read-only keys silently, named in X-Zendesk-API-Warn (observed); reject
 * type errors with 422 RecordInvalid and write nothing (inferred). Arrays
 * replace as a whole (inferred, no source).
 */
export function mergeSettings(current: SettingsObject, patch: Record<string, unknown>): MergeResult {
  const dropped: string[] = [];
  const errors: Record<string, ValidationDetail[]> = {};
  const accepted: [string, string, unknown][] = [];
  for (const [section, body] of Object.entries(patch)) {
    if (!(section in current)) {
      dropped.push(`settings.${section}`);
      continue;
    }
    if (!isPlainObject(body)) {
      errors[section] = invalid(`${section} must be an object of settings`);
      continue;
    }
    for (const [key, value] of Object.entries(body)) {
      const path = `${section}.${key}`;
      if (!(key in current[section]) || isReadOnly(section, key)) {
        dropped.push(`settings.${path}`);
        continue;
      }
      const problem =
        typeProblem(path, current[section][key], value) ?? (section === 'messaging_inactivity' ? inactivityProblem(key, value) : undefined);
      if (problem) errors[path] = invalid(`${path} ${problem}`);
      else accepted.push([section, key, value]);
    }
  }
  if (Object.keys(errors).length > 0) return { dropped, errors };
  const settings = structuredClone(current);
  for (const [section, key, value] of accepted) settings[section][key] = structuredClone(value);
  return { settings, dropped, errors };
}

/**
 * An out-of-band change (an admin in Admin Center): no API rules, any key of
 * an existing section, so tests can put an account in any state.
 */
export function mergeOutOfBand(current: SettingsObject, patch: Record<string, unknown>): SettingsObject {
  const settings = structuredClone(current);
  for (const [section, body] of Object.entries(patch)) {
    if (!isPlainObject(body)) continue;
    settings[section] = { ...(settings[section] ?? {}), ...structuredClone(body) };
  }
  return settings;
}
