import {
  ExactNumber,
  MAX_NUMBER_TEXT_LENGTH,
  NumberFormatError,
  compareNumbers,
  formatNumber,
} from '../../src/protocol/tftypes/exact-number';
import { type Value, isNumberValue, isObjectValue, isWhollyKnown, valueEquals } from '../../src/protocol/tftypes/value';

/** What a parse should give: a JS number, or an ExactNumber with this canonical text. */
type Parsed = number | { exact: string };
const describeParsed = (v: number | ExactNumber): Parsed => (typeof v === 'number' ? v : { exact: v.text });
const exact = (text: string): ExactNumber => ExactNumber.parse(text) as ExactNumber;

describe('ExactNumber.parse (cty.ParseNumberVal)', () => {
  const cases: [string, Parsed][] = [
    // Numbers a JS number is exactly: plain numbers, no BigInt involved.
    ['0', 0],
    ['-0', 0],
    ['42', 42],
    ['-7', -7],
    ['+5', 5],
    ['1.5', 1.5],
    ['0.1', 0.1],
    ['.5', 0.5],
    ['5.', 5],
    ['1e3', 1000],
    ['1E-7', 1e-7],
    ['0.30000000000000004', 0.30000000000000004],
    ['3.000', 3],
    ['9007199254740991', 9007199254740991],
    ['9007199254740992', 2 ** 53],
    ['18446744073709551616', 2 ** 64], // an exact double: cty compares integers exactly, and this one is exact
    ['Inf', Infinity],
    ['-inf', -Infinity],
    // Numbers no JS number holds: kept as cty's canonical text (Text('f', -1)).
    ['3.0000000000000001', { exact: '3.0000000000000001' }],
    ['3.00000000000000010', { exact: '3.0000000000000001' }],
    ['2.9999999999999999', { exact: '2.9999999999999999' }],
    ['9007199254740993', { exact: '9007199254740993' }],
    ['-9007199254740993', { exact: '-9007199254740993' }],
    ['9223372036854775807', { exact: '9223372036854775807' }],
    ['-9223372036854775809', { exact: '-9223372036854775809' }],
    ['1e400', { exact: '1' + '0'.repeat(400) }],
    ['-1.5e400', { exact: '-15' + '0'.repeat(399) }],
    ['1e-400', { exact: '0.' + '0'.repeat(399) + '1' }],
    ['0.1000000000000000055511151231257827021181583404541015625', { exact: '0.1000000000000000055511151231257827021181583404541015625' }],
    ['12345678901234567890.5e-1', { exact: '1234567890123456789.05' }],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(describeParsed(ExactNumber.parse(text))).toEqual(expected);
  });

  it.each(['', 'abc', '1.2.3', '0x10', ' 3', '3 ', 'Infinity', 'NaN', '1e', 'e5', '.', '-', '1_000'])('refuses %j (not cty number syntax)', (text) => {
    expect(() => ExactNumber.parse(text)).toThrow(NumberFormatError);
    expect(() => ExactNumber.parse(text)).toThrow(/number is required/);
  });

  it('refuses numbers whose decimal text would be absurdly long instead of expanding them', () => {
    expect(() => ExactNumber.parse('1e999999999')).toThrow(/more than 4096 digits/);
    expect(() => ExactNumber.parse('1e-99999999999999999999999')).toThrow(NumberFormatError);
    expect(() => ExactNumber.parse(`1e${MAX_NUMBER_TEXT_LENGTH - 1}`)).not.toThrow();
  });

  it('reads exact integers (msgpack int64/uint64) without rounding', () => {
    expect(ExactNumber.fromBigInt(5n)).toBe(5);
    expect(ExactNumber.fromBigInt(2n ** 60n)).toBe(2 ** 60);
    expect(describeParsed(ExactNumber.fromBigInt(2n ** 53n + 1n))).toEqual({ exact: '9007199254740993' });
    expect(describeParsed(ExactNumber.fromBigInt(-(2n ** 63n) + 1n))).toEqual({ exact: '-9223372036854775807' });
  });

  it('is immutable and prints as its text', () => {
    const n = exact('9007199254740993');
    expect(Object.isFrozen(n)).toBe(true);
    expect(String(n)).toBe('9007199254740993');
    expect(JSON.stringify({ n })).toBe('{"n":"9007199254740993"}');
    expect(n.isInteger).toBe(true);
    expect(exact('3.0000000000000001').isInteger).toBe(false);
  });
});

