import { Diagnostics, Path, atLeast, between, lengthBetween, matches, oneOf, sizeAtMost, wholeNumber } from '../../src/framework';
import type { Validator } from '../../src/framework';
import { ExactNumber, type Value } from '../../src/protocol/tftypes/value';

const path = Path.root('inactivity').atName('timeout');

function run(validator: Validator, value: Value): Diagnostics {
  const diagnostics = new Diagnostics();
  validator.validate({ path, value, config: {} }, diagnostics);
  return diagnostics;
}

describe('built-in validators', () => {
  const cases: Record<string, { validator: Validator; ok: Value[]; bad: Value[]; mentions: string }> = {
    'one-of': { validator: oneOf('messaging', 'email'), ok: ['messaging', 'email'], bad: ['Email', '', 'sms'], mentions: '"messaging", "email"' },
    'whole-number': { validator: wholeNumber(), ok: [0, 5, -3], bad: [1.5, 2 ** 60], mentions: 'whole number' },
    between: { validator: between(3, 15, 'minutes'), ok: [3, 15, 7.5], bad: [2, 16, -1], mentions: 'between 3 and 15 minutes' },
    matches: { validator: matches(/^[a-z]+$/, 'lowercase'), ok: ['abc'], bad: ['ABC', 'a1'], mentions: 'must be lowercase' },
    'length-counts-characters': { validator: lengthBetween(1, 2), ok: ['ab', '😀😀'], bad: ['', 'abc', '😀😀😀'], mentions: 'characters' },
    'size-at-most': { validator: sizeAtMost(3), ok: [[], [1, 2, 3]], bad: [[1, 2, 3, 4]], mentions: 'at most 3' },
  };

  describe.each(Object.entries(cases))('%s', (_name, { validator, ok, bad, mentions }) => {
    it.each(ok.map((v) => [JSON.stringify(v), v]))('accepts %s', (_label, value) => {
      expect(run(validator, value as Value).hasError()).toBe(false);
    });

    it.each(bad.map((v) => [JSON.stringify(v), v]))('rejects %s with a diagnostic on the attribute', (_label, value) => {
      const [diagnostic, ...rest] = run(validator, value as Value).toArray();
      expect(rest).toHaveLength(0);
      expect(diagnostic.severity).toBe('error');
      expect(diagnostic.path?.toString()).toBe('inactivity.timeout');
      expect(diagnostic.detail).toContain(mentions);
      expect(diagnostic.detail).toContain('inactivity.timeout');
    });

    it('describes itself for the docs', () => {
      expect(validator.description).toMatch(/\.$/);
    });
  });
});

