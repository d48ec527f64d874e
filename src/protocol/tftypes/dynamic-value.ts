/**
 * DynamicValue <-> JS Value, directed by the schema type, following cty's
 * msgpack and JSON codecs (go-cty cty/msgpack, cty/json) rule for rule:
 *
 * - null is msgpack nil; an unknown is extension type 0, written as fixext1
 *   `d4 00 00`; a refined unknown (Terraform ≥ 1.6) is extension type 12 whose
 *   payload we keep verbatim, so echoing it back is byte-identical.
 * - objects are maps carrying every attribute of the object type, sorted by
 *   name (null → nil); maps are maps with sorted keys; lists, sets and tuples
 *   are arrays.
 * - numbers: an int64 is a compact msgpack int, a fraction or ±Infinity a
 *   float64, anything else its decimal text (cty's Text('f', -1); see
 *   encodeNumber for the one place we differ from cty's marshal); a string is
 *   read as a number when the type says so. A number no JS number holds
 *   exactly (a near-integer, an int64 beyond 2^53) decodes to an ExactNumber
 *   and encodes back to the same bytes.
 * - `dynamic` positions hold a 2-array [type JSON as bin, value].
 *
 * Shape mismatches throw {@link ValueTypeError}, which carries an attribute
 * path so the caller can turn it into a diagnostic pointing at the attribute.
 */
export { encodeDynamicValue, impliedType } from './dynamic-value-encode';
export { decodeDynamicValue } from './dynamic-value-decode';
export { decodeRawStateJSON } from './json-value';
export { ValueTypeError, formatPath } from './value-type-error';
