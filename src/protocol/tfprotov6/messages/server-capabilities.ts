/**
 * tfplugin6.ServerCapabilities { bool plan_destroy = 1; bool get_provider_schema_optional = 2; bool move_resource_state = 3; }
 * What the provider can do, sent with its metadata and schema.
 */
import type { ProtoWriter } from '../../wire/protobuf';
import type { ServerCapabilities } from '../types';

export function writeServerCapabilities(w: ProtoWriter, field: number, caps: ServerCapabilities | undefined): void {
  if (!caps) return;
  w.messageField(field, (m) => {
    m.boolField(1, caps.planDestroy);
    m.boolField(2, caps.getProviderSchemaOptional);
    m.boolField(3, caps.moveResourceState);
  });
}
