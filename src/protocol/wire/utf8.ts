/**
 * Strict UTF-8 for protobuf strings.
 */
import { TextDecoder, TextEncoder } from 'node:util';

// node:util is loaded during Node's own bootstrap, so importing it costs nothing. Decoding is strict so a
// malformed string is an error rather than silently replaced characters.
const encoder = new TextEncoder();
let decoder: TextDecoder | undefined;

export function utf8Encode(s: string): Uint8Array {
  return encoder.encode(s);
}

export function utf8Decode(bytes: Uint8Array): string {
  decoder ??= new TextDecoder('utf-8', { fatal: true });
  return decoder.decode(bytes);
}
