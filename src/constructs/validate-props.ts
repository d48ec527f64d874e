import { Token } from 'cdktf';

/**
 * Synth-time checks of construct props, in the AWS CDK style: lowercase
 * messages that include the value received and say what to change; values
 * that are unresolved tokens (known only at apply time) pass through
 * unvalidated — the provider checks them again at plan time.
 */
export function validateWholeNumberBetween(name: string, value: number | undefined, min: number, max: number, unit: string): void {
  if (value === undefined || Token.isUnresolved(value)) return;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`'${name}' must be a whole number of ${unit} from ${min} to ${max}, got '${value}'`);
  }
}

export function validateMaxLength(name: string, value: readonly unknown[] | undefined, max: number): void {
  if (value === undefined || Token.isUnresolved(value)) return;
  if (value.length > max) throw new Error(`'${name}' accepts at most ${max} items, got ${value.length}`);
}

export function validateNonEmpty(name: string, value: string | undefined): void {
  if (value === undefined || Token.isUnresolved(value)) return;
  if (value.trim() === '') throw new Error(`'${name}' must not be empty, got '${value}'`);
}

/** True when the value is known at synth time (not a token). */
export const isKnown = (value: unknown): boolean => value !== undefined && !Token.isUnresolved(value);
