import type { DynamicValue } from '../../../protocol/tfprotov6/types';
import { encodeDynamicValue } from '../../../protocol/tftypes/dynamic-value';
import type { Value } from '../../../protocol/tftypes/value';
import type { PrivateData } from '../../resource';
import type { AttributeContainer } from '../../schema/schema';
import { containerType } from '../../schema/types';

/** A value of the container's object type; the encoder names the attribute of any value that does not fit. */
export function toProtoValue(value: Value, container: AttributeContainer): DynamicValue {
  return encodeDynamicValue(value, containerType(container));
}

/** Private data as JSON bytes; none at all when empty, as Terraform stores it. */
export function toProtoPrivate(data: PrivateData): Uint8Array | undefined {
  return Object.keys(data).length === 0 ? undefined : Buffer.from(JSON.stringify(data), 'utf8');
}
