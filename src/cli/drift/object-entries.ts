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
 *
 * A resource that only lists objects (a queue order) has no entries of its own: its objects' entries are read and
 * matched the same way, their names taken from the plan's state.
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

/** The ids a list attribute holds, as text (a queue order's `queue_ids`); empty when it holds none. */
export function idsIn(...lists: unknown[]): string[] {
  const ids = lists.flatMap((list) => (Array.isArray(list) ? list.map(idText) : [])).filter((id): id is string => id !== undefined);
  return [...new Set(ids)];
}

/** How the state knows objects of one kind: the resources (and data sources) of `typeName`, by these attributes. */
export interface ObjectKind {
  readonly typeName: string;
  readonly idAttribute: string;
  readonly nameAttribute?: string;
}

/** A resource of a state (`terraform show -json`'s prior_state), with the values the plan's JSON gives it. */
interface StateResource {
  readonly type: string;
  readonly values?: Readonly<Record<string, unknown>>;
}
interface StateModule {
  readonly resources?: readonly StateResource[];
  readonly child_modules?: readonly StateModule[];
}

/**
 * The names the state gives the object of this id (a queue of a queue order, by its queue resource or data source,
 * in any module): what the log labels its entries with when it does not carry its id.
 */
export function namesInState(root: StateModule | undefined, kinds: readonly ObjectKind[], id: string): string[] {
  const names = new Set<string>();
  const visit = (module: StateModule | undefined): void => {
    for (const resource of module?.resources ?? []) {
      const kind = kinds.find((k) => k.typeName === resource.type);
      const name = kind?.nameAttribute && resource.values?.[kind.nameAttribute];
      if (kind && idText(resource.values?.[kind.idAttribute]) === id && typeof name === 'string' && name !== '') names.add(name);
    }
    for (const child of module?.child_modules ?? []) visit(child);
  };
  visit(root);
  return [...names];
}

/** The entries of any of these objects (each matched as entriesOfObject does), newest first as the log gives them. */
export function entriesOfObjects(entries: readonly AuditLogEntry[], objects: readonly { id: string; names: readonly string[] }[]): AuditLogEntry[] {
  const matched = new Set(objects.flatMap((o) => entriesOfObject(entries, o.id, o.names)));
  return entries.filter((e) => matched.has(e));
}

/**
 * One entry per write (newest first): a write that changes several objects at once (a reorder moving three queues)
 * is logged once per object, all by one actor at one time; counted once, it is one change, not three.
 */
export function oneEntryPerWrite(entries: readonly AuditLogEntry[]): AuditLogEntry[] {
  return entries.filter((e, i) => i === 0 || e.actor_id !== entries[i - 1].actor_id || e.created_at !== entries[i - 1].created_at);
}

/** The entries whose change_description mentions `words` (case-insensitive); all of them when none does. */
export function preferMentioning(entries: AuditLogEntry[], words: string | undefined): AuditLogEntry[] {
  if (!words) return entries;
  const mentioning = entries.filter((e) => e.change_description.toLowerCase().includes(words.toLowerCase()));
  return mentioning.length ? mentioning : entries;
}
