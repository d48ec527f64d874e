/**
 * Who made each drift, from Zendesk's audit log [documented: docs/design/zendesk-api.md#audit-log-endpoints]: for every drifted setting, the latest
 * audit-log entry of that setting (for a trigger, of its rule) made after the provider's own last write of it (its
 * writes are in the log too, under its credential: GET /api/v2/users/me says which actor that is) and within the
 * `--since` window, with how many changes came before it. The CLI reads the log itself, with the credentials the
 * provider configuration names: constants, root variables (the saved plan holds their values) or the ZENDESK_*
 * environment variables the provider falls back to.
 *
 * Attribution is extra information: a plan without audit logs (Zendesk Enterprise only: 403/404), credentials the
 * CLI cannot see, or any failure of the audit-log calls becomes one note per account and never changes a status or
 * the exit code.
 */
import { type AuditLogEntry, currentUser, readAuditLog, ZendeskApiError, type ZendeskClient } from '../../client';
import { descriptorFor, RESOURCE_DESCRIPTORS, settingAt } from '../../provider/descriptors';
import { configResource } from '../report/config';
import type { PlanJson } from '../report/plan-json';
import type { ChangeAttribution, DriftedResource } from './analyze';
import {
  entriesOfObject,
  entriesOfObjects,
  idsIn,
  idText,
  namesInState,
  namesOf,
  type ObjectKind,
  oneEntryPerWrite,
  preferMentioning,
  wholeNumberId,
} from './object-entries';
import { type AccessOptions, clientFor } from './zendesk-access';

export type { ChangeAttribution } from './analyze';

/** One account whose drift could not be attributed, and why (e.g. it needs Zendesk Enterprise). */
export interface AttributionNote {
  account: string;
  note: string;
}

export interface AttributionOptions extends AccessOptions {
  /** The window's start: changes before it are not looked at (default: 7 days ago). */
  since: Date;
}

/** The latest entry after the provider's own last write (entries newest first), and how many came before it. */
export function attributionOf(entries: AuditLogEntry[], ownActorId: number | undefined): ChangeAttribution | undefined {
  const ownLatest = entries.findIndex((e) => e.actor_id === ownActorId);
  const others = ownLatest < 0 ? entries : entries.slice(0, ownLatest);
  const [latest, ...earlier] = others;
  if (!latest) return undefined;
  return { actor: latest.actor_name, actorId: latest.actor_id, at: latest.created_at, change: latest.change_description, source: latest.source_label, earlierChanges: earlier.length };
}

/** How the state knows the objects logged under a source type: the types whose descriptors attribute them as rules. */
const objectKinds = (sourceType: string): ObjectKind[] =>
  RESOURCE_DESCRIPTORS.flatMap((d) =>
    d.drift.source === 'rule' && (d.drift.sourceType ?? 'rule') === sourceType ? [{ typeName: d.typeName, idAttribute: d.drift.idAttribute, nameAttribute: d.nameAttribute }] : [],
  );

