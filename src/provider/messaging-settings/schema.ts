import {
  type Attribute,
  type Schema,
  atLeast,
  between,
  boolAttribute,
  computedOnly,
  int64Attribute,
  lengthBetween,
  listAttribute,
  listNestedAttribute,
  oneOf,
  singleNestedAttribute,
  sizeAtMost,
  stringAttribute,
  unmanagedWhenUnsetAttribute,
  useStateForUnknown,
} from '../../framework';

import {
  END_SESSIONS,
  INACTIVITY_TIMEOUT,
  MAX_REMINDERS,
  ON_DESTROY,
  REMINDER_WAIT,
  ROUTING_CONFIGURATION,
  ROUTING_TREATMENTS,
  type Range,
} from './attribute-map';
import { MESSAGING_SETTINGS_SCHEMA_VERSION } from './state-upgrade';

export { TYPE_NAME, ROUTING_TREATMENTS, type RoutingTreatment, ON_DESTROY, type OnDestroy } from './attribute-map';

/** A range from the attribute map, as the validator that enforces it. */
const within = (range: Range) => between(range.min, range.max, range.unit);

/** What replaces a deprecated alias, for its description and deprecation message. */
const TIMEOUT_RENAMED = 'Use inactivity.timeout_minutes instead: the same setting, named with its unit. Setting both is an error.';

/** A reminder is managed as part of the whole list, so its fields are plain optional values. */
const reminder = listNestedAttribute({
  description: `Up to ${MAX_REMINDERS} reminders sent to an inactive end user, in order. Setting it replaces the whole list.`,
  validators: [sizeAtMost(MAX_REMINDERS)],
  attributes: {
    message: stringAttribute({
      required: true,
      description: 'Text sent to the end user when the reminder fires.',
      validators: [lengthBetween(1, 5000)],
    }),
    timeout_seconds: int64Attribute({
      optional: true,
      description:
        'Wait after the previous reminder, in seconds (Admin Center offers 1-15 minutes). Required for the second and ' +
        'third reminders; leave unset for the first, which fires after the inactivity timeout.',
      validators: [within(REMINDER_WAIT)],
    }),
    ticket_status_id: int64Attribute({
      optional: true,
      description:
        'Ticket status set when the reminder fires (Pending, On-hold or Solved, or a custom status in those categories). ' +
        'Only for the second and third reminders; unset means no status change.',
      validators: [atLeast(1)],
    }),
    tags: listAttribute({
      optional: true,
      element: 'string',
      description: 'Tags added to the ticket when the reminder fires.',
    }),
  },
});

/**
 * The settings, declared once as plain attributes. The resource wraps them as
 * "unset means unmanaged" inputs; the data source exposes them as outputs; docs
 * and the CDKTF bindings are generated from the result.
 */
const settings = {
  agents_can_end_sessions: boolAttribute({
    description:
      `Agents can end messaging sessions at any time (${END_SESSIONS}). On by default; off by default for accounts that ` +
      'had messaging before the feature shipped.',
  }),
  agent_ended_session_routing: stringAttribute({
    description:
      'How omnichannel routing treats tickets of sessions an agent ended: "messaging" (Zendesk\'s default) or "email" ' +
      '(routed as email tickets and counted toward email capacity: "Route agent-ended messaging sessions as email ' +
      `tickets" in ${ROUTING_CONFIGURATION}). Takes effect only with omnichannel routing on and agents allowed to end ` +
      'sessions; otherwise Zendesk keeps the value without effect, and plans and drift reports say so with a warning.',
    validators: [oneOf(...ROUTING_TREATMENTS)],
  }),
  inactivity: singleNestedAttribute({
    description:
      'Auto-release capacity (settings.messaging_inactivity): release the agent\'s messaging capacity when the end user ' +
      'is inactive, with up to 3 reminders.',
    attributes: {
      enabled: boolAttribute({ description: 'Whether auto-release capacity is on.' }),
      timeout_minutes: int64Attribute({
        description: `Minutes of end-user inactivity before the conversation counts as inactive (${INACTIVITY_TIMEOUT.min}-${INACTIVITY_TIMEOUT.max}).`,
        validators: [within(INACTIVITY_TIMEOUT)],
      }),
      timeout: int64Attribute({
        description: `Deprecated: the former name of timeout_minutes, which it always equals. ${TIMEOUT_RENAMED}`,
        deprecationMessage: TIMEOUT_RENAMED,
        validators: [within(INACTIVITY_TIMEOUT)],
      }),
      ticket_status_id: int64Attribute({
        description:
          'Status the ticket gets when the conversation becomes inactive (Pending, On-hold or Solved, or a custom status ' +
          'in those categories; New and Open are not allowed).',
        validators: [atLeast(1)],
      }),
      end_session: boolAttribute({ description: 'End the messaging session with the final reminder.' }),
      reminders: reminder,
    },
  }),
} satisfies Record<string, Attribute>;

