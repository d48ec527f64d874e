import { ExactNumber } from './exact-number';

export { ExactNumber, NumberFormatError, compareNumbers, formatNumber, isExactNumber } from './exact-number';

/**
 * Terraform values as plain JavaScript data.
 *
 * null is a null value of any type; lists, sets and tuples are arrays; objects and
 * maps are plain records; numbers are JS numbers, or an {@link ExactNumber} for the
 * rare number no JS number holds exactly (3.0000000000000001, integers beyond 2^53),
 * so that echoing a value back never rounds it. The other special value is
 * "unknown" (known after apply). Terraform ≥ 1.6 may send refined
 * unknowns (msgpack extension 12, e.g. "not null" or a string prefix); we treat them
 * as unknown but keep the raw refinement bytes so that echoing a value back into a
 * plan never loses a refinement Terraform already knows.
 */
export class UnknownValue {
  /** Raw msgpack extension payload of a refined unknown (ext type 12), if any. */
  constructor(readonly refinements?: Uint8Array) {}
  toString(): string {
    return '(known after apply)';
  }
  toJSON(): string {
    return '(known after apply)';
  }
}

/** The plain unknown value (msgpack extension 0). */
export const UNKNOWN: UnknownValue = Object.freeze(new UnknownValue()) as UnknownValue;

export type Value =
  | null
  | boolean
  | number
  | ExactNumber
  | string
  | UnknownValue
  | readonly Value[]
  | { readonly [name: string]: Value };
export type ObjectValue = { readonly [name: string]: Value };

export function isUnknown(value: unknown): value is UnknownValue {
  return value instanceof UnknownValue;
}

export function isObjectValue(value: Value | undefined): value is ObjectValue {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    !(value instanceof UnknownValue) &&
    !(value instanceof ExactNumber)
  );
}

/** A known number: a JS number, or an ExactNumber where no JS number is exact. */
export function isNumberValue(value: Value | undefined): value is number | ExactNumber {
  return typeof value === 'number' || value instanceof ExactNumber;
}

/** True when the value and everything inside it is known. */
export function isWhollyKnown(value: Value): boolean {
  if (isUnknown(value)) return false;
  if (Array.isArray(value)) return value.every(isWhollyKnown);
  if (isObjectValue(value)) return Object.values(value).every(isWhollyKnown);
  return true;
}

/**
 * Structural equality; unknown equals only unknown, regardless of refinements.
 * Exact numbers compare by their decimal text, and never equal a JS number (if a
 * JS number were that number, the decoder would have produced it instead).
 */
export function valueEquals(a: Value, b: Value): boolean {
  if (a === b) return true;
  if (isUnknown(a) || isUnknown(b)) return isUnknown(a) && isUnknown(b);
  if (a instanceof ExactNumber || b instanceof ExactNumber) {
    return a instanceof ExactNumber && b instanceof ExactNumber && a.text === b.text;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => valueEquals(item, (b as readonly Value[])[i]));
  }
  if (isObjectValue(a) && isObjectValue(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) if (!valueEquals(a[key] ?? null, b[key] ?? null)) return false;
    return true;
  }
  return false;
}
