/**
 * The fleet view as one self-contained HTML page: inline CSS, no scripts, no external assets (a CI artifact is
 * opened from a zip, offline, often by someone who is not a developer). Every value that comes from outside
 * (account and directory names, actors, Zendesk's change descriptions, terraform's errors) is escaped.
 *
 * Readable at 200 accounts: counts first, then the matrix of the accounts that need someone (drifted or failed), then
 * each drift in detail with who, when and where to change it back; the in-sync accounts are in a folded matrix of
 * their own (a <details>, which needs no script), so 200 rows of ✓ never bury the three that matter.
 */
import { VERSION } from '../../version';
import { rawChange } from '../report/describe';
import { whereToChange } from '../report/labels';
import type { DirectoryResult } from './check';
import { type Fleet, type FleetCell, type FleetRow, fleetOf, latestChange, shortTime } from './fleet';
import { HTML_STYLE } from './html-style';
import { controlPictures } from './safe-text';
import { actionWords, noteSubject, overall, plural, readableTime } from './summary';

/** Text from outside as HTML text or an attribute value: entities for markup, control characters made visible. */
export const html = (value: unknown) =>
  controlPictures(String(value)).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const HEADINGS = {
  in_sync: 'Zendesk messaging and routing configuration is in sync',
  drift: 'Drift in Zendesk messaging and routing configuration',
  error: 'Drift check failed',
} as const;

const sandboxBadge = (row: FleetRow) => (row.sandbox ? ' <span class="badge sandbox">sandbox</span>' : '');

function accountHeader(row: FleetRow, link: string | undefined): string {
  const name = link ? `<a href="#${link}">${html(row.account)}</a>` : html(row.account);
  const stack = row.account.includes(row.directory.name) ? '' : `<div class="stack">stack ${html(row.directory.name)}</div>`;
  return `<th scope="row">${name}${sandboxBadge(row)}${stack}</th>`;
}

function cellHtml(c: FleetCell, link: string | undefined): string {
  if (c.state === 'in_sync') return '<td class="ok"><span class="mark">✓</span></td>';
  if (c.state === 'unmanaged') return '<td class="na" title="not managed by this configuration">—</td>';
  const latest = latestChange(c);
  const more = c.changes.length > 1 ? ` <span class="more">(${c.changes.length} changes)</span>` : '';
  const who = latest ? `<div class="who">${html(latest.actor)}</div><div class="when">${html(shortTime(latest.at))}</div>` : '<div class="when">who: not known</div>';
  const body = `<span class="mark">✗</span> drifted${more}${who}`;
  return `<td class="drift">${link ? `<a href="#${link}">${body}</a>` : body}</td>`;
}

/**
 * A column for a whole resource type (triggers, capacity rules, …) only where some account's configuration manages
 * that type or it drifted: with every type the provider serves, a fleet of messaging settings would otherwise carry a
 * column of "—" per type it does not use. The settings' own columns always show.
 */
function shownColumns(fleet: Fleet): Fleet['columns'] {
  const used = (key: string) => fleet.rows.some((r) => ['drift', 'in_sync'].includes(r.cells.get(key)?.state ?? 'unmanaged'));
  return fleet.columns.filter((c) => !c.wholeType || used(c.key));
}

function matrix(fleet: Fleet, rows: FleetRow[], anchors: Map<FleetRow, string>, caption: string): string {
  const columns = shownColumns(fleet);
  const head = columns.map((c) => {
    const n = fleet.driftedPerColumn.get(c.key) ?? 0;
    return `<th scope="col">${html(c.label)}${n ? `<div class="count">${plural(n, 'account')} drifted</div>` : ''}</th>`;
  });
  // A failed check says so once across the row, with terraform's first line: no setting of it was checked.
  const cells = (row: FleetRow) =>
    row.status === 'error'
      ? `<td class="error" colspan="${columns.length}"><span class="mark">!</span> check failed: ${html((row.directory.error ?? '').split('\n')[0])}</td>`
      : columns.map((c) => cellHtml(row.cells.get(c.key)!, anchors.get(row))).join('');
  const body = rows.map((row) => `<tr>${accountHeader(row, anchors.get(row))}${cells(row)}</tr>`);
  return [
    '<div class="scroll"><table class="matrix">',
    `<caption>${html(caption)}</caption>`,
    `<thead><tr><th scope="col">Account</th>${head.join('')}</tr></thead>`,
    `<tbody>${body.join('\n')}</tbody>`,
    '</table></div>',
  ].join('\n');
}

function whereHtml(type: string, path: string): string {
  const { adminCenter, helpArticle } = whereToChange(type, path);
  const article = helpArticle ? `<a href="${html(helpArticle)}">Zendesk help article</a>` : '';
  if (!adminCenter) return article || '<span class="none">not known</span>';
  return `${html(adminCenter)}${article ? `<br>${article}` : ''}`;
}