/** Attributes the drifted resources of one account (mutating them); a note when the log cannot tell. */
async function attributeAccount(client: ZendeskClient, resources: DriftedResource[], plan: PlanJson, since: Date): Promise<string | undefined> {
  const own = await currentUser(client).catch(() => undefined);
  let settingsEntries: AuditLogEntry[] | undefined;
  const bySourceType = new Map<string, AuditLogEntry[]>();
  // What drifted but has no entry after Terraform's last write in the window: said, not left blank.
  const unattributed: string[] = [];
  /** A source type's entries in the window, read once per account; text is the note that ends attribution. */
  const entriesOfType = async (sourceType: string): Promise<AuditLogEntry[] | string> => {
    const cached = bySourceType.get(sourceType);
    if (cached) return cached;
    const result = await readAuditLog(client, { sourceType, since });
    if (!result.available) return enterpriseNote(result.detail);
    bySourceType.set(sourceType, result.entries);
    return result.entries;
  };
  const driftOf = (address: string) => [...(plan.resource_drift ?? [])].find((rc) => rc.address === address)?.change;
  /** The whole resource (and each drifted attribute) changed by the entries' latest author, or said not to be. */
  const attributeWhole = (resource: DriftedResource, entries: AuditLogEntry[], unknown: string) => {
    const changedBy = attributionOf(entries, own?.id);
    if (!changedBy) return void unattributed.push(unknown);
    resource.changedBy = changedBy;
    for (const attribute of resource.attributes) attribute.changedBy = changedBy;
  };
  // Each resource's descriptor says where the log records its changes: the account's settings (one read per
  // account, matched by each setting's audit label), its own rule (read by its id) or the objects it lists.
  for (const resource of resources) {
    const descriptor = descriptorFor(resource.type);
    const drift = descriptor?.drift;
    if (descriptor && drift?.source === 'account_setting') {
      if (!settingsEntries) {
        const result = await readAuditLog(client, { sourceType: 'account_setting', since });
        if (!result.available) return enterpriseNote(result.detail);
        settingsEntries = result.entries;
      }
      // A change the configuration makes (not applied yet) has no author in Zendesk's log.
      for (const attribute of resource.attributes.filter((a) => a.cause !== 'configuration')) {
        const label = settingAt(descriptor, attribute.path)?.auditLabel;
        const changedBy = label && attributionOf(settingsEntries.filter((e) => e.source_label === label), own?.id);
        if (changedBy) attribute.changedBy = changedBy;
        else if (label && !unattributed.includes(`"${label}"`)) unattributed.push(`"${label}"`);
      }
    } else if (descriptor && drift?.source === 'rule') {
      const change = driftOf(resource.address);
      const id = idText(change?.before?.[drift.idAttribute]);
      if (id === undefined) continue;
      const sourceType = drift.sourceType ?? 'rule';
      const numeric = wholeNumberId(id);
      let entries: AuditLogEntry[];
      if (numeric !== undefined) {
        const result = await readAuditLog(client, { sourceType, sourceId: numeric, since });
        if (!result.available) return enterpriseNote(result.detail);
        entries = result.entries;
      } else {
        // A string id cannot be filtered on: the source type's entries, read once, matched by id or name (object-entries.ts).
        const typeEntries = await entriesOfType(sourceType);
        if (typeof typeEntries === 'string') return typeEntries;
        entries = entriesOfObject(typeEntries, id, namesOf(descriptor.nameAttribute, change?.before, change?.after));
      }
      attributeWhole(resource, entries, `${drift.noun} ${id}`);
    } else if (drift?.source === 'listed_objects') {
      // Logged on the objects it lists (a reorder on each queue it moved): the latest write to any of them.
      const change = driftOf(resource.address);
      const ids = idsIn(change?.before?.[drift.idsAttribute], change?.after?.[drift.idsAttribute]);
      if (!ids.length) continue;
      const typeEntries = await entriesOfType(drift.sourceType);
      if (typeof typeEntries === 'string') return typeEntries;
      const kinds = objectKinds(drift.sourceType);
      const objects = ids.map((id) => ({ id, names: namesInState(plan.prior_state?.values?.root_module, kinds, id) }));
      attributeWhole(resource, oneEntryPerWrite(preferMentioning(entriesOfObjects(typeEntries, objects), drift.changeMentions)), drift.noun);
    }
  }
  if (!unattributed.length) return undefined;
  const window = `${since.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
  // Settings are matched by the label Zendesk gives them in its log, which no public source records (see docs/design/zendesk-api.md#audit-log-entries).
  const labelled = unattributed.some((u) => u.startsWith('"')) ? "; or Zendesk's audit log labels the setting otherwise" : '';
  return `who changed ${unattributed.join(', ')} is not known: the audit log has no change of it by anyone but Terraform since ${window} (an older change: widen --since${labelled})`;
}

const enterpriseNote = (detail: string) => `who changed it is not known: attribution needs Zendesk Enterprise (audit logs); the audit log answered ${detail}`;

/**
 * Adds `changedBy` to the drifted attributes (and deleted triggers) it can attribute; returns one note per account
 * it could not. Never throws: a failure is a note.
 */
export async function attributeDrift(plan: PlanJson, drifted: DriftedResource[], options: AttributionOptions): Promise<AttributionNote[]> {
  const byProvider = new Map<string, DriftedResource[]>();
  for (const resource of drifted) {
    const key = configResource(plan, resource.address)?.provider_config_key ?? 'zendesk';
    byProvider.set(key, [...(byProvider.get(key) ?? []), resource]);
  }
  const notes: AttributionNote[] = [];
  for (const [key, resources] of byProvider) {
    const account = resources[0].account;
    const client = clientFor(plan, key, options);
    if (typeof client === 'string') {
      notes.push({ account, note: `attribution could not read the audit log: ${client}` });
      continue;
    }
    try {
      const note = await attributeAccount(client, resources, plan, options.since);
      if (note) notes.push({ account, note });
    } catch (err) {
      // The client's errors are sentences for people; anything else is a fault of the CLI, whose JavaScript text is not.
      const said = err instanceof ZendeskApiError ? err.message : 'the CLI failed unexpectedly while reading it (run with --no-attribution to go on, and report this)';
      notes.push({ account, note: `attribution could not read the audit log: ${said}` });
    }
  }
  return notes;
}
