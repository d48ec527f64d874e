// The framework's public surface for resource authors (re-exports only).
// A provider's entry point imports ./serve (serveProvider) instead, which brings in the protocol's server.
export * from './diagnostics';
export * from './values';
export * from './path';
export * from './resource';
export * from './data-source';
export * from './provider';
export * from './secrets';
export * from './schema/attribute';
export * from './schema/schema';
export * from './schema/types';
export * from './schema/walk';
export * from './validators/validator';
export * from './validators/builtin';
export * from './planmodifiers/plan-modifier';
export * from './planmodifiers/builtin';
export * from './schema-json';
export * from './schema/derive';
export * from './model/model-of';
export * from './model/decode-model';
export * from './provider-data';
