/**
 * Numbers through the DynamicValue codec, in every msgpack encoding cty uses
 * (and the ones it accepts): what they decode to, and that encoding the decoded
 * value gives back exactly what cty's marshal would write — for everything
 * Terraform sends, the very same bytes, so a configured value echoed into a plan
 * is never changed.
 */
import { decodeDynamicValue, encodeDynamicValue } from '../../src/protocol/tftypes/dynamic-value';
import { decodeRawStateJSON } from '../../src/protocol/tftypes/json-value';
import { MsgpackReader, MsgpackWriter } from '../../src/protocol/tftypes/msgpack';
import { mapOf, objectOf } from '../../src/protocol/tftypes/type';
import { ExactNumber, type Value } from '../../src/protocol/tftypes/value';

const hex = (b: Uint8Array | undefined): string => Buffer.from(b ?? []).toString('hex');
const msgpackStr = (s: string): string => hex(new MsgpackWriter().str(s).finish());
/** A number as it comes out of the decoder: a JS number, or { exact: text }. */
type Decoded = number | { exact: string };
const describeValue = (v: Value): Decoded => (v instanceof ExactNumber ? { exact: v.text } : (v as number));

interface Case {
  /** msgpack bytes Terraform (or another cty user) may send. */
  in: string;
  decoded: Decoded;
  /** What we write back; omitted means byte-identical to `in`. */
  out?: string;
}

