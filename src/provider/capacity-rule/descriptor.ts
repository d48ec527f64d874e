/**
 * zendesk_capacity_rule for the CLI: its words, its attribute map, and how its drift is attributed (the audit log's
 * entries of the rule, by its id) and shown in the fleet view (one "Capacity rules" column). Registered once in
 * ../descriptors.ts.
 */
import type { ResourceDescriptor } from '../descriptor';
import { CAPACITY_RULES_ADMIN_CENTER, CAPACITY_RULE_ATTRIBUTES, CAPACITY_RULE_TYPE_NAME } from './attribute-map';

export const CAPACITY_RULE_DESCRIPTOR: ResourceDescriptor = {
  typeName: CAPACITY_RULE_TYPE_NAME,
  kind: 'Capacity rule',
  attributes: CAPACITY_RULE_ATTRIBUTES,
  nameAttribute: 'name',
  adminCenter: CAPACITY_RULES_ADMIN_CENTER,
  onCreate: 'A new capacity rule: the agents it names leave the rule they were in and work to its capacities.',
  onDestroy: () => "⚠️ the capacity rule is deleted in Zendesk; its agents fall back to the account's default rule",
  // The log's source_type for a rule is not documented: "capacity_rule" is assumed, as the emulator logs it (its string id is matched as ../../cli/drift/object-entries.ts says).
  drift: { source: 'rule', idAttribute: 'id', noun: 'capacity rule', sourceType: 'capacity_rule' },
  fleet: { columns: 'one-column', key: 'capacity_rules', label: 'Capacity rules' },
};
