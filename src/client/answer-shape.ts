/**
 * Reading Zendesk's answers as data from the network: decoders that check each part's shape and say where it was
 * wrong (`triggers[2].conditions.all` "is not a list (got a string)"), and the one error an answer of the wrong shape
 * becomes. Shared by every endpoint's decoders (triggers, custom statuses, capacity rules, …).
 */
import { ZendeskResponseError } from './errors';

/** Where an answer came from, for the error that says it had the wrong shape. */
export interface AnswerContext {
  method: string;
  path: string;
  status: number;
  attempts: number;
}

/** Thrown inside the decoders with the JSON path of the part that was wrong; turned into a ZendeskResponseError. */
export class WrongShape extends Error {
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${field} ${problem}`);
  }
}

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const kindOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : `a ${typeof v}`);

export function record(v: unknown, at: string): Record<string, unknown> {
  if (!isRecord(v)) throw new WrongShape(at, `is missing or not an object (got ${kindOf(v)})`);
  return v;
}

export function list(v: unknown, at: string): unknown[] {
  if (!Array.isArray(v)) throw new WrongShape(at, `is not a list (got ${kindOf(v)})`);
  return v;
}

export function string(v: unknown, at: string): string {
  if (typeof v !== 'string') throw new WrongShape(at, `is not a string (got ${kindOf(v)})`);
  return v;
}

export function wholeNumber(v: unknown, at: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v)) throw new WrongShape(at, `is not a whole number (got ${kindOf(v)})`);
  return v;
}

/** The error for an answer of the wrong shape at `field`: nothing of it was used. */
export function wrongAnswer(ctx: AnswerContext, field: string, message: string): never {
  throw new ZendeskResponseError(message, {
    method: ctx.method,
    path: ctx.path,
    status: ctx.status,
    attempts: ctx.attempts,
    field,
    hint:
      'Nothing in that answer was used. Check that base_url points at the Zendesk API root (not a proxy or login page); ' +
      'if it does, retry, and report the endpoint if it keeps answering this way.',
  });
}

/** Runs a decoder; a shape problem becomes the client's ZendeskResponseError for this answer. */
export function decodeAnswer<T>(body: unknown, ctx: AnswerContext, read: (body: unknown) => T): T {
  try {
    return read(body);
  } catch (err) {
    if (!(err instanceof WrongShape)) throw err;
    const what = body === undefined || body === '' ? 'an empty body' : typeof body === 'string' ? 'a body that is not JSON' : `JSON in which ${err.field} ${err.problem}`;
    return wrongAnswer(ctx, err.field, `${ctx.method} ${ctx.path} answered ${ctx.status} with ${what}.`);
  }
}
