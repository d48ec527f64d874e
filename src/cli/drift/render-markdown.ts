import type { DirectoryResult } from './check';
import { actionWords, noteSubject, overall, plural, readableTime, statusWords, summarize } from './summary';
import type { ChangeAttribution } from './attribution';
import { renderFleetMarkdown } from './render-fleet-markdown';
import { whereToChange } from '../report/labels';
import { codeSpan, fencedBlock, listItemText, outsideText, tableCell as cell } from './markdown-text';

const HEADINGS = {
  in_sync: '## ✅ Zendesk messaging and routing configuration is in sync',
  drift: '## ⚠️ Drift in Zendesk messaging and routing configuration',
  error: '## ❌ Drift check failed',
} as const;

const code = (s: string) => codeSpan(s);
const codeInTable = (s: string) => codeSpan(s, { inTable: true });


/** "**Kim Admin**, 2026-12-01 16:03:12 UTC: Disabled (+2 earlier)" in a table cell. */
function whoAndWhen(c: ChangeAttribution): string {
  const earlier = c.earlierChanges ? ` (${plural(c.earlierChanges, 'earlier change')})` : '';
  return `**${outsideText(c.actor)}**, ${outsideText(readableTime(c.at))}: ${outsideText(c.change)}${earlier}`;
}

/** "<br>Change it back in Admin Center > … ([help article](…))", from the attribute map; nothing when it does not say. */
function where(type: string, path: string): string {
  const { adminCenter, helpArticle } = whereToChange(type, path);
  const article = helpArticle ? `[help article](${helpArticle})` : '';
  if (!adminCenter && !article) return '';
  // Our own words, from the attribute map: only a pipe would break the cell.
  return adminCenter ? `<br>Change it back in ${adminCenter.replace(/\|/g, '\\|')}${article ? ` (${article})` : ''}` : `<br>How to change it back: ${article}`;
}

/**
 * For an issue or a pull request: drifted and failed directories in detail,
 * the in-sync ones folded away (a nightly run covers many accounts).
 */
export function renderMarkdown(results: DirectoryResult[]): string {
  const s = summarize(results);
  const out = [
    HEADINGS[overall(results)],
    '',
    `${plural(s.directories, 'directory', 'directories')} checked: ${s.inSync} in sync, ${s.drifted} drifted, ${s.errors} failed.`,
    '',
    ...renderFleetMarkdown(results),
  ];
  // Directories with something to read get a section: drift, errors, and notes (an in-sync account may still hold a dormant setting).
  for (const r of results.filter((x) => x.status !== 'in_sync' || x.notes.length > 0)) {
    const noteCount = r.notes.length ? ` (${plural(r.notes.length, 'note')})` : '';
    out.push(`### ${code(r.name)} — ${statusWords[r.status]}${noteCount}`, '', `Directory: ${code(r.dir)}`, '');
    if (r.error) out.push(...fencedBlock(r.error), '');
    if (r.drifted.length) {
      // A "Who and when" column only when the audit log told someone (Enterprise accounts).
      const attributed = r.drifted.some((res) => res.changedBy || res.attributes.some((a) => a.changedBy));
      const who = (c: ChangeAttribution | undefined) => (attributed ? ` ${c ? whoAndWhen(c) : ''} |` : '');
      out.push(
        // The plan may also apply a configuration change nobody applied yet: then the column says what the plan changes.
        `| Account | Resource | Attribute | ${r.drifted.some((res) => res.attributes.some((a) => a.cause === 'configuration')) ? 'What the plan changes' : 'Changed outside Terraform'} |${attributed ? ' Who and when |' : ''}`,
        `|---|---|---|---|${attributed ? '---|' : ''}`,
      );
      for (const res of r.drifted) {
        const words = actionWords(res.action);
        if (words) out.push(`| ${cell(res.account)} | ${codeInTable(res.address)} | | ${cell(words)} |${who(res.changedBy)}`);
        for (const a of res.attributes) out.push(`| ${cell(res.account)} | ${codeInTable(res.address)} | ${codeInTable(a.path)} | ${cell(a.description)}${where(res.type, a.path)} |${who(a.changedBy)}`);
      }
      out.push('');
    }
    if (r.attribution?.length) {
      out.push('Who changed it:', '');
      for (const n of r.attribution) out.push(`- ${listItemText(n.account)}: ${outsideText(n.note)}`);
      out.push('');
    }
    if (r.notes.length) {
      out.push('Notes (not drift):', '');
      for (const n of r.notes) out.push(`- ${code(noteSubject(n))}: **${outsideText(n.summary)}**. ${outsideText(n.detail)}`);
      out.push('');
    }
  }
  const inSync = results.filter((x) => x.status === 'in_sync' && x.notes.length === 0);
  if (inSync.length) {
    const others = inSync.length < s.inSync ? 'other ' : '';
    out.push(`<details><summary>${plural(inSync.length, `${others}directory`, `${others}directories`)} in sync</summary>`, '');
    for (const r of inSync) out.push(`- ${code(r.name)} (${code(r.dir)}): ${plural(r.checked.length, 'resource')}${r.accounts?.some((a) => a.sandbox) ? ' 🧪 sandbox' : ''}`);
    out.push('', '</details>', '');
  }
  if (s.drifted) out.push('To undo the drift, apply the configuration again (`cdktf deploy` / `terraform apply`); to keep a change, put it into the configuration.', '');
  return `${out.join('\n')}`;
}
