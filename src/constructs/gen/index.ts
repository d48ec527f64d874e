// Bindings of the zendesk provider (zendesk-iac/zendesk 0.1.0).
// DO NOT EDIT: regenerate with `npm run generate` (src/codegen/cdktf-bindings.ts).

export * as messagingSettings from './messaging-settings';
export * as dataZendeskMessagingSettings from './data-zendesk-messaging-settings';
export * as provider from './provider';
