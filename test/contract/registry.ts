/**
 * The contract: the schema files in test/contract/schemas (Zendesk's OpenAPI schemas, copied verbatim, and
 * our error bodies), with the overrides of overrides.ts applied. Answers which schema an endpoint's answer
 * of a given status must fit, and resolves `#/components/schemas/<Name>` references across the files.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Schema, type ValidateOptions, validate } from '../support/json-schema';
import { OVERRIDES, type Override } from './overrides';

interface SchemaFile {
  source: Record<string, string>;
  /** "METHOD /path/{param}" (or "*" for every endpoint) → status (optionally "200 cursor") → schema name, null for no body. */
  responses: Record<string, Record<string, string | null>>;
  schemas: Record<string, Schema>;
}

const SCHEMA_DIR = join(__dirname, 'schemas');
const REF = /^#\/components\/schemas\/([A-Za-z0-9_]+)$/;

export interface Contract {
  schemas: Record<string, Schema>;
  responses: Record<string, Record<string, string | null>>;
  /** Where each schema came from (the file's source block). */
  sources: Record<string, Record<string, string>>;
  options: ValidateOptions;
}

function load(withOverrides: boolean): Contract {
  const schemas: Record<string, Schema> = {};
  const responses: Record<string, Record<string, string | null>> = {};
  const sources: Record<string, Record<string, string>> = {};
  for (const file of readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.json')).sort()) {
    const doc = JSON.parse(readFileSync(join(SCHEMA_DIR, file), 'utf8')) as SchemaFile;
    for (const [name, schema] of Object.entries(doc.schemas)) {
      if (schemas[name]) throw new Error(`${file}: schema ${name} is defined twice`);
      schemas[name] = schema;
      sources[name] = { file, ...doc.source };
    }
    for (const [endpoint, statuses] of Object.entries(doc.responses)) {
      for (const [status, name] of Object.entries(statuses)) {
        if (status.startsWith('$')) continue; // a $comment on the entry
        (responses[endpoint] ??= {})[status] = name;
      }
    }
  }
  if (withOverrides) for (const override of OVERRIDES) apply(override, schemas, responses, sources);
  const options: ValidateOptions = {
    resolve: (ref) => {
      const name = REF.exec(ref)?.[1];
      if (!name || !schemas[name]) throw new Error(`unresolved $ref ${ref}`);
      return schemas[name];
    },
  };
  return { schemas, responses, sources, options };
}

function apply(override: Override, schemas: Record<string, Schema>, responses: Contract['responses'], sources: Contract['sources']): void {
  const where = () => JSON.stringify(override).slice(0, 160);
  if (override.kind === 'schema') {
    if (schemas[override.name]) throw new Error(`override adds schema ${override.name}, which the spec now has: ${where()}`);
    schemas[override.name] = override.value;
    sources[override.name] = { file: 'overrides.ts', evidence: override.evidence };
    return;
  }
  if (override.kind === 'response') {
    const entry = (responses[override.endpoint] ??= {});
    if (override.status in entry) throw new Error(`override adds ${override.endpoint} ${override.status}, which is already listed: ${where()}`);
    entry[override.status] = override.schemaName;
    return;
  }
  const schema = schemas[override.schema];
  if (!schema) throw new Error(`override for unknown schema ${override.schema}`);
  const steps = override.at.split('/').slice(1);
  const last = steps.pop()!;
  let parent: Record<string, unknown> = schema;
  for (const step of steps) {
    const next = parent[step];
    if (next === null || typeof next !== 'object') throw new Error(`override path ${override.schema}${override.at} no longer exists: ${where()}`);
    parent = next as Record<string, unknown>;
  }
  const exists = last in parent;
  if (override.kind === 'replace' && !exists) throw new Error(`override replaces ${override.schema}${override.at}, which the spec no longer has: ${where()}`);
  if (override.kind === 'add' && exists) throw new Error(`override adds ${override.schema}${override.at}, which the spec now has: ${where()}`);
  parent[last] = structuredClone(override.value);
}

let cached: Contract | undefined;
let spec: Contract | undefined;
export const contract = (): Contract => (cached ??= load(true));
/** The schema files as copied, without the overrides: what Zendesk's spec alone says. */
export const specOnly = (): Contract => (spec ??= load(false));

/** The schema name an answer must fit: the endpoint's own entry for the status (and variant), else the "*" one. */
export function schemaNameFor(endpoint: string, status: number, variant?: string): string | null {
  const { responses } = contract();
  const key = variant ? `${status} ${variant}` : String(status);
  for (const entry of [responses[endpoint], responses['*']]) {
    if (entry && key in entry) return entry[key];
  }
  throw new Error(`the contract has no schema for ${endpoint} answering ${key}`);
}

/** Problems of `body` against the named schema ([] when it fits), in the contract or in the spec alone. */
export function checkAgainst(name: string, body: unknown, against: Contract = contract()): string[] {
  const { schemas, options } = against;
  if (!schemas[name]) throw new Error(`no schema ${name}`);
  return validate(schemas[name], body, '$', options);
}
