// Bindings of the zendesk provider (zendesk-iac/zendesk 0.1.0).
// DO NOT EDIT: regenerate with `npm run generate` (src/codegen/cdktf-bindings.ts).

export * as capacityRule from './capacity-rule';
export * as customTicketStatus from './custom-ticket-status';
export * as messagingSettings from './messaging-settings';
export * as omnichannelQueue from './omnichannel-queue';
export * as omnichannelQueueOrder from './omnichannel-queue-order';
export * as routingAttribute from './routing-attribute';
export * as routingAttributeValue from './routing-attribute-value';
export * as routingConfiguration from './routing-configuration';
export * as trigger from './trigger';
export * as dataZendeskAgent from './data-zendesk-agent';
export * as dataZendeskCustomTicketStatus from './data-zendesk-custom-ticket-status';
export * as dataZendeskGroup from './data-zendesk-group';
export * as dataZendeskMessagingSettings from './data-zendesk-messaging-settings';
export * as dataZendeskOmnichannelQueue from './data-zendesk-omnichannel-queue';
export * as dataZendeskTrigger from './data-zendesk-trigger';
export * as provider from './provider';
