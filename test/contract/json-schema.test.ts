import { type Schema, validate } from '../support/json-schema';

/** The checker the contract tests rely on: each keyword both accepts what fits and reports what does not. */
describe('json-schema checker', () => {
  const defs: Record<string, Schema> = {
    Category: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } } },
    Counts: { type: 'object', properties: { active_count: { type: 'integer' } }, required: ['active_count'] },
  };
  const resolve = (ref: string) => {
    const name = ref.replace('#/components/schemas/', '');
    if (!defs[name]) throw new Error(`unresolved ${ref}`);
    return defs[name];
  };
  const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

  it('reports any keyword it does not know, so a schema cannot outgrow it silently', () => {
    expect(validate({ type: 'string', maxLength: 3 }, 'abcdef')).toEqual(['$: schema keyword "maxLength" is not supported by this checker']);
    expect(validate({ type: 'object', unevaluatedProperties: { type: 'string' } }, {})).toEqual([
      '$: only "unevaluatedProperties": false is supported by this checker',
    ]);
  });

  it('treats annotations as annotations', () => {
    expect(validate({ type: 'integer', format: 'int64', readOnly: true, example: 'not an integer', description: 'x' }, 5)).toEqual([]);
  });

  it('allows null besides the type with OpenAPI 3.0 nullable', () => {
    expect(validate({ type: 'string', nullable: true }, null)).toEqual([]);
    expect(validate({ type: 'string' }, null)).toEqual(['$: expected string, got null']);
    expect(validate({ type: 'string', nullable: true }, 3)).toEqual(['$: expected string or null, got integer']);
  });

  it('checks numbers and strings against their bounds and patterns', () => {
    expect(validate({ type: 'integer', minimum: 300, maximum: 172800 }, 299)).toEqual(['$: below 300']);
    expect(validate({ type: 'integer', minimum: 300, maximum: 172800 }, 172801)).toEqual(['$: above 172800']);
    expect(validate({ type: 'string', pattern: '^https?://' }, 'ftp://x')).toEqual(['$: "ftp://x" does not match /^https?:///']);
    expect(validate({ type: 'string', minLength: 1 }, '')).toEqual(['$: shorter than 1']);
  });

  it('requires exactly one oneOf alternative and at least one anyOf alternative', () => {
    const value = { oneOf: [{ type: 'string' }, { type: 'integer' }, { type: 'array', items: { type: 'string' } }] };
    expect(validate(value, '1')).toEqual([]);
    expect(validate(value, ['a'])).toEqual([]);
    expect(validate(value, null)).toEqual([
      '$: fits none of the 3 oneOf alternatives (#1: $: expected string, got null; #2: $: expected integer, got null; #3: $: expected array, got null)',
    ]);
    expect(validate({ oneOf: [{ type: 'number' }, { type: 'integer' }] }, 2)).toEqual(['$: fits 2 oneOf alternatives, exactly one is allowed']);
    expect(validate({ anyOf: [{ type: 'number' }, { type: 'integer' }] }, 2)).toEqual([]);
    expect(validate({ anyOf: [{ type: 'string' }] }, 2)).toHaveLength(1);
  });

  it('resolves $ref, applies its siblings, and counts what it evaluated for unevaluatedProperties', () => {
    const closedCategory = { ...ref('Category'), required: ['id'], unevaluatedProperties: false };
    expect(validate(closedCategory, { id: '1', name: 'x' }, '$', { resolve })).toEqual([]);
    expect(validate(closedCategory, { name: 'x', url: 'u' }, '$', { resolve })).toEqual(['$: missing "id"', '$: unexpected "url"']);
    expect(validate(ref('Category'), { id: 1 }, '$', { resolve })).toEqual(['$.id: expected string, got integer']);
    expect(validate(ref('Category'), {})).toEqual(['$: "$ref" #/components/schemas/Category but no resolver was given']);
  });

  it('closes a composition with unevaluatedProperties: false (allOf, and the anyOf branches that fit)', () => {
    const item = { type: 'object', allOf: [ref('Category')], anyOf: [ref('Counts')], unevaluatedProperties: false };
    expect(validate(item, { id: '1', active_count: 2 }, '$', { resolve })).toEqual([]);
    expect(validate(item, { id: '1', active_count: 2, extra: true }, '$', { resolve })).toEqual(['$: unexpected "extra"']);
    // additionalProperties: false only sees its own properties, which is why compositions need unevaluatedProperties
    expect(validate({ allOf: [ref('Category')], additionalProperties: false }, { id: '1' }, '$', { resolve })).toEqual(['$: unexpected "id"']);
  });

  it('checks additional properties against a schema', () => {
    expect(validate({ type: 'object', additionalProperties: { type: 'boolean' } }, { a: true, b: 'no' })).toEqual(['$.b: expected boolean, got string']);
  });
});
