/**
 * zendesk_capacity_rule, attribute by attribute: the capacity rule's field each one is
 * [documented: docs/design/zendesk-api.md#capacity-rules], and its words for people. The CLI's report labels derive
 * from it; a test fails when a schema attribute has no entry (test/provider/attribute-map.test.ts).
 *
 * Plain data with type-only imports: the CLI loads this module.
 */
import type { AttributeEntry } from '../attribute-words';

export const CAPACITY_RULE_TYPE_NAME = 'zendesk_capacity_rule';
export const CAPACITY_RULES_ADMIN_CENTER = 'Admin Center > Objects and rules > Omnichannel routing > Capacity rules';

const ON_OFF = { true: 'on', false: 'off' };

/** How many tickets of a channel an agent works at once, in words for a plan summary. */
const capacityEffect = (channel: string) => (value: unknown) =>
  typeof value === 'number' ? `Agents under this rule are routed up to ${value} ${channel} ${value === 1 ? 'ticket' : 'tickets'} at a time.` : undefined;

/** In report order. */
export const CAPACITY_RULE_ATTRIBUTES: readonly AttributeEntry[] = [
  { attribute: 'id', words: 'Capacity rule ID', shape: 'text', identifier: true },
  { attribute: 'name', words: 'Capacity rule name', shape: 'text' },
  { attribute: 'description', words: 'Capacity rule description', shape: 'text' },
  { attribute: 'capacities', words: 'Capacities per channel', shape: 'object' },
  { attribute: 'capacities.email', words: 'Email capacity', shape: 'count', effect: capacityEffect('email') },
  { attribute: 'capacities.messaging', words: 'Messaging capacity', shape: 'count', effect: capacityEffect('messaging') },
  { attribute: 'capacities.voice', words: 'Voice capacity', shape: 'count', effect: capacityEffect('voice') },
  {
    attribute: 'agent_ids', words: 'Agents under the capacity rule', shape: 'text',
    effect: () => 'Each agent is in one capacity rule at a time: the agents listed leave the rule they were in.',
  },
  {
    attribute: 'default', words: "The account's default capacity rule", shape: 'on-off', valueWords: ON_OFF,
    effect: (v) => (v === true ? 'This rule applies to every agent no other capacity rule names.' : undefined),
  },
];
