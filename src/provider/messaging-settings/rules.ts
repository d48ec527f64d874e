import { type ObjectValue, type Value, isObjectValue, isUnknown } from '../../framework';
import { type Diagnostics, Path } from '../../framework';
import type { AccountSettings } from '../../client/settings';
import { FACTS } from '../../client/settings-facts';
import { END_SESSIONS, ROUTING_CONFIGURATION } from './attribute-map';
import { SETTINGS_TREE, type SettingKey, pathOf, valueAtPath } from './settings-keys';

const ROUTING = Path.root('agent_ended_session_routing');
const AGENTS_CAN_END_SESSIONS = SETTINGS_TREE.keyOf('agents_can_end_sessions')!;
/** Omnichannel routing on or off: not managed here, read as Zendesk's fact names it. */
const ROUTING_ON = FACTS['routing.enabled'];

/**
 * Checks that need only the configuration, in one walk over the table's settings: a deprecated name set beside the
 * attribute it names, and each reminder list's items. Run by validateConfig: terraform validate, and every plan once
 * its values are known (docs/design/terraform-plugin.md#configuration-validation-during-plan). Unknown values are
 * skipped. Only what Zendesk would refuse is an error here; values that are legal but have no effect are warned
 * about where the account is known (see dormancy).
 */
export function checkConfig(config: ObjectValue, diagnostics: Diagnostics): void {
  for (const key of SETTINGS_TREE.all) {
    if (key.aliasOf !== undefined) checkAlias(config, key, diagnostics);
    else if (key.shape === 'reminder-list') checkReminders(valueAtPath(config, key.path), key.path, diagnostics);
  }
}

/** The first reminder's wait and status have no effect; every later one needs its wait. */
function checkReminders(reminders: Value, at: Path, diagnostics: Diagnostics): void {
  if (!Array.isArray(reminders)) return;
  (reminders as readonly Value[]).forEach((reminder, i) => {
    if (!isObjectValue(reminder)) return;
    const item = at.atListIndex(i);
    if (i === 0) {
      // Zendesk accepts and keeps these keys on the first reminder but does not use them: legal, without effect.
      for (const field of ['timeout_seconds', 'ticket_status_id']) {
        if (reminder[field] !== null && !isUnknown(reminder[field])) {
          diagnostics.addAttributeWarning(
            item.atName(field),
            'The first reminder does not use its own wait time or status',
            `The first reminder fires after inactivity.timeout and sets inactivity.ticket_status_id (Zendesk's rule), so ` +
              `${field} on it has no effect. Zendesk keeps the value; to make it count, move it to inactivity or to the ` +
              'second reminder, or remove it.',
          );
        }
      }
    } else if (reminder.timeout_seconds === null) {
      diagnostics.addAttributeError(
        item.atName('timeout_seconds'),
        'Missing reminder wait time',
        `Reminder ${i + 1} needs timeout_seconds: the wait after the previous reminder (60-900 seconds).`,
      );
    }
  });
}

/**
 * A deprecated name and the attribute it names both set is an error on the
 * old name: they are one setting, and two values would leave it undecided.
 * Setting the old name alone is only a warning (the schema's deprecation).
 */
function checkAlias(config: ObjectValue, alias: SettingKey, diagnostics: Diagnostics): void {
  if (valueAtPath(config, alias.path) === null || valueAtPath(config, pathOf(alias.aliasOf!)) === null) return;
  diagnostics.addAttributeError(
    alias.path,
    'Conflicting attributes',
    `${alias.attribute} is the deprecated name of ${alias.aliasOf}: set only ${alias.aliasOf} (remove ${alias.attribute}).`,
  );
}

/** What decides whether the routing treatment takes effect: two independent account settings. */
export interface RoutingPrerequisites {
  /** settings.routing.enabled; undefined when not known. */
  omnichannelRouting: boolean | undefined;
  /** Agents can end sessions: the planned value when the resource manages it, else the account's. */
  agentsCanEndSessions: boolean | undefined;
}

/** Why a routing treatment has no effect, in words that say what to do; empty when it takes effect. */
export function dormancyReasons(treatment: string, prerequisites: RoutingPrerequisites, accountId: string): { summary: string; detail: string }[] {
  const reasons: { summary: string; detail: string }[] = [];
  const stored =
    `Zendesk stores agent_ended_session_routing = "${treatment}" either way (the settings are independent in the API), ` +
    'so it takes effect as soon as the prerequisite is met.';
  if (prerequisites.agentsCanEndSessions === false) {
    reasons.push({
      summary: 'Routing treatment has no effect: agents cannot end messaging sessions',
      detail:
        `In account "${accountId}" agents cannot end messaging sessions, so no session is ever ended by an agent and ` +
        `agent_ended_session_routing has nothing to route. ${stored} To make it apply, set agents_can_end_sessions = true ` +
        `(${END_SESSIONS}); if agents are meant not to end sessions, remove agent_ended_session_routing.`,
    });
  }
  if (prerequisites.omnichannelRouting === false) {
    reasons.push({
      summary: 'Routing treatment has no effect: omnichannel routing is off',
      detail:
        `Account "${accountId}" has omnichannel routing turned off, and agent_ended_session_routing only takes effect ` +
        `through it. ${stored} To make it apply, turn omnichannel routing on (${ROUTING_CONFIGURATION}); to stop ` +
        'managing the treatment, remove agent_ended_session_routing.',
    });
  }
  return reasons;
}

/**
 * Warns on agent_ended_session_routing when the value is dormant. Never an
 * error: Zendesk accepts the key whatever the other settings are, and an admin
 * may turn routing off at any time (CONTRACT: dormant settings are warnings).
 */
export function warnIfDormant(treatment: Value, prerequisites: RoutingPrerequisites, accountId: string, diagnostics: Diagnostics): void {
  if (typeof treatment !== 'string') return;
  for (const reason of dormancyReasons(treatment, prerequisites, accountId)) diagnostics.addAttributeWarning(ROUTING, reason.summary, reason.detail);
}

/** The prerequisites as a plan would leave them: a managed agents_can_end_sessions decides, else Zendesk's value. */
export function prerequisitesFor(planned: ObjectValue, settings: AccountSettings): RoutingPrerequisites {
  const planAgents = planned.agents_can_end_sessions;
  // The answer is data from the network: a value of another type tells nothing (and warns about nothing).
  const bool = (v: unknown) => (typeof v === 'boolean' ? v : undefined);
  const held = (fact: { section: string; key: string }) => bool(settings[fact.section]?.[fact.key]);
  return {
    omnichannelRouting: held(ROUTING_ON),
    agentsCanEndSessions: typeof planAgents === 'boolean' ? planAgents : isUnknown(planAgents) ? undefined : held(AGENTS_CAN_END_SESSIONS),
  };
}
