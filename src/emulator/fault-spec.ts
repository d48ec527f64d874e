/**
 * Reads a fault from a control request (POST /__emulator/faults) before it is installed: every key known and of its
 * type, a fault that does something, and no combination that cannot mean anything. A fault the emulator would
 * misread (a count of "2", a negative count, a misspelled key) would make a test pass or fail for the wrong reason.
 */
import {
  ACCOUNT,
  ANY,
  BOOLEAN,
  type BodyShape,
  type Expectation,
  NON_NEGATIVE,
  POSITIVE_WHOLE,
  TEXT,
  WHOLE,
  describe,
  expectation,
  problemWith,
  stringMap,
} from './control-input';
import type { FaultSpec } from './faults';

const METHOD = expectation('an HTTP method such as "GET" or "PUT"', (v) => typeof v === 'string' && /^[A-Za-z]+$/.test(v));
const PATH = expectation('a path below the account root starting with "/", e.g. "/api/v2/account/settings"', (v) => typeof v === 'string' && v.startsWith('/'));
const STATUS = expectation('an HTTP status from 100 to 599', (v) => typeof v === 'number' && Number.isInteger(v) && v >= 100 && v <= 599);
const SETTING_KEYS = expectation('a list of "section.key" strings', (v) => Array.isArray(v) && v.every((k) => typeof k === 'string' && /^[^.]+\.[^.]+$/.test(k)));

/** Every key of a fault, typed against FaultSpec: a new kind of fault added there must say here what it takes. */
const FAULT_KEYS: { [K in keyof FaultSpec]-?: Expectation } = {
  account: ACCOUNT,
  method: METHOD,
  path: PATH,
  count: POSITIVE_WHOLE,
  skip: WHOLE,
  status: STATUS,
  body: ANY,
  rawBody: TEXT,
  contentType: expectation('a non-empty string', (v) => typeof v === 'string' && v.trim() !== ''),
  headers: stringMap('an object of header names to string values'),
  afterHandling: BOOLEAN,
  retryAfterSeconds: WHOLE,
  latencyMs: NON_NEGATIVE,
  reset: BOOLEAN,
  cutBodyAfterBytes: WHOLE,
  dropKeys: SETTING_KEYS,
};

/** What a fault does; a fault with none of these would only count requests. */
const EFFECTS: (keyof FaultSpec)[] = ['status', 'reset', 'latencyMs', 'dropKeys', 'cutBodyAfterBytes'];
/** Keys that shape the injected answer, so they mean something only with `status`. */
const ANSWER_KEYS: (keyof FaultSpec)[] = ['body', 'rawBody', 'contentType', 'headers', 'retryAfterSeconds'];

const SHAPE: BodyShape = {
  keys: FAULT_KEYS,
  example: `a fault with some of ${Object.keys(FAULT_KEYS).join(', ')}`,
};

/** The fault, or why it cannot be installed (for a 400). */
export function readFaultSpec(body: Record<string, unknown>): { spec: FaultSpec } | { problem: string } {
  const problem = problemWith(body, SHAPE, 'the fault');
  if (problem) return { problem };
  const spec = body as FaultSpec;
  if (!EFFECTS.some((key) => spec[key] !== undefined)) return { problem: `the fault does nothing: give at least one of ${EFFECTS.join(', ')}.` };
  const orphan = ANSWER_KEYS.find((key) => spec[key] !== undefined && spec.status === undefined);
  if (orphan) return { problem: `"${orphan}" shapes the injected answer, so it needs "status" too.` };
  if (spec.body !== undefined && spec.rawBody !== undefined) return { problem: 'give "body" (sent as JSON) or "rawBody" (sent verbatim), not both.' };
  if (spec.afterHandling && spec.status === undefined && !spec.reset) return { problem: '"afterHandling" needs "status" or "reset": what to do once the request was handled.' };
  if (spec.reset && spec.status !== undefined) return { problem: `"reset" drops the connection, so it cannot answer with status ${describe(spec.status)} too: give one of them.` };
  return { spec };
}