const cases: Record<string, Case> = {
  'positive fixint': { in: '05', decoded: 5 },
  'negative fixint': { in: 'e0', decoded: -32 },
  uint8: { in: 'cc80', decoded: 128 },
  uint16: { in: 'cd0100', decoded: 256 },
  uint32: { in: 'ceffffffff', decoded: 2 ** 32 - 1 },
  'uint64, a Zendesk-sized id': { in: 'cf00000746fa0b21fd', decoded: 8001424138749 },
  'uint64 2^53 − 1': { in: 'cf001fffffffffffff', decoded: Number.MAX_SAFE_INTEGER },
  'uint64 2^53': { in: 'cf0020000000000000', decoded: 2 ** 53 },
  'uint64 2^53 + 1': { in: 'cf0020000000000001', decoded: { exact: '9007199254740993' } },
  'uint64 2^60 (an exact double)': { in: 'cf1000000000000000', decoded: 2 ** 60 },
  'uint64 2^63 − 1': { in: 'cf7fffffffffffffff', decoded: { exact: '9223372036854775807' } },
  // cty reads a uint64 beyond int64; its marshal then writes the decimal text (not an int64, not an exact double).
  'uint64 2^64 − 1': { in: 'cfffffffffffffffff', decoded: { exact: '18446744073709551615' }, out: msgpackStr('18446744073709551615') },
  int8: { in: 'd0df', decoded: -33 },
  int16: { in: 'd1ff7f', decoded: -129 },
  int32: { in: 'd2ffff7fff', decoded: -32769 },
  'int64 −2^31 − 1': { in: 'd3ffffffff7fffffff', decoded: -(2 ** 31) - 1 },
  'int64 −2^53': { in: 'd3ffe0000000000000', decoded: -(2 ** 53) },
  'int64 −2^53 − 1': { in: 'd3ffdfffffffffffff', decoded: { exact: '-9007199254740993' } },
  'int64 −2^63': { in: 'd38000000000000000', decoded: -(2 ** 63) },
  'int64 −2^63 + 1': { in: 'd38000000000000001', decoded: { exact: '-9223372036854775807' } },
  // cty never writes these compactly, but reads them: we answer in cty's own forms.
  'int64 holding a small value': { in: 'd30000000000000005', decoded: 5, out: '05' },
  'float32 1.5': { in: 'ca3fc00000', decoded: 1.5, out: 'cb3ff8000000000000' },
  'float64 holding an integer': { in: 'cb4008000000000000', decoded: 3, out: '03' },
  'float64 1.5': { in: 'cb3ff8000000000000', decoded: 1.5 },
  'float64 0.1': { in: 'cb3fb999999999999a', decoded: 0.1 },
  'float64 +Inf': { in: 'cb7ff0000000000000', decoded: Infinity },
  'float64 −Inf': { in: 'cbfff0000000000000', decoded: -Infinity },
  // Decimal text: what cty writes for a number that is neither an int64 nor an exact float64.
  'text near-integer': { in: msgpackStr('3.0000000000000001'), decoded: { exact: '3.0000000000000001' } },
  'text negative near-integer': { in: msgpackStr('-2.9999999999999999'), decoded: { exact: '-2.9999999999999999' } },
  'text beyond int64': { in: msgpackStr('18446744073709551617'), decoded: { exact: '18446744073709551617' } },
  'text beyond −int64': { in: msgpackStr('-9223372036854775809'), decoded: { exact: '-9223372036854775809' } },
  'text 10^400 (cty writes every digit)': { in: msgpackStr('1' + '0'.repeat(400)), decoded: { exact: '1' + '0'.repeat(400) } },
  'text 10^-400': { in: msgpackStr('0.' + '0'.repeat(399) + '1'), decoded: { exact: '0.' + '0'.repeat(399) + '1' } },
  'text 2^64 (float64-exact, yet sent as text)': { in: msgpackStr('18446744073709551616'), decoded: 2 ** 64 },
  'text 0.1 (a JS number is cty-equal)': { in: msgpackStr('0.1'), decoded: 0.1, out: 'cb3fb999999999999a' },
  // Text in forms cty reads but never writes: answered in cty's canonical form.
  'text exponent 1e400': { in: msgpackStr('1e400'), decoded: { exact: '1' + '0'.repeat(400) }, out: msgpackStr('1' + '0'.repeat(400)) },
  'text exponent -1E-400': { in: msgpackStr('-1E-400'), decoded: { exact: '-0.' + '0'.repeat(399) + '1' }, out: msgpackStr('-0.' + '0'.repeat(399) + '1') },
  'text int64 beyond 2^53': { in: msgpackStr('9007199254740993'), decoded: { exact: '9007199254740993' }, out: 'cf0020000000000001' },
  'text with trailing zeros': { in: msgpackStr('3.00000000000000010'), decoded: { exact: '3.0000000000000001' }, out: msgpackStr('3.0000000000000001') },
  'text as msgpack bin': { in: 'c412' + Buffer.from('3.0000000000000001').toString('hex'), decoded: { exact: '3.0000000000000001' }, out: msgpackStr('3.0000000000000001') },
  'text Inf': { in: msgpackStr('-Inf'), decoded: -Infinity, out: 'cbfff0000000000000' },
};

describe('numbers through the msgpack codec', () => {
  it.each(Object.entries(cases))('%s', (_name, c) => {
    const value = decodeDynamicValue({ msgpack: Buffer.from(c.in, 'hex') }, 'number');
    expect(describeValue(value)).toEqual(c.decoded);
    expect(hex(encodeDynamicValue(value, 'number').msgpack)).toBe(c.out ?? c.in);
  });

  it('keeps exact numbers inside objects, lists and maps', () => {
    const type = objectOf({ id: 'number', ids: mapOf('number') });
    const value = { id: ExactNumber.parse('9007199254740993'), ids: { a: ExactNumber.parse('3.0000000000000001'), b: 1 } };
    const bytes = encodeDynamicValue(value, type);
    expect(decodeDynamicValue(bytes, type)).toEqual(value);
    expect(hex(encodeDynamicValue(decodeDynamicValue(bytes, type), type).msgpack)).toBe(hex(bytes.msgpack));
  });

  it.each([
    ['not a number', msgpackStr('abc'), /number is required, found a string that is not a number/],
    ['whitespace around a number', msgpackStr(' 3'), /number is required/],
    ['an absurd exponent', msgpackStr('1e999999999'), /more than 4096 digits/],
  ])('refuses text that is %s, naming the attribute', (_name, h, message) => {
    const type = objectOf({ n: 'number' });
    const bytes = Buffer.from('81a16e' + h, 'hex');
    expect(() => decodeDynamicValue({ msgpack: bytes }, type)).toThrow(message);
    expect(() => decodeDynamicValue({ msgpack: bytes }, type)).toThrow(/\(at \.n\)/);
  });
});

