import { rawChange } from '../report/describe';
import { whereWords } from '../report/labels';
import type { DirectoryResult } from './check';
import { terminalLine } from './safe-text';
import { actionWords, attributesByCause, changedByWords, noteSubject, plural, statusWords, summarize } from './summary';

const MARK = { in_sync: '✓', drift: '✗', error: '!' } as const;

/** Text of several lines (terraform's error, a provider's detail), each line indented on its own. */
const indented = (text: string, indent: string) => text.split(/\r\n|\n/).map((l) => (l ? `${indent}${l}` : ''));

/**
 * For people reading a terminal or a CI log: one line per directory, one per drifted attribute. Every line goes
 * through terminalLine at the end, so nothing from outside (a value, an actor's name, an error) can move the cursor,
 * colour or clear the terminal, or start a line of its own that looks like ours.
 */
export function renderText(results: DirectoryResult[]): string {
  const s = summarize(results);
  const lines = [
    `drift: ${s.drifted} of ${plural(s.directories, 'directory', 'directories')} drifted, ${s.errors} failed ` +
      `(${plural(s.resources, 'resource')}, ${attributesByCause(results.flatMap((r) => r.drifted.flatMap((d) => d.attributes)))})`,
  ];
  for (const r of results) {
    lines.push(`${MARK[r.status]} ${r.dir} — ${statusWords[r.status]}`);
    if (r.error) lines.push(...indented(r.error, '    '));
    for (const res of r.drifted) {
      const words = actionWords(res.action);
      lines.push(`  ${res.address} (account ${res.account})${words ? `: ${words}` : ''}`);
      if (res.action !== 'update' && res.changedBy) lines.push(`    ${changedByWords(res.changedBy)}`);
      for (const a of res.attributes) {
        lines.push(`    ${a.description}   [${a.path}: ${rawChange({ ...a, unknown: false })}]`);
        if (a.changedBy) lines.push(`      ${changedByWords(a.changedBy)}`);
        const where = whereWords(res.type, a.path);
        if (where) lines.push(`      ${where}`);
      }
    }
    for (const n of r.attribution ?? []) lines.push(`  attribution: account ${n.account}: ${n.note}`);
    for (const n of r.notes) lines.push(`  note: ${noteSubject(n)}: ${n.summary}`, ...indented(n.detail, '    '));
  }
  return `${lines.map(terminalLine).join('\n')}\n`;
}
