import type { DynamicValue } from '../../../protocol/tfprotov6/types';
import { decodeDynamicValue } from '../../../protocol/tftypes/dynamic-value';
import { type ObjectValue, type Value, isObjectValue } from '../../../protocol/tftypes/value';
import { BUG_REPORT_DETAIL, type Diagnostics } from '../../diagnostics';
import { decodeModel } from '../../model/decode-model';
import type { Phase } from '../../model/model-of';
import type { PrivateData } from '../../resource';
import type { AttributeContainer } from '../../schema/schema';
import { containerType } from '../../schema/types';

/**
 * Decodes an object-typed DynamicValue. Returns null for an absent or null
 * value and undefined (with an error diagnostic) when the bytes do not match
 * the schema's type, which only happens when Terraform and the provider disagree on it.
 */
export function fromProtoObject(
  dv: DynamicValue | undefined,
  container: AttributeContainer,
  what: string,
  diagnostics: Diagnostics,
): ObjectValue | null | undefined {
  if (!dv || (!dv.msgpack?.length && !dv.json?.length)) return null;
  let value: Value;
  try {
    value = decodeDynamicValue(dv, containerType(container));
  } catch (err) {
    diagnostics.addError(`Unable to read the ${what}`, `${BUG_REPORT_DETAIL} ${(err as Error).message}`);
    return undefined;
  }
  if (value === null || isObjectValue(value)) return value;
  diagnostics.addError(`Unable to read the ${what}`, `${BUG_REPORT_DETAIL} expected an object, got ${typeof value}`);
  return undefined;
}

/**
 * Decodes as fromProtoObject, and checks the value against the container's
 * model in `phase` (model/decode-model.ts), so what a resource receives has
 * the type its model promises.
 */
export function fromProtoModel(
  dv: DynamicValue | undefined,
  container: AttributeContainer,
  phase: Phase,
  what: string,
  diagnostics: Diagnostics,
): ObjectValue | null | undefined {
  const value = fromProtoObject(dv, container, what, diagnostics);
  if (!value) return value;
  return decodeModel(container, phase, value, diagnostics, `the ${what}`);
}

/** Private data as the resource wrote it (JSON); anything unreadable is no data, never a failure. */
export function fromProtoPrivate(bytes: Uint8Array | undefined): PrivateData {
  if (!bytes || bytes.length === 0) return {};
  try {
    const parsed: unknown = JSON.parse(Buffer.from(bytes).toString('utf8'));
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as PrivateData) : {};
  } catch {
    return {};
  }
}
