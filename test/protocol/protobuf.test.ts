import { ProtoReader, ProtoWriter, WireType, readMapEntry } from '../../src/protocol/wire/protobuf';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
const bytes = (h: string): Uint8Array => Uint8Array.from(Buffer.from(h.replace(/\s+/g, ''), 'hex'));

describe('protobuf writer', () => {
  it('writes the examples from the protobuf encoding guide byte for byte', () => {
    expect(hex(new ProtoWriter().int64Field(1, 150).finish())).toBe('089601');
    expect(hex(new ProtoWriter().stringField(2, 'testing').finish())).toBe('120774657374696e67');
    expect(hex(new ProtoWriter().messageField(3, (m) => m.int64Field(1, 150)).finish())).toBe('1a03089601');
    expect(hex(new ProtoWriter().packedInt64Field(4, [3, 270, 86942]).finish())).toBe('2206038e029ea705');
  });

  it('omits proto3 defaults but always writes present messages', () => {
    const w = new ProtoWriter()
      .int64Field(1, 0)
      .boolField(2, false)
      .stringField(3, '')
      .bytesField(4, new Uint8Array(0))
      .stringField(5, undefined)
      .messageField(6, () => undefined);
    expect(hex(w.finish())).toBe('3200');
  });

  it('writes negative int64 as ten-byte two’s complement', () => {
    expect(hex(new ProtoWriter().int(-1).finish())).toBe('ffffffffffffffffff01');
    expect(hex(new ProtoWriter().int(-2).finish())).toBe('feffffffffffffffff01');
    expect(hex(new ProtoWriter().int(-(2 ** 31)).finish())).toBe('80808080f8ffffffff01');
  });

  it('rejects numbers that are not safe integers', () => {
    expect(() => new ProtoWriter().uint(-1)).toThrow(/unsigned/);
    expect(() => new ProtoWriter().int(1.5)).toThrow(/safe integer/);
    expect(() => new ProtoWriter().int(2 ** 60)).toThrow(/safe integer/);
  });

  it('grows its buffer for large payloads', () => {
    const big = new Uint8Array(100_000).fill(7);
    const out = new ProtoWriter(4).bytesField(1, big).finish();
    const r = new ProtoReader(out);
    expect(r.tag()).toBe((1 << 3) | 2);
    expect(r.bytes()).toEqual(big);
  });
});

describe('protobuf reader', () => {
  const int64Cases = [0, 1, 127, 128, 150, 300, 2 ** 31 - 1, 2 ** 31, 2 ** 32, 2 ** 32 + 5, 2 ** 53 - 1, -1, -2, -127, -(2 ** 31), -(2 ** 32) - 3, -(2 ** 53) + 1];

  it.each(int64Cases)('round-trips int64 %d', (n) => {
    const r = new ProtoReader(new ProtoWriter().int(n).finish());
    expect(r.int64()).toBe(n);
    expect(r.done()).toBe(true);
  });

  it('reads uint64 and sign-extended int32', () => {
    expect(new ProtoReader(bytes('ffffffff0f')).uint64()).toBe(2 ** 32 - 1);
    expect(new ProtoReader(bytes('ffffffffffffffffff01')).int32()).toBe(-1);
    expect(new ProtoReader(bytes('01')).bool()).toBe(true);
    expect(new ProtoReader(bytes('00')).bool()).toBe(false);
  });

  it('decodes UTF-8 strings and rejects malformed ones', () => {
    const w = new ProtoWriter().stringField(1, 'zé 😀');
    const r = new ProtoReader(w.finish());
    r.tag();
    expect(r.string()).toBe('zé 😀');
    expect(() => new ProtoReader(bytes('02c328')).string()).toThrow();
  });

  it('skips unknown fields of every wire type, groups included', () => {
    const message = bytes(
      [
        '08 96 01', // field 1 varint
        '11 0102030405060708', // field 2 fixed64
        '1a 03 616263', // field 3 length-delimited
        '23 08 01 1a 01 78 24', // field 4 group { field 1 varint, field 3 bytes } end-group 4
        '2d 01020304', // field 5 fixed32
        '32 02 6f6b', // field 6 "ok": the one we want
      ].join(''),
    );
    const r = new ProtoReader(message);
    let wanted = '';
    while (!r.done()) {
      const key = r.tag();
      if (key >>> 3 === 6) wanted = r.expect(key, WireType.LengthDelimited).string();
      else r.skipField(key);
    }
    expect(wanted).toBe('ok');
  });

  it('reads fixed-width values', () => {
    const r = new ProtoReader(bytes('01000000 0200000000000000 000000000000f03f'));
    expect(r.fixed32()).toBe(1);
    expect(r.fixed64()).toBe(2);
    expect(r.double()).toBe(1);
  });

  it('reads repeated scalars packed and unpacked alike', () => {
    const packed = new ProtoReader(new ProtoWriter().packedInt64Field(1, [1, -1, 300]).finish());
    const unpacked = new ProtoReader(new ProtoWriter().int64Field(1, 1).int64Field(1, -1).int64Field(1, 300).finish());
    for (const r of [packed, unpacked]) {
      const out: number[] = [];
      while (!r.done()) r.repeatedInt64(r.tag(), out);
      expect(out).toEqual([1, -1, 300]);
    }
  });

  it('reads and writes map entries, defaulting missing halves', () => {
    const w = new ProtoWriter().mapField(7, { a: 'x', b: '' }, (m, v) => m.stringField(1, v));
    const r = new ProtoReader(w.finish());
    const entries: [string, string][] = [];
    while (!r.done()) {
      const key = r.tag();
      expect(key >>> 3).toBe(7);
      entries.push(
        readMapEntry(
          r,
          (e) => e.string(),
          (e) => {
            const inner = e.message();
            let s = '';
            while (!inner.done()) {
              inner.tag();
              s = inner.string();
            }
            return s;
          },
          '',
          () => '',
        ),
      );
    }
    expect(entries).toEqual([
      ['a', 'x'],
      ['b', ''],
    ]);
    // An entry with neither key nor value: both take their defaults.
    const empty = new ProtoReader(bytes('0a00'));
    empty.tag();
    expect(readMapEntry(empty, (e) => e.string(), (e) => e.string(), '', () => 'default')).toEqual(['', 'default']);
  });

  it('fails clearly on truncated or inconsistent input', () => {
    expect(() => new ProtoReader(bytes('96')).uint32()).toThrow(/truncated varint/);
    expect(() => new ProtoReader(bytes('05 6162')).bytes()).toThrow(/past the end/);
    expect(() => new ProtoReader(bytes('ffffffffffffffffffff01')).int64()).toThrow(/longer than 10 bytes/);
    expect(() => new ProtoReader(bytes('00')).tag()).toThrow(/field number 0/);
    const r = new ProtoReader(bytes('0801'));
    expect(() => r.expect(r.tag(), WireType.LengthDelimited)).toThrow(/wire type 0, expected 2/);
    expect(() => new ProtoReader(bytes('23 08 01')).skipField(new ProtoReader(bytes('23')).tag())).toThrow();
  });
});
