/**
 * The one error the value codecs throw for a value that does not fit its type,
 * with the attribute path of the offending part, so callers can turn it into a
 * diagnostic pointing at the attribute.
 */
import type { AttributePathStep } from '../tfprotov6/types';
import { ExactNumber } from './exact-number';
import { UnknownValue } from './value';

export class ValueTypeError extends Error {
  /** Where in the value the problem is (set elements cannot be addressed, so paths stop at the set). */
  readonly path: readonly AttributePathStep[];
  readonly reason: string;

  constructor(path: readonly AttributePathStep[], reason: string) {
    super(path.length > 0 ? `${reason} (at ${formatPath(path)})` : reason);
    this.name = 'ValueTypeError';
    // Callers pass their working path array, which they keep mutating: copy it.
    this.path = [...path];
    this.reason = reason;
  }
}

/** Terraform-style rendering of a path: `.tags["a"][0]`. */
export function formatPath(path: readonly AttributePathStep[]): string {
  let out = '';
  for (const step of path) {
    if ('attributeName' in step) out += `.${step.attributeName}`;
    else if ('elementKeyString' in step) out += `[${JSON.stringify(step.elementKeyString)}]`;
    else out += `[${step.elementKeyInt}]`;
  }
  return out || '(root)';
}

/**
 * Names a value's kind, never its content: these messages end up in
 * diagnostics and logs, and the value may be a secret.
 */
export function describeKind(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof UnknownValue) return 'an unknown value';
  if (value instanceof ExactNumber) return 'a number';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}
