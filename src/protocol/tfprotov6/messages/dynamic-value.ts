/**
 * tfplugin6.DynamicValue { bytes msgpack = 1; bytes json = 2; }
 *
 * The bytes stay opaque here: decoding them needs the schema type, which only
 * the provider knows (see ../../tftypes/dynamic-value.ts).
 */
import { ProtoReader, ProtoWriter, WireType } from '../../wire/protobuf';
import type { DynamicValue } from '../types';

/** Reads an embedded DynamicValue message (the reader is positioned at its length). */
export function readDynamicValue(reader: ProtoReader): DynamicValue {
  const r = reader.message();
  const dv: DynamicValue = {};
  while (!r.done()) {
    const key = r.tag();
    switch (key >>> 3) {
      case 1:
        dv.msgpack = r.expect(key, WireType.LengthDelimited).bytes();
        break;
      case 2:
        dv.json = r.expect(key, WireType.LengthDelimited).bytes();
        break;
      default:
        r.skipField(key);
    }
  }
  return dv;
}

/**
 * Writes a DynamicValue field. Absent (undefined) means "no value", which
 * terraform reads as null of the expected type.
 */
export function writeDynamicValue(w: ProtoWriter, field: number, dv: DynamicValue | undefined): void {
  if (!dv) return;
  w.messageField(field, (m) => {
    m.bytesField(1, dv.msgpack);
    m.bytesField(2, dv.json);
  });
}
