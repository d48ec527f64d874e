/** Option parsers and output helpers shared by the CLI's commands (kept light: loaded on every CLI start). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InvalidArgumentError } from 'commander';

/** A repeatable option: each occurrence appends. */
export const collect = (value: string, previous: string[] = []) => [...previous, value];

/** A whole-number option from `min` to `max` (commander reports the message with the option's name). */
export function wholeNumber(min: number, max = Number.MAX_SAFE_INTEGER) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(max === Number.MAX_SAFE_INTEGER ? `expected a whole number of at least ${min}, got "${value}"` : `expected a whole number from ${min} to ${max}, got "${value}"`);
    }
    return n;
  };
}

/** Writes a report, creating its directory. */
export function writeOutput(file: string, content: string): void {
  mkdirSync(dirname(resolve(file)), { recursive: true });
  writeFileSync(file, content);
}
