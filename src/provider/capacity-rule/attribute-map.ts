/**
 * zendesk_capacity_rule, attribute by attribute: the capacity rule's field each one is
 * [documented: docs/design/zendesk-api.md#capacity-rules], and its words for people. The CLI's report labels derive
 * from it; a test fails when a schema attribute has no entry (test/provider/attribute-map.test.ts).
 *
 * Plain data with type-only imports: the CLI loads this module.
 */
import type { AttributeEntry, NameLookup } from '../attribute-words';

export const CAPACITY_RULE_TYPE_NAME = 'zendesk_capacity_rule';
export const CAPACITY_RULES_ADMIN_CENTER = 'Admin Center > Objects and rules > Omnichannel routing > Capacity rules';

const ON_OFF = { true: 'on', false: 'off' };

/** What one unit of a channel's work is called, as Admin Center's capacity rule page counts it. */
const WORK = { email: ['email ticket', 'email tickets'], messaging: ['messaging conversation', 'messaging conversations'], voice: ['call', 'calls'] } as const;

/** How much work of a channel routing gives an agent at once, in words for a plan summary (0: none of it). */
const capacityEffect = (channel: keyof typeof WORK) => (value: unknown) => {
  if (typeof value !== 'number') return undefined;
  const [one, many] = WORK[channel];
  if (value === 0) return `Omnichannel routing assigns the agents under this rule no ${many}.`;
  return `Omnichannel routing assigns each agent under this rule at most ${value} ${value === 1 ? one : many} at a time.`;
};

const agentList = (ids: unknown[]) => `${ids.length === 1 ? 'agent' : 'agents'} ${ids.map(String).join(', ')}`;

/** Who joins the rule and who leaves it (to the default rule), on an update. */
function agentsEffect(after: unknown, before: unknown): string | undefined {
  if (!Array.isArray(after)) return undefined;
  // A create's words on its agents are the descriptor's onCreate.
  if (!Array.isArray(before)) return undefined;
  const joining = after.filter((id) => !before.includes(id));
  const leaving = before.filter((id) => !after.includes(id));
  const parts = [
    ...(joining.length ? [`${agentList(joining)} ${joining.length === 1 ? 'leaves' : 'leave'} the rule ${joining.length === 1 ? 'it was' : 'they were'} in and ${joining.length === 1 ? 'works' : 'work'} to this rule's capacities`] : []),
    ...(leaving.length ? [`${agentList(leaving)} ${leaving.length === 1 ? 'falls' : 'fall'} back to the account's default rule`] : []),
  ];
  return parts.length ? `${parts.join('; ')}.`.replace(/^a/, 'A') : undefined;
}

/** The data source that looks an agent up (capacity-rule/schema.ts's AGENT_TYPE_NAME; this module loads no schema). */
const AGENT_DATA_SOURCE = 'zendesk_agent';

/** "agent 13", or `agent "Ann Lee" (13)` where the plan holds a zendesk_agent data source of that id. */
function agentWords(id: unknown, nameOf?: NameLookup): string {
  const name = nameOf?.(id, AGENT_DATA_SOURCE);
  return name === undefined ? `agent ${String(id)}` : `agent ${JSON.stringify(name)} (${String(id)})`;
}

/** In report order. */
export const CAPACITY_RULE_ATTRIBUTES: readonly AttributeEntry[] = [
  { attribute: 'id', words: 'Capacity rule ID', shape: 'text', identifier: true },
  { attribute: 'name', words: 'Capacity rule name', shape: 'text' },
  { attribute: 'description', words: 'Capacity rule description', shape: 'text' },
  { attribute: 'capacities', words: 'Capacities per channel', shape: 'object' },
  { attribute: 'capacities.email', words: 'Email capacity', shape: 'count', effect: capacityEffect('email') },
  { attribute: 'capacities.messaging', words: 'Messaging capacity', shape: 'count', effect: capacityEffect('messaging') },
  { attribute: 'capacities.voice', words: 'Voice capacity', shape: 'count', effect: capacityEffect('voice') },
  // An agent is in one rule at a time, and the default rule takes every agent no other rule names [inferred: docs/design/zendesk-api.md#capacity-rules].
  { attribute: 'agent_ids', words: 'Agents under the capacity rule', shape: 'text', itemWords: agentWords, effect: agentsEffect },
  {
    attribute: 'default', words: "The account's default capacity rule", shape: 'on-off', valueWords: ON_OFF,
    effect: (v) => (v === true ? "This rule becomes the account's default: it applies to every agent no other capacity rule names, and the rule that was the default stops being it." : undefined),
  },
];
