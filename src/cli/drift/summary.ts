import type { Note } from '../report/terraform-log';
import type { ChangeAttribution } from './attribution';
import type { DirectoryResult, DirectoryStatus } from './check';

export interface DriftSummary {
  directories: number;
  inSync: number;
  drifted: number;
  errors: number;
  /** Drifted resources across all directories. */
  resources: number;
  /** Drifted attributes across all directories. */
  attributes: number;
}

export function summarize(results: DirectoryResult[]): DriftSummary {
  const count = (s: DirectoryStatus) => results.filter((r) => r.status === s).length;
  const drifted = results.flatMap((r) => r.drifted);
  return {
    directories: results.length,
    inSync: count('in_sync'),
    drifted: count('drift'),
    errors: count('error'),
    resources: drifted.length,
    attributes: drifted.reduce((n, r) => n + r.attributes.length, 0),
  };
}

/** The run's exit code: 1 if any check failed, else 2 if anything drifted, else 0. */
export function exitCodeFor(results: DirectoryResult[]): 0 | 1 | 2 {
  if (results.some((r) => r.status === 'error')) return 1;
  return results.some((r) => r.status === 'drift') ? 2 : 0;
}

/** The run as a whole: any error wins over drift (the exit code follows the same rule). */
export function overall(results: DirectoryResult[]): DirectoryStatus {
  if (results.some((r) => r.status === 'error')) return 'error';
  return results.some((r) => r.status === 'drift') ? 'drift' : 'in_sync';
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
export const statusWords: Record<DirectoryStatus, string> = { in_sync: 'in sync', drift: 'drift', error: 'error' };

/** `zendesk_messaging_settings.this.agent_ended_session_routing`, or the provider block a note is about. */
export const noteSubject = (n: Note) => (n.attribute ? `${n.subject}.${n.attribute}` : n.subject);

/** `2026-12-01T16:03:12Z` → `2026-12-01 16:03:12 UTC`: a time people read in a report. */
export const readableTime = (iso: string) => {
  const at = Date.parse(iso);
  return Number.isNaN(at) ? iso : `${new Date(at).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
};

/** "changed by Kim Admin at 2026-12-01 16:03:12 UTC: Disabled (2 earlier changes)", from the audit log. */
export function changedByWords(c: ChangeAttribution): string {
  const earlier = c.earlierChanges ? ` (${plural(c.earlierChanges, 'earlier change')} since Terraform's last write)` : '';
  return `changed by ${c.actor} at ${readableTime(c.at)}: ${c.change}${earlier}`;
}

/**
 * A drifted resource's action in words, for the line or row of the resource itself; undefined for update (its
 * attributes say it). An action this version does not know (a later report's) is said by its name.
 */
export function actionWords(action: string): string | undefined {
  const words: Record<string, string | undefined> = {
    update: undefined,
    delete: 'deleted outside Terraform',
    create: 'not in Zendesk yet: the plan creates it',
    destroy: 'no longer in the configuration: the plan deletes it',
    replace: 'the plan deletes it and creates it again',
  };
  return action in words ? words[action] : action;
}

/**
 * "2 attributes changed outside Terraform", or, when the plan also applies configuration changes nobody applied yet,
 * "1 attribute changed outside Terraform, 1 in the configuration not applied yet". Attributes of version 4 reports
 * have no cause: they were all changes made outside Terraform.
 */
export function attributesByCause(attributes: { cause?: string }[]): string {
  const configured = attributes.filter((a) => a.cause === 'configuration').length;
  const outside = `${plural(attributes.length - configured, 'attribute')} changed outside Terraform`;
  return configured ? `${outside}, ${configured} in the configuration not applied yet` : outside;
}
