/**
 * The structure a report's markup has, apart from its text: what a value from outside must never change. A report
 * rendered with a hostile value and the same report rendered with a plain one must have the same skeleton; if the
 * value's markup took effect (a tag, emphasis, a code span ended early, a table cell or a line of its own), they differ.
 */

/** Markdown (GitHub-flavoured): per line, the unescaped markup characters, code spans and table cells, in order. */
export function markdownSkeleton(markdown: string): string[] {
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split('\n')) {
    const fenceMark = /^(`{3,})\s*$/.exec(line)?.[1];
    if (fence) {
      // A code block's lines are text however many there are (terraform's error keeps its lines): only its end counts.
      if (fenceMark === fence) {
        out.push('FENCE-END');
        fence = undefined;
      }
      continue;
    }
    if (fenceMark) {
      fence = fenceMark;
      out.push('FENCE');
      continue;
    }
    out.push(inlineSkeleton(line));
  }
  return out;
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function inlineSkeleton(line: string): string {
  let skeleton = /^\s*(?:[#>+=-]|\d+[.)])/.exec(line)?.[0].trim() ?? '';
  let i = skeleton ? line.indexOf(skeleton) + skeleton.length : 0;
  while (i < line.length) {
    const c = line[i];
    if (line.startsWith('<br>', i)) {
      i += 4; // a line break kept inside a table cell: ours, wherever the value had one
      continue;
    }
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === '`') {
      const run = /^`+/.exec(line.slice(i))![0];
      const close = findRun(line, i + run.length, run.length);
      if (close >= 0) {
        skeleton += 'C';
        i = close + run.length;
        continue;
      }
      skeleton += run;
      i += run.length;
      continue;
    }
    if (c === '_' && isWordChar(line[i - 1]) && isWordChar(line[i + 1])) {
      i++;
      continue;
    }
    if ('*_[]<>|~&'.includes(c)) skeleton += c;
    i++;
  }
  return skeleton;
}

/** Where a backtick run of exactly `length` starts at or after `from`, or -1. */
function findRun(line: string, from: number, length: number): number {
  const pattern = /`+/g;
  pattern.lastIndex = from;
  for (let m = pattern.exec(line); m; m = pattern.exec(line)) if (m[0].length === length) return m.index;
  return -1;
}

/** HTML: the sequence of tags with their attribute names (never their values, which may hold escaped text). */
export function htmlSkeleton(html: string): string[] {
  return [...html.matchAll(/<(\/?[A-Za-z!][^\s>/]*)([^>]*)>/g)].map(([, name, rest]) => `${name}${[...rest.matchAll(/\s([\w-]+)=/g)].map((m) => ` ${m[1]}`).join('')}`);
}

/** Characters that must never reach a terminal, an XML parser or a Markdown reader raw. */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