describe('validators and numbers no JS number holds (Terraform keeps every digit)', () => {
  const n = (text: string): Value => ExactNumber.parse(text);
  interface NumberCase {
    validator: Validator;
    value: Value;
    /** Undefined: accepted. Otherwise every string must be in the one error's detail. */
    rejectedWith?: string[];
    /** Strings the detail must not contain (the rounded double). */
    never?: string[];
  }
  const SAFE = 'from -9007199254740991 to 9007199254740991 (2^53 − 1)';
  const cases: Record<string, NumberCase> = {
    'whole: a near-integer is not whole': {
      validator: wholeNumber(),
      value: n('3.0000000000000001'),
      rejectedWith: ['must be a whole number, got 3.0000000000000001', 'so this is not 3', 'Remove the fraction'],
      never: ['got 3. ', 'got 3 '],
    },
    'whole: a near-integer below': { validator: wholeNumber(), value: n('-2.9999999999999999'), rejectedWith: ['got -2.9999999999999999', 'not -3'] },
    'whole: a tiny fraction': { validator: wholeNumber(), value: n('1e-400'), rejectedWith: ['got 1e-400', 'not 0'] },
    'whole: an ordinary fraction': { validator: wholeNumber(), value: 5.5, rejectedWith: ['got 5.5. Remove the fraction.'], never: ['not 5'] },
    'whole: 2^53 + 1': {
      validator: wholeNumber(),
      value: n('9007199254740993'),
      rejectedWith: [SAFE, 'got 9007199254740993', 'cannot be represented exactly by JavaScript', "Zendesk's JSON API", 'Zendesk IDs are far smaller'],
      never: ['9007199254740992', 'fraction'],
    },
    'whole: −2^53 − 1': { validator: wholeNumber(), value: n('-9007199254740993'), rejectedWith: [SAFE, 'got -9007199254740993'] },
    'whole: 2^53, a JS number but not a safe one': { validator: wholeNumber(), value: 2 ** 53, rejectedWith: [SAFE, 'got 9007199254740992'] },
    'whole: 2^60, every digit shown': { validator: wholeNumber(), value: 2 ** 60, rejectedWith: [SAFE, 'got 1152921504606846976'] },
    'whole: 10^400': { validator: wholeNumber(), value: n('1e400'), rejectedWith: [SAFE, 'got 1e+400'] },
    'whole: infinity': { validator: wholeNumber(), value: Infinity, rejectedWith: ['must be a whole number, got Infinity.'], never: ['fraction'] },
    'whole: 2^53 − 1 is fine': { validator: wholeNumber(), value: Number.MAX_SAFE_INTEGER },
    'whole: a real Zendesk status id is fine': { validator: wholeNumber(), value: 8001424138749 },
    'between: a near-integer inside the range passes (the whole-number check reports it)': { validator: between(3, 15, 'minutes'), value: n('3.0000000000000001') },
    'between: just below the minimum': {
      validator: between(3, 15, 'minutes'),
      value: n('2.9999999999999999'),
      rejectedWith: ['must be between 3 and 15 minutes, got 2.9999999999999999.'],
    },
    'between: just above the maximum': { validator: between(3, 15, 'minutes'), value: n('15.000000000000001'), rejectedWith: ['got 15.000000000000001'] },
    'between: a huge integer': { validator: between(0, 20), value: n('9007199254740993'), rejectedWith: ['must be between 0 and 20, got 9007199254740993.'] },
    'between: a huge negative integer': { validator: between(0, 20), value: n('-1e400'), rejectedWith: ['got -1e+400'] },
    'at least: just below': { validator: atLeast(1), value: n('0.99999999999999999'), rejectedWith: ['must be at least 1, got 0.99999999999999999.'] },
    'at least: −2^53 − 1': { validator: atLeast(1), value: n('-9007199254740993'), rejectedWith: ['got -9007199254740993'] },
    'at least: a huge id is at least 1 (the whole-number check reports it)': { validator: atLeast(1), value: n('9007199254740993') },
  };

  it.each(Object.entries(cases))('%s', (_name, c) => {
    const diagnostics = run(c.validator, c.value).toArray();
    if (!c.rejectedWith) {
      expect(diagnostics).toEqual([]);
      return;
    }
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0].path?.toString()).toBe('inactivity.timeout');
    expect(diagnostics[0].detail).toMatch(/^inactivity\.timeout must be/);
    for (const text of c.rejectedWith) expect(diagnostics[0].detail).toContain(text);
    for (const text of c.never ?? []) expect(diagnostics[0].detail).not.toContain(text);
  });
});

describe('Path', () => {
  it('spells paths like HCL references', () => {
    expect(Path.root('inactivity').atName('reminders').atListIndex(1).atName('tags').toString()).toBe('inactivity.reminders[1].tags');
    expect(Path.root('labels').atMapKey('a b').toString()).toBe('labels["a b"]');
    expect(Path.ROOT.isRoot).toBe(true);
  });
});

describe('Diagnostics', () => {
  it('keeps order, de-duplicates and separates errors from warnings', () => {
    const d = new Diagnostics()
      .addWarning('w', 'detail')
      .addAttributeError(Path.root('a'), 'e', 'detail')
      .addAttributeError(Path.root('a'), 'e', 'detail');
    expect(d.length).toBe(2);
    expect(d.hasError()).toBe(true);
    expect(d.errors.map((x) => x.summary)).toEqual(['e']);
    expect(d.warnings.map((x) => x.summary)).toEqual(['w']);
  });
});
