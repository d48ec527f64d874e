/**
 * zendesk_routing_configuration, attribute by attribute: the one table of what each attribute is in Zendesk (its
 * `settings.routing` key, from Zendesk's facts in client/settings-facts.ts) and in words for people. The schema's
 * descriptions, reads and writes (the messaging settings' tree and mapping, given this table), the CLI's labels and
 * the docs derive from it; test/provider/routing-configuration.test.ts fails when a schema attribute has no row.
 *
 * The routing section is shared with zendesk_messaging_settings, which keeps agent_ended_session_routing
 * (routing.transform_to_email_enabled): each resource's table lists only its own keys, so each writes only those.
 *
 * Plain data and small functions, with type-only imports of the framework: the CLI loads this module at every start.
 */
import type { Value } from '../../framework';
import { type Evidence, FACTS } from '../../client/settings-facts';
import type { AttributeEntry } from '../attribute-words';
import { type Decoded, type SettingEntry, ROUTING_CONFIGURATION, bool, identity, invalid, isSetting, setting, wholeNumber } from '../messaging-settings/attribute-map';

export const TYPE_NAME = 'zendesk_routing_configuration';
export { ROUTING_CONFIGURATION };

/** HC 4828787357210: managing the routing configuration (every option below, the reassignment timings in seconds). */
const ROUTING_ARTICLE = 'https://support.zendesk.com/hc/en-us/articles/4828787357210';
const ON_OFF = { true: 'on', false: 'off' };
const EDIT = `${ROUTING_CONFIGURATION} > Edit`;

const text = (api: unknown): Decoded => (typeof api === 'string' ? { value: api } : invalid(api, 'text'));
/**
 * Seconds, as the API carries the reassignment timings [documented: docs/design/zendesk-api.md#routing-section]. For
 * the unit in reports only: Zendesk documents no bounds, so the schema enforces none.
 */
const SECONDS = { min: 0, max: Number.MAX_SAFE_INTEGER, unit: 'seconds', unbounded: true } as const;
/** A tag or a method name: not empty, and no longer than Zendesk's text fields. */
const NON_EMPTY = { min: 1, max: 255 } as const;

/** What a few values do, as the routing configuration article says [documented: docs/design/zendesk-api.md#routing-configuration-options]. */
const byValue = (sentences: Readonly<Record<string, string>>) => (value: unknown) => (typeof value === 'boolean' ? sentences[String(value)] : undefined);
const EFFECTS = {
  enabled: byValue({
    true: 'Omnichannel routing assigns tickets, calls and messaging conversations to agents by status and capacity.',
    false:
      'Omnichannel routing stops assigning work to agents, and every option that works through it has no effect, including how tickets of agent-ended messaging sessions are routed.',
  }),
  reassignmentMessaging: byValue({
    true: 'A messaging conversation an agent does not accept in time is reassigned to another agent.',
    false: 'A messaging conversation stays offered to its agent until accepted.',
  }),
  autoAccept: byValue({
    true: "Messaging conversations routed to an agent are accepted for them; Admin Center does not allow this together with messaging reassignment timing.",
    false: 'Agents accept each messaging conversation routed to them.',
  }),
};

/** A setting of this resource: the fact it manages, its words, and whether Zendesk documents it. */
export type RoutingSettingEntry = SettingEntry & { readonly evidence: Evidence };

type Row = Parameters<typeof setting>[0];

/** A setting of the routing section, its row's name and shape kept literal for the schema's types (`const`). */
function routing<const R extends Row>(row: R) {
  const entry = setting({ adminCenter: EDIT, helpArticle: ROUTING_ARTICLE, ...row });
  return { ...entry, evidence: entry.fact.evidence } satisfies RoutingSettingEntry;
}

const onOff = <const A extends string>(attribute: A, fact: Row['fact'], words: string, description: string, extra: Partial<Pick<Row, 'resets' | 'effect' | 'adminCenter'>> = {}) =>
  routing({ attribute, fact, words, description, decode: bool, encode: identity, shape: 'on-off', valueWords: ON_OFF, ...extra });

/**
 * Every attribute, in the order reports list them: the identifier, the documented settings, the observed ones, then
 * on_destroy. Reset restores only the documented defaults; the observed keys' defaults are not known, so reset
 * leaves them as they are. Adding a setting is adding a row here (and its fact): the schema derives from the rows,
 * its types from each row's literal name and shape (`as const`; account-settings-schema.ts).
 */
