import {
  ValueTypeError,
  decodeDynamicValue,
  decodeRawStateJSON,
  encodeDynamicValue,
  formatPath,
  impliedType,
} from '../../src/protocol/tftypes/dynamic-value';
import { type Type, listOf, mapOf, objectOf, setOf } from '../../src/protocol/tftypes/type';
import { UNKNOWN, UnknownValue, type Value, isUnknown } from '../../src/protocol/tftypes/value';

const hex = (b: Uint8Array | undefined): string => Buffer.from(b ?? []).toString('hex');
const bytes = (h: string): Uint8Array => Uint8Array.from(Buffer.from(h.replace(/\s+/g, ''), 'hex'));
const mp = (h: string) => ({ msgpack: bytes(h) });
const json = (s: string) => ({ json: Buffer.from(s) });

describe('encodeDynamicValue', () => {
  it('writes objects as maps of every attribute, sorted, null as nil', () => {
    const type = objectOf({ b: 'string', a: 'number', c: 'bool' });
    // {"a": 1, "b": "x", "c": nil}
    expect(hex(encodeDynamicValue({ b: 'x', a: 1 }, type).msgpack)).toBe('83 a161 01 a162 a178 a163 c0'.replace(/ /g, ''));
  });

  it('writes the plain unknown as fixext1 d4 00 00', () => {
    expect(hex(encodeDynamicValue(UNKNOWN, 'string').msgpack)).toBe('d40000');
    expect(hex(encodeDynamicValue(new UnknownValue(), listOf('string')).msgpack)).toBe('d40000');
  });

  it('writes numbers the way cty does', () => {
    const cases: [number, string][] = [
      [0, '00'],
      [-0, '00'],
      [42, '2a'],
      [-5, 'fb'],
      [1.5, 'cb3ff8000000000000'],
      [2 ** 53, 'cf0020000000000000'],
      [2 ** 62, 'cf4000000000000000'],
      [-(2 ** 63), 'd38000000000000000'],
      [Infinity, 'cb7ff0000000000000'],
      [-Infinity, 'cbfff0000000000000'],
    ];
    for (const [n, expected] of cases) expect(hex(encodeDynamicValue(n, 'number').msgpack)).toBe(expected);
    // Beyond int64 (but an integer): its exact decimal text (a float64 would not survive Terraform's final-plan check).
    expect(Buffer.from(encodeDynamicValue(2 ** 64, 'number').msgpack!).subarray(1).toString()).toBe('18446744073709551616');
    expect(hex(encodeDynamicValue(2 ** 64, 'number').msgpack).slice(0, 4)).toBe('b4' + '31');
    expect(() => encodeDynamicValue(NaN, 'number')).toThrow(/NaN/);
  });

  it('writes maps with sorted keys and sets/lists/tuples as arrays', () => {
    expect(hex(encodeDynamicValue({ z: 1, a: 2 }, mapOf('number')).msgpack)).toBe('82a16102a17a01');
    expect(hex(encodeDynamicValue(['b', 'a'], setOf('string')).msgpack)).toBe('92a162a161');
    expect(hex(encodeDynamicValue([true, 1], { kind: 'tuple', elements: ['bool', 'number'] }).msgpack)).toBe('92c301');
  });

  it('writes dynamic values as [type JSON, value]', () => {
    // ["string" as bin8, "hi"]
    expect(hex(encodeDynamicValue('hi', 'dynamic').msgpack)).toBe('92 c408 22737472696e6722 a26869'.replace(/ /g, ''));
    expect(hex(encodeDynamicValue(null, 'dynamic').msgpack)).toBe('c0');
    expect(hex(encodeDynamicValue(UNKNOWN, 'dynamic').msgpack)).toBe('d40000');
    const round = decodeDynamicValue(encodeDynamicValue({ b: [1, 'x'], a: true }, 'dynamic'), 'dynamic');
    expect(round).toEqual({ a: true, b: [1, 'x'] });
    expect(impliedType({ b: [1, null], a: true })).toEqual({
      kind: 'object',
      attributes: { a: 'bool', b: { kind: 'tuple', elements: ['number', 'dynamic'] } },
    });
  });
});

