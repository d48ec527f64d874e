/**
 * Protobuf messages as field-number tables: one line per field,
 * `[number, 'name', codec]`, read and written by the same two loops. A new
 * field of a tfplugin6 message is one more line; the line's name is checked
 * against the TypeScript interface and its codec against the field's type.
 *
 * Semantics are proto3's: an unknown field is skipped (terraform sends fields
 * newer than what we model), a field with the wrong wire type is an error (the
 * sender's definition differs from ours), a scalar equal to its default is not
 * written, a present message always is, and repeated fields keep their order.
 */
import { ProtoReader, readMapEntry } from './proto-reader';
import { ProtoWriter } from './proto-writer';
import { utf8Encode } from './utf8';
import { WireType } from './wire-type';

/**
 * How one field is read and written, its key included, so that singular,
 * repeated and map fields fit the same table. Properties rather than methods:
 * TypeScript then checks a line's codec against the field's type both ways.
 */
export interface FieldCodec<V> {
  /** One occurrence of the field, whose key was just read; returns the field's value so far (repeated fields accumulate). */
  readonly read: (r: ProtoReader, key: number, previous: V | undefined) => V;
  /** The field's key and value, or nothing when proto3 leaves it out (absent, or a scalar's default). */
  readonly write: (w: ProtoWriter, field: number, value: V | undefined) => void;
}

/** A table line for a field of `T`: its number, its property name and a codec of that property's type. */
type FieldLine<T> = { [K in keyof T]-?: readonly [field: number, name: K, codec: FieldCodec<Exclude<T[K], undefined>>] }[keyof T];
export type FieldTable<T> = readonly FieldLine<T>[];

export interface MessageCodec<T> extends FieldCodec<T> {
  /** The proto message's name, for error messages. */
  readonly name: string;
  decode(bytes: Uint8Array): T;
  encode(value: T): Uint8Array;
  /** Reads the fields of an already opened (embedded) message. */
  readFields(r: ProtoReader): T;
  /** Writes the fields into an already opened message (a map entry's value). */
  writeFields(w: ProtoWriter, value: T): void;
}

export interface MessageOptions<T> {
  /** A fresh value before any field is read: the TypeScript-required fields with proto3's defaults. */
  initial?: () => T;
  /** The members of a `oneof`: exactly one must be set when writing (members use {@link oneofMember} codecs). */
  oneof?: readonly (keyof T)[];
}

type AnyLine = readonly [field: number, name: string, codec: FieldCodec<unknown>];

/** A message codec from its field table (in the order the fields are written). */
export function message<T extends object>(name: string, fields: FieldTable<T>, options: MessageOptions<T> = {}): MessageCodec<T> {
  const lines = fields as unknown as readonly AnyLine[];
  const byNumber = new Map<number, AnyLine>(lines.map((line) => [line[0], line]));
  const initial = options.initial ?? (() => ({}) as T);
  const oneof = options.oneof as readonly string[] | undefined;

  const readFields = (r: ProtoReader): T => {
    const out = initial() as Record<string, unknown>;
    while (!r.done()) {
      const key = r.tag();
      const line = byNumber.get(key >>> 3);
      if (line) out[line[1]] = line[2].read(r, key, out[line[1]]);
      else r.skipField(key);
    }
    return out as T;
  };
  const writeFields = (w: ProtoWriter, value: T): void => {
    const record = value as Record<string, unknown>;
    if (oneof && oneof.filter((member) => record[member] !== undefined).length !== 1) {
      throw new Error(`${name}: exactly one of ${oneof.join(', ')} must be set, got ${JSON.stringify(value)}`);
    }
    for (const [field, property, codec] of lines) codec.write(w, field, record[property]);
  };
  return {
    name,
    readFields,
    writeFields,
    read: (r, key) => readFields(r.expect(key, WireType.LengthDelimited).message()),
    write: (w, field, value) => {
      if (value !== undefined) w.messageField(field, (m) => writeFields(m, value));
    },
    decode: (bytes) => readFields(new ProtoReader(bytes)),
    encode: (value) => {
      const w = new ProtoWriter(256);
      writeFields(w, value);
      return w.finish();
    },
  };
}

/** A scalar with proto3's implicit presence: written unless absent or equal to its default (the writer's field helpers decide). */
function implicit<V>(wireType: WireType, readValue: (r: ProtoReader) => V, writeField: (w: ProtoWriter, field: number, value: V | undefined) => void): FieldCodec<V> {
  return { read: (r, key) => readValue(r.expect(key, wireType)), write: writeField };
}

