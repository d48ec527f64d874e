import { type ExactNumber, type Value, compareNumbers, formatNumber, isNumberValue } from '../../protocol/tftypes/value';
import type { Validator } from './validator';

/** How a value reads in a message: a number with every digit as written (never the double it rounds to), anything else as JSON. */
const show = (value: Value): string => (isNumberValue(value) ? formatNumber(value) : JSON.stringify(value));

const isInteger = (n: number | ExactNumber): boolean => (typeof n === 'number' ? Number.isInteger(n) : n.isInteger);

/** The value must be one of a fixed set of strings (an enum). */
export function oneOf(...allowed: string[]): Validator {
  const list = allowed.map((a) => `"${a}"`).join(', ');
  return {
    description: `Must be one of: ${list}.`,
    validate({ path, value }, diagnostics) {
      if (typeof value === 'string' && allowed.includes(value)) return;
      diagnostics.addAttributeError(
        path,
        'Invalid attribute value',
        `${path} must be one of ${list}, got ${show(value)}. Change it to one of the allowed values.`,
      );
    },
  };
}

/**
 * A whole number (the framework attaches this to every int64 attribute) within
 * ±(2^53 − 1). Terraform keeps every digit of a number, so 3.0000000000000001 is
 * not 3; and beyond 2^53 − 1 neither JavaScript nor Zendesk's JSON API holds
 * every integer, so a larger value would not reach Zendesk as written.
 */
export function wholeNumber(): Validator {
  return {
    description: 'Must be a whole number.',
    validate({ path, value }, diagnostics) {
      if (typeof value === 'number' && Number.isSafeInteger(value)) return;
      let detail = `${path} must be a whole number, got ${show(value)}.`;
      if (isNumberValue(value) && isInteger(value)) {
        detail =
          `${path} must be a whole number from -${Number.MAX_SAFE_INTEGER} to ${Number.MAX_SAFE_INTEGER} (2^53 − 1), got ` +
          `${show(value)}. Integers beyond 2^53 − 1 cannot be represented exactly by JavaScript or by Zendesk's JSON API, ` +
          'so the value would not reach Zendesk as written. Zendesk IDs are far smaller: check the value.';
      } else if (isNumberValue(value) && (typeof value !== 'number' || Number.isFinite(value))) {
        const nearest = typeof value === 'number' ? value : Number(value.text);
        const looksWhole = Number.isInteger(nearest) ? ` (Terraform keeps every digit, so this is not ${formatNumber(nearest)})` : '';
        detail = `${path} must be a whole number, got ${show(value)}${looksWhole}. Remove the fraction.`;
      }
      diagnostics.addAttributeError(path, 'Invalid attribute value', detail);
    },
  };
}

/** A number within [min, max]; `unit` makes the message say what the number counts. */
export function between(min: number, max: number, unit = ''): Validator {
  const suffix = unit ? ` ${unit}` : '';
  return {
    description: `Must be between ${min} and ${max}${suffix}.`,
    validate({ path, value }, diagnostics) {
      if (isNumberValue(value) && compareNumbers(value, min) >= 0 && compareNumbers(value, max) <= 0) return;
      diagnostics.addAttributeError(
        path,
        'Value out of range',
        `${path} must be between ${min} and ${max}${suffix}, got ${show(value)}.`,
      );
    },
  };
}

/** At least `min` (e.g. a positive id). */
export function atLeast(min: number): Validator {
  return {
    description: `Must be at least ${min}.`,
    validate({ path, value }, diagnostics) {
      if (isNumberValue(value) && compareNumbers(value, min) >= 0) return;
      diagnostics.addAttributeError(path, 'Value out of range', `${path} must be at least ${min}, got ${show(value)}.`);
    },
  };
}

/** A string matching `pattern`; `expectation` says in words what is expected. */
export function matches(pattern: RegExp, expectation: string): Validator {
  return {
    description: `Must be ${expectation}.`,
    validate({ path, value }, diagnostics) {
      if (typeof value === 'string' && pattern.test(value)) return;
      diagnostics.addAttributeError(path, 'Invalid attribute value', `${path} must be ${expectation}, got ${show(value)}.`);
    },
  };
}

/** String length in characters (not bytes: a Zendesk title of emoji counts each one once). */
export function lengthBetween(min: number, max: number): Validator {
  return {
    description: `Must be between ${min} and ${max} characters long.`,
    validate({ path, value }, diagnostics) {
      const length = typeof value === 'string' ? [...value].length : -1;
      if (length >= min && length <= max) return;
      diagnostics.addAttributeError(
        path,
        'Invalid attribute value length',
        `${path} must be between ${min} and ${max} characters long, got ${length} characters.`,
      );
    },
  };
}

/** A list or set with at most `max` elements. */
export function sizeAtMost(max: number): Validator {
  return {
    description: `At most ${max} elements.`,
    validate({ path, value }, diagnostics) {
      if (Array.isArray(value) && value.length <= max) return;
      const size = Array.isArray(value) ? value.length : 0;
      diagnostics.addAttributeError(path, 'Too many elements', `${path} may hold at most ${max} elements, got ${size}.`);
    },
  };
}
