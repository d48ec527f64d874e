/**
 * drift-merge: the JSON reports of a sharded drift run (`drift --shard K/N`
 * on N runners) as one run: every directory once, one summary, one status and
 * one exit code, renderable in any format.
 */
import type { ChangeAttribution } from './attribution';
import type { DirectoryResult, DriftedAttribute, DriftedResource } from './check';

type JsonAttribution = ChangeAttribution | null | undefined;

interface JsonDirectory extends Omit<DirectoryResult, 'error' | 'notes' | 'drifted'> {
  error: string | null;
  // adminCenter and helpArticle (version 4) are left out: the attribute map says them again when the merge renders.
  drifted: (Omit<DriftedResource, 'changedBy' | 'attributes'> & {
    changedBy?: JsonAttribution;
    attributes: (Omit<DriftedAttribute, 'changedBy'> & { changedBy?: JsonAttribution; adminCenter?: unknown; helpArticle?: unknown })[];
  })[];
  notes?: { subject: string; attribute: string | null; summary: string; detail: string }[];
}

/** A report's null (versions 3 and 4) or missing (versions 1 and 2) attribution is no attribution. */
const attributed = (c: JsonAttribution) => (c ? { changedBy: c } : {});

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One report's directories, checked to be a drift report this version can read (versions 1 to 4). */
export function directoriesOf(report: unknown, source: string): DirectoryResult[] {
  if (!isObject(report) || report.kind !== 'zendesk-messaging/drift-report') {
    throw new Error(`${source} is not a zendesk-messaging drift report (write one with: drift --format json --out FILE)`);
  }
  if (![1, 2, 3, 4].includes(report.version as number)) {
    throw new Error(`${source} is a drift report of version ${String(report.version)}; this version reads 1 to 4`);
  }
  if (!Array.isArray(report.directories)) throw new Error(`${source} has no "directories" list`);
  return (report.directories as JsonDirectory[]).map((d) => ({
    dir: d.dir,
    name: d.name,
    status: d.status,
    ...(d.error === null || d.error === undefined ? {} : { error: d.error }),
    durationMs: d.durationMs,
    checked: d.checked,
    drifted: d.drifted.map(({ changedBy, attributes, ...resource }) => ({
      ...resource,
      ...attributed(changedBy),
      attributes: attributes.map(({ changedBy: by, adminCenter: _where, helpArticle: _article, ...attribute }) => ({ ...attribute, ...attributed(by) })),
    })),
    ...(d.attribution?.length ? { attribution: d.attribution } : {}),
    ...(d.accounts?.length ? { accounts: d.accounts } : {}),
    notes: (d.notes ?? []).map((n) => ({ subject: n.subject, ...(n.attribute === null ? {} : { attribute: n.attribute }), summary: n.summary, detail: n.detail })),
  }));
}

/** Every shard's directories in one list; a directory reported by two shards is an error (the shards overlap). */
export function mergeReports(reports: { source: string; report: unknown }[]): DirectoryResult[] {
  const seen = new Map<string, string>();
  const merged: DirectoryResult[] = [];
  for (const { source, report } of reports) {
    for (const directory of directoriesOf(report, source)) {
      const earlier = seen.get(directory.dir);
      if (earlier) throw new Error(`${directory.dir} is in two reports (${earlier} and ${source}): were the shards run with the same N?`);
      seen.set(directory.dir, source);
      merged.push(directory);
    }
  }
  return merged;
}
