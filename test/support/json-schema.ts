/**
 * Checks a value against a JSON Schema and returns the problems found, as
 * "path: problem" lines (empty when the value fits).
 *
 * It knows the keywords the CLI's report schema and the Zendesk contract
 * schemas (test/contract) use, and nothing else: any other keyword is a
 * problem too, so a schema can never silently outgrow this checker.
 * - validation: type, const, enum, minimum, maximum, minLength, pattern, required, properties,
 *   additionalProperties (false or a schema), unevaluatedProperties (false only), items, allOf, anyOf, oneOf, $ref;
 * - OpenAPI 3.0's `nullable: true` (null is allowed besides `type`), as Zendesk's spec is written in 3.0;
 * - annotations, which never fail a value: $schema, $id, $comment, title, description, format, readOnly,
 *   writeOnly, deprecated, example, examples (`format` is not checked: Zendesk's spec uses `int64` and the like).
 *
 * `$ref` follows JSON Schema 2020-12: its siblings apply too, and properties evaluated through it count
 * for a sibling `unevaluatedProperties: false`. References are resolved by `options.resolve`.
 */
export type Schema = Record<string, unknown>;

export interface ValidateOptions {
  /** The schema a `$ref` names; throw for a reference that does not resolve. */
  resolve?: (ref: string) => Schema;
}

const VALIDATION = [
  'type', 'const', 'enum', 'minimum', 'maximum', 'minLength', 'pattern', 'required', 'properties', 'additionalProperties',
  'unevaluatedProperties', 'items', 'allOf', 'anyOf', 'oneOf', '$ref', 'nullable',
];
const ANNOTATIONS = ['$schema', '$id', '$comment', 'title', 'description', 'format', 'readOnly', 'writeOnly', 'deprecated', 'example', 'examples'];
const KNOWN = new Set([...VALIDATION, ...ANNOTATIONS]);

interface Outcome {
  problems: string[];
  /** Property names of the value (an object) that this schema evaluated, for unevaluatedProperties. */
  evaluated: Set<string>;
}

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeOf(v) === 'object';

export function validate(schema: Schema, value: unknown, path = '$', options: ValidateOptions = {}): string[] {
  return check(schema, value, path, options).problems;
}

function check(schema: Schema, value: unknown, path: string, options: ValidateOptions): Outcome {
  const problems: string[] = [];
  const evaluated = new Set<string>();
  const absorb = (outcome: Outcome) => {
    problems.push(...outcome.problems);
    if (outcome.problems.length === 0) for (const key of outcome.evaluated) evaluated.add(key);
  };
  for (const key of Object.keys(schema)) if (!KNOWN.has(key)) problems.push(`${path}: schema keyword "${key}" is not supported by this checker`);
  if (schema.unevaluatedProperties !== undefined && schema.unevaluatedProperties !== false) {
    problems.push(`${path}: only "unevaluatedProperties": false is supported by this checker`);
  }

  if (typeof schema.$ref === 'string') {
    if (!options.resolve) problems.push(`${path}: "$ref" ${schema.$ref} but no resolver was given`);
    else absorb(check(options.resolve(schema.$ref), value, path, options));
  }
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    const actual = typeOf(value);
    const nullAllowed = schema.nullable === true && actual === 'null';
    if (!nullAllowed && !types.includes(actual) && !(actual === 'integer' && types.includes('number'))) {
      problems.push(`${path}: expected ${types.join(' or ')}${schema.nullable === true ? ' or null' : ''}, got ${actual}`);
    }
  }
  if ('const' in schema && JSON.stringify(schema.const) !== JSON.stringify(value)) problems.push(`${path}: expected ${JSON.stringify(schema.const)}`);
  if (Array.isArray(schema.enum) && !schema.enum.some((e) => JSON.stringify(e) === JSON.stringify(value))) problems.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) problems.push(`${path}: below ${schema.minimum}`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) problems.push(`${path}: above ${schema.maximum}`);
  }
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) problems.push(`${path}: shorter than ${schema.minLength}`);
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) problems.push(`${path}: ${JSON.stringify(value)} does not match /${schema.pattern}/`);
  }

  if (isObject(value)) {
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[]) if (!(key in value)) problems.push(`${path}: missing "${key}"`);
    for (const [key, v] of Object.entries(value)) {
      if (properties[key]) {
        problems.push(...check(properties[key], v, `${path}.${key}`, options).problems);
        evaluated.add(key);
      } else if (schema.additionalProperties === false) {
        problems.push(`${path}: unexpected "${key}"`);
      } else if (isObject(schema.additionalProperties)) {
        problems.push(...check(schema.additionalProperties, v, `${path}.${key}`, options).problems);
        evaluated.add(key);
      }
    }
  }
  if (Array.isArray(value) && schema.items) value.forEach((item, i) => problems.push(...check(schema.items as Schema, item, `${path}[${i}]`, options).problems));

  if (Array.isArray(schema.allOf)) for (const part of schema.allOf as Schema[]) absorb(check(part, value, path, options));
  if (Array.isArray(schema.anyOf)) {
    const outcomes = (schema.anyOf as Schema[]).map((part) => check(part, value, path, options));
    const passing = outcomes.filter((o) => o.problems.length === 0);
    if (passing.length === 0) problems.push(`${path}: fits none of the ${outcomes.length} anyOf alternatives (${summarise(outcomes)})`);
    for (const o of passing) for (const key of o.evaluated) evaluated.add(key);
  }
  if (Array.isArray(schema.oneOf)) {
    const outcomes = (schema.oneOf as Schema[]).map((part) => check(part, value, path, options));
    const passing = outcomes.filter((o) => o.problems.length === 0);
    if (passing.length === 0) problems.push(`${path}: fits none of the ${outcomes.length} oneOf alternatives (${summarise(outcomes)})`);
    else if (passing.length > 1) problems.push(`${path}: fits ${passing.length} oneOf alternatives, exactly one is allowed`);
    else for (const key of passing[0].evaluated) evaluated.add(key);
  }

  if (schema.unevaluatedProperties === false && isObject(value)) {
    for (const key of Object.keys(value)) if (!evaluated.has(key)) problems.push(`${path}: unexpected "${key}"`);
  }
  if (schema.additionalProperties !== undefined && isObject(value)) for (const key of Object.keys(value)) evaluated.add(key);
  return { problems, evaluated };
}

/** The first problem of each alternative, so a failed anyOf/oneOf says why each branch did not fit. */
function summarise(outcomes: Outcome[]): string {
  return outcomes.map((o, i) => `#${i + 1}: ${o.problems[0] ?? 'fits'}`).join('; ');
}
