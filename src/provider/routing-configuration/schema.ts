import { type Attribute, type Schema, boolAttribute, int64Attribute, lengthBetween, oneOf, stringAttribute, unmanagedWhenUnsetAttribute, useStateForUnknown } from '../../framework';
import { ON_DESTROY } from '../messaging-settings/attribute-map';
import { ROUTING_CONFIGURATION, SETTINGS } from './attribute-map';

export { TYPE_NAME } from './attribute-map';

/**
 * How we know a key, in the words its description ends with: the docs say which options Zendesk documents and which
 * are only seen in real answers (docs/design/zendesk-api.md#routing-section).
 */
function known(attribute: string): string {
  const entry = SETTINGS.find((s) => s.attribute === attribute);
  if (!entry) throw new Error(`${attribute} has no row in the routing configuration's attribute map`);
  const key = `settings.${entry.section}.${entry.key}`;
  switch (entry.evidence) {
    case 'documented':
      return `Documented: ${key} in Zendesk's account settings reference.`;
    case 'observed':
      return `Observed: ${key} is seen in real accounts' answers but not documented by Zendesk, so its meaning is our reading of Admin Center.`;
    default:
      return `Observed key, inferred values: ${key} is seen in real answers; Zendesk documents neither the key nor its values.`;
  }
}

/** An "unset means unmanaged" setting whose description ends with how we know it. */
function managed<A extends Attribute & { description?: string }>(attribute: string, declared: A) {
  return unmanagedWhenUnsetAttribute({ ...declared, description: `${declared.description} ${known(attribute)}` }, { children: false });
}

/** A whole number of the API's, described with its unit where Zendesk documents one. */
const count = (attribute: string, description: string) => managed(attribute, int64Attribute({ description }));
const onOff = (attribute: string, description: string) => managed(attribute, boolAttribute({ description }));

export const routingConfigurationSchema = {
  description:
    `The omnichannel routing configuration of one Zendesk account (${ROUTING_CONFIGURATION}). One per account: creating ` +
    "it adopts the account's configuration and changes only the settings listed; destroying it follows on_destroy. " +
    'How tickets of agent-ended messaging sessions are routed stays on zendesk_messaging_settings ' +
    '(agent_ended_session_routing); each resource writes only its own keys.',
  attributes: {
    id: stringAttribute({
      computed: true,
      planModifiers: [useStateForUnknown()],
      description: 'The Zendesk account (subdomain) this configuration belongs to. Also the import ID.',
    }),
    enabled: onOff(
      'enabled',
      'Whether omnichannel routing is on. With it off, the other options here and zendesk_messaging_settings\' ' +
        'agent_ended_session_routing have no effect (Zendesk keeps them). A plan that turns it off says so with a warning ' +
        'here: zendesk_messaging_settings sees only the value Zendesk holds when it plans, so in the same configuration ' +
        'it warns from the next refresh on, once Zendesk holds routing off.',
    ),
    autorouting_tag: managed(
      'autorouting_tag',
      stringAttribute({
        description: 'The tag that marks tickets for omnichannel routing (Zendesk\'s default: "auto-routing"). Cannot be empty.',
        validators: [lengthBetween(1, 255)],
      }),
    ),
    reassignment_messaging_enabled: onOff(
      'reassignment_messaging_enabled',
      'Reassign a messaging conversation its agent does not accept within reassignment_messaging_timeout_seconds.',
    ),
    reassignment_messaging_timeout_seconds: count(
      'reassignment_messaging_timeout_seconds',
      'Seconds an agent has to accept a messaging conversation before it is reassigned (API: reassignment_messaging_timeout; ' +
        '30 on Professional plans, customizable on Enterprise).',
    ),
    reassignment_talk_timeout_seconds: count(
      'reassignment_talk_timeout_seconds',
      'Seconds an agent has to accept a call before it is offered to another agent (API: reassignment_talk_timeout).',
    ),
    auto_accept_messaging_enabled: onOff(
      'auto_accept_messaging_enabled',
      'Accept messaging conversations for the agent they are routed to. Admin Center does not allow it together with ' +
        'messaging reassignment timing; the API is not known to refuse the pair, so a configuration with both is a warning.',
    ),
    focus_mode_enabled: onOff('focus_mode_enabled', 'Focus mode: agents work one messaging conversation at a time.'),
    count_inactive_conversations_enabled: onOff(
      'count_inactive_conversations_enabled',
      '"Count inactive conversations towards agent capacity" (API: messaging_activity_routing_enabled). Changing it while ' +
        'focus mode is on may keep messaging tickets counting against capacity for up to 24 hours.',
    ),
    assignment_method: managed(
      'assignment_method',
      stringAttribute({
        description:
          'How omnichannel routing picks an agent (highest spare capacity, highest percentage of spare capacity, or round ' +
          "robin in Admin Center). Zendesk does not document the API's values, so any text is passed as it is.",
        validators: [lengthBetween(1, 255)],
      }),
    ),
    reassignment_reopened_tickets_enabled: onOff('reassignment_reopened_tickets_enabled', 'Reassign reopened tickets whose agent is unavailable.'),
    reassignment_agent_status_change_enabled: onOff(
      'reassignment_agent_status_change_enabled',
      "Reassign an agent's tickets when the agent's status changes to unavailable.",
    ),
    skills_timeout_enabled: onOff('skills_timeout_enabled', 'Stop requiring skills for a ticket not assigned within the skills timeout.'),
    skills_timeout_support: count('skills_timeout_support', 'Skills timeout for email tickets, in the API\'s unit (Zendesk documents none).'),
    skills_timeout_messaging: count('skills_timeout_messaging', "Skills timeout for messaging conversations, in the API's unit (Zendesk documents none)."),
    skills_timeout_talk: count('skills_timeout_talk', "Skills timeout for calls, in the API's unit (Zendesk documents none)."),
    on_destroy: stringAttribute({
      optional: true,
      computed: true,
      default: 'retain',
      description:
        'What destroying this resource does: "retain" (default) leaves the configuration as it is and only removes it ' +
        'from Terraform state; "reset" restores Zendesk\'s documented defaults for the documented settings this resource ' +
        'manages (observed settings, whose defaults are not known, are left as they are).',
      validators: [oneOf(...ON_DESTROY)],
    }),
  },
} satisfies Schema;
