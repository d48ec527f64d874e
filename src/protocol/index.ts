/**
 * The plugin-protocol layer's public surface: serve a ProviderServer to
 * terraform, the tfplugin6 request/response types, terraform's type system
 * and value codec, and the hclog stderr logger. Nothing here knows about the
 * framework built on top of it.
 */
export { serve, type ServeOptions } from './serve';
export type { RunningPluginServer } from './plugin/plugin-server';
export type { ProviderServerFactory } from './plugin/deferred-server';
export * from './tfprotov6/types';
export * from './tftypes/type';
export * from './tftypes/value';
export { decodeDynamicValue, encodeDynamicValue, impliedType } from './tftypes/dynamic-value';
export { decodeRawStateJSON } from './tftypes/json-value';
export { parseJSONKeepingNumbers } from './tftypes/exact-json';
export { formatPath, ValueTypeError } from './tftypes/value-type-error';
export { createLogger, getLogger, levelFromEnv, type LogFields, type Logger, type LoggerOptions, type LogLevel } from './log';
