/**
 * zendesk_routing_attribute_value, attribute by attribute: the attribute value's field each one is
 * [documented: docs/design/zendesk-api.md#routing-attributes], and its words for people (Admin Center calls a value
 * a skill [documented: docs/design/skills-routing.md#names]). The CLI's report labels derive from it; a test fails
 * when a schema attribute has no entry (test/provider/routing-attribute-mapping.test.ts).
 *
 * Plain data with type-only imports: the CLI loads this module.
 */
import type { AttributeEntry } from '../attribute-words';
import { SKILLS_ADMIN_CENTER } from '../routing-attribute/attribute-map';

export const ROUTING_ATTRIBUTE_VALUE_TYPE_NAME = 'zendesk_routing_attribute_value';

const NEED_SKILL = 'Tickets matching these conditions need an agent with this skill';

/** How many conditions a planned list holds, for the effect sentence. */
const count = (value: unknown) => (Array.isArray(value) ? value.length : 0);

/** In report order. */
export const ROUTING_ATTRIBUTE_VALUE_ATTRIBUTES: readonly AttributeEntry[] = [
  { attribute: 'id', words: 'Skill ID (skill type/skill)', shape: 'text', identifier: true },
  { attribute: 'value_id', words: 'Skill ID', shape: 'text', identifier: true },
  { attribute: 'attribute_id', words: 'Skill type of the skill', shape: 'text', adminCenter: SKILLS_ADMIN_CENTER },
  { attribute: 'name', words: 'Skill name', shape: 'text', adminCenter: SKILLS_ADMIN_CENTER },
  {
    attribute: 'conditions', words: 'Tickets that need the skill', shape: 'object', adminCenter: SKILLS_ADMIN_CENTER,
    effect: (v) => (v === null ? 'No ticket gets this skill from its conditions; triggers or agents still add it.' : undefined),
  },
  {
    attribute: 'conditions.all', words: 'Skill conditions (all must match)', shape: 'condition-list', adminCenter: SKILLS_ADMIN_CENTER,
    effect: (v) => (count(v) ? `${NEED_SKILL}: a ticket needs it when all ${count(v)} of these conditions match (and one of the "any" conditions, if there are some).` : undefined),
  },
  {
    attribute: 'conditions.any', words: 'Skill conditions (any may match)', shape: 'condition-list', adminCenter: SKILLS_ADMIN_CENTER,
    effect: (v) => (count(v) ? `${NEED_SKILL}: a ticket needs it when at least one of these ${count(v)} conditions matches (and every "all" condition).` : undefined),
  },
];
