/** The msgpack extension types cty writes for unknown values (go-cty cty/msgpack). */
export const EXT_UNKNOWN = 0;
/** A refined unknown (Terraform ≥ 1.6): its payload is kept verbatim, so echoing it back is byte-identical. */
export const EXT_UNKNOWN_REFINED = 12;
/** A plain unknown as cty writes it: fixext1 `d4 00 00`. */
export const UNKNOWN_BYTES = Uint8Array.of(0xd4, EXT_UNKNOWN, 0);
