/**
 * zendesk_routing_configuration's schema, derived from its attribute table (attribute-map.ts) row by row
 * (account-settings-schema.ts): each setting's description ends with how Zendesk's fact is known, so the docs say
 * which options Zendesk documents and which are only seen in real answers (docs/design/zendesk-api.md#routing-section).
 */
import type { Schema } from '../../framework';
import { resourceAttributes } from '../account-settings-schema';
import { ATTRIBUTE_ROWS, ROUTING_CONFIGURATION } from './attribute-map';

export { TYPE_NAME } from './attribute-map';

export const routingConfigurationSchema = {
  description:
    `The omnichannel routing configuration of one Zendesk account (${ROUTING_CONFIGURATION}). One per account: creating ` +
    "it adopts the account's configuration and changes only the settings listed; destroying it follows on_destroy. " +
    'How tickets of agent-ended messaging sessions are routed stays on zendesk_messaging_settings ' +
    '(agent_ended_session_routing); each resource writes only its own keys.',
  attributes: resourceAttributes(ATTRIBUTE_ROWS, { sayEvidence: true }),
} satisfies Schema;
