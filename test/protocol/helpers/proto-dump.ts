/**
 * A schema-less protobuf decoder for assertions: message bytes → field
 * number → list of raw values (varints as numbers, length-delimited as
 * bytes, to be decoded again as sub-messages or strings by the test).
 */
import { ProtoReader } from '../../../src/protocol/wire/protobuf';

export type Fields = Map<number, (number | Uint8Array)[]>;

export function dump(bytes: Uint8Array): Fields {
  const r = new ProtoReader(bytes);
  const fields: Fields = new Map();
  while (!r.done()) {
    const key = r.tag();
    const field = key >>> 3;
    let value: number | Uint8Array;
    switch (key & 7) {
      case 0:
        value = r.int64();
        break;
      case 2:
        value = r.bytes();
        break;
      case 1:
        value = r.fixed64();
        break;
      case 5:
        value = r.fixed32();
        break;
      default:
        throw new Error(`unexpected wire type ${key & 7}`);
    }
    if (!fields.has(field)) fields.set(field, []);
    fields.get(field)!.push(value);
  }
  return fields;
}

export const str = (v: number | Uint8Array | undefined): string => Buffer.from(v as Uint8Array).toString('utf8');
export const sub = (v: number | Uint8Array | undefined): Fields => dump(v as Uint8Array);
export const one = (fields: Fields, n: number): number | Uint8Array | undefined => fields.get(n)?.[0];
export const all = (fields: Fields, n: number): (number | Uint8Array)[] => fields.get(n) ?? [];
