/**
 * Words a support admin understands, for the attributes this provider manages:
 * one table, keyed by resource type and attribute path. Reports fall back to
 * the attribute path for anything not listed (and render unknown resource types
 * generically).
 */
export interface Label {
  label: string;
  format?: (value: unknown) => string;
}

const onOff = (v: unknown) => (v === true ? 'on' : v === false ? 'off' : formatValue(v));
const minutes = (v: unknown) => (typeof v === 'number' ? `${v} minutes` : formatValue(v));
const routing = (v: unknown) => (v === 'email' ? 'email tickets' : v === 'messaging' ? 'messaging tickets' : formatValue(v));
const onDestroy = (v: unknown) =>
  v === 'retain' ? 'leave the settings as they are' : v === 'reset' ? "restore Zendesk's defaults" : v === 'restore' ? 'restore the adopted trigger' : v === 'delete' ? 'delete the trigger' : formatValue(v);
const count = (noun: string) => (v: unknown) => (Array.isArray(v) ? `${v.length} ${noun}${v.length === 1 ? '' : 's'}` : formatValue(v));

const LABELS: Record<string, Record<string, Label>> = {
  zendesk_messaging_settings: {
    agents_can_end_sessions: { label: 'Agents can end messaging sessions', format: onOff },
    agent_ended_session_routing: { label: 'Tickets of agent-ended sessions are routed as', format: routing },
    inactivity: { label: 'Auto-release capacity on inactivity' },
    'inactivity.enabled': { label: 'Auto-release capacity on inactivity', format: onOff },
    'inactivity.timeout': { label: 'Auto-release after inactivity', format: minutes },
    'inactivity.ticket_status_id': { label: 'Ticket status when a conversation becomes inactive' },
    'inactivity.end_session': { label: 'End the session with the final reminder', format: onOff },
    'inactivity.reminders': { label: 'Inactivity reminders', format: count('reminder') },
    on_destroy: { label: 'When this resource is destroyed', format: onDestroy },
  },
  zendesk_trigger: {
    title: { label: 'Trigger title' },
    active: { label: 'Trigger active', format: onOff },
    description: { label: 'Trigger description' },
    position: { label: 'Trigger position' },
    category_id: { label: 'Trigger category' },
    conditions: { label: 'Trigger conditions' },
    'conditions.all': { label: 'Conditions (meet ALL)', format: count('condition') },
    'conditions.any': { label: 'Conditions (meet ANY)', format: count('condition') },
    actions: { label: 'Trigger actions', format: count('action') },
    on_destroy: { label: 'When this resource is destroyed', format: onDestroy },
  },
};

export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return '(not set)';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object') {
    const text = JSON.stringify(value);
    return text.length > 80 ? `${text.slice(0, 77)}…` : text;
  }
  return String(value);
}

export function labelFor(type: string, path: string): Label {
  return LABELS[type]?.[path] ?? { label: path };
}

/** "Label: before → after", in the resource type's words. */
export function describeChange(type: string, path: string, before: unknown, after: unknown): string {
  const { label, format = formatValue } = labelFor(type, path);
  return `${label}: ${format(before)} → ${format(after)}`;
}