describe('decodeDynamicValue', () => {
  const thing = objectOf({
    id: 'string',
    tags: mapOf('string'),
    labels: setOf('string'),
    nested: objectOf({ items: listOf(objectOf({ n: 'number', on: 'bool' })) }),
  });

  it('round-trips nested objects, sets, maps and lists', () => {
    const value: Value = {
      id: 'abc',
      tags: { team: 'x', 'with space': '' },
      labels: ['b', 'a'],
      nested: { items: [{ n: 1.25, on: true }, { n: -7, on: null }] },
    };
    const dv = encodeDynamicValue(value, thing);
    expect(decodeDynamicValue(dv, thing)).toEqual(value);
  });

  it('reads unknowns anywhere, including nested', () => {
    const value: Value = { id: UNKNOWN, tags: UNKNOWN, labels: [UNKNOWN], nested: { items: UNKNOWN } };
    const back = decodeDynamicValue(encodeDynamicValue(value, thing), thing) as Record<string, Value>;
    expect(isUnknown(back.id)).toBe(true);
    expect(isUnknown(back.tags)).toBe(true);
    expect(isUnknown((back.labels as Value[])[0])).toBe(true);
  });

  it('keeps refined unknowns (ext 12) and re-encodes them byte-identically', () => {
    // cty: UnknownVal(String).Refine().NotNull().StringPrefix("foo-"): map {1: false, 2: "foo-"} in ext 12.
    const refinedString = 'c7090c 82 01 c2 02 a4666f6f2d';
    // cty: UnknownVal(List(String)).RefineNotNull(): {1: false}.
    const refinedList = 'c7030c 81 01 c2';
    for (const [h, type] of [
      [refinedString, 'string'],
      [refinedList, listOf('string')],
    ] as const) {
      const value = decodeDynamicValue(mp(h), type as Type);
      expect(value).toBeInstanceOf(UnknownValue);
      expect(hex((value as UnknownValue).refinements)).toBe(h.replace(/ /g, '').slice(6));
      expect(hex(encodeDynamicValue(value, type as Type).msgpack)).toBe(h.replace(/ /g, ''));
    }
    // Inside an object, next to known values.
    const objType = objectOf({ a: 'string', b: 'string' });
    const h = '82 a161 c7090c8201c202a4666f6f2d a162 a178'.replace(/ /g, '');
    expect(hex(encodeDynamicValue(decodeDynamicValue(mp(h), objType), objType).msgpack)).toBe(h);
  });

  it('treats zero- and one-byte extensions of any type as the plain unknown', () => {
    expect(decodeDynamicValue(mp('d40000'), 'string')).toBe(UNKNOWN);
    expect(decodeDynamicValue(mp('c7000c'), 'string')).toBe(UNKNOWN);
    expect(decodeDynamicValue(mp('d40501'), 'number')).toBe(UNKNOWN);
    expect(() => decodeDynamicValue(mp('d50501 02'.replace(' ', '')), 'number')).toThrow(/unsupported msgpack extension type 5/);
  });

  it('reads numbers from ints, floats and strings (cty writes big values as strings)', () => {
    expect(decodeDynamicValue(mp('cf0020000000000000'), 'number')).toBe(2 ** 53);
    expect(decodeDynamicValue(mp('d38000000000000000'), 'number')).toBe(-(2 ** 63));
    expect(decodeDynamicValue(mp('ca3fc00000'), 'number')).toBe(1.5);
    expect(decodeDynamicValue(encodeDynamicValue(2 ** 70, 'number'), 'number')).toBe(2 ** 70);
    expect(decodeDynamicValue(mp('a3312e35'), 'number')).toBe(1.5);
    expect(decodeDynamicValue(mp('cb7ff0000000000000'), 'number')).toBe(Infinity);
    expect(() => decodeDynamicValue(mp('a3616263'), 'number')).toThrow(/number is required/);
  });

  it('reads null and empty DynamicValues as null', () => {
    expect(decodeDynamicValue(mp('c0'), thing)).toBeNull();
    expect(decodeDynamicValue({}, thing)).toBeNull();
    expect(decodeDynamicValue(undefined, thing)).toBeNull();
  });

  it('reads the JSON form, including dynamic values', () => {
    const type = objectOf({ a: 'string', n: 'number', d: 'dynamic', s: setOf('bool') });
    expect(decodeDynamicValue(json('{"a":"x","n":2,"d":{"value":[1],"type":["list","number"]},"s":[true]}'), type)).toEqual({
      a: 'x',
      n: 2,
      d: [1],
      s: [true],
    });
  });

  describe('type mismatches are clear errors with attribute paths', () => {
    const cases: Record<string, { type: Type; hex?: string; value?: Value; message: RegExp; path: string }> = {
      'decode-string-got-int': { type: objectOf({ a: 'string' }), hex: '81a16101', message: /string is required, found msgpack int/, path: '.a' },
      'decode-missing-attribute': { type: objectOf({ a: 'string', b: 'string' }), hex: '81a161a0', message: /object with 2 attributes is required \(1 given\)/, path: '(root)' },
      'decode-unknown-attribute': { type: objectOf({ a: 'string' }), hex: '81a17aa0', message: /unsupported attribute "z"/, path: '(root)' },
      'decode-list-element': { type: objectOf({ l: listOf('bool') }), hex: '81a16c92c301', message: /bool is required/, path: '.l[1]' },
      'decode-map-element': { type: mapOf('number'), hex: '81a16bc3', message: /number is required/, path: '["k"]' },
      'decode-tuple-length': { type: { kind: 'tuple', elements: ['bool'] }, hex: '92c3c3', message: /tuple of 1 elements/, path: '(root)' },
      'decode-nan': { type: 'number', hex: 'cb7ff8000000000000', message: /NaN is not a valid number/, path: '(root)' },
      'decode-trailing-bytes': { type: 'bool', hex: 'c3c3', message: /trailing bytes/, path: '(root)' },
      'decode-truncated': { type: objectOf({ a: 'string' }), hex: '81a161a3', message: /unexpected end/, path: '.a' },
      'encode-wrong-primitive': { type: objectOf({ a: 'number' }), value: { a: 'x' }, message: /number is required, got a string/, path: '.a' },
      'encode-unknown-attribute': { type: objectOf({ a: 'number' }), value: { b: 1 }, message: /unsupported attribute "b"/, path: '(root)' },
      'encode-array-for-map': { type: objectOf({ m: mapOf('string') }), value: { m: ['x'] }, message: /map is required, got an array/, path: '.m' },
      'encode-nested-list': { type: listOf(listOf('bool')), value: [[true], [true, 3]], message: /bool is required/, path: '[1][1]' },
    };
    it.each(Object.entries(cases))('%s', (_name, c) => {
      let error: unknown;
      try {
        if (c.hex !== undefined) decodeDynamicValue(mp(c.hex), c.type);
        else encodeDynamicValue(c.value as Value, c.type);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ValueTypeError);
      expect((error as Error).message).toMatch(c.message);
      expect(formatPath((error as ValueTypeError).path)).toBe(c.path);
    });

    it('never puts the offending value into the message (it may be a secret)', () => {
      expect(() => encodeDynamicValue({ a: 'hunter2' }, objectOf({ a: 'number' }))).toThrow(/^(?!.*hunter2)/);
      try {
        decodeDynamicValue(mp('a768756e74657232'), 'number');
      } catch (e) {
        expect((e as Error).message).not.toContain('hunter2');
      }
    });
  });
});

