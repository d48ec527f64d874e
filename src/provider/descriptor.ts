/**
 * What the CLI (drift reports, plan summaries, the fleet view, attribution) knows of one resource type, in one
 * place: a resource's descriptor says it, and the CLI iterates the registry (descriptors.ts) instead of naming
 * types. Each resource keeps its descriptor in its own folder (messaging-settings/descriptor.ts,
 * trigger/descriptor.ts); the attribute tables are the resources' attribute maps, referred to, not copied.
 *
 * Types and one small function only: the CLI loads the descriptors at every start, so they must stay plain data
 * (no framework server, no axios).
 */
import type { AttributeEntry } from './attribute-words';

/**
 * One setting of a resource whose attributes are account settings: its attribute, the label Zendesk's audit log
 * gives it (drift attribution matches entries by it) and, for a deprecated alias, the attribute it stands for.
 * The messaging settings' `SettingEntry` is one.
 */
export interface DescribedSetting extends AttributeEntry {
  readonly auditLabel?: string;
  readonly aliasOf?: string;
}

/**
 * Where the audit log records a change of the resource (its `source_type`), and so how a drift is attributed:
 *  - `account_setting`: the account's settings, one entry per setting named by its audit label
 *    (`DescribedSetting.auditLabel`), so each drifted attribute is matched by the label of its setting;
 *  - `rule`: one object of its own (a trigger's rule, a ticket status, a capacity rule, a queue), found by the
 *    resource's id (`idAttribute`), so the whole resource gets the latest change; `noun` names it when no change is
 *    found ("trigger 42"). A whole-number id is filtered on; a string id (ULID, UUID) is matched among its
 *    `sourceType`'s entries by id, else by the `nameAttribute`'s value (src/cli/drift/object-entries.ts);
 *  - `listed_objects`: no entry of its own, but one on each object it lists (a queue order: one entry per queue a
 *    reorder moved), so the whole resource gets the latest write to the objects whose ids are in `idsAttribute`
 *    (before or after the drift), matched among `sourceType`'s entries as `rule` matches one object. Their names,
 *    for the match by name, come from the plan's state: the resources (or data sources) whose descriptor logs
 *    under the same `sourceType` as a `rule`. `changeMentions`: entries whose change_description contains it are
 *    preferred (a queue's "Changed order" over its rename), all of the objects' entries taken when none does.
 */
export type DriftAttribution =
  | { readonly source: 'account_setting' }
  // `sourceType`: the log's source_type for the object when it is not a business rule ("custom_status"); default "rule".
  | { readonly source: 'rule'; readonly idAttribute: string; readonly noun: string; readonly sourceType?: string }
  | { readonly source: 'listed_objects'; readonly idsAttribute: string; readonly sourceType: string; readonly noun: string; readonly changeMentions?: string };

/**
 * How the resource shows in the fleet view (one row per account):
 *  - `per-setting`: a column per managed setting (its `settings`, an alias under the one it stands for), in the
 *    attribute map's order and words;
 *  - `one-column`: one column for every resource of the type (`key` and `label`: "Triggers"), shown in the
 *    Markdown view only when one drifted.
 */
export type FleetPresence = { readonly columns: 'per-setting' } | { readonly columns: 'one-column'; readonly key: string; readonly label: string };

/** What a plan shows about one attribute's new value, for a descriptor's own warnings. */
export interface PlannedValue {
  readonly path: string;
  readonly after: unknown;
  /** The resource's planned values (the plan's `after`). */
  readonly resourceAfter: Readonly<Record<string, unknown>> | null | undefined;
  /** The account it belongs to, in report words. */
  readonly account: string;
}

export interface ResourceDescriptor {
  /** `zendesk_messaging_settings`. */
  readonly typeName: string;
  /** What one is, for people: "Messaging settings", "Trigger". */
  readonly kind: string;
  /** Every attribute in report order (the resource's attribute map): words, shapes, value words, Admin Center, effects. */
  readonly attributes: readonly AttributeEntry[];
  /** The attributes that are account settings (for `per-setting` fleet columns and `account_setting` attribution). */
  readonly settings?: readonly DescribedSetting[];
  /** The attribute that names one in words (a trigger's title). */
  readonly nameAttribute?: string;
  /** The attribute holding the account (subdomain) it belongs to, for plans whose provider configuration does not say. */
  readonly accountAttribute?: string;
  /** Said when one is created. */
  readonly onCreate?: string;
  /** What destroying it does, by its on_destroy value. */
  readonly onDestroy?: (value: unknown) => string;
  /** Where an admin finds one in Admin Center, for attributes whose own entry does not say. */
  readonly adminCenter?: string;
  readonly drift: DriftAttribution;
  readonly fleet: FleetPresence;
  /**
   * Why a planned value may have no effect, as far as the plan alone shows (the provider's own words), for plan
   * summaries made without the plan's log; absent: the plan alone never shows it.
   */
  readonly plannedWarnings?: (value: PlannedValue) => readonly string[];
}

/** The setting an attribute path belongs to: `inactivity.reminders[0].message` → the reminders' setting. */
export function settingAt(descriptor: ResourceDescriptor, path: string): DescribedSetting | undefined {
  return descriptor.settings?.find((s) => path === s.attribute || path.startsWith(`${s.attribute}.`) || path.startsWith(`${s.attribute}[`));
}
