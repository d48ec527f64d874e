/**
 * A small line writer: two-space indentation, no trailing whitespace, and JSDoc
 * comments that cannot be closed early by a schema description.
 */
export class CodeWriter {
  private readonly lines: string[] = [];
  private level = 0;

  line(text = ''): this {
    this.lines.push(text ? `${'  '.repeat(this.level)}${text}` : '');
    return this;
  }

  /** `head {` … `}`; `close` replaces the closing line, e.g. `});`. */
  block(head: string, body: () => void, close = '}'): this {
    this.line(`${head} {`);
    this.level++;
    body();
    this.level--;
    return this.line(close);
  }

  /** Indents the lines written by `body`. */
  indent(body: () => void): this {
    this.level++;
    body();
    this.level--;
    return this;
  }

  /** `head` … `close` without adding the brace, for `return {` / `super(scope, id, {` style openings. */
  wrap(head: string, body: () => void, close: string): this {
    this.line(head);
    this.level++;
    body();
    this.level--;
    return this.line(close);
  }

  /** A JSDoc comment; each element may hold several lines. `*\/` in the text becomes `* /`. */
  doc(...paragraphs: string[]): this {
    let sanitized = false;
    const body: string[] = [];
    for (const paragraph of paragraphs) {
      for (const raw of paragraph.split('\n')) {
        const text = raw.replace(/\*\//g, '* /').trimEnd();
        if (text !== raw.trimEnd()) sanitized = true;
        body.push(text ? ` * ${text}` : ' *');
      }
    }
    if (sanitized) {
      body.push(' *');
      body.push(' * Note: the text above contained "*" followed by "/", which would end this comment; a space was added between them.');
    }
    this.line('/**');
    for (const l of body) this.line(l);
    return this.line(' */');
  }

  toString(): string {
    // Never two blank lines in a row, never a blank line at the end.
    const out: string[] = [];
    for (const l of this.lines) if (!(l === '' && out[out.length - 1] === '')) out.push(l);
    while (out[out.length - 1] === '') out.pop();
    return `${out.join('\n')}\n`;
  }
}

/** A single-quoted TypeScript string literal. */
export const quote = (s: string): string => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;

/** `// ==========` banner sections, as in cdktf's generated classes. */
export function banner(w: CodeWriter, title: string): void {
  w.line();
  w.line(`// ${'='.repeat(title.length)}`);
  w.line(`// ${title}`);
  w.line(`// ${'='.repeat(title.length)}`);
}
