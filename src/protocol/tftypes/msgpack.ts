/**
 * A small msgpack encoder/decoder: just the formats cty's msgpack codec
 * (github.com/zclconf/go-cty/cty/msgpack, via vmihailenco/msgpack) reads and
 * writes, plus extension types, which carry terraform's unknown values.
 *
 * Why our own: a general msgpack library costs start-up time and hides the
 * byte-level choices that must match cty (compact ints, float64 only,
 * fixext1 for a plain unknown). The type-directed walk lives in
 * ./dynamic-value.ts; these files only know msgpack.
 */
export { type MsgpackKind, kindOf } from './msgpack-format';
export { MsgpackWriter } from './msgpack-writer';
export { type MsgpackExt, MsgpackReader } from './msgpack-reader';
