/**
 * tfplugin6 messages that many RPCs share, as field tables (../../wire/message-codec.ts):
 *
 *   DynamicValue       { bytes msgpack = 1; bytes json = 2; }
 *   RawState           { bytes json = 1; map<string, string> flatmap = 2; }
 *   ClientCapabilities { bool deferral_allowed = 1; bool write_only_attributes_allowed = 2; }
 *   ServerCapabilities { bool plan_destroy = 1; bool get_provider_schema_optional = 2; bool move_resource_state = 3; }
 *   Deferred           { Reason reason = 1; }
 *   AttributePath      { repeated Step steps = 1; }
 *   AttributePath.Step { oneof selector { string attribute_name = 1; string element_key_string = 2; int64 element_key_int = 3; } }
 *   Diagnostic         { Severity severity = 1; string summary = 2; string detail = 3; AttributePath attribute = 4; }
 */
import { enumeration, message, oneofMember, repeated, scalar, stringToString, unlessEmpty, viewOf } from '../../wire/message-codec';
import type * as tf from '../types';

/**
 * A value of the provider's schema type. The bytes stay opaque here: decoding
 * them needs the type, which only the provider knows (../../tftypes/dynamic-value.ts).
 * Absent means "no value", which terraform reads as null of the expected type.
 */
export const DynamicValue = message<tf.DynamicValue>('DynamicValue', [
  [1, 'msgpack', scalar.bytes],
  [2, 'json', scalar.bytes],
]);

/** A resource's state as terraform has it on disk, before any schema is applied (UpgradeResourceState, MoveResourceState). */
export const RawState = message<tf.RawState>('RawState', [
  [1, 'json', scalar.bytes],
  [2, 'flatmap', stringToString],
]);

/** What this terraform can handle, sent with requests. */
export const ClientCapabilities = message<tf.ClientCapabilities>('ClientCapabilities', [
  [1, 'deferralAllowed', scalar.bool],
  [2, 'writeOnlyAttributesAllowed', scalar.bool],
]);

/** What the provider can do, sent with its metadata and schema. */
export const ServerCapabilities = message<tf.ServerCapabilities>('ServerCapabilities', [
  [1, 'planDestroy', scalar.bool],
  [2, 'getProviderSchemaOptional', scalar.bool],
  [3, 'moveResourceState', scalar.bool],
]);

/** Sent when the provider postpones a change (only if the client allows it). */
export const Deferred = message<tf.Deferred>('Deferred', [[1, 'reason', enumeration<tf.DeferredReason>()]]);

/** The members of the oneof, as one record with at most one member set. */
interface StepFields {
  attributeName?: string;
  elementKeyString?: string;
  elementKeyInt?: number;
}

const Step = message<StepFields>(
  'AttributePath.Step',
  [
    [1, 'attributeName', oneofMember.string],
    [2, 'elementKeyString', oneofMember.string],
    [3, 'elementKeyInt', oneofMember.int64],
  ],
  // Members are written even when they hold the default: otherwise `list[0]` or `map[""]` would arrive as an empty step.
  { oneof: ['attributeName', 'elementKeyString', 'elementKeyInt'] },
);

/** An attribute path is its steps; on the wire they are wrapped in a message. */
export const AttributePath = viewOf(
  message<{ steps: StepFields[] }>('AttributePath', [[1, 'steps', repeated(Step)]], { initial: () => ({ steps: [] }) }),
  (steps: readonly tf.AttributePathStep[]) => ({ steps: steps as StepFields[] }),
  (path) => path.steps as readonly tf.AttributePathStep[],
);

/**
 * Every RPC response carries these; the attribute path is what lets terraform
 * point the error at the offending line of configuration. An empty path means
 * "the whole resource": it is left out rather than sent with zero steps.
 */
export const Diagnostic = message<tf.Diagnostic>('Diagnostic', [
  [1, 'severity', enumeration<tf.DiagnosticSeverity>()],
  [2, 'summary', scalar.string],
  [3, 'detail', scalar.string],
  [4, 'attribute', unlessEmpty(AttributePath)],
]);

/** `repeated Diagnostic diagnostics`, the field every response has. */
export const diagnostics = repeated(Diagnostic);
