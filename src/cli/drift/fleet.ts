/**
 * The fleet view's data: one row per account (per directory when the account is not known: an in-sync run that did
 * not look accounts up, a check that failed before terraform named one), the columns the resource descriptors give
 * (fleet-columns.ts: a column per managed setting in the attribute map's order and words, one for all triggers). The Markdown and HTML renderers draw it; keeping the model apart
 * keeps both saying the same thing.
 */
import type { ChangeAttribution } from './attribution';
import type { DirectoryResult, DirectoryStatus, DriftedAttribute, DriftedResource } from './check';
import { type FleetColumn, fleetColumnOf, fleetColumns } from './fleet-columns';

export type { FleetColumn } from './fleet-columns';

/** One drifted thing in a cell: an attribute of a resource, or a deleted resource (no attribute). */
export interface CellChange {
  resource: DriftedResource;
  attribute?: DriftedAttribute;
  changedBy?: ChangeAttribution;
}

export interface FleetCell {
  /** `unmanaged`: the configuration does not manage this setting for the account, so it says nothing about it. */
  state: DirectoryStatus | 'unmanaged';
  changes: CellChange[];
}

export interface FleetRow {
  account: string;
  /** The directory (stack) the row comes from. */
  directory: DirectoryResult;
  /** null: not known (not looked up, or Zendesk could not be asked). */
  sandbox: boolean | null;
  status: DirectoryStatus;
  cells: Map<string, FleetCell>;
}

export interface Fleet {
  columns: FleetColumn[];
  rows: FleetRow[];
  counts: { accounts: number; inSync: number; drifted: number; errors: number; sandboxes: number };
  /** Drifted accounts per column: which setting drifts most across the fleet. */
  driftedPerColumn: Map<string, number>;
}

const OTHER_COLUMN: FleetColumn = { key: 'other', label: 'Other resources' };

function changesOf(resource: DriftedResource): { column: string; change: CellChange }[] {
  const column = (path?: string) => fleetColumnOf(resource.type, path) ?? OTHER_COLUMN.key;
  if (resource.action === 'delete') return [{ column: column(), change: { resource, ...(resource.changedBy ? { changedBy: resource.changedBy } : {}) } }];
  return resource.attributes.map((attribute) => ({ column: column(attribute.path), change: { resource, attribute, ...(attribute.changedBy ? { changedBy: attribute.changedBy } : {}) } }));
}

function rowsOf(result: DirectoryResult, columns: FleetColumn[]): FleetRow[] {
  const accounts = [...new Set([...(result.accounts ?? []).map((a) => a.account), ...result.drifted.map((d) => d.account)])];
  const sandboxOf = (account: string) => result.accounts?.find((a) => a.account === account)?.sandbox ?? null;
  const managedOf = (account: string) => result.accounts?.find((a) => a.account === account)?.managed;
  return (accounts.length ? accounts : [result.name]).map((account) => {
    const managed = managedOf(account);
    const stateOf = (column: string): FleetCell['state'] =>
      result.status === 'error' ? 'error' : managed && !managed.includes(column) ? 'unmanaged' : 'in_sync';
    const cells = new Map<string, FleetCell>(columns.map((c) => [c.key, { state: stateOf(c.key), changes: [] }]));
    for (const resource of result.drifted.filter((d) => d.account === account)) {
      for (const { column, change } of changesOf(resource)) {
        const cell = cells.get(column) ?? { state: 'in_sync', changes: [] };
        cells.set(column, { state: 'drift', changes: [...cell.changes, change] });
      }
    }
    const status: DirectoryStatus = result.status === 'error' ? 'error' : [...cells.values()].some((c) => c.state === 'drift') ? 'drift' : 'in_sync';
    return { account, directory: result, sandbox: sandboxOf(account), status, cells };
  });
}

const ORDER: Record<DirectoryStatus, number> = { error: 0, drift: 1, in_sync: 2 };

/** The fleet of a run: rows needing attention first (errors, then drift), each group by account name. */
export function fleetOf(results: DirectoryResult[]): Fleet {
  const columns = fleetColumns();
  const rows = results.flatMap((r) => rowsOf(r, columns)).sort((a, b) => ORDER[a.status] - ORDER[b.status] || a.account.localeCompare(b.account) || a.directory.dir.localeCompare(b.directory.dir));
  // A drift the columns do not name (another resource type, an unlisted attribute) gets a column of its own.
  if (rows.some((r) => r.cells.get(OTHER_COLUMN.key)?.state === 'drift')) {
    columns.push(OTHER_COLUMN);
    for (const row of rows) if (!row.cells.has(OTHER_COLUMN.key)) row.cells.set(OTHER_COLUMN.key, { state: row.status === 'error' ? 'error' : 'in_sync', changes: [] });
  } else {
    for (const row of rows) row.cells.delete(OTHER_COLUMN.key);
  }
  const count = (s: DirectoryStatus) => rows.filter((r) => r.status === s).length;
  return {
    columns,
    rows,
    counts: { accounts: rows.length, inSync: count('in_sync'), drifted: count('drift'), errors: count('error'), sandboxes: rows.filter((r) => r.sandbox === true).length },
    driftedPerColumn: new Map(columns.map((c) => [c.key, rows.filter((r) => r.cells.get(c.key)?.state === 'drift').length])),
  };
}

/** The latest change of a cell (its changes may come from several resources): the one a cell names. */
export function latestChange(cell: FleetCell): ChangeAttribution | undefined {
  return cell.changes
    .map((c) => c.changedBy)
    .filter((c): c is ChangeAttribution => c !== undefined)
    .sort((a, b) => b.at.localeCompare(a.at))[0];
}

/** `2026-12-01T16:03:12Z` → `2026-12-01 16:03 UTC`: short enough for a matrix cell. */
export const shortTime = (iso: string) => {
  const at = Date.parse(iso);
  return Number.isNaN(at) ? iso : `${new Date(at).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
};
