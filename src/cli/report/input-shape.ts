/**
 * Checking a file a user gives the CLI (a drift report, a saved plan's JSON) before anything reads it: each check
 * names the file and the field and says what was found, so a wrong file is an answer ("report.json:
 * directories[2].drifted must be a list, found a string") rather than a JavaScript error from deep in a renderer.
 */
import { controlPictures } from '../drift/safe-text';

/** A user's input that cannot be used, with what is wrong and what to do: the CLI prints its message as it is. */
export class InputError extends Error {}

/** What a JSON value is, in words: "a string", "a list", "null", "a number too large to read". */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing (the field is missing)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value === '' ? 'an empty string' : 'a string';
  if (typeof value === 'boolean') return `${value}`;
  if (typeof value === 'number') return Number.isFinite(value) ? `the number ${value}` : 'a number too large to read';
  return 'an object';
}

export type Json = Record<string, unknown>;

/** A string from the file, quoted for a message: short, and nothing in it can act on a terminal. */
const quoted = (value: string) => controlPictures(JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value));

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The checks for one file: every failure says the file, the field's path, what it must be, what it is, and `hint`. */
export class Shape {
  constructor(
    readonly source: string,
    private readonly hint: string,
  ) {}

  /** Fails with `problem` about the file, e.g. "directories[0] is in sync but lists 2 drifted resources". */
  fail(problem: string): never {
    throw new InputError(`${this.source}: ${problem}. ${this.hint}`);
  }

  private expect(path: string, what: string, value: unknown): never {
    return this.fail(`${path || 'the file'} must be ${what}, found ${kindOf(value)}`);
  }

  object(value: unknown, path: string): Json {
    return isObject(value) ? value : this.expect(path, 'an object', value);
  }

  list(value: unknown, path: string): unknown[] {
    return Array.isArray(value) ? value : this.expect(path, 'a list', value);
  }

  /** A list that older versions of the file may leave out. */
  optionalList(value: unknown, path: string): unknown[] {
    return value === undefined ? [] : this.list(value, path);
  }

  string(value: unknown, path: string): string {
    return typeof value === 'string' ? value : this.expect(path, 'a string', value);
  }

  nonEmptyString(value: unknown, path: string): string {
    return typeof value === 'string' && value !== '' ? value : this.expect(path, 'a non-empty string', value);
  }

  optionalString(value: unknown, path: string): string | undefined {
    return value === undefined || value === null ? undefined : this.string(value, path);
  }

  boolean(value: unknown, path: string): boolean {
    return typeof value === 'boolean' ? value : this.expect(path, 'true or false', value);
  }

  /** A count or a duration: a whole number from 0 that JavaScript holds exactly. */
  count(value: unknown, path: string): number {
    return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : this.expect(path, `a whole number from 0 to ${Number.MAX_SAFE_INTEGER}`, value);
  }

  oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    const expected = `one of ${allowed.map((a) => `"${a}"`).join(', ')}`;
    return typeof value === 'string' ? this.fail(`${path} must be ${expected}, found ${quoted(value)}`) : this.expect(path, expected, value);
  }

  /** A list of strings. */
  strings(value: unknown, path: string): string[] {
    return this.list(value, path).map((item, i) => this.string(item, `${path}[${i}]`));
  }
}
