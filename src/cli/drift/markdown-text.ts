/**
 * Text from outside (Zendesk's values and names, actors, account names, terraform's errors, a user's titles) in
 * GitHub-flavoured Markdown, so that GitHub shows it as written: no emphasis, code, link, table cell or HTML of theirs
 * takes effect in a nightly issue or a pull-request comment. How GitHub reads each character, and why a backslash
 * is enough: docs/design/report-escaping.md.
 */
import { controlPictures } from './safe-text';

/**
 * The characters that start Markdown or HTML inside a line (emphasis, code, links and images, HTML tags, autolinks and
 * entities, table cells, strikethrough), escaped with a backslash. An underscore between two letters or digits
 * (`on_destroy`) cannot start or end emphasis, so it stays as it is. The characters that only mean something at the
 * start of a list item's text (#, -, +, =, `1.`) are escaped only there (listItemText).
 */
const MARKUP = /[\\`*[\]<>|~&]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;

/** What would start a block at the beginning of a list item's text: a heading, a list, an ordered list, a setext line. */
const LEADING_BLOCK = /^(\s*)(?:([#+=-])|(\d+)([.)]))/;

/** Text in running Markdown (a heading, a paragraph, the middle of a list item): one line, every markup character escaped. */
export const outsideText = (s: string) => controlPictures(s.replace(/\r\n?|\n/g, ' ')).replace(MARKUP, (c) => `\\${c}`);

/** Text that starts a list item (`- TEXT`): like outsideText, and what would start a block there escaped too. */
export const listItemText = (s: string) =>
  outsideText(s).replace(LEADING_BLOCK, (_m, space: string, mark?: string, digits?: string, dot?: string) => (mark ? `${space}\\${mark}` : `${space}${digits}\\${dot}`));

/** Text in a Markdown table cell: like outsideText, but its line breaks kept as <br> (a newline would end the row). */
export const tableCell = (s: string) =>
  s
    .split(/\r\n?|\n/)
    .map((line) => controlPictures(line).replace(MARKUP, (c) => `\\${c}`))
    .join('<br>');

/**
 * A code span that shows `s` exactly: fenced with one backtick more than the longest run inside (so a backtick cannot
 * end it), padded when `s` starts or ends with one. In a table a pipe still ends the cell inside a code span unless
 * escaped (GitHub removes that backslash before it reads the span), so `inTable` escapes pipes.
 */
export function codeSpan(s: string, { inTable = false } = {}): string {
  const text = controlPictures(s.replace(/\r\n?|\n/g, ' '));
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || (text.startsWith(' ') && text.endsWith(' ') && text.trim() !== '') ? ' ' : '';
  return `${fence}${pad}${inTable ? text.replace(/\|/g, '\\|') : text}${pad}${fence}`;
}

/** A fenced code block (terraform's error), its fence longer than any backtick run inside so the text cannot end it early. */
export function fencedBlock(text: string): string[] {
  const safe = text
    .split(/\r\n?|\n/)
    .map(controlPictures)
    .join('\n');
  const longest = Math.max(2, ...(safe.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  return [fence, safe, fence];
}
