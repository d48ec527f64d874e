import { formatValue, whereWords } from '../report/labels';
import type { DirectoryResult } from './check';
import { changedByWords, noteSubject, plural, statusWords, summarize } from './summary';

const MARK = { in_sync: '✓', drift: '✗', error: '!' } as const;

/** For people reading a terminal or a CI log: one line per directory, one per drifted attribute. */
export function renderText(results: DirectoryResult[]): string {
  const s = summarize(results);
  const lines = [
    `drift: ${s.drifted} of ${plural(s.directories, 'directory', 'directories')} drifted, ${s.errors} failed ` +
      `(${plural(s.resources, 'resource')}, ${plural(s.attributes, 'attribute')} changed outside Terraform)`,
  ];
  for (const r of results) {
    lines.push(`${MARK[r.status]} ${r.dir} — ${statusWords[r.status]}`);
    if (r.error) lines.push(...r.error.split('\n').map((l) => (l ? `    ${l}` : '')));
    for (const res of r.drifted) {
      lines.push(`  ${res.address} (account ${res.account})${res.action === 'delete' ? ': deleted outside Terraform' : ''}`);
      if (res.action === 'delete' && res.changedBy) lines.push(`    ${changedByWords(res.changedBy)}`);
      for (const a of res.attributes) {
        lines.push(`    ${a.description}   [${a.path}: ${a.sensitive ? a.before : formatValue(a.before)} → ${a.sensitive ? a.after : formatValue(a.after)}]`);
        if (a.changedBy) lines.push(`      ${changedByWords(a.changedBy)}`);
        const where = whereWords(res.type, a.path);
        if (where) lines.push(`      ${where}`);
      }
    }
    for (const n of r.attribution ?? []) lines.push(`  attribution: account ${n.account}: ${n.note}`);
    for (const n of r.notes) lines.push(`  note: ${noteSubject(n)}: ${n.summary}`, `    ${n.detail}`);
  }
  return `${lines.join('\n')}\n`;
}
