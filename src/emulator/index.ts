// The admin API emulator: in-process (startEmulator) or as `zendesk-messaging emulator`.
export { startEmulator, DEFAULT_ACCESS_TOKEN_TTL_SECONDS, DEFAULT_API_TOKEN, DEFAULT_OAUTH_CLIENT } from './server';
export type { EmulatorOptions, EmulatorHandle } from './server';
export { EmulatorControl } from './control-client';
export type { OutOfBandActor, RequestCount } from './control-client';
export type { FaultSpec } from './faults';
export type { OAuthClient } from './auth';
export type { AssumptionOverrides, Assumptions } from './recorded/assumptions';
export type { AccountDirectory } from './directory';
