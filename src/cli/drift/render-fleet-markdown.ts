/**
 * The fleet matrix in Markdown, for the nightly issue: counts first, then a matrix of the accounts that need
 * someone (drifted or failed) × the managed settings. In-sync accounts are only counted (the report folds them into
 * a list below): at 200 accounts a full matrix would be 200 rows of ✓ that bury the three that matter, and a GitHub
 * issue body holds 65,536 characters.
 */
import { type Fleet, type FleetCell, type FleetRow, fleetOf, latestChange, shortTime } from './fleet';
import type { DirectoryResult } from './check';
import { outsideText as cell } from './markdown-text';
import { plural } from './summary';

/** "⚠️ Kim Admin, 2026-12-01 16:03 UTC": who and when; "⚠️ drifted" when the audit log could not tell. */
function cellText(c: FleetCell): string {
  if (c.state === 'error') return '❌';
  if (c.state === 'in_sync') return '✓';
  if (c.state === 'unmanaged') return '—';
  const latest = latestChange(c);
  const more = c.changes.length > 1 ? ` (${c.changes.length} changes)` : '';
  return latest ? `⚠️ ${cell(latest.actor)}, ${cell(shortTime(latest.at))}${more}` : `⚠️ drifted${more}`;
}

const sandboxMark = (row: FleetRow) => (row.sandbox ? ' 🧪 sandbox' : '');

/** `acme (acme.zendesk.com) 🧪 sandbox`, and the stack when it is not named like the account. */
function accountCell(row: FleetRow): string {
  const stack = row.account.includes(row.directory.name) ? '' : ` · stack ${cell(row.directory.name)}`;
  return `**${cell(row.account)}**${sandboxMark(row)}${stack}`;
}

/** One line of counts: what a reader of 200 accounts reads first. */
export function fleetCounts(fleet: Fleet): string {
  const c = fleet.counts;
  const sandboxes = c.sandboxes ? `; ${plural(c.sandboxes, 'sandbox account')} among them` : '';
  return `${plural(c.accounts, 'account')}: ${c.inSync} in sync, ${c.drifted} drifted, ${c.errors} failed${sandboxes}.`;
}

export function renderFleetMarkdown(results: DirectoryResult[]): string[] {
  const fleet = fleetOf(results);
  const attention = fleet.rows.filter((r) => r.status !== 'in_sync');
  const out = ['### Fleet', '', fleetCounts(fleet), ''];
  if (!attention.length) return out;
  const columns = fleet.columns.filter((c) => !c.wholeType || attention.some((r) => r.cells.get(c.key)?.state === 'drift'));
  const heading = (label: string, key: string) => {
    const n = fleet.driftedPerColumn.get(key) ?? 0;
    return n ? `${cell(label)} (${n} ⚠️)` : cell(label);
  };
  out.push(
    `Accounts that drifted or failed (${attention.length}) × managed settings — ✓ in sync, ⚠️ drifted (latest change: who, when), ❌ check failed, — not managed here:`,
    '',
    `| Account | ${columns.map((c) => heading(c.label, c.key)).join(' | ')} |`,
    `|---|${columns.map(() => '---|').join('')}`,
    ...attention.map((row) => `| ${accountCell(row)} | ${columns.map((c) => cellText(row.cells.get(c.key)!)).join(' | ')} |`),
    '',
  );
  return out;
}