/** Whether an attribute is a single nested object, whose attributes are managed one by one. */
type SingleNested = { readonly kind: 'nested'; readonly nesting: 'single'; readonly attributes: Readonly<Record<string, Attribute>> };
type Flag = 'required' | 'optional' | 'computed';
type OptionalComputed<T> = T extends unknown ? Omit<T, Flag> & { readonly optional: true; readonly computed: true } : never;
/** The resource's view of a setting: unset means unmanaged; an object's attributes each so, a list as a whole. */
type Unmanaged<T> = T extends SingleNested
  ? Omit<OptionalComputed<T>, 'attributes'> & { readonly attributes: { readonly [K in keyof T['attributes']]: Unmanaged<T['attributes'][K]> } }
  : OptionalComputed<T>;

const isSingleNested = (attribute: Attribute): attribute is Attribute & SingleNested => attribute.kind === 'nested' && attribute.nesting === 'single';

/** Every setting as an "unset means unmanaged" input, at any depth; a list of objects is managed as a whole. */
function unmanaged<A extends Readonly<Record<string, Attribute>>>(attributes: A): { readonly [K in keyof A]: Unmanaged<A[K]> } {
  const wrap = (attribute: Attribute): Attribute =>
    isSingleNested(attribute)
      ? { ...unmanagedWhenUnsetAttribute(attribute, { children: false }), attributes: unmanaged(attribute.attributes) }
      : unmanagedWhenUnsetAttribute(attribute, { children: false });
  return Object.fromEntries(Object.entries(attributes).map(([name, attribute]) => [name, wrap(attribute)])) as { readonly [K in keyof A]: Unmanaged<A[K]> };
}

export const messagingSettingsSchema = {
  description:
    'The messaging session settings of one Zendesk account: whether agents can end messaging sessions, how tickets of ' +
    'agent-ended sessions are routed, and automatic release on inactivity. One per account: creating it adopts the ' +
    "account's settings, destroying it follows on_destroy.",
  // 1: inactivity.timeout became inactivity.timeout_minutes, the old name a deprecated alias (state-upgrade.ts).
  version: MESSAGING_SETTINGS_SCHEMA_VERSION,
  attributes: {
    id: stringAttribute({
      computed: true,
      planModifiers: [useStateForUnknown()],
      description: 'The Zendesk account (subdomain) these settings belong to. Also the import ID.',
    }),
    ...unmanaged(settings),
    on_destroy: stringAttribute({
      optional: true,
      computed: true,
      default: 'retain',
      description:
        'What destroying this resource does: "retain" (default) leaves the account as it is and only removes it from ' +
        'Terraform state; "reset" restores Zendesk\'s defaults for the settings this resource manages.',
      validators: [oneOf(...ON_DESTROY)],
    }),
  },
} satisfies Schema;

/** Reads the same settings as outputs, plus whether omnichannel routing is on. */
export const messagingSettingsDataSourceSchema = {
  description: 'Reads the messaging session settings of the Zendesk account the provider is configured for (no writes).',
  attributes: {
    id: stringAttribute({ computed: true, description: 'The Zendesk account (subdomain) the settings belong to.' }),
    ...computedOnly(settings),
    omnichannel_routing_enabled: boolAttribute({
      computed: true,
      description: 'Whether omnichannel routing is on (settings.routing.enabled); agent_ended_session_routing needs it.',
    }),
  },
} satisfies Schema;
