/**
 * A minimal protobuf (proto3) wire format: reader, writer and message tables.
 *
 * Why hand-written: start-up time is the product's key metric and terraform
 * starts a provider 3-5 times per command; protobufjs alone costs ~12% of a
 * bare `node` start (docs/design/architecture.md#choices). We only need the wire format, not
 * reflection: the tfplugin6 messages are field-number tables
 * (./message-codec.ts, ../tfprotov6/messages) written from the published
 * field numbers.
 *
 * 64-bit integers (int64 fields such as schema versions) are exposed as JS
 * numbers: every value the protocol carries for us (versions, list indexes,
 * min/max items) is far below 2^53, and negative int64 values use the full
 * 10-byte two's-complement varint, which we decode exactly.
 */
export { WireType } from './wire-type';
export { ProtoReader, readMapEntry } from './proto-reader';
export { ProtoWriter } from './proto-writer';
export { utf8Decode, utf8Encode } from './utf8';
