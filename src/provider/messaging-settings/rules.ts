import { type ObjectValue, type Value, isObjectValue, isUnknown } from '../../protocol/tftypes/value';
import { type Diagnostics, Path } from '../../framework';
import type { SettingsView } from './mapping';

const ROUTING = Path.root('agent_ended_session_routing');
const REMINDERS = Path.root('inactivity').atName('reminders');

/**
 * Checks that need only the configuration (run by terraform validate and
 * every plan). Unknown values are skipped; the next plan sees them known.
 */
export function checkConfig(config: ObjectValue, diagnostics: Diagnostics): void {
  if (typeof config.agent_ended_session_routing === 'string' && config.agents_can_end_sessions === false) {
    diagnostics.addAttributeError(
      ROUTING,
      'Routing treatment needs agents to be able to end sessions',
      'agent_ended_session_routing only applies to sessions an agent ended, but agents_can_end_sessions = false. Set ' +
        'agents_can_end_sessions = true, or remove agent_ended_session_routing.',
    );
  }
  const inactivity = config.inactivity;
  if (!isObjectValue(inactivity) || !Array.isArray(inactivity.reminders)) return;
  (inactivity.reminders as readonly Value[]).forEach((reminder, i) => {
    if (!isObjectValue(reminder)) return;
    const at = REMINDERS.atListIndex(i);
    if (i === 0) {
      for (const field of ['timeout_seconds', 'ticket_status_id']) {
        if (reminder[field] !== null && !isUnknown(reminder[field])) {
          diagnostics.addAttributeError(
            at.atName(field),
            'The first reminder takes no wait time or status',
            `The first reminder fires after inactivity.timeout and uses inactivity.ticket_status_id (Zendesk's rule), so ` +
              `${field} must be unset on it. Move the value to inactivity, or to the second reminder.`,
          );
        }
      }
    } else if (reminder.timeout_seconds === null) {
      diagnostics.addAttributeError(
        at.atName('timeout_seconds'),
        'Missing reminder wait time',
        `Reminder ${i + 1} needs timeout_seconds: the wait after the previous reminder (60-900 seconds).`,
      );
    }
  });
}

/**
 * Checks against the live account at plan time: the routing treatment only
 * means something with omnichannel routing on and agents allowed to end
 * sessions (ZENDESK-API-NOTES §4 prerequisites). `planned` decides the
 * agents-can-end-sessions value when it is managed; otherwise Zendesk's does.
 */
export function checkAgainstAccount(planned: ObjectValue, settings: SettingsView, accountId: string, diagnostics: Diagnostics): void {
  if (typeof planned.agent_ended_session_routing !== 'string') return;
  if (settings.routing?.enabled === false) {
    diagnostics.addAttributeError(
      ROUTING,
      'Omnichannel routing is off',
      `Account "${accountId}" has omnichannel routing turned off, and agent_ended_session_routing only takes effect through ` +
        'it. Turn omnichannel routing on (Admin Center > Objects and rules > Omnichannel routing > Routing configuration), ' +
        'or remove agent_ended_session_routing.',
    );
  }
  const canEnd = typeof planned.agents_can_end_sessions === 'boolean'
    ? planned.agents_can_end_sessions
    : settings.messaging?.messaging_end_session;
  if (canEnd === false && planned.agents_can_end_sessions !== false) {
    diagnostics.addAttributeError(
      ROUTING,
      'Agents cannot end messaging sessions',
      `Account "${accountId}" does not let agents end messaging sessions, so there are no agent-ended sessions to route. ` +
        'Set agents_can_end_sessions = true in this resource, or remove agent_ended_session_routing.',
    );
  }
}
