import type { Value } from '../../protocol/tftypes/value';
import type { Validator } from './validator';

const show = (value: Value): string => JSON.stringify(value);

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

/** A whole number (the framework attaches this to every int64 attribute). */
export function wholeNumber(): Validator {
  return {
    description: 'Must be a whole number.',
    validate({ path, value }, diagnostics) {
      if (typeof value === 'number' && Number.isSafeInteger(value)) return;
      diagnostics.addAttributeError(
        path,
        'Invalid attribute value',
        `${path} must be a whole number, got ${show(value)}. Remove the fraction or use a smaller value.`,
      );
    },
  };
}

/** A number within [min, max]; `unit` makes the message say what the number counts. */
export function between(min: number, max: number, unit = ''): Validator {
  const suffix = unit ? ` ${unit}` : '';
  return {
    description: `Must be between ${min} and ${max}${suffix}.`,
    validate({ path, value }, diagnostics) {
      if (typeof value === 'number' && value >= min && value <= max) return;
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
      if (typeof value === 'number' && value >= min) return;
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
