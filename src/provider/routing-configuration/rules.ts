/**
 * zendesk_routing_configuration's rules. Only what Zendesk refuses would be an error; Zendesk is not known to refuse
 * any combination of these keys [inferred: docs/design/zendesk-api.md#routing-configuration-options], so every rule
 * here is a warning that says which value has no effect, and why.
 */
import { type Diagnostics, type ObjectValue, type Value, Path } from '../../framework';
import type { AccountSettings } from '../../client/settings';
import { FACTS } from '../../client/settings-facts';
import { dormancyReasons } from '../messaging-settings/rules';
import { ROUTING_CONFIGURATION } from './attribute-map';

const ENABLED = Path.root('enabled');
const AUTO_ACCEPT = Path.root('auto_accept_messaging_enabled');
/** The messaging settings' routing treatment, which needs routing on: read from Zendesk, never written here. */
const TREATMENT = FACTS['routing.transform_to_email_enabled'];

/**
 * Auto-accept with messaging reassignment timing: Admin Center does not allow both, and the API is not known to
 * refuse them [documented, and inferred for the API: docs/design/zendesk-api.md#routing-configuration-options].
 * Known values only: an unknown one is checked when the plan validates the configuration again with it known
 * (docs/design/terraform-plugin.md#configuration-validation-during-plan).
 */
export function checkConfig(config: ObjectValue, diagnostics: Diagnostics): void {
  if (config.auto_accept_messaging_enabled !== true || config.reassignment_messaging_enabled !== true) return;
  diagnostics.addAttributeWarning(
    AUTO_ACCEPT,
    'Auto-accept and messaging reassignment timing together',
    `Admin Center does not allow auto-accept together with messaging reassignment timing (${ROUTING_CONFIGURATION}): an ` +
      'auto-accepted conversation is never left unaccepted, so reassignment_messaging_enabled and ' +
      'reassignment_messaging_timeout_seconds have no effect on it. Zendesk\'s API is not known to refuse the pair, so ' +
      'this is not an error; set reassignment_messaging_enabled = false, or auto_accept_messaging_enabled = false.',
  );
}

/** The summary the messaging settings give a dormant treatment, so a plan and a refresh say it alike. */
const routingOffSummary = (account: string) => dormancyReasons('email', { omnichannelRouting: false, agentsCanEndSessions: undefined }, account)[0].summary;

/**
 * A plan that turns omnichannel routing off: zendesk_messaging_settings' routing treatment of agent-ended sessions
 * then has no effect, as with routing turned off in Admin Center. That resource warns on its own refresh once Zendesk
 * holds routing off; planned in the same configuration, it sees only Zendesk's current value, so this resource says
 * it first. `settings` is Zendesk's answer, for the treatment it holds now.
 */
export function warnIfRoutingOff(planned: Value, settings: AccountSettings, accountId: string, diagnostics: Diagnostics): void {
  if (planned !== false) return;
  const held = settings[TREATMENT.section]?.[TREATMENT.key];
  const treatment = typeof held === 'boolean' ? `, "${held ? 'email' : 'messaging'}" in Zendesk now` : '';
  diagnostics.addAttributeWarning(
    ENABLED,
    routingOffSummary(accountId),
    `This plan leaves omnichannel routing off in account "${accountId}". How tickets of agent-ended messaging sessions ` +
      `are routed (zendesk_messaging_settings.agent_ended_session_routing${treatment}) takes effect only through it, so ` +
      'it has no effect while routing is off; Zendesk keeps the value, and it applies again once routing is turned on. ' +
      'The other options of this resource likewise wait for routing to be on.',
  );
}

/** The same, as a plan summary shows it without the provider's log (the descriptor's plannedWarnings). */
export function routingOffSummaries(after: unknown, account: string): string[] {
  return after === false ? [routingOffSummary(account)] : [];
}
