/**
 * tfplugin6.AttributePath { repeated Step steps = 1; }
 * Step { oneof selector { string attribute_name = 1; string element_key_string = 2; int64 element_key_int = 3; } }
 *
 * Members of a oneof are always written, even when they hold the default
 * ("" or 0): otherwise `list[0]` or `map[""]` would arrive as an empty step.
 */
import { ProtoWriter, WireType, utf8Encode } from '../../wire/protobuf';
import type { AttributePathStep } from '../types';

export function writeAttributePath(w: ProtoWriter, field: number, steps: readonly AttributePathStep[]): void {
  w.messageField(field, (path) => {
    for (const step of steps) {
      path.messageField(1, (s) => writeStep(s, step));
    }
  });
}

function writeStep(s: ProtoWriter, step: AttributePathStep): void {
  if ('attributeName' in step) {
    s.key(1, WireType.LengthDelimited).lengthDelimited(utf8Encode(step.attributeName));
  } else if ('elementKeyString' in step) {
    s.key(2, WireType.LengthDelimited).lengthDelimited(utf8Encode(step.elementKeyString));
  } else if ('elementKeyInt' in step) {
    s.key(3, WireType.Varint).int(step.elementKeyInt);
  } else {
    throw new Error(`invalid attribute path step: ${JSON.stringify(step)}`);
  }
}
