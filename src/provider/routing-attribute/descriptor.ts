/**
 * zendesk_routing_attribute for the CLI: its words, its attribute map, and how its drift is attributed (the audit
 * log's entries of the attribute, by its id and the source type the emulator records
 * [ASSUMPTION: src/emulator/recorded/routing-assumptions.ts]) and shown in the fleet view (one "Skill types"
 * column). Registered once in ../descriptors.ts.
 */
import type { ResourceDescriptor } from '../descriptor';
import { ROUTING_ATTRIBUTE_ATTRIBUTES, ROUTING_ATTRIBUTE_TYPE_NAME, SKILLS_ADMIN_CENTER } from './attribute-map';

export const ROUTING_ATTRIBUTE_DESCRIPTOR: ResourceDescriptor = {
  typeName: ROUTING_ATTRIBUTE_TYPE_NAME,
  kind: 'Skill type',
  attributes: ROUTING_ATTRIBUTE_ATTRIBUTES,
  nameAttribute: 'name',
  adminCenter: SKILLS_ADMIN_CENTER,
  onCreate: 'A new skill type for skills-based routing: its skills are added to it one by one, each with the tickets that need it.',
  onDestroy: () => '⚠️ the skill type is deleted in Zendesk with every skill in it; tickets and agents lose those skills',
  drift: { source: 'rule', idAttribute: 'id', noun: 'skill type', sourceType: 'routing_attribute' },
  fleet: { columns: 'one-column', key: 'routing_attributes', label: 'Skill types' },
};
