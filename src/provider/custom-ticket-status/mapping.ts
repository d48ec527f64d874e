/**
 * Between the resource's model and Zendesk's custom status object [documented: docs/design/zendesk-api.md#custom-ticket-statuses].
 * Zendesk keeps an unset description as "" and fills an unset end-user label with the agent label, so a refresh
 * maps those server-filled values back to what the configuration said (no perpetual diff), and an update sends ""
 * for a description the configuration no longer has (removing it from the configuration clears it in Zendesk).
 */
import type { ObjectValue } from '../../framework';
import type { ApiCustomStatus, CustomStatusPayload, StatusCategory } from '../../client/custom-statuses';

const DESCRIPTIONS = ['description', 'end_user_description'] as const;

/** The state for a status Zendesk answered, given the prior state or plan (null descriptions stay null when Zendesk holds ""). */
export function customStatusToState(status: ApiCustomStatus, prior: ObjectValue): ObjectValue {
  const state: Record<string, ObjectValue[string]> = {
    id: String(status.id),
    status_category: status.status_category,
    agent_label: status.agent_label,
    end_user_label: status.end_user_label ?? status.agent_label,
    active: status.active,
  };
  for (const key of DESCRIPTIONS) {
    const held = status[key];
    // Empty in Zendesk is "no description": the configuration's "" or unset, whichever it said.
    state[key] = held === null || held === '' ? (prior[key] === '' ? '' : null) : held;
  }
  return state;
}

/** What a create sends: the configured attributes only, so Zendesk fills the rest as it does for Admin Center. */
export function createPayload(plan: ObjectValue): CustomStatusPayload {
  const payload: CustomStatusPayload = { status_category: plan.status_category as StatusCategory, agent_label: String(plan.agent_label) };
  if (typeof plan.end_user_label === 'string') payload.end_user_label = plan.end_user_label;
  for (const key of DESCRIPTIONS) if (typeof plan[key] === 'string') payload[key] = plan[key] as string;
  if (typeof plan.active === 'boolean') payload.active = plan.active;
  return payload;
}

/**
 * What an update sends: every attribute Zendesk lets change (not the category, which Zendesk keeps: a change of it
 * replaces the resource). An unset description is sent as "" to clear one set elsewhere; an unset end-user label is
 * left out (Zendesk keeps its own).
 */
export function updatePayload(plan: ObjectValue): CustomStatusPayload {
  const payload: CustomStatusPayload = { agent_label: String(plan.agent_label) };
  if (typeof plan.end_user_label === 'string') payload.end_user_label = plan.end_user_label;
  for (const key of DESCRIPTIONS) payload[key] = typeof plan[key] === 'string' ? (plan[key] as string) : '';
  if (typeof plan.active === 'boolean') payload.active = plan.active;
  return payload;
}

/** The planned attributes Zendesk's answer does not hold (a write it did not keep), in words for an error. */
export function unkept(plan: ObjectValue, state: ObjectValue): string[] {
  const keys = ['agent_label', 'end_user_label', 'description', 'end_user_description', 'active'] as const;
  return keys.filter((k) => typeof plan[k] === typeof state[k] && plan[k] !== null && plan[k] !== state[k]).map((k) => `${k} = ${JSON.stringify(plan[k])} (Zendesk holds ${JSON.stringify(state[k])})`);
}
