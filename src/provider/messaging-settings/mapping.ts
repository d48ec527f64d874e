import { type ObjectValue, type Value, isObjectValue } from '../../protocol/tftypes/value';
import { Path } from '../../framework';

/**
 * The translation between Terraform attributes and the account settings API
 * (CONTRACT table "maps to"), in one place: reads, writes and the attribute
 * named in an error all come from here.
 */

/** The parts of `GET /api/v2/account/settings` this resource reads (a structural view of the client's type). */
export interface SettingsView {
  messaging?: { messaging_end_session?: boolean };
  routing?: { enabled?: boolean; transform_to_email_enabled?: boolean };
  messaging_inactivity?: {
    enabled?: boolean;
    timeout?: number;
    ticket_status_id?: number | null;
    end_session?: boolean;
    reminders?: ApiReminder[];
  };
}

export interface ApiReminder {
  message: string;
  timeout?: number | null;
  ticket_status_id?: number | null;
  tags?: string[];
}

/** A settings patch: `{section: {key: value}}`, exactly what goes into `{"settings": …}`. */
export type SettingsPatch = Record<string, Record<string, unknown>>;

/** API key path (as in X-Zendesk-API-Warn and the client's notKept) → attribute path. */
export const ATTRIBUTE_FOR_SETTING: Record<string, Path> = {
  'messaging.messaging_end_session': Path.root('agents_can_end_sessions'),
  'routing.transform_to_email_enabled': Path.root('agent_ended_session_routing'),
  'messaging_inactivity.enabled': Path.root('inactivity').atName('enabled'),
  'messaging_inactivity.timeout': Path.root('inactivity').atName('timeout'),
  'messaging_inactivity.ticket_status_id': Path.root('inactivity').atName('ticket_status_id'),
  'messaging_inactivity.end_session': Path.root('inactivity').atName('end_session'),
  'messaging_inactivity.reminders': Path.root('inactivity').atName('reminders'),
};

const INACTIVITY_KEYS = ['enabled', 'timeout', 'ticket_status_id', 'end_session', 'reminders'] as const;
const MANAGED = ['agents_can_end_sessions', 'agent_ended_session_routing', 'inactivity'] as const;

const orNull = <T>(value: T | undefined): T | null => (value === undefined ? null : value);

function reminderToState(r: ApiReminder): ObjectValue {
  return {
    message: r.message,
    timeout_seconds: orNull(r.timeout ?? undefined),
    ticket_status_id: orNull(r.ticket_status_id ?? undefined),
    tags: r.tags ?? null,
  };
}

/** Every managed setting as attribute values (import, the data source, and the source for refreshes). */
export function settingsToAttributes(settings: SettingsView): Record<(typeof MANAGED)[number], Value> {
  const inactivity = settings.messaging_inactivity;
  const transform = settings.routing?.transform_to_email_enabled;
  return {
    agents_can_end_sessions: orNull(settings.messaging?.messaging_end_session),
    agent_ended_session_routing: transform === undefined ? null : transform ? 'email' : 'messaging',
    inactivity: inactivity
      ? {
          enabled: orNull(inactivity.enabled),
          timeout: orNull(inactivity.timeout),
          ticket_status_id: orNull(inactivity.ticket_status_id ?? undefined),
          end_session: orNull(inactivity.end_session),
          reminders: inactivity.reminders ? inactivity.reminders.map(reminderToState) : null,
        }
      : null,
  };
}

/**
 * Refreshes a prior state from the API: only attributes that are managed
 * (non-null in state) are read, so unmanaged settings never show up as drift.
 * `everything` (right after an import) reads all of them.
 */
export function refreshState(prior: ObjectValue, settings: SettingsView, everything: boolean): ObjectValue {
  const current = settingsToAttributes(settings);
  const next: Record<string, Value> = { ...prior };
  for (const name of MANAGED) {
    if (!everything && prior[name] === null) continue;
    next[name] = current[name];
  }
  const priorInactivity = prior.inactivity;
  const currentInactivity = current.inactivity;
  if (!everything && isObjectValue(priorInactivity) && isObjectValue(currentInactivity)) {
    const merged: Record<string, Value> = {};
    for (const key of INACTIVITY_KEYS) {
      if (priorInactivity[key] === null) merged[key] = null;
      else if (key === 'reminders') merged[key] = keepUnsetTags(priorInactivity[key], currentInactivity[key]);
      else merged[key] = currentInactivity[key];
    }
    next.inactivity = merged;
  }
  return next;
}

/**
 * Zendesk fills in `tags: []` on reminders that were written without tags; keep
 * the configured null in that case so an unset list never shows as a change.
 */
function keepUnsetTags(prior: Value, current: Value): Value {
  if (!Array.isArray(prior) || !Array.isArray(current) || prior.length !== current.length) return current;
  return (current as ObjectValue[]).map((reminder, i) => {
    const before = (prior as ObjectValue[])[i];
    const tags = reminder.tags;
    const emptyTags = Array.isArray(tags) && tags.length === 0;
    return emptyTags && isObjectValue(before) && before.tags === null ? { ...reminder, tags: null } : reminder;
  });
}

/** The settings the plan manages (its non-null values), as an API patch. */
export function planToPatch(plan: ObjectValue): SettingsPatch {
  const patch: SettingsPatch = {};
  const put = (section: string, key: string, value: unknown) => {
    patch[section] = { ...(patch[section] ?? {}), [key]: value };
  };
  if (typeof plan.agents_can_end_sessions === 'boolean') put('messaging', 'messaging_end_session', plan.agents_can_end_sessions);
  if (typeof plan.agent_ended_session_routing === 'string') {
    put('routing', 'transform_to_email_enabled', plan.agent_ended_session_routing === 'email');
  }
  const inactivity = plan.inactivity;
  if (isObjectValue(inactivity)) {
    for (const key of INACTIVITY_KEYS) {
      const value = inactivity[key];
      if (value === null) continue;
      put('messaging_inactivity', key, key === 'reminders' ? (value as ObjectValue[]).map(reminderToApi) : value);
    }
  }
  return patch;
}

/**
 * The first reminder carries only its message (it uses the inactivity timeout
 * and status); later ones carry a wait in seconds and a status, where null
 * means "no status change" (ZENDESK-API-NOTES §1 messaging_inactivity).
 */
function reminderToApi(reminder: ObjectValue, index: number): ApiReminder {
  const tags = Array.isArray(reminder.tags) ? (reminder.tags as string[]) : [];
  if (index === 0) return { message: reminder.message as string, tags };
  return {
    message: reminder.message as string,
    timeout: reminder.timeout_seconds as number,
    ticket_status_id: (reminder.ticket_status_id as number | null) ?? null,
    tags,
  };
}

/**
 * Zendesk's documented defaults for a new account (HC 8372292195354,
 * 7043034053658): what on_destroy = "reset" restores. Status ids and reminder
 * texts are account-specific, so reset leaves them as they are.
 */
export function defaultsPatchFor(state: ObjectValue): SettingsPatch {
  const patch: SettingsPatch = {};
  if (state.agents_can_end_sessions !== null) patch.messaging = { messaging_end_session: true };
  if (state.agent_ended_session_routing !== null) patch.routing = { transform_to_email_enabled: false };
  if (isObjectValue(state.inactivity)) patch.messaging_inactivity = { enabled: true, timeout: 5, end_session: false };
  return patch;
}
