/**
 * zendesk_routing_attribute, attribute by attribute: the routing attribute's field each one is
 * [documented: docs/design/zendesk-api.md#routing-attributes], and its words for people (Admin Center calls an
 * attribute a skill type [documented: docs/design/skills-routing.md#names]). The CLI's report labels derive from it;
 * a test fails when a schema attribute has no entry (test/provider/routing-attribute-mapping.test.ts).
 *
 * Plain data with type-only imports: the CLI loads this module.
 */
import type { AttributeEntry } from '../attribute-words';

export const ROUTING_ATTRIBUTE_TYPE_NAME = 'zendesk_routing_attribute';

/** Where an admin finds skill types and skills [inferred: docs/design/skills-routing.md#where-in-admin-center]. */
export const SKILLS_ADMIN_CENTER = 'Admin Center > Objects and rules > Business rules > Skills';

/** In report order. */
export const ROUTING_ATTRIBUTE_ATTRIBUTES: readonly AttributeEntry[] = [
  { attribute: 'id', words: 'Skill type ID', shape: 'text', identifier: true },
  {
    attribute: 'name', words: 'Skill type name', shape: 'text', adminCenter: SKILLS_ADMIN_CENTER,
    effect: () => 'Agents and triggers see the skill type under this name; its skills and the agents who have them stay as they are.',
  },
];
