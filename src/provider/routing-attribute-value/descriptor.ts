/**
 * zendesk_routing_attribute_value for the CLI: its words, its attribute map, and how its drift is attributed (the
 * audit log's entries of the value [ASSUMPTION: src/emulator/recorded/routing-assumptions.ts], by its own id
 * `value_id`) and shown in the fleet view (one "Skills" column, beside the skill types' own). Registered once
 * in ../descriptors.ts.
 */
import type { ResourceDescriptor } from '../descriptor';
import { SKILLS_ADMIN_CENTER } from '../routing-attribute/attribute-map';
import { ROUTING_ATTRIBUTE_VALUE_ATTRIBUTES, ROUTING_ATTRIBUTE_VALUE_TYPE_NAME } from './attribute-map';

export const ROUTING_ATTRIBUTE_VALUE_DESCRIPTOR: ResourceDescriptor = {
  typeName: ROUTING_ATTRIBUTE_VALUE_TYPE_NAME,
  kind: 'Skill',
  attributes: ROUTING_ATTRIBUTE_VALUE_ATTRIBUTES,
  nameAttribute: 'name',
  adminCenter: SKILLS_ADMIN_CENTER,
  onCreate: 'A new skill: tickets matching its conditions need an agent with this skill (give it to agents in Admin Center).',
  onDestroy: () => '⚠️ the skill is deleted in Zendesk; tickets that needed it no longer wait for an agent who has it',
  drift: { source: 'rule', idAttribute: 'value_id', noun: 'skill', sourceType: 'routing_attribute_value' },
  fleet: { columns: 'one-column', key: 'routing_attribute_values', label: 'Skills' },
};
