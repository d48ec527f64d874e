/**
 * The bodies of control API requests (/__emulator/…): read strictly, so that a malformed request is refused with 400
 * and a sentence saying what was wrong, before anything changes. A test that mistypes a control call (a count as a
 * string, a misspelled key) must fail loudly rather than run against an emulator in some other state than it meant.
 */
import type { IncomingMessage } from 'node:http';
import { ACCOUNT_NAME } from './accounts';
import { readBody } from './http';

/** What a value must be, in words for the error, when `check` refuses it. */
export interface Expectation {
  check: (value: unknown) => boolean;
  words: string;
}

export const expectation = (words: string, check: (value: unknown) => boolean): Expectation => ({ words, check });
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isWhole = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

export const BOOLEAN = expectation('true or false', (v) => typeof v === 'boolean');
export const POSITIVE_WHOLE = expectation('a whole number of at least 1', (v) => isWhole(v) && v >= 1);
export const WHOLE = expectation('a whole number of at least 0', (v) => isWhole(v) && v >= 0);
export const NON_NEGATIVE = expectation('a number of at least 0', (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0);
export const TEXT = expectation('a string', (v) => typeof v === 'string');
export const OBJECT = expectation('a JSON object', isObject);
export const ANY = expectation('any JSON value', () => true);
export const ACCOUNT = expectation('an account name (lowercase letters, digits and hyphens)', (v) => typeof v === 'string' && ACCOUNT_NAME.test(v));
export const stringMap = (words: string) => expectation(words, (v) => isObject(v) && Object.values(v).every((x) => typeof x === 'string'));
export const objectOfObjects = (words: string) => expectation(words, (v) => isObject(v) && Object.values(v).every(isObject));

/** How a control route's body must look: its keys (all optional unless `required`) and what each holds. */
export interface BodyShape {
  keys: Record<string, Expectation>;
  required?: string[];
  /** Says what the whole body is, for the error about an unknown key, e.g. `{"perMinute": <number>}`. */
  example: string;
}

/** The shape's first problem with `body`, in a sentence naming the key, or undefined when it fits. */
export function problemWith(body: Record<string, unknown>, shape: BodyShape, what = 'the body'): string | undefined {
  const unknown = Object.keys(body).filter((key) => !(key in shape.keys));
  if (unknown.length) {
    return `${what} has ${unknown.length === 1 ? 'an unknown key' : 'unknown keys'} ${unknown.map((k) => `"${k}"`).join(', ')}; expected ${shape.example}.`;
  }
  for (const key of shape.required ?? []) if (body[key] === undefined) return `${what} needs "${key}": ${shape.keys[key].words}; expected ${shape.example}.`;
  for (const [key, expectation] of Object.entries(shape.keys)) {
    const value = body[key];
    if (value !== undefined && !expectation.check(value)) return `"${key}" must be ${expectation.words}, got ${describe(value)}.`;
  }
  return undefined;
}

/** A value as the error names it: JSON, shortened, so that a huge body does not make a huge error. */
export function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/**
 * A control request's body: none, or a JSON object (or a form, as the API routes take). Anything else is a problem
 * to answer with 400: the emulator must not act on a body it could not read.
 */
export async function readControlBody(req: IncomingMessage): Promise<{ body: Record<string, unknown> } | { problem: string }> {
  const text = await readBody(req);
  if (text.trim() === '') return { body: {} };
  if (req.headers['content-type']?.includes('application/x-www-form-urlencoded')) return { body: Object.fromEntries(new URLSearchParams(text)) };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { problem: `The body is not valid JSON (it starts ${describe(text.slice(0, 40))}); send a JSON object with Content-Type: application/json.` };
  }
  if (!isObject(parsed)) return { problem: `The body must be a JSON object, got ${describe(parsed)}.` };
  return { body: parsed };
}
