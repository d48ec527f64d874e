/**
 * Room for `needed` more bytes after the first `used` bytes of `buf`: the same
 * buffer when they fit, else a copy at least twice as large (amortized O(1)
 * appends for the protobuf and msgpack writers).
 */
export function withRoom(buf: Uint8Array, used: number, needed: number): Uint8Array {
  if (used + needed <= buf.length) return buf;
  let size = buf.length * 2;
  while (size < used + needed) size *= 2;
  const next = new Uint8Array(size);
  next.set(buf.subarray(0, used));
  return next;
}