describe('compareNumbers', () => {
  const cases: [number | ExactNumber, number, -1 | 0 | 1][] = [
    [2, 3, -1],
    [3, 3, 0],
    // Ties with the nearest double are decided by the exact digits.
    [exact('3.0000000000000001'), 3, 1],
    [exact('2.9999999999999999'), 3, -1],
    [exact('15.000000000000001'), 15, 1],
    [exact('0.1000000000000000055511151231257827021181583404541015625'), 0.1, 0],
    [exact('0.10000000000000000555'), 0.1, -1],
    [exact('-3.0000000000000001'), -3, -1],
    [exact('-2.9999999999999999'), -3, 1],
    [exact('1e-400'), 0, 1],
    [exact('-1e-400'), 0, -1],
    // Otherwise the nearest double decides.
    [exact('9007199254740993'), 20, 1],
    [exact('-9007199254740993'), 0, -1],
    [exact('1e400'), Number.MAX_VALUE, 1],
    [exact('1e400'), Infinity, -1],
    [exact('-1e400'), -Infinity, 1],
  ];
  it.each(cases.map(([a, b, r]) => [String(a), b, r, a] as const))('%s vs %d → %d', (_label, b, expected, a) => {
    expect(compareNumbers(a, b)).toBe(expected);
  });
});

describe('formatNumber: every digit, as written', () => {
  const cases: [number | ExactNumber, string][] = [
    [3, '3'],
    [5.5, '5.5'],
    [2 ** 53, '9007199254740992'],
    [2 ** 60, '1152921504606846976'], // not JS's own "1152921504606847000"
    [1e21, '1e+21'],
    [exact('3.0000000000000001'), '3.0000000000000001'],
    [exact('9007199254740993'), '9007199254740993'],
    [exact('-9223372036854775809'), '-9223372036854775809'],
    [exact('1e400'), '1e+400'],
    [exact('-1.5e400'), '-1.5e+400'],
    [exact('1e-400'), '1e-400'],
    [exact('0.0000010000000000000000001'), '0.0000010000000000000000001'],
  ];
  it.each(cases.map(([v, s]) => [s, v] as const))('%s', (expected, value) => {
    expect(formatNumber(value)).toBe(expected);
  });
});

describe('values holding exact numbers', () => {
  it('are numbers and leaves, never objects to walk into', () => {
    const n = exact('9007199254740993');
    expect(isNumberValue(n)).toBe(true);
    expect(isObjectValue(n)).toBe(false);
    expect(isWhollyKnown({ a: [n] })).toBe(true);
  });

  const equal: [Value, Value][] = [
    [exact('9007199254740993'), exact('9007199254740993')],
    [exact('3.00000000000000010'), exact('3.0000000000000001')],
    [{ a: [exact('1e400')] }, { a: [exact('1' + '0'.repeat(400))] }],
    [0, -0],
  ];
  const different: [Value, Value][] = [
    [exact('9007199254740993'), 9007199254740992],
    [exact('3.0000000000000001'), 3],
    [exact('9007199254740993'), exact('9007199254740995')],
    [exact('9007199254740993'), '9007199254740993'],
    [{ n: exact('3.0000000000000001') }, { n: 3 }],
  ];
  it.each(equal.map(([a, b]) => [JSON.stringify(a), JSON.stringify(b), a, b] as const))('%s equals %s', (_a, _b, a, b) => {
    expect(valueEquals(a, b)).toBe(true);
    expect(valueEquals(b, a)).toBe(true);
  });
  it.each(different.map(([a, b]) => [JSON.stringify(a), JSON.stringify(b), a, b] as const))('%s differs from %s', (_a, _b, a, b) => {
    expect(valueEquals(a, b)).toBe(false);
    expect(valueEquals(b, a)).toBe(false);
  });
});
