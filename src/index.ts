// The package root (`cdktf-zendesk-messaging`): re-exports only.
// Apps on cdktn import the same construct names from `cdktf-zendesk-messaging/cdktn`.

// CDKTF construct library: ZendeskProvider, MessagingSettings, DataZendeskMessagingSettings, … (L1 and L2).
export * from './constructs';

// Admin API client and emulator: exported here by their owners.
