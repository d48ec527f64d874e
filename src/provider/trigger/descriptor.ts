/**
 * zendesk_trigger for the CLI: its words, its attribute map, and how its drift is attributed (the audit log's
 * entries of the rule, by the trigger's id) and shown in the fleet view (one "Triggers" column for all of an
 * account's triggers). Registered once in ../descriptors.ts.
 */
import type { ResourceDescriptor } from '../descriptor';
import { TRIGGER_ATTRIBUTES, TRIGGER_TYPE_NAME } from './attribute-map';

export const TRIGGER_DESCRIPTOR: ResourceDescriptor = {
  typeName: TRIGGER_TYPE_NAME,
  kind: 'Trigger',
  attributes: TRIGGER_ATTRIBUTES,
  nameAttribute: 'title',
  adminCenter: 'Admin Center > Objects and rules > Business rules > Triggers',
  onDestroy: (v) =>
    v === 'retain'
      ? 'on_destroy = "retain": the trigger stays in Zendesk; Terraform only stops managing it'
      : v === 'restore'
        ? 'on_destroy = "restore": the trigger is put back as it was when it was imported (kept as it is if it was never imported)'
        : '⚠️ the trigger is deleted in Zendesk',
  drift: { source: 'rule', idAttribute: 'id', noun: 'trigger' },
  fleet: { columns: 'one-column', key: 'triggers', label: 'Triggers' },
};