describe('decodeRawStateJSON', () => {
  const type = objectOf({ id: 'string', size: 'number', on: 'bool', tags: mapOf('string') });

  it('fills missing attributes with null and drops ones the schema no longer has', () => {
    expect(decodeRawStateJSON(Buffer.from('{"id":"x","removed":1,"tags":{"a":"b"}}'), type)).toEqual({ id: 'x', size: null, on: null, tags: { a: 'b' } });
  });

  it('can be strict about unknown attributes', () => {
    expect(() => decodeRawStateJSON(Buffer.from('{"removed":1}'), type, { ignoreUndefinedAttributes: false })).toThrow(/unsupported attribute "removed"/);
  });

  it('converts primitives the way cty/json does', () => {
    expect(decodeRawStateJSON(Buffer.from('{"id":12,"size":"3.5","on":"true"}'), type)).toEqual({ id: '12', size: 3.5, on: true, tags: null });
    expect(() => decodeRawStateJSON(Buffer.from('{"on":"maybe"}'), type)).toThrow(/bool is required/);
    expect(() => decodeRawStateJSON(Buffer.from('{"size":"x"}'), type)).toThrow(/number is required/);
  });

  it('reports malformed JSON', () => {
    expect(() => decodeRawStateJSON(Buffer.from('{'), type)).toThrow(/invalid JSON/);
  });
});
