/**
 * A parser for the YAML our GitHub Actions examples are written in: block
 * mappings and sequences, `|` / `|-` block scalars, plain and quoted scalars,
 * comments, and the empty `{}` / `[]`. Every scalar stays a string (as the
 * runner's expressions see them). Anything outside that subset — flow
 * collections, anchors, tags, folded scalars, tabs — throws with its line,
 * so the workflow test can never silently skip part of a workflow.
 */
export type Yaml = string | null | Yaml[] | { [key: string]: Yaml };

interface Line {
  no: number;
  indent: number;
  text: string;
}

const KEY = /^([A-Za-z0-9_][\w.-]*|'[^']*'|"[^"]*"):(?:\s+(.*))?$/;

function stripComment(text: string): string {
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) return text.slice(0, i).trimEnd();
  }
  return text;
}

function scalar(raw: string, line: number): Yaml {
  const text = stripComment(raw).trim();
  if (text === '{}') return {};
  if (text === '[]') return [];
  if (text === '' || text === '~' || text === 'null') return null;
  if (text.startsWith("'")) {
    if (!text.endsWith("'") || text.length < 2) throw new Error(`line ${line}: unterminated single-quoted string`);
    return text.slice(1, -1).replace(/''/g, "'");
  }
  if (text.startsWith('"')) return JSON.parse(text) as string;
  if (/^[[{&*!>|%@`]/.test(text)) throw new Error(`line ${line}: "${text}" uses YAML this parser does not support (flow collections, anchors, tags, folded scalars)`);
  return text;
}

export function parseYaml(source: string): Yaml {
  const raw = source.split('\n');
  const lines: Line[] = [];
  raw.forEach((text, i) => {
    if (/^\s*\t/.test(text)) throw new Error(`line ${i + 1}: tab indentation`);
    lines.push({ no: i + 1, indent: text.length - text.trimStart().length, text: text.trim() });
  });
  let pos = 0;
  const skipBlank = () => {
    while (pos < lines.length && (lines[pos].text === '' || lines[pos].text.startsWith('#'))) pos++;
  };

  function blockScalar(parentIndent: number, chomp: string): string {
    const body: string[] = [];
    let indent: number | undefined;
    while (pos < lines.length && (lines[pos].text === '' || lines[pos].indent > parentIndent)) {
      const rawLine = raw[lines[pos].no - 1];
      if (lines[pos].text !== '') indent ??= lines[pos].indent;
      body.push(lines[pos].text === '' ? '' : rawLine.slice(indent));
      pos++;
    }
    while (body.length && body[body.length - 1] === '') body.pop();
    return body.join('\n') + (chomp === '|-' || body.length === 0 ? '' : '\n');
  }

  function node(indent: number): Yaml {
    skipBlank();
    if (pos >= lines.length) return null;
    return lines[pos].text === '-' || lines[pos].text.startsWith('- ') ? sequence(indent) : mapping(indent);
  }

  function valueAfterKey(keyIndent: number, rest: string | undefined, line: number): Yaml {
    const text = rest === undefined ? '' : stripComment(rest).trim();
    if (text === '|' || text === '|-') return blockScalar(keyIndent, text);
    if (text !== '') return scalar(text, line);
    skipBlank();
    if (pos >= lines.length) return null;
    const next = lines[pos];
    if (next.indent > keyIndent) return node(next.indent);
    if (next.indent === keyIndent && next.text.startsWith('- ')) return sequence(keyIndent);
    return null;
  }

  function mapping(indent: number): { [key: string]: Yaml } {
    const out: { [key: string]: Yaml } = {};
    for (skipBlank(); pos < lines.length && lines[pos].indent === indent && !lines[pos].text.startsWith('- '); skipBlank()) {
      const line = lines[pos];
      const m = KEY.exec(line.text);
      if (!m) throw new Error(`line ${line.no}: expected "key: value", got "${line.text}"`);
      const key = /^['"]/.test(m[1]) ? (scalar(m[1], line.no) as string) : m[1];
      if (key in out) throw new Error(`line ${line.no}: duplicate key "${key}"`);
      pos++;
      out[key] = valueAfterKey(indent, m[2], line.no);
    }
    if (pos < lines.length && lines[pos].indent > indent) throw new Error(`line ${lines[pos].no}: unexpected indentation`);
    return out;
  }

  function sequence(indent: number): Yaml[] {
    const out: Yaml[] = [];
    for (skipBlank(); pos < lines.length && lines[pos].indent === indent && (lines[pos].text === '-' || lines[pos].text.startsWith('- ')); skipBlank()) {
      const line = lines[pos];
      const item = line.text.slice(1).trimStart();
      if (KEY.test(item)) {
        // "- key: value": a mapping whose keys line up two columns further in.
        lines[pos] = { no: line.no, indent: indent + 2, text: item };
        out.push(mapping(indent + 2));
      } else {
        pos++;
        out.push(item === '' ? node(lines[pos]?.indent ?? indent) : scalar(item, line.no));
      }
    }
    return out;
  }

  const result = node(0);
  skipBlank();
  if (pos < lines.length) throw new Error(`line ${lines[pos].no}: unexpected "${lines[pos].text}"`);
  return result;
}
