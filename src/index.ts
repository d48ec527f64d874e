// The package root (`cdktf-zendesk-messaging`): re-exports only.
// Apps on cdktn import the same construct names from `cdktf-zendesk-messaging/cdktn`.

// CDKTF construct library: ZendeskProvider, MessagingSettings, DataZendeskMessagingSettings, … (L1 and L2).
export * from './constructs';

// The admin API client and the emulator are not re-exported here: each has a subpath of its own
// (`cdktf-zendesk-messaging/client` → src/client/index.ts, `cdktf-zendesk-messaging/emulator` →
// src/emulator/index.ts, in package.json "exports"), so an app that imports the constructs loads
// neither axios nor the emulator, and a script that uses the client or the emulator needs no cdktf.
// test/package/subpath-exports.test.ts installs the packed package and imports both.
