/**
 * What a write changed, in the words of Zendesk's audit log: one entry per changed account setting, one per trigger
 * created, updated or deleted.
 *
 * Seen in tests built from real audit-log events [observed: docs/design/zendesk-api.md#audit-log-entries]: an account setting's entry has
 * source_type `account_setting`, the setting's Admin Center name as source_label ("Credit Card Redaction", "Zendesk
 * Support Mobile App Access") and `Enabled` / `Disabled` (or `Changed`) as change_description; a user's role change reads "Role changed from Administrator to End User"
 * [documented: docs/design/zendesk-api.md#audit-log-entries].
 * [ASSUMPTION] the labels of the messaging and routing settings below (their Admin Center names; no recording
 * shows them), "Changed from X to Y" for a setting that is not on/off, the words of trigger entries, and one
 * source_id for all of an account's settings (the recordings do not show whether settings have ids of their own).
 */
import { SETTING_FACTS } from '../../client/settings-facts';
import type { SettingsObject } from '../settings/defaults';
import type { CategoryRecord, TriggerRecord } from '../triggers/model';
import type { AuditChange } from './model';

/** Admin Center's names of the settings the product manages and their neighbours (ASSUMPTION, see above), from Zendesk's facts. */
const SETTING_LABELS: ReadonlyMap<string, string> = new Map(
  SETTING_FACTS.flatMap((f): [string, string][] => (f.auditLabel === undefined ? [] : [[`${f.section}.${f.key}`, f.auditLabel]])),
);

const words = (name: string) => name.replace(/_/g, ' ');
const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The source_label of a setting: its Admin Center name where known, else its section and key in words. */
export function settingLabel(section: string, key: string): string {
  return SETTING_LABELS.get(`${section}.${key}`) ?? `${capitalized(words(section))}: ${words(key)}`;
}

const scalar = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const shown = (v: unknown) => (v === null ? 'none' : typeof v === 'string' ? `"${v}"` : String(v));

/** The change_description of one setting: on/off as Enabled/Disabled [observed: docs/design/zendesk-api.md#audit-log-entries], a scalar as from → to, anything else Changed. */
export function settingChange(before: unknown, after: unknown): string {
  if (typeof after === 'boolean' && (typeof before === 'boolean' || before === undefined)) return after ? 'Enabled' : 'Disabled';
  if (scalar(before) && scalar(after)) return `Changed from ${shown(before)} to ${shown(after)}`;
  return 'Changed';
}

/** One entry per setting whose value differs between `before` and `after`, in the order of the settings document. */
export function settingsChanges(before: SettingsObject, after: SettingsObject, sourceId: number): AuditChange[] {
  const changes: AuditChange[] = [];
  for (const [section, values] of Object.entries(after)) {
    for (const [key, value] of Object.entries(values ?? {})) {
      const old = before[section]?.[key];
      if (same(old, value)) continue;
      changes.push({
        action: 'update',
        source_type: 'account_setting',
        source_id: sourceId,
        source_label: settingLabel(section, key),
        change_description: settingChange(old, value),
      });
    }
  }
  return changes;
}

const TRIGGER_PROPERTIES = ['title', 'active', 'description', 'position', 'category_id', 'conditions', 'actions'] as const;

/** What changed in a trigger, property by property ("Title changed from "A" to "B"; Deactivated; Conditions changed"). */
export function triggerUpdateDescription(before: TriggerRecord, after: TriggerRecord): string | undefined {
  const parts: string[] = [];
  for (const property of TRIGGER_PROPERTIES) {
    const [old, now] = [before[property], after[property]];
    if (same(old, now)) continue;
    if (property === 'active') parts.push(now ? 'Activated' : 'Deactivated');
    else if (property === 'conditions' || property === 'actions') parts.push(`${capitalized(property)} changed`);
    else parts.push(`${capitalized(words(property))} changed from ${shown(old)} to ${shown(now)}`);
  }
  return parts.length ? parts.join('; ') : undefined;
}

/** The entry of a trigger created, deleted or updated (undefined: an update that changed nothing). */
export function triggerChange(action: 'create' | 'destroy', trigger: TriggerRecord): AuditChange;
export function triggerChange(action: 'update', trigger: TriggerRecord, before: TriggerRecord): AuditChange | undefined;
export function triggerChange(action: AuditChange['action'], trigger: TriggerRecord, before?: TriggerRecord): AuditChange | undefined {
  const description = action === 'create' ? 'Created trigger' : action === 'destroy' ? 'Deleted trigger' : triggerUpdateDescription(before!, trigger);
  if (description === undefined) return undefined;
  return { action, source_type: 'rule', source_id: trigger.id, source_label: trigger.title, change_description: description };
}

/** The entry of a trigger category created, renamed, moved or deleted (ASSUMPTION: source_type `trigger_category`). */
export function categoryChange(action: AuditChange['action'], category: CategoryRecord, before?: CategoryRecord): AuditChange | undefined {
  let description = action === 'create' ? 'Created trigger category' : 'Deleted trigger category';
  if (action === 'update') {
    const parts = (['name', 'position'] as const).filter((p) => before![p] !== category[p]).map((p) => `${capitalized(p)} changed from ${shown(before![p])} to ${shown(category[p])}`);
    if (!parts.length) return undefined;
    description = parts.join('; ');
  }
  return { action, source_type: 'trigger_category', source_id: Number(category.id), source_label: category.name, change_description: description };
}