/** One drifted account: every drifted attribute with who, when, Zendesk's words and where to change it back. */
function driftDetails(row: FleetRow, anchor: string): string {
  const lines: string[] = [];
  for (const resource of row.directory.drifted.filter((d) => d.account === row.account)) {
    const words = actionWords(resource.action);
    if (words) {
      // One row for the resource itself (five cells, as the header has).
      const c = resource.changedBy;
      lines.push(
        `<tr><td>${html(words)}<div class="path"><code>${html(resource.address)}</code></div></td><td>${c ? html(c.actor) : '<span class="none">not known</span>'}</td>` +
          `<td>${c ? html(readableTime(c.at)) : ''}</td><td>${c ? html(c.change) : ''}</td><td>${whereHtml(resource.type, '')}</td></tr>`,
      );
      if (resource.action === 'delete') continue;
    }
    for (const a of resource.attributes) {
      const c = a.changedBy;
      const earlier = c?.earlierChanges ? `<div class="more">${plural(c.earlierChanges, 'earlier change')} since Terraform's last write</div>` : '';
      lines.push(
        `<tr><td>${html(a.description)}<div class="path"><code>${html(resource.address)}.${html(a.path)}</code>: ${html(rawChange({ ...a, unknown: false }))}</div></td>` +
          `<td>${c ? html(c.actor) : '<span class="none">not known</span>'}</td><td>${c ? html(readableTime(c.at)) : ''}</td><td>${c ? html(c.change) : ''}${earlier}</td>` +
          `<td>${whereHtml(resource.type, a.path)}</td></tr>`,
      );
    }
  }
  const notes = (row.directory.attribution ?? []).filter((n) => n.account === row.account).map((n) => `<p class="note">${html(n.note)}</p>`);
  return [
    `<section class="account" id="${anchor}"><h3>${html(row.account)}${sandboxBadge(row)}</h3>`,
    `<p class="dir">Directory <code>${html(row.directory.dir)}</code></p>`,
    '<table class="details"><thead><tr><th>Changed outside Terraform</th><th>Who</th><th>When</th><th>Zendesk\'s description</th><th>Change it back in</th></tr></thead>',
    `<tbody>${lines.join('\n')}</tbody></table>`,
    ...notes,
    '</section>',
  ].join('\n');
}

function errorDetails(row: FleetRow, anchor: string): string {
  return `<section class="account" id="${anchor}"><h3>${html(row.account)}${sandboxBadge(row)} <span class="badge failed">check failed</span></h3><pre>${html(row.directory.error ?? 'the drift check failed')}</pre></section>`;
}

function providerNotes(results: DirectoryResult[]): string {
  const items = results.flatMap((r) => r.notes.map((n) => `<li><strong>${html(r.name)}</strong>: <code>${html(noteSubject(n))}</code>: ${html(n.summary)}. ${html(n.detail)}</li>`));
  return items.length ? `<h2>Notes (not drift)</h2><ul class="notes">${items.join('\n')}</ul>` : '';
}

export function renderHtml(results: DirectoryResult[], now = new Date()): string {
  const fleet = fleetOf(results);
  const status = overall(results);
  const attention = fleet.rows.filter((r) => r.status !== 'in_sync');
  const inSync = fleet.rows.filter((r) => r.status === 'in_sync');
  const anchors = new Map(attention.map((row, i) => [row, `account-${i + 1}`]));
  const c = fleet.counts;
  const card = (n: number, words: string, kind: string) => `<div class="card ${kind}"><div class="n">${n}</div><div>${html(words)}</div></div>`;
  const body = [
    `<header class="${status}"><h1>${HEADINGS[status]}</h1><p>${html(readableTime(now.toISOString()))} · ${plural(results.length, 'directory', 'directories')} checked</p></header>`,
    '<div class="cards">',
    card(c.accounts, 'accounts', 'all'),
    card(c.inSync, 'in sync', 'ok'),
    card(c.drifted, 'drifted', 'drift'),
    card(c.errors, 'failed', 'error'),
    card(c.sandboxes, 'sandbox accounts', 'sandbox'),
    '</div>',
    attention.length
      ? `<h2>Accounts that need someone</h2>${matrix(fleet, attention, anchors, `${plural(attention.length, 'account')} drifted or failed × the managed settings. ✓ in sync · ✗ drifted (latest change: who and when) · ! check failed · — not managed here`)}`
      : '<p class="all-ok">Every account matches its configuration.</p>',
    inSync.length
      ? `<details><summary>${plural(inSync.length, 'account')} in sync${inSync.some((r) => r.sandbox) ? ` (${inSync.filter((r) => r.sandbox).length} sandbox)` : ''}</summary>${matrix(fleet, inSync, new Map(), 'Accounts in sync × the managed settings (— not managed here)')}</details>`
      : '',
    attention.length ? '<h2>What changed, who changed it, and where to change it back</h2>' : '',
    ...attention.map((row) => (row.status === 'error' ? errorDetails(row, anchors.get(row)!) : driftDetails(row, anchors.get(row)!))),
    providerNotes(results),
    c.drifted ? '<p class="undo">To undo the drift, apply the configuration again (<code>cdktf deploy</code> / <code>terraform apply</code>); to keep a change, put it into the configuration.</p>' : '',
    `<footer>zendesk-messaging ${html(VERSION)} · drift --format html</footer>`,
  ];
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${HEADINGS[status]} — ${plural(c.accounts, 'account')}</title>`,
    `<style>${HTML_STYLE}</style></head>`,
    `<body>${body.filter(Boolean).join('\n')}</body></html>`,
    '',
  ].join('\n');
}
