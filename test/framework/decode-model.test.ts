import { Diagnostics, PHASE, type Phase, decodeModel, providerDataOf } from '../../src/framework';
import { ExactNumber, UNKNOWN, type ObjectValue, type Value } from '../../src/protocol/tftypes/value';
import { WIDGET_OUTPUTS, WIDGET_SCHEMA } from './fakes/widget-schema';

const known: ObjectValue = {
  id: 'w1', name: 'n', size: 3, mode: null, tags: ['a', null], labels: { k: 'v' }, flag: true,
  inner: { a: 'x', b: null }, items: [{ n: ExactNumber.parse('9007199254740993') }], rule: [{ field: 'f' }],
};
const config: ObjectValue = { ...known, id: null };

interface Case {
  phase: Phase;
  value: Value;
  /** [path, summary] of every error, in order; [] when the value fits. */
  errors: [string, string][];
}

const MISMATCH = 'Value does not match the schema';
const cases: Record<string, Case> = {
  'state-fits': { phase: PHASE.state, value: known, errors: [] },
  'state-nulls-everywhere-fit (an import knows only the ID)': { phase: PHASE.state, value: { id: 'w1' }, errors: [] },
  'state-unknown-is-a-mismatch': { phase: PHASE.state, value: { ...known, mode: UNKNOWN }, errors: [['mode', MISMATCH]] },
  'state-unknown-list-element-is-a-mismatch': { phase: PHASE.state, value: { ...known, tags: ['a', UNKNOWN] }, errors: [['tags[1]', MISMATCH]] },
  'state-wrong-kinds-each-at-its-path': {
    phase: PHASE.state,
    value: { ...known, size: '3', labels: { k: 1 }, inner: { a: true }, items: [{ n: 1 }, 'x'], rule: { field: 'f' } },
    errors: [['size', MISMATCH], ['labels["k"]', MISMATCH], ['inner.a', MISMATCH], ['items[1]', MISMATCH], ['rule', MISMATCH]],
  },
  'state-undeclared-attribute': { phase: PHASE.state, value: { ...known, nmae: 'x' }, errors: [['nmae', MISMATCH]] },
  'state-not-an-object': { phase: PHASE.state, value: 'w1', errors: [['', MISMATCH]] },
  'config-fits-with-unknowns-at-any-depth': {
    phase: PHASE.config,
    value: { ...config, name: UNKNOWN, tags: [UNKNOWN], inner: { a: UNKNOWN, b: null }, items: [UNKNOWN], rule: UNKNOWN },
    errors: [],
  },
  'config-required-null-is-the-validation-error': {
    phase: PHASE.config,
    value: { ...config, name: null, inner: { a: null, b: null }, rule: [{ field: null }] },
    errors: [['name', 'Missing required argument'], ['inner.a', 'Missing required argument'], ['rule[0].field', 'Missing required argument']],
  },
  'config-computed-only-set': { phase: PHASE.config, value: { ...config, id: 'w1' }, errors: [['id', MISMATCH]] },
  'known-config-unknown-is-a-mismatch': { phase: PHASE.knownConfig, value: { ...config, size: UNKNOWN }, errors: [['size', MISMATCH]] },
  'plan-computed-unknown-fits': { phase: PHASE.plan, value: { ...known, id: UNKNOWN, mode: UNKNOWN }, errors: [] },
  'plan-required-null': { phase: PHASE.plan, value: { ...known, name: null }, errors: [['name', 'Missing required argument']] },
};

describe('decodeModel', () => {
  it.each(Object.entries(cases))('%s', (_name, { phase, value, errors }) => {
    const diagnostics = new Diagnostics();
    const decoded = decodeModel(WIDGET_SCHEMA, phase, value, diagnostics, 'the test value');
    expect(diagnostics.errors.map((d) => [d.path?.toString() ?? '', d.summary])).toEqual(errors);
    expect(decoded).toBe(errors.length === 0 ? value : undefined);
  });

  it('says where the value came from, what is wrong and whose bug it is, without printing the value', () => {
    const diagnostics = new Diagnostics();
    decodeModel(WIDGET_SCHEMA, PHASE.state, { ...known, name: 12345678 }, diagnostics, 'the state built from the answer');
    expect(diagnostics.errors[0].detail).toMatch(/bug in the provider.*in the state built from the answer, name is a number, not a string\.$/);
    expect(diagnostics.errors[0].detail).not.toContain('12345678');
  });

  it('accepts outputs in state and refuses them in configuration', () => {
    const diagnostics = new Diagnostics();
    expect(decodeModel(WIDGET_OUTPUTS, PHASE.state, { name: 'n' }, diagnostics)).toBeDefined();
    expect(decodeModel(WIDGET_OUTPUTS, PHASE.knownConfig, { name: 'n' }, diagnostics)).toBeUndefined();
    expect(diagnostics.errors.map((d) => d.path?.toString())).toEqual(['name']);
  });
});

describe('providerDataOf', () => {
  class Session {}
  class Other {}

  it('hands back provider data of the expected class, typed', () => {
    const session = new Session();
    const diagnostics = new Diagnostics();
    expect(providerDataOf(session, Session, diagnostics)).toBe(session);
    expect(diagnostics.length).toBe(0);
  });

  it('is no error before the provider is configured (validation)', () => {
    const diagnostics = new Diagnostics();
    expect(providerDataOf(undefined, Session, diagnostics)).toBeUndefined();
    expect(diagnostics.length).toBe(0);
  });

  it('reports provider data of another class as a provider bug naming both classes', () => {
    const diagnostics = new Diagnostics();
    expect(providerDataOf(new Other(), Session, diagnostics)).toBeUndefined();
    expect(diagnostics.errors).toEqual([
      expect.objectContaining({ summary: 'Unexpected provider data type', detail: expect.stringMatching(/expected Session, got Other\.$/) }),
    ]);
  });
});
