/**
 * The trigger titles the provider, its constructs and the CLI rely on, in one
 * place. Zendesk documents these titles [documented: docs/design/zendesk-api.md#messaging-conditions-and-actions]
 * but not the API names behind most of them (no recording shows "Status
 * category" or "Messaging session ended reason"),
 * so whatever needs one of these definitions finds it by title in the
 * account's `GET /api/v2/triggers/definitions`, never by an API name. The
 * emulator's names for them are assumptions, and tests rename them
 * (test/acceptance/csat-renamed-assumptions.test.ts).
 *
 * The one API name used with them, the operator `value` ("Changed to"), is in
 * every recorded change-aware definition [observed: docs/design/zendesk-api.md#recorded-definitions].
 * This module imports nothing: the construct library loads it.
 */

/** Zendesk's standard messaging CSAT trigger [documented: docs/design/zendesk-api.md#messaging-csat-trigger]. */
export const MESSAGING_CSAT_TRIGGER_TITLE = 'Request customer satisfaction rating (messaging)';

/** The condition that exists only while agents can end messaging sessions [documented: docs/design/zendesk-api.md#messaging-conditions-and-actions]. */
export const MESSAGING_SESSION_ENDED_REASON = 'Messaging session ended reason';

/** A condition by titles, in the configuration's form (field_title, operator, value_title). */
export interface TitledCondition {
  readonly field_title: string;
  readonly operator: string;
  readonly value_title: string;
}

/**
 * The conditions of Zendesk's recipe "Sending a CSAT survey when a messaging
 * session ends" [documented: docs/design/zendesk-api.md#csat-when-a-session-ends]: "Status category | Changed to |
 * Solved" moves from ALL to ANY, and "Messaging session ended reason | Changed
 * to | Ended by agent" joins it under ANY.
 */
export const CSAT_RECIPE = {
  solved: { field_title: 'Status category', operator: 'value', value_title: 'Solved' },
  endedByAgent: { field_title: MESSAGING_SESSION_ENDED_REASON, operator: 'value', value_title: 'Ended by agent' },
} as const satisfies Record<string, TitledCondition>;
