/**
 * Finding one object's entries in Zendesk's audit log, for drift attribution of resources that are objects of their
 * own (a trigger's rule, a ticket status, a capacity rule, a queue, a routing attribute) rather than account settings.
 *
 * The log's `source_id` is a number [documented: docs/design/zendesk-api.md#audit-log-entries], so an object with a
 * whole-number id is read with `filter[source_id]`. Objects with string ids (capacity rules and queues have ULIDs,
 * routing attributes UUIDs [documented: docs/design/zendesk-api.md#routing-objects]) cannot be filtered so: no source
 * shows what number, if any, the log gives them. Their source type's entries are read once per account and matched
 * by the id itself where the log carries it (as text), else by the object's name (`source_label`) before or after
 * the drift, which is what the log is documented to show for a named source.
 */
import type { AuditLogEntry } from '../../client';

/** The id as `filter[source_id]` takes it (a whole number), or undefined for a string id (a ULID, a UUID). */
export function wholeNumberId(id: unknown): number | undefined {
  const n = typeof id === 'number' ? id : typeof id === 'string' && /^\d{1,16}$/.test(id) ? Number(id) : NaN;
  return Number.isSafeInteger(n) ? n : undefined;
}

/** The id as text, for matching and for words ("capacity rule 01HG…"); undefined when the plan holds none. */
export function idText(id: unknown): string | undefined {
  return (typeof id === 'string' && id !== '') || typeof id === 'number' ? String(id) : undefined;
}

/**
 * The entries of one object among all the entries of its source type (newest first, kept in that order): those
 * whose source_id is its id; when none is, those labelled with one of its names. Empty when neither matches.
 */
export function entriesOfObject(entries: readonly AuditLogEntry[], id: string, names: readonly string[]): AuditLogEntry[] {
  const byId = entries.filter((e) => String(e.source_id) === id);
  if (byId.length) return byId;
  const labels = new Set(names.filter((n) => n !== ''));
  return labels.size ? entries.filter((e) => labels.has(e.source_label)) : [];
}

/** The object's names before and after the drift (a rename out of band is logged under one of them). */
export function namesOf(nameAttribute: string | undefined, ...values: (Readonly<Record<string, unknown>> | null | undefined)[]): string[] {
  if (!nameAttribute) return [];
  const names = values.map((v) => v?.[nameAttribute]).filter((n): n is string => typeof n === 'string');
  return [...new Set(names)];
}
