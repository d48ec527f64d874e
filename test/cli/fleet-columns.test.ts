/**
 * The fleet view's columns come from the resource descriptors (src/cli/drift/fleet-columns.ts): a column per
 * managed setting for a resource shown per setting, one column for a resource shown as a whole, none for a type the
 * provider does not have (its drift goes to "Other resources").
 */
import { fleetColumnOf, fleetColumns, managedColumnsOf } from '../../src/cli/drift/fleet-columns';
import { RESOURCE_DESCRIPTORS } from '../../src/provider/descriptors';
import { WRITTEN_SETTINGS } from '../../src/provider/messaging-settings/attribute-map';

describe('the fleet columns of the resource descriptors', () => {
  it('are the written settings in the attribute map order, then one column for the routing configuration, one for all triggers', () => {
    expect(fleetColumns().map((c) => c.key)).toEqual([...WRITTEN_SETTINGS.map((s) => s.attribute), 'routing_configuration', 'triggers', 'custom_ticket_statuses', 'capacity_rules', 'queues', 'queue_order', 'routing_attributes', 'routing_attribute_values']);
    expect(fleetColumns().filter((c) => c.wholeType).map((c) => c.label)).toEqual(['Routing configuration', 'Triggers', 'Ticket statuses', 'Capacity rules', 'Queues', 'Queue order', 'Skill types', 'Skills']);
  });

  it('never give two resource types the same column key (a cell would mix them)', () => {
    const keys = fleetColumns().map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).not.toContain('other');
  });

  it.each([
    ['zendesk_messaging_settings', 'inactivity.timeout', 'inactivity.timeout_minutes'],
    ['zendesk_messaging_settings', 'inactivity.reminders[1].message', 'inactivity.reminders'],
    ['zendesk_messaging_settings', 'on_destroy', undefined],
    ['zendesk_messaging_settings', undefined, undefined],
    ['zendesk_trigger', 'conditions.all', 'triggers'],
    ['zendesk_trigger', undefined, 'triggers'],
    ['zendesk_routing_configuration', 'focus_mode_enabled', 'routing_configuration'],
    ['zendesk_ticket_form', 'title', undefined],
  ])('put a drift of %s at %s in column %s', (type, path, column) => {
    expect(fleetColumnOf(type, path)).toBe(column);
  });

  it('say what a configured resource manages: the settings it sets (an alias under its setting), or its whole-type column', () => {
    const sets = new Set(['agents_can_end_sessions', 'inactivity.timeout']);
    expect(managedColumnsOf('zendesk_messaging_settings', (a) => sets.has(a))).toEqual(['agents_can_end_sessions', 'inactivity.timeout_minutes']);
    expect(managedColumnsOf('zendesk_trigger', () => false)).toEqual(['triggers']);
    expect(managedColumnsOf('zendesk_ticket_form', () => true)).toEqual([]);
  });

  it('cover every registered resource', () => {
    for (const d of RESOURCE_DESCRIPTORS) expect(managedColumnsOf(d.typeName, () => true).length).toBeGreaterThan(0);
  });
});
