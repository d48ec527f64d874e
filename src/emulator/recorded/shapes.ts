/**
 * The shapes of `GET /api/v2/triggers/definitions` as a real account answers
 * them (salto-io/salto packages/zendesk-adapter/test/mock_replies/myBrand_mock_replies.json):
 * every entry of actions, conditions_all and conditions_any carries title,
 * subject, type, group, nullable and repeatable; conditions carry operators;
 * enumerated fields carry values, in conditions_any too (Zendesk's OpenAPI
 * spec says any entries have no values; the recording has them, identical to
 * all's [documented and observed: docs/design/zendesk-api.md#trigger-definitions]). Some
 * operators and values carry a `format`, the SMS actions a `metadata` object.
 */
export interface Operator {
  value: string;
  title: string;
  /** True when the operator takes no value ("Changed", "Present"). */
  terminal: boolean;
  /** e.g. "date" or "integer" on a date field's operators. */
  format?: string;
}

export interface ValueOption {
  value: string;
  title: string;
  enabled: boolean;
  /** e.g. "json" on a target. */
  format?: string;
}

export interface Definition {
  title: string;
  subject: string;
  type: string;
  group: string;
  nullable: boolean;
  repeatable: boolean;
  operators?: Operator[];
  values?: ValueOption[];
  metadata?: Record<string, unknown>;
}

export interface Definitions {
  actions: Definition[];
  conditions_all: Definition[];
  conditions_any: Definition[];
}

export const option = (value: string | number, title: string, extra: Partial<ValueOption> = {}): ValueOption => ({
  value: String(value),
  title,
  enabled: true,
  ...extra,
});

/** `[value, title]` pairs as options. */
export const options = (...pairs: [string | number, string][]): ValueOption[] => pairs.map(([value, title]) => option(value, title));

/** The "-" entry real definitions list first on nullable fields; real triggers write that "(none)" as "" (recorded/triggers-salto.ts). */
export const NULL_OPTION = option('__NULL__', '-');
