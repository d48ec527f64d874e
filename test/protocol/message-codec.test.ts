/**
 * The field-table layer the tfplugin6 messages are written in: what one table
 * line means on the wire, read and written, and what TypeScript refuses.
 */
import { type FieldTable, enumeration, message, oneofMember, repeated, scalar, stringMapOf, stringToString, unlessEmpty, viewOf } from '../../src/protocol/wire/message-codec';
import { ProtoWriter } from '../../src/protocol/wire/protobuf';
import { all, dump, one, str, sub } from './helpers/proto-dump';

enum Colour {
  Unset = 0,
  Red = 1,
  Blue = 2,
}

interface Item {
  label: string;
  weight?: number;
}
const Item = message<Item>('Item', [
  [1, 'label', scalar.string],
  [2, 'weight', scalar.int64],
], { initial: () => ({ label: '' }) });

interface Choice {
  name?: string;
  index?: number;
}
const ChoiceCodec = message<Choice>('Choice', [
  [1, 'name', oneofMember.string],
  [2, 'index', oneofMember.int64],
], { oneof: ['name', 'index'] });

interface Everything {
  title: string;
  data?: Uint8Array;
  count?: number;
  flag?: boolean;
  colour?: Colour;
  items?: Item[];
  byName?: Record<string, Item>;
  labels?: Record<string, string>;
  choice?: Choice;
  path?: readonly string[];
}
const Names = viewOf(
  message<{ names: Item[] }>('Names', [[1, 'names', repeated(Item)]], { initial: () => ({ names: [] }) }),
  (names: readonly string[]) => ({ names: names.map((label) => ({ label })) }),
  (m): readonly string[] => m.names.map((item) => item.label),
);
const Everything = message<Everything>('Everything', [
  [1, 'title', scalar.string],
  [2, 'data', scalar.bytes],
  [3, 'count', scalar.int64],
  [4, 'flag', scalar.bool],
  [5, 'colour', enumeration<Colour>()],
  [6, 'items', repeated(Item)],
  [7, 'byName', stringMapOf(Item)],
  [8, 'labels', stringToString],
  [9, 'choice', ChoiceCodec],
  [10, 'path', unlessEmpty(Names)],
], { initial: () => ({ title: '' }) });

describe('message tables', () => {
  it('round-trips every kind of line', () => {
    const value: Everything = {
      title: 'all',
      data: Uint8Array.of(1, 2),
      count: -3,
      flag: true,
      colour: Colour.Blue,
      items: [{ label: 'a', weight: 2 }, { label: '' }],
      byName: { x: { label: 'x', weight: 1 }, y: { label: '' } },
      labels: { k: 'v', empty: '' },
      choice: { index: 0 },
      path: ['p', 'q'],
    };
    expect(Everything.decode(Everything.encode(value))).toEqual(value);
  });

  it('writes in table order, leaves out proto3 defaults and absent fields, keeps present empty messages', () => {
    const out = dump(Everything.encode({ title: '', count: 0, flag: false, colour: Colour.Unset, items: [{ label: '' }], path: [] }));
    expect([...out.keys()]).toEqual([6]);
    expect(all(out, 6)).toHaveLength(1);
    expect(sub(one(out, 6)).size).toBe(0);
    expect(Everything.decode(new Uint8Array(0))).toEqual({ title: '' });
  });

  it('writes a oneof member even when it holds the default, and refuses zero or two members', () => {
    expect(one(dump(ChoiceCodec.encode({ index: 0 })), 2)).toBe(0);
    expect(str(one(dump(ChoiceCodec.encode({ name: '' })), 1))).toBe('');
    expect(() => ChoiceCodec.encode({})).toThrow(/Choice: exactly one of name, index must be set, got \{\}/);
    expect(() => ChoiceCodec.encode({ name: 'a', index: 1 })).toThrow(/exactly one of name, index/);
  });

  it('skips unknown fields and refuses a known field with another wire type', () => {
    const w = new ProtoWriter().stringField(1, 'kept').stringField(99, 'from a newer protocol');
    w.messageField(42, (m) => m.int64Field(1, 7));
    expect(Everything.decode(w.finish())).toEqual({ title: 'kept' });
    expect(() => Everything.decode(new ProtoWriter().int64Field(1, 5).finish())).toThrow(/field 1 has wire type 0, expected 2/);
    expect(() => Item.decode(new ProtoWriter().stringField(2, 'heavy').finish())).toThrow(/field 2 has wire type 2, expected 0/);
  });

  it('accumulates repeated fields and map entries across occurrences, in order', () => {
    const w = new ProtoWriter();
    w.messageField(6, (m) => m.stringField(1, 'first'));
    w.stringField(1, 'between');
    w.messageField(6, (m) => m.stringField(1, 'second'));
    w.messageField(8, (e) => e.stringField(1, 'a').stringField(2, '1'));
    w.messageField(8, (e) => e.stringField(1, 'b'));
    w.messageField(8, (e) => e.stringField(1, 'a').stringField(2, 'again'));
    const decoded = Everything.decode(w.finish());
    expect(decoded.items).toEqual([{ label: 'first' }, { label: 'second' }]);
    expect(decoded.labels).toEqual({ a: 'again', b: '' });
  });

  it('checks each line against the interface at compile time', () => {
    // Each line below is a type error; the test file would not compile (npm run lint) if one were accepted.
    const wrong: FieldTable<Item>[] = [
      // @ts-expect-error a string property with an int64 codec
      [[1, 'label', scalar.int64]],
      // @ts-expect-error a property the interface does not have
      [[3, 'height', scalar.int64]],
      // @ts-expect-error a list property with a scalar codec
      [[2, 'weight', repeated(Item)]],
    ];
    expect(wrong).toHaveLength(3);
  });
});
