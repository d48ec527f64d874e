// The CDKTF construct library (re-exports only).
//
// L1: bindings generated from the provider schema (src/constructs/gen, `npm run generate`; never edit them).
// Every resource, data source and the provider are exported with all their config and nested types;
// test/constructs/library-exports.test.ts fails when a generated binding is missing here.
// Keep imports of `cdktf` inside src/constructs: the cdktn variant (dist/cdktn, scripts/build.mjs) is this
// folder with the `cdktf` module specifier rewritten, and fails the build if a file outside it needs cdktf.
export * from './gen/provider';
export * from './gen/messaging-settings';
export * from './gen/data-zendesk-messaging-settings';
export * from './gen/routing-configuration';
export * from './gen/capacity-rule';
export * from './gen/data-zendesk-agent';

// L2: constructs with validation and defaults (MessagingSessionPolicy, …) go below.
export * from './gen/trigger';
export * from './gen/data-zendesk-trigger';
export * from './gen/custom-ticket-status';
export * from './gen/data-zendesk-custom-ticket-status';
export * from './gen/omnichannel-queue';
export * from './gen/omnichannel-queue-order';
export * from './gen/data-zendesk-omnichannel-queue';
export * from './gen/data-zendesk-group';
export * from './gen/routing-attribute';
export * from './gen/routing-attribute-value';
export * from './routing-treatment';
export * from './messaging-session-policy';
export * from './csat-recipe';
export * from './omnichannel-routing';
