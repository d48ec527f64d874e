import { Diagnostics, Path, between, lengthBetween, matches, oneOf, sizeAtMost, wholeNumber } from '../../src/framework';
import type { Validator } from '../../src/framework';
import type { Value } from '../../src/protocol/tftypes/value';

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
