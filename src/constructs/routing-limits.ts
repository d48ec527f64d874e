/**
 * What Zendesk refuses about the routing objects OmnichannelRouting makes, as the provider's schemas enforce it at
 * plan. The construct checks them at synth so a mistake names its prop before any plan runs; the provider's schemas
 * load the plugin framework, which the construct library must not, so the numbers are here and
 * test/constructs/omnichannel-routing-limits.test.ts fails when they and the schemas disagree.
 */

/** Capacities are whole numbers of 0 or more; voice is 0 or 1 [inferred: docs/design/zendesk-api.md#capacity-rules]. */
export const CAPACITY_LIMITS = {
  email: { min: 0, max: Number.MAX_SAFE_INTEGER },
  messaging: { min: 0, max: Number.MAX_SAFE_INTEGER },
  voice: { min: 0, max: 1 },
} as const;

/** A capacity rule's or a queue's name: 1 to 255 characters (the provider's schemas). */
export const NAME_LENGTH = { min: 1, max: 255 } as const;

/** A queue's priority: 1 (the highest) to 100 [documented: docs/design/omnichannel-queues.md]. */
export const QUEUE_PRIORITY = { min: 1, max: 100 } as const;

/** A status's agent and end-user labels: at most 48 characters [documented: docs/design/zendesk-api.md#custom-ticket-statuses]. */
export const STATUS_LABEL_LENGTH = { min: 1, max: 48 } as const;
