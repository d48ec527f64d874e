/**
 * The registry of resource descriptors (src/provider/descriptors.ts) against the provider: every resource the
 * provider serves has exactly one descriptor, whose attribute table is the resource's attribute map and whose
 * settings each carry what attribution and the fleet view need.
 */
import { ZendeskPluginProvider } from '../../src/provider';
import { descriptorFor, RESOURCE_DESCRIPTORS, settingAt } from '../../src/provider/descriptors';
import { ATTRIBUTES, SETTINGS } from '../../src/provider/messaging-settings/attribute-map';
import { TRIGGER_ATTRIBUTES } from '../../src/provider/trigger/attribute-map';

const resourceTypes = new ZendeskPluginProvider({}).resources().map((factory) => factory().typeName);

describe('the resource descriptors', () => {
  it.each(resourceTypes)('has a descriptor for %s', (type) => {
    expect(descriptorFor(type)?.typeName).toBe(type);
  });

  it('describes only resources the provider serves, each once', () => {
    const names = RESOURCE_DESCRIPTORS.map((d) => d.typeName);
    expect([...names].sort()).toEqual([...resourceTypes].sort());
    expect(new Set(names).size).toBe(names.length);
  });

  it('refers to the attribute maps instead of copying them', () => {
    expect(descriptorFor('zendesk_messaging_settings')?.attributes).toBe(ATTRIBUTES);
    expect(descriptorFor('zendesk_messaging_settings')?.settings).toBe(SETTINGS);
    expect(descriptorFor('zendesk_trigger')?.attributes).toBe(TRIGGER_ATTRIBUTES);
  });

  it('gives every setting attributed by its audit label one, and a per-setting fleet a setting list', () => {
    for (const d of RESOURCE_DESCRIPTORS) {
      if (d.drift.source === 'account_setting') expect(d.settings?.filter((s) => !s.auditLabel)).toEqual([]);
      if (d.fleet.columns === 'per-setting') expect(d.settings?.length).toBeGreaterThan(0);
    }
  });

  it('lists objects for attribution by an attribute it has, of a source type a named resource is attributed by', () => {
    const listing = RESOURCE_DESCRIPTORS.filter((d) => d.drift.source === 'listed_objects');
    expect(listing.map((d) => d.typeName)).toContain('zendesk_omnichannel_queue_order');
    for (const { attributes, drift } of listing) {
      if (drift.source !== 'listed_objects') continue;
      expect(attributes.map((a) => a.attribute)).toContain(drift.idsAttribute);
      // The state names the listed objects through it, for a log that does not carry their ids.
      const named = RESOURCE_DESCRIPTORS.filter((o) => o.drift.source === 'rule' && (o.drift.sourceType ?? 'rule') === drift.sourceType && o.nameAttribute);
      expect(named.length).toBeGreaterThan(0);
    }
  });

  it('finds the setting of a nested path, and none for a path outside the settings', () => {
    const settings = descriptorFor('zendesk_messaging_settings')!;
    expect(settingAt(settings, 'inactivity.reminders[0].message')?.attribute).toBe('inactivity.reminders');
    expect(settingAt(settings, 'inactivity.timeout')?.aliasOf).toBe('inactivity.timeout_minutes');
    expect(settingAt(settings, 'on_destroy')).toBeUndefined();
    expect(settingAt(descriptorFor('zendesk_trigger')!, 'title')).toBeUndefined();
  });

  it('has no descriptor for a type the provider lacks', () => {
    expect(descriptorFor('zendesk_ticket_form')).toBeUndefined();
  });
});