export const ATTRIBUTE_ROWS = [
  { attribute: 'id', words: 'Account', shape: 'choice', identifier: true, description: 'The Zendesk account (subdomain) this configuration belongs to. Also the import ID.' },
  onOff(
    'enabled', FACTS['routing.enabled'], 'Omnichannel routing',
    "Whether omnichannel routing is on. With it off, the other options here and zendesk_messaging_settings' " +
      'agent_ended_session_routing have no effect (Zendesk keeps them). A plan that turns it off says so with a warning ' +
      'here: zendesk_messaging_settings sees only the value Zendesk holds when it plans, so in the same configuration ' +
      'it warns from the next refresh on, once Zendesk holds routing off.',
    { resets: true, effect: EFFECTS.enabled, adminCenter: ROUTING_CONFIGURATION },
  ),
  routing({
    attribute: 'autorouting_tag', fact: FACTS['routing.autorouting_tag'], decode: text, encode: identity, words: 'Auto-routing tag', shape: 'text', length: NON_EMPTY, resets: true,
    description: 'The tag that marks tickets for omnichannel routing (Zendesk\'s default: "auto-routing"). Cannot be empty.',
  }),
  onOff(
    'reassignment_messaging_enabled', FACTS['routing.reassignment_messaging_enabled'], 'Reassign unaccepted messaging conversations',
    'Reassign a messaging conversation its agent does not accept within reassignment_messaging_timeout_seconds.',
    { resets: true, effect: EFFECTS.reassignmentMessaging },
  ),
  routing({
    attribute: 'reassignment_messaging_timeout_seconds', fact: FACTS['routing.reassignment_messaging_timeout'], decode: wholeNumber, encode: identity,
    words: 'Messaging reassignment timing', shape: 'count', range: SECONDS, resets: true,
    description:
      'Seconds an agent has to accept a messaging conversation before it is reassigned (API: reassignment_messaging_timeout; ' +
      '30 on Professional plans, customizable on Enterprise).',
  }),
  routing({
    attribute: 'reassignment_talk_timeout_seconds', fact: FACTS['routing.reassignment_talk_timeout'], decode: wholeNumber, encode: identity,
    words: 'Talk reassignment timing', shape: 'count', range: SECONDS, resets: true,
    description: 'Seconds an agent has to accept a call before it is offered to another agent (API: reassignment_talk_timeout).',
  }),
  onOff(
    'auto_accept_messaging_enabled', FACTS['routing.auto_accept_messaging_enabled'], 'Auto-accept messaging conversations',
    'Accept messaging conversations for the agent they are routed to. Admin Center does not allow it together with ' +
      'messaging reassignment timing; the API is not known to refuse the pair, so a configuration with both is a warning.',
    { effect: EFFECTS.autoAccept },
  ),
  onOff('focus_mode_enabled', FACTS['routing.focus_mode_enabled'], 'Focus mode', 'Focus mode: agents work one messaging conversation at a time.'),
  onOff(
    'count_inactive_conversations_enabled', FACTS['routing.messaging_activity_routing_enabled'], 'Count inactive conversations towards agent capacity',
    '"Count inactive conversations towards agent capacity" (API: messaging_activity_routing_enabled). Changing it while ' +
      'focus mode is on may keep messaging tickets counting against capacity for up to 24 hours.',
  ),
  routing({
    attribute: 'assignment_method', fact: FACTS['routing.assignment_method'], decode: text, encode: identity, words: 'Assignment method', shape: 'text', length: NON_EMPTY,
    description:
      'How omnichannel routing picks an agent (highest spare capacity, highest percentage of spare capacity, or round ' +
      "robin in Admin Center). Zendesk does not document the API's values, so any text is passed as it is.",
  }),
  onOff(
    'reassignment_reopened_tickets_enabled', FACTS['routing.reassignment_reopened_tickets_enabled'], 'Reassign reopened tickets',
    'Reassign reopened tickets whose agent is unavailable.',
  ),
  onOff(
    'reassignment_agent_status_change_enabled', FACTS['routing.reassignment_agent_status_change_enabled'], 'Reassign tickets when the agent goes unavailable',
    "Reassign an agent's tickets when the agent's status changes to unavailable.",
  ),
  onOff('skills_timeout_enabled', FACTS['routing.skills_timeout_enabled'], 'Skills timeout', 'Stop requiring skills for a ticket not assigned within the skills timeout.'),
  ...([
    ['support', 'email', 'email tickets'],
    ['messaging', 'messaging', 'messaging conversations'],
    ['talk', 'talk', 'calls'],
  ] as const).map(([channel, words, what]) =>
    routing({
      attribute: `skills_timeout_${channel}`, fact: FACTS[`routing.skills_timeout_${channel}`], decode: wholeNumber, encode: identity,
      words: `Skills timeout for ${words}`, shape: 'count', description: `Skills timeout for ${what}, in the API's unit (Zendesk documents none).`,
    }),
  ),
  {
    attribute: 'on_destroy', words: 'When this resource is destroyed', shape: 'choice', default: 'retain',
    valueWords: { retain: 'leave the routing configuration as it is', reset: "restore Zendesk's documented defaults" },
    description:
      'What destroying this resource does: "retain" (default) leaves the configuration as it is and only removes it ' +
      'from Terraform state; "reset" restores Zendesk\'s documented defaults for the documented settings this resource ' +
      'manages (observed settings, whose defaults are not known, are left as they are).',
  },
] as const satisfies readonly AttributeEntry[];

/** The same rows, each read as an attribute entry (what reports, the tree and the descriptor need). */
export const ATTRIBUTES: readonly AttributeEntry[] = ATTRIBUTE_ROWS;

/** Every managed setting, in report order. */
export const SETTINGS: readonly RoutingSettingEntry[] = ATTRIBUTES.filter(isSetting) as RoutingSettingEntry[];

/** What on_destroy = "reset" restores, in words: "Omnichannel routing: on; Auto-routing tag: auto-routing; …". */
export function resetWords(): string {
  const valueWords = (s: SettingEntry, v: Value) => `${s.valueWords?.[String(v)] ?? String(v)}${s.range ? ` ${s.range.unit}` : ''}`;
  return SETTINGS.filter((s) => s.resetTo !== undefined)
    .map((s) => `${s.words}: ${valueWords(s, s.resetTo!)}`)
    .join('; ');
}
