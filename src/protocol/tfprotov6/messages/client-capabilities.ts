/**
 * tfplugin6.ClientCapabilities { bool deferral_allowed = 1; bool write_only_attributes_allowed = 2; }
 * What this terraform can handle, sent with requests.
 */
import { ProtoReader, WireType } from '../../wire/protobuf';
import type { ClientCapabilities } from '../types';

export function readClientCapabilities(reader: ProtoReader): ClientCapabilities {
  const r = reader.message();
  const caps: ClientCapabilities = {};
  while (!r.done()) {
    const key = r.tag();
    switch (key >>> 3) {
      case 1:
        caps.deferralAllowed = r.expect(key, WireType.Varint).bool();
        break;
      case 2:
        caps.writeOnlyAttributesAllowed = r.expect(key, WireType.Varint).bool();
        break;
      default:
        r.skipField(key);
    }
  }
  return caps;
}
