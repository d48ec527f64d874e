/**
 * An attribute path: where in a resource's configuration a value lives.
 * Every diagnostic about a value carries one, so terraform can underline the
 * offending line of HCL instead of printing a free-floating message.
 */
export type PathStep =
  | { readonly kind: 'attribute'; readonly name: string }
  | { readonly kind: 'index'; readonly index: number }
  | { readonly kind: 'key'; readonly key: string };

export class Path {
  static readonly ROOT = new Path([]);

  static root(name: string): Path {
    return new Path([{ kind: 'attribute', name }]);
  }

  private constructor(readonly steps: readonly PathStep[]) {}

  atName(name: string): Path {
    return new Path([...this.steps, { kind: 'attribute', name }]);
  }

  atListIndex(index: number): Path {
    return new Path([...this.steps, { kind: 'index', index }]);
  }

  atMapKey(key: string): Path {
    return new Path([...this.steps, { kind: 'key', key }]);
  }

  get isRoot(): boolean {
    return this.steps.length === 0;
  }

  /** The HCL-ish spelling users read in messages: `inactivity.reminders[1].timeout`. */
  toString(): string {
    let out = '';
    for (const step of this.steps) {
      if (step.kind === 'attribute') out += out === '' ? step.name : `.${step.name}`;
      else if (step.kind === 'index') out += `[${step.index}]`;
      else out += `[${JSON.stringify(step.key)}]`;
    }
    return out;
  }

  equals(other: Path): boolean {
    return this.toString() === other.toString();
  }
}
