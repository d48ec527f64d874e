/**
 * tfplugin6.RawState { bytes json = 1; map<string, string> flatmap = 2; }
 *
 * The stored state of a resource as terraform has it on disk, before any
 * schema is applied (UpgradeResourceState, MoveResourceState).
 */
import { ProtoReader, WireType, readMapEntry } from '../../wire/protobuf';
import type { RawState } from '../types';

const readString = (r: ProtoReader): string => r.string();

export function readRawState(reader: ProtoReader): RawState {
  const r = reader.message();
  const state: RawState = {};
  while (!r.done()) {
    const key = r.tag();
    switch (key >>> 3) {
      case 1:
        state.json = r.expect(key, WireType.LengthDelimited).bytes();
        break;
      case 2: {
        r.expect(key, WireType.LengthDelimited);
        const [k, v] = readMapEntry(r, readString, readString, '', () => '');
        (state.flatmap ??= {})[k] = v;
        break;
      }
      default:
        r.skipField(key);
    }
  }
  return state;
}
