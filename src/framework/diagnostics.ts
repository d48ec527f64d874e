import { Path } from './path';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  readonly severity: Severity;
  /** One line: what went wrong. */
  readonly summary: string;
  /** What was wrong in detail and what to do about it. */
  readonly detail: string;
  /** The attribute the diagnostic is about, when there is one. */
  readonly path?: Path;
}

/**
 * An ordered collection of diagnostics. Framework and resource code report
 * problems by appending here (errors are values); only genuine bugs throw.
 */
export class Diagnostics implements Iterable<Diagnostic> {
  private readonly items: Diagnostic[] = [];
  /** Keys of the items, so a duplicate is found without comparing it with every item (thousands of conditions may report). */
  private readonly keys = new Set<string>();

  addError(summary: string, detail: string): this {
    return this.add({ severity: 'error', summary, detail });
  }

  addWarning(summary: string, detail: string): this {
    return this.add({ severity: 'warning', summary, detail });
  }

  addAttributeError(path: Path, summary: string, detail: string): this {
    return this.add({ severity: 'error', summary, detail, path });
  }

  addAttributeWarning(path: Path, summary: string, detail: string): this {
    return this.add({ severity: 'warning', summary, detail, path });
  }

  add(diagnostic: Diagnostic): this {
    const key = JSON.stringify([diagnostic.severity, diagnostic.summary, diagnostic.detail, diagnostic.path?.toString() ?? '']);
    if (!this.keys.has(key)) {
      this.keys.add(key);
      this.items.push(diagnostic);
    }
    return this;
  }

  append(other: Iterable<Diagnostic>): this {
    for (const d of other) this.add(d);
    return this;
  }

  hasError(): boolean {
    return this.items.some((d) => d.severity === 'error');
  }

  get errors(): Diagnostic[] {
    return this.items.filter((d) => d.severity === 'error');
  }

  get warnings(): Diagnostic[] {
    return this.items.filter((d) => d.severity === 'warning');
  }

  get length(): number {
    return this.items.length;
  }

  [Symbol.iterator](): Iterator<Diagnostic> {
    return this.items[Symbol.iterator]();
  }

  toArray(): Diagnostic[] {
    return [...this.items];
  }
}

/** Detail texts that repeat across the framework (TPF keeps these in one file too). */
export const BUG_REPORT_DETAIL =
  'This is always a bug in the provider, not in your configuration. Please report it to the provider developers with the ' +
  'terraform output (TF_LOG=debug helps); the message was:';
