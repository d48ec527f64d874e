/**
 * zendesk_messaging_settings' schemas, derived from its attribute table (attribute-map.ts) row by row: each
 * attribute's type, description and validators come from its row, and the resource declares every setting "unset
 * means unmanaged" (account-settings-schema.ts). Docs and the CDKTF bindings are generated from the result.
 */
import { type Schema, boolAttribute, stringAttribute } from '../../framework';
import { resourceAttributes, settingsOutputs } from '../account-settings-schema';
import { ATTRIBUTE_ROWS } from './attribute-map';
import { MESSAGING_SETTINGS_SCHEMA_VERSION } from './state-upgrade';

export { TYPE_NAME, ROUTING_TREATMENTS, type RoutingTreatment, ON_DESTROY, type OnDestroy } from './attribute-map';

export const messagingSettingsSchema = {
  description:
    'The messaging session settings of one Zendesk account: whether agents can end messaging sessions, how tickets of ' +
    'agent-ended sessions are routed, and automatic release on inactivity. One per account: creating it adopts the ' +
    "account's settings, destroying it follows on_destroy.",
  // 1: inactivity.timeout became inactivity.timeout_minutes, the old name a deprecated alias (state-upgrade.ts).
  version: MESSAGING_SETTINGS_SCHEMA_VERSION,
  attributes: resourceAttributes(ATTRIBUTE_ROWS),
} satisfies Schema;

/** Reads the same settings as outputs, plus whether omnichannel routing is on. */
export const messagingSettingsDataSourceSchema = {
  description: 'Reads the messaging session settings of the Zendesk account the provider is configured for (no writes).',
  attributes: {
    id: stringAttribute({ computed: true, description: 'The Zendesk account (subdomain) the settings belong to.' }),
    ...settingsOutputs(ATTRIBUTE_ROWS),
    omnichannel_routing_enabled: boolAttribute({
      computed: true,
      description: 'Whether omnichannel routing is on (settings.routing.enabled); agent_ended_session_routing needs it.',
    }),
  },
} satisfies Schema;
