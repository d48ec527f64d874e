import { decodeDynamicValue } from '../../src/protocol/tftypes/dynamic-value';
import { MsgpackReader, MsgpackWriter, kindOf } from '../../src/protocol/tftypes/msgpack';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
const bytes = (h: string): Uint8Array => Uint8Array.from(Buffer.from(h.replace(/\s+/g, ''), 'hex'));

describe('msgpack writer', () => {
  // Expected bytes follow the msgpack spec and vmihailenco's compact-int choices (what cty writes).
  const ints: [number, string][] = [
    [0, '00'],
    [127, '7f'],
    [128, 'cc80'],
    [255, 'ccff'],
    [256, 'cd0100'],
    [65536, 'ce00010000'],
    [2 ** 32, 'cf0000000100000000'],
    [2 ** 53 + 2, 'cf0020000000000002'],
    [-1, 'ff'],
    [-32, 'e0'],
    [-33, 'd0df'],
    [-128, 'd080'],
    [-129, 'd1ff7f'],
    [-32769, 'd2ffff7fff'],
    [-(2 ** 31) - 1, 'd3ffffffff7fffffff'],
    [-(2 ** 63), 'd38000000000000000'],
  ];
  it.each(ints)('writes the int %d compactly', (n, expected) => {
    expect(hex(new MsgpackWriter().int(n).finish())).toBe(expected);
  });

  it('refuses non-integers and values outside int64', () => {
    expect(() => new MsgpackWriter().int(1.5)).toThrow();
    expect(() => new MsgpackWriter().int(2 ** 63)).toThrow();
  });

  it('writes floats as float64 only', () => {
    expect(hex(new MsgpackWriter().float64(1.5).finish())).toBe('cb3ff8000000000000');
    expect(hex(new MsgpackWriter().float64(Infinity).finish())).toBe('cb7ff0000000000000');
  });

  it('uses the smallest string, binary, array and map headers', () => {
    expect(hex(new MsgpackWriter().str('').finish())).toBe('a0');
    expect(hex(new MsgpackWriter().str('a'.repeat(31)).finish()).slice(0, 2)).toBe('bf');
    expect(hex(new MsgpackWriter().str('a'.repeat(32)).finish()).slice(0, 4)).toBe('d920');
    expect(hex(new MsgpackWriter().str('a'.repeat(256)).finish()).slice(0, 6)).toBe('da0100');
    expect(hex(new MsgpackWriter().str('a'.repeat(65536)).finish()).slice(0, 10)).toBe('db00010000');
    expect(hex(new MsgpackWriter().bin(Uint8Array.of(1)).finish())).toBe('c40101');
    expect(hex(new MsgpackWriter().bin(new Uint8Array(256)).finish()).slice(0, 6)).toBe('c50100');
    expect(hex(new MsgpackWriter().arrayHeader(15).finish())).toBe('9f');
    expect(hex(new MsgpackWriter().arrayHeader(16).finish())).toBe('dc0010');
    expect(hex(new MsgpackWriter().arrayHeader(70000).finish())).toBe('dd00011170');
    expect(hex(new MsgpackWriter().mapHeader(15).finish())).toBe('8f');
    expect(hex(new MsgpackWriter().mapHeader(16).finish())).toBe('de0010');
    expect(hex(new MsgpackWriter().mapHeader(70000).finish())).toBe('df00011170');
  });

  it('writes extensions with fixext headers where the length allows', () => {
    expect(hex(new MsgpackWriter().ext(0, Uint8Array.of(0)).finish())).toBe('d40000');
    expect(hex(new MsgpackWriter().ext(12, Uint8Array.of(1, 2)).finish())).toBe('d50c0102');
    expect(hex(new MsgpackWriter().ext(12, Uint8Array.of(1, 2, 3)).finish())).toBe('c7030c010203');
    expect(hex(new MsgpackWriter().ext(12, new Uint8Array(4)).finish())).toBe('d60c00000000');
    expect(hex(new MsgpackWriter().ext(12, new Uint8Array(8)).finish()).slice(0, 4)).toBe('d70c');
    expect(hex(new MsgpackWriter().ext(12, new Uint8Array(16)).finish()).slice(0, 4)).toBe('d80c');
    expect(hex(new MsgpackWriter().ext(-1, new Uint8Array(300)).finish()).slice(0, 8)).toBe('c8012cff');
  });
});

describe('msgpack reader', () => {
  it('reads every int and float format as a number', () => {
    for (const [h, n] of [
      ['05', 5],
      ['e0', -32],
      ['cc80', 128],
      ['cd0100', 256],
      ['ce00010000', 65536],
      ['cf0000000100000000', 2 ** 32],
      ['d0df', -33],
      ['d1ff7f', -129],
      ['d2ffff7fff', -32769],
      ['d3ffffffff7fffffff', -(2 ** 31) - 1],
      ['ca3fc00000', 1.5],
      ['cb3ff8000000000000', 1.5],
    ] as const) {
      expect(new MsgpackReader(bytes(h)).number()).toBe(n);
    }
  });

  it('reads strings from str and bin formats, and bytes from both', () => {
    expect(new MsgpackReader(bytes('a3616263')).str()).toBe('abc');
    expect(new MsgpackReader(bytes('c403616263')).str()).toBe('abc');
    expect(new MsgpackReader(bytes('d903616263')).str()).toBe('abc');
    expect(Buffer.from(new MsgpackReader(bytes('a3616263')).bin()).toString()).toBe('abc');
  });

  it('reads extension headers of every size', () => {
    for (const h of ['d40000', 'd50c0102', 'd60c00000000', 'd70c' + '00'.repeat(8), 'd80c' + '00'.repeat(16), 'c7030c010203', 'c800030c010203', 'c9000000030c010203']) {
      const ext = new MsgpackReader(bytes(h)).ext();
      expect([0, 12]).toContain(ext.type);
    }
    expect(new MsgpackReader(bytes('d5ff0102')).ext().type).toBe(-1);
  });

  it('skips nested values and reports kinds', () => {
    const r = new MsgpackReader(bytes('82 a161 93 01 c0 d40000 a162 c3 2a'));
    r.skip();
    expect(r.number()).toBe(42);
    expect(r.done()).toBe(true);
    expect(kindOf(0xc1 - 1)).toBe('nil');
    expect(() => kindOf(0xc1)).toThrow(/invalid format byte/);
  });

  it('decodes nested values through the type-directed decoder, and refuses trailing bytes', () => {
    const type = { kind: 'object', attributes: { a: { kind: 'tuple', elements: ['number', 'bool', 'bool'] }, b: 'number' } } as const;
    expect(decodeDynamicValue({ msgpack: bytes('82 a161 93 01 c0 c3 a162 cb3ff8000000000000') }, type)).toEqual({ a: [1, null, true], b: 1.5 });
    expect(() => decodeDynamicValue({ msgpack: bytes('0101') }, 'number')).toThrow(/trailing/);
  });

  it('fails clearly on truncated data and wrong kinds', () => {
    expect(() => new MsgpackReader(bytes('a3 6162')).str()).toThrow(/unexpected end/);
    expect(() => new MsgpackReader(bytes('a3616263')).bool()).toThrow(/expected bool, found str/);
    expect(() => new MsgpackReader(new Uint8Array(0)).peek()).toThrow(/unexpected end/);
  });
});
