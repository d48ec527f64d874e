import type { DynamicValue } from '../../protocol/tfprotov6/types';
import { decodeDynamicValue, encodeDynamicValue } from '../../protocol/tftypes/dynamic-value';
import type { Type } from '../../protocol/tftypes/type';
import { type ObjectValue, type Value, isObjectValue } from '../../protocol/tftypes/value';
import { BUG_REPORT_DETAIL, type Diagnostics } from '../diagnostics';

/**
 * Decodes an object-typed DynamicValue. Returns null for an absent or null
 * value and undefined (with an error diagnostic) when the bytes do not match the
 * schema, which only happens when Terraform and the provider disagree on it.
 */
export function decodeObject(
  dv: DynamicValue | undefined,
  type: Type,
  what: string,
  diagnostics: Diagnostics,
): ObjectValue | null | undefined {
  if (!dv || (!dv.msgpack?.length && !dv.json?.length)) return null;
  try {
    const value: Value = decodeDynamicValue(dv, type);
    if (value === null) return null;
    if (isObjectValue(value)) return value;
    throw new Error(`expected an object, got ${typeof value}`);
  } catch (err) {
    diagnostics.addError(`Unable to read the ${what}`, `${BUG_REPORT_DETAIL} ${(err as Error).message}`);
    return undefined;
  }
}

export function encodeValue(value: Value, type: Type): DynamicValue {
  return encodeDynamicValue(value, type);
}

export function decodePrivate(bytes: Uint8Array | undefined): Record<string, unknown> {
  if (!bytes || bytes.length === 0) return {};
  try {
    const parsed: unknown = JSON.parse(Buffer.from(bytes).toString('utf8'));
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export function encodePrivate(data: Record<string, unknown>): Uint8Array | undefined {
  return Object.keys(data).length === 0 ? undefined : Buffer.from(JSON.stringify(data), 'utf8');
}