/** proto3 scalars. */
export const scalar = {
  string: implicit(WireType.LengthDelimited, (r) => r.string(), (w, field, value) => w.stringField(field, value)),
  bytes: implicit(WireType.LengthDelimited, (r) => r.bytes(), (w, field, value) => w.bytesField(field, value)),
  int64: implicit(WireType.Varint, (r) => r.int64(), (w, field, value) => w.int64Field(field, value)),
  bool: implicit(WireType.Varint, (r) => r.bool(), (w, field, value) => w.boolField(field, value)),
} as const;

/** A proto enum as the TypeScript enum `E` (values outside it are kept as numbers, as proto3 does). */
export function enumeration<E extends number>(): FieldCodec<E> {
  return implicit(WireType.Varint, (r) => r.int32() as E, (w, field, value) => w.enumField(field, value));
}

/** A member of a `oneof`: written whenever set, even to its default ("" or 0), or the choice itself would be lost. */
function explicit<V>(wireType: WireType, readValue: (r: ProtoReader) => V, writeValue: (w: ProtoWriter, value: V) => void): FieldCodec<V> {
  return {
    read: (r, key) => readValue(r.expect(key, wireType)),
    write: (w, field, value) => {
      if (value !== undefined) writeValue(w.key(field, wireType), value);
    },
  };
}

export const oneofMember = {
  string: explicit(WireType.LengthDelimited, (r) => r.string(), (w, value: string) => w.lengthDelimited(utf8Encode(value))),
  int64: explicit(WireType.Varint, (r) => r.int64(), (w, value: number) => w.int(value)),
} as const;

/** A repeated message field: every element is written, in order. */
export function repeated<V>(element: MessageCodec<V>): FieldCodec<V[]> {
  return {
    read: (r, key, previous) => {
      const list = previous ?? [];
      list.push(element.read(r, key, undefined));
      return list;
    },
    write: (w, field, values) => {
      for (const value of values ?? []) element.write(w, field, value);
    },
  };
}

/** A `map<string, V>` field of message values: one entry per key, in the record's key order. */
export function stringMapOf<V>(value: MessageCodec<V>): FieldCodec<Record<string, V>> {
  return {
    read: (r, key, previous) => {
      const [k, v] = readMapEntry(r.expect(key, WireType.LengthDelimited), (e) => e.string(), (e) => value.readFields(e.message()), '', () =>
        value.decode(new Uint8Array(0)),
      );
      return { ...previous, [k]: v };
    },
    write: (w, field, record) => {
      w.mapField(field, record, (m, v) => value.writeFields(m, v));
    },
  };
}

/** A `map<string, string>` field. */
export const stringToString: FieldCodec<Record<string, string>> = {
  read: (r, key, previous) => {
    const [k, v] = readMapEntry(r.expect(key, WireType.LengthDelimited), (e) => e.string(), (e) => e.string(), '', () => '');
    return { ...previous, [k]: v };
  },
  write: (w, field, record) => {
    for (const [k, v] of Object.entries(record ?? {})) w.messageField(field, (entry) => entry.stringField(1, k).stringField(2, v));
  },
};

/**
 * A message whose TypeScript value has another shape than its fields (an
 * AttributePath is its steps): `toMessage` and `fromMessage` convert.
 */
export function viewOf<M extends object, V>(codec: MessageCodec<M>, toMessage: (value: V) => M, fromMessage: (m: M) => V): MessageCodec<V> {
  return {
    name: codec.name,
    readFields: (r) => fromMessage(codec.readFields(r)),
    writeFields: (w, value) => codec.writeFields(w, toMessage(value)),
    read: (r, key) => fromMessage(codec.read(r, key, undefined)),
    write: (w, field, value) => codec.write(w, field, value === undefined ? undefined : toMessage(value)),
    decode: (bytes) => fromMessage(codec.decode(bytes)),
    encode: (value) => codec.encode(toMessage(value)),
  };
}

/** The field is left out when its (array) value is empty, as for a message whose emptiness means "none". */
export function unlessEmpty<V extends { readonly length: number }>(codec: FieldCodec<V>): FieldCodec<V> {
  return {
    read: codec.read,
    write: (w, field, value) => {
      if (value !== undefined && value.length > 0) codec.write(w, field, value);
    },
  };
}
