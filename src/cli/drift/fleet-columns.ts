/**
 * The fleet view's columns, from the resource descriptors: a resource shown `per-setting` gives a column per
 * managed setting (an alias under the setting it stands for), in its attribute map's order and words; one shown
 * `one-column` gives one column for all its resources ("Triggers"). No resource type is named here.
 */
import { descriptorFor, RESOURCE_DESCRIPTORS, type ResourceDescriptor, settingAt } from '../../provider/descriptors';
import { labelFor } from '../report/labels';

export interface FleetColumn {
  /** A setting's attribute (`inactivity.timeout_minutes`), a whole type's key (`triggers`), or `other`. */
  key: string;
  /** In the attribute map's words. */
  label: string;
  /** One column for every resource of a type: the Markdown view shows it only when one drifted. */
  wholeType?: true;
}

/** The column a setting's drift and management show in: an alias under the setting it stands for. */
const settingColumn = (setting: { attribute: string; aliasOf?: string }) => setting.aliasOf ?? setting.attribute;

function columnsOf(descriptor: ResourceDescriptor): FleetColumn[] {
  if (descriptor.fleet.columns === 'one-column') return [{ key: descriptor.fleet.key, label: descriptor.fleet.label, wholeType: true }];
  const keys = [...new Set((descriptor.settings ?? []).map(settingColumn))];
  return keys.map((key) => ({ key, label: labelFor(descriptor.typeName, key).label }));
}

/** Every resource's columns, in the registry's order. */
export function fleetColumns(): FleetColumn[] {
  return RESOURCE_DESCRIPTORS.flatMap(columnsOf);
}

/**
 * The column of one drifted thing: a resource type's one column, or the column of the setting an attribute path
 * belongs to; undefined (the caller's "other" column) for a type without a descriptor, an attribute outside the
 * settings, or a deleted resource of a type shown per setting.
 */
export function fleetColumnOf(type: string, path: string | undefined): string | undefined {
  const descriptor = descriptorFor(type);
  if (!descriptor) return undefined;
  if (descriptor.fleet.columns === 'one-column') return descriptor.fleet.key;
  const setting = path === undefined ? undefined : settingAt(descriptor, path);
  return setting ? settingColumn(setting) : undefined;
}

/** The columns one configured resource manages: its type's one column, or the settings `isManaged` says it sets. */
export function managedColumnsOf(type: string, isManaged: (attribute: string) => boolean): string[] {
  const descriptor = descriptorFor(type);
  if (!descriptor) return [];
  if (descriptor.fleet.columns === 'one-column') return [descriptor.fleet.key];
  return (descriptor.settings ?? []).filter((s) => isManaged(s.attribute)).map(settingColumn);
}