describe('msgpack reader and writer at the 2^53 boundary', () => {
  it('reads int64/uint64 beyond ±2^53 as bigint, everything else as a number', () => {
    expect(new MsgpackReader(Buffer.from('cf001fffffffffffff', 'hex')).number()).toBe(Number.MAX_SAFE_INTEGER);
    expect(new MsgpackReader(Buffer.from('cf0020000000000001', 'hex')).number()).toBe(2n ** 53n + 1n);
    expect(new MsgpackReader(Buffer.from('d3ffdfffffffffffff', 'hex')).number()).toBe(-(2n ** 53n) - 1n);
    const array = new MsgpackReader(Buffer.from('92cf0020000000000001cd0100', 'hex'));
    expect([array.arrayHeader(), array.number(), array.number(), array.done()]).toEqual([2, 2n ** 53n + 1n, 256, true]);
  });

  it('writes exact integers in the compact int formats', () => {
    expect(hex(new MsgpackWriter().bigInt(5n).finish())).toBe('05');
    expect(hex(new MsgpackWriter().bigInt(-(2n ** 40n)).finish())).toBe('d3ffffff0000000000');
    expect(hex(new MsgpackWriter().bigInt(2n ** 53n + 1n).finish())).toBe('cf0020000000000001');
    expect(hex(new MsgpackWriter().bigInt(-(2n ** 63n)).finish())).toBe('d38000000000000000');
    expect(() => new MsgpackWriter().bigInt(2n ** 63n)).toThrow(/not an int64/);
  });

  it('writes 8-byte ints without BigInt exactly like BigInt would', () => {
    for (const n of [2 ** 32, 8001424138749, 2 ** 53 - 1, 2 ** 62, 2 ** 63 - 1024, -(2 ** 31) - 1, -(2 ** 53), -(2 ** 63)]) {
      const viaBigInt = Buffer.alloc(8);
      if (n >= 0) viaBigInt.writeBigUInt64BE(BigInt(n));
      else viaBigInt.writeBigInt64BE(BigInt(n));
      expect(hex(new MsgpackWriter().int(n).finish()).slice(2)).toBe(viaBigInt.toString('hex'));
    }
  });
});

describe('numbers in state JSON keep every digit', () => {
  const type = objectOf({ n: 'number', s: 'string', m: mapOf('number') });
  const read = (json: string) => decodeRawStateJSON(Buffer.from(json), type) as Record<string, Value>;

  it.each([
    ['3.0000000000000001', { exact: '3.0000000000000001' }],
    ['9007199254740993', { exact: '9007199254740993' }],
    ['-9007199254740993', { exact: '-9007199254740993' }],
    ['1e400', { exact: '1' + '0'.repeat(400) }],
    ['"9007199254740993"', { exact: '9007199254740993' }],
    ['8001424138749', 8001424138749],
    ['0.1', 0.1],
    ['1.5e3', 1500],
  ] as [string, Decoded][])('%s', (token, expected) => {
    expect(describeValue(read(`{"n": ${token}}`).n)).toEqual(expected);
  });

  it('converts an exact number to a string attribute by its digits, as cty/json does', () => {
    expect(read('{"s": 9007199254740993}').s).toBe('9007199254740993');
  });

  it('never mistakes an exact number for an object', () => {
    expect(() => read('{"m": 9007199254740993}')).toThrow(/map is required, got JSON a number/);
    const m = read('{"m": {"a": 9007199254740993}}').m as Record<string, Value>;
    expect(describeValue(m.a)).toEqual({ exact: '9007199254740993' });
  });
});
