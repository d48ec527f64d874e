/** Option parsers and output helpers shared by the CLI's commands (kept light: loaded on every CLI start). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InvalidArgumentError } from 'commander';

/** A repeatable option: each occurrence appends. */
export const collect = (value: string, previous: string[] = []) => [...previous, value];

/** A whole-number option of at least `min` (commander reports the message with the option's name). */
export function wholeNumber(min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`expected a whole number of at least ${min}, got "${value}"`);
    return n;
  };
}

/** Writes a report, creating its directory. */
export function writeOutput(file: string, content: string): void {
  mkdirSync(dirname(resolve(file)), { recursive: true });
  writeFileSync(file, content);
}
