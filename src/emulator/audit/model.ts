/**
 * The account's audit log as the emulator stores it: the entries of GET /api/v2/audit_logs
 * [documented: docs/design/zendesk-api.md#audit-log-entries] and the actors they name. Part of the account document, so it
 * is persisted and survives restarts like the settings it describes.
 */
import type { AuditLogEntry } from '../../client/audit-logs';
import type { AccountDirectory } from '../directory';

/** create | destroy | exported | login | update [documented: docs/design/zendesk-api.md#audit-log-entries]; the emulator's writes make only these three. */
export type AuditAction = 'create' | 'update' | 'destroy';

/**
 * One stored entry: the client's AuditLogEntry (the object Zendesk answers) without `url`, which is derived when it
 * is served (from the account's API root), and with the emulator's own actions. Where the values are the emulator's:
 * `action_label` is "Updated" for update, "Created" and "Deleted" are ASSUMPTIONS (the localized word of the action);
 * timestamps have whole seconds, as Zendesk's do; `source_type` is `account_setting` or `rule`, `trigger_category` an
 * ASSUMPTION [documented, observed and inferred: docs/design/zendesk-api.md#audit-log-entries].
 */
export type AuditEntry = Omit<AuditLogEntry, 'url' | 'action'> & { action: AuditAction };

/**
 * Who made a change: a user (API-token auth names one by email; an admin in Admin Center) or an OAuth client (the
 * client credentials grant acts as no user). Ids are the account's, kept so that filter[actor_id] finds the same
 * actor across restarts.
 */
export interface AuditActor {
  /** `email:<address>`, `client:<id>` or `name:<name>`: how the actor was named. */
  key: string;
  id: number;
  name: string;
}

export interface AuditLogState {
  /** The source_id of the account's settings entries: the account's id (ASSUMPTION, see describe.ts). */
  settingsSourceId: number;
  entries: AuditEntry[];
  actors: AuditActor[];
  nextEntryId: number;
  nextActorId: number;
}

/** What an API request or control call says about who is acting. */
export type Principal = { kind: 'user'; email: string; name?: string } | { kind: 'oauth-client'; clientId: string } | { kind: 'named'; name: string };

/** One change the log is to record; the id, time and actor are filled in by `recordChanges`. */
export interface AuditChange {
  action: AuditAction;
  source_type: string;
  source_id: number;
  source_label: string;
  change_description: string;
}

/**
 * The emulator keeps the newest entries of an account up to this many (Zendesk keeps them indefinitely
 * [documented: docs/design/zendesk-api.md#audit-log-endpoints]; the bound only keeps a long-running emulator's data files small).
 */
export const MAX_ENTRIES = 10_000;

const ACTION_LABELS: Record<AuditAction, string> = { create: 'Created', update: 'Updated', destroy: 'Deleted' };

/** FNV-1a, so an account's id is stable across restarts without storing a counter (as directory.ts does). */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** 13-digit ids like Zendesk's other ids; entries and actors of one account never share one. */
export function initialAuditLog(account: string, directory: AccountDirectory): AuditLogState {
  const admin = directory.agents[0];
  return {
    // Account ids are 7- or 8-digit numbers (ASSUMPTION: the recordings show none).
    settingsSourceId: 10_000_000 + (hash(account) % 90_000_000),
    entries: [],
    // The account's first admin, who makes Admin Center changes unless a control call names someone else.
    actors: admin ? [{ key: `name:${admin.name}`, id: admin.id, name: admin.name }] : [],
    nextEntryId: 2_000_000_000_001,
    nextActorId: 1_900_000_000_001,
  };
}

/** `jane.doe@example.com` → "Jane Doe": a name for a user the emulator knows only by the email of API-token auth. */
export function nameFromEmail(email: string): string {
  const local = email.split('@', 1)[0];
  const words = local.split(/[._+-]+/).filter(Boolean);
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ') || email;
}

/** How an actor is known: by email, OAuth client id or name. */
export function keyOf(principal: Principal): string {
  if (principal.kind === 'user') return `email:${principal.email.toLowerCase()}`;
  if (principal.kind === 'oauth-client') return `client:${principal.clientId}`;
  return `name:${principal.name}`;
}

/** Whether the log already knows the principal's actor (reading it then needs no write). */
export const knowsActor = (state: AuditLogState, principal: Principal) => state.actors.some((a) => a.key === keyOf(principal));

/** The actor a principal stands for, made on first sight (a user's given name wins over the one made from the email). */
export function actorFor(state: AuditLogState, principal: Principal): AuditActor {
  const key = keyOf(principal);
  const name =
    principal.kind === 'user' ? (principal.name ?? nameFromEmail(principal.email)) : principal.kind === 'oauth-client' ? principal.clientId : principal.name;
  let actor = state.actors.find((a) => a.key === key);
  if (!actor) {
    actor = { key, id: state.nextActorId++, name };
    state.actors.push(actor);
  } else if (principal.kind === 'user' && principal.name) {
    actor.name = principal.name;
  }
  return actor;
}

/** Zendesk's timestamp form: ISO 8601 without milliseconds. */
export const auditTime = (at: Date) => `${at.toISOString().slice(0, 19)}Z`;

/** Appends one entry per change, all by `actor` from `ip` at `now`. */
export function recordChanges(state: AuditLogState, actor: AuditActor, ip: string, changes: AuditChange[], now = new Date()): AuditEntry[] {
  const created_at = auditTime(now);
  const added = changes.map((change) => ({
    id: state.nextEntryId++,
    action: change.action,
    action_label: ACTION_LABELS[change.action],
    actor_id: actor.id,
    actor_name: actor.name,
    change_description: change.change_description,
    created_at,
    ip_address: ip,
    source_id: change.source_id,
    source_label: change.source_label,
    source_type: change.source_type,
  }));
  state.entries.push(...added);
  if (state.entries.length > MAX_ENTRIES) state.entries.splice(0, state.entries.length - MAX_ENTRIES);
  return added;
}

/** The entry as the API shows it: the stored record plus its URL (`…/api/v2/audit_logs/498483.json` [documented: docs/design/zendesk-api.md#audit-log-entries]). */
export function presentEntry(entry: AuditEntry, accountRoot: string) {
  return { url: `${accountRoot}/api/v2/audit_logs/${entry.id}.json`, ...entry };
}

/** The address a request came from, as Zendesk shows it (IPv4 without the IPv6 mapping prefix). */
export function clientAddress(remote: string | undefined): string {
  if (!remote) return '127.0.0.1';
  return remote.replace(/^::ffff:/, '');
}

/** Records `changes` made by `principal` from `ip` in the account's log (nothing when there are none). */
export function audit(log: AuditLogState, principal: Principal, ip: string, changes: (AuditChange | undefined)[]): AuditEntry[] {
  const made = changes.filter((c): c is AuditChange => c !== undefined);
  if (!made.length) return [];
  return recordChanges(log, actorFor(log, principal), ip, made);
}
