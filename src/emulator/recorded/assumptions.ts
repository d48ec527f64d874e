/**
 * [ASSUMPTION] Everything the emulator answers about triggers that no
 * recording shows, in one place so it is easy to correct once a real account
 * is read (GET /api/v2/triggers/definitions, matching on title):
 *  - the API names (subjects) and value keys of the messaging definitions:
 *    Zendesk's help center gives their titles ("Messaging session ended
 *    reason", "Ended by agent", "Routing channel", "Messaging session > End
 *    session", "Set routing channel" [documented: docs/design/zendesk-api.md#messaging-conditions-and-actions]),
 *    never their API names [see: docs/design/zendesk-api.md#messaging-conditions-and-actions]; the
 *    recorded definitions (salto's myBrand, 2021) predate messaging;
 *  - "Status category" (the condition the CSAT recipe moves [documented:
 *    docs/design/zendesk-api.md#csat-when-a-session-ends]): its title is documented, its subject is not, and the
 *    recording lists only "Status" (status). Zendesk may well spell it as
 *    another subject; the provider and constructs resolve it by title, so the
 *    emulator's guess must never matter (test/acceptance/csat-renamed-assumptions.test.ts);
 *  - the shapes (type, operators, value titles) of "Satisfaction"
 *    (satisfaction_score) and "Ticket status" (custom_status_id), whose API
 *    names and value keys are documented [documented:
 *    docs/design/zendesk-api.md#conditions-and-actions] but which the recorded account did not list (no CSAT, no
 *    custom statuses then);
 *  - the id of the native messaging via type (the recorded via types have no
 *    "Messaging"; 74 is WhatsApp there);
 *  - the JSON of the standard messaging CSAT trigger (only an image in
 *    Zendesk's docs), built from the names here (messagingCsatTrigger);
 *  - how custom ticket fields other than multi-select and regexp appear in
 *    the definitions (operators and action types per field type, the value
 *    formats checked): recorded/custom-fields.ts and
 *    docs/design/emulator-custom-fields.md;
 *  - the answers to malformed triggers (triggers/validate.ts and
 *    validate-items.ts): 422 RecordInvalid, Zendesk's shape for every invalid
 *    trigger, with the emulator's own texts and `error` codes: a trigger with
 *    no condition ("Conditions: a trigger needs at least one condition in all
 *    or any", BlankValue), `conditions` that is not an object of `all`/`any`
 *    lists or holds other keys, `actions` that is not a list (InvalidValue,
 *    under details.conditions / details.actions), an item that is not an
 *    object or a value that is an object (details.base). A missing or null
 *    `all`/`any` list is an empty one (go-zendesk sends null for an empty one).
 *
 * Each emulator start may override the names (EmulatorOptions.assumptions,
 * or `zendesk-messaging emulator --assumptions FILE`), so tests prove that
 * nothing downstream depends on them.
 */
import type { AccountDirectory } from '../directory';
import type { DefinitionRow } from './definitions';
import { RECORDED_OPERATORS as OPS } from './operators';
import { type Operator, option, options } from './shapes';

export interface Assumptions {
  /** API names of definitions known only by their titles. */
  subjects: {
    /** Condition "Status category" [documented title: docs/design/zendesk-api.md#messaging-conditions-and-actions]. */
    statusCategory: string;
    /** Condition "Messaging session ended reason"; listed only while agents can end sessions [documented: docs/design/zendesk-api.md#messaging-conditions-and-actions]. */
    messagingSessionEndedReason: string;
    /** Condition "Messaging session state" [documented title: docs/design/zendesk-api.md#messaging-conditions-and-actions]. */
    messagingSessionState: string;
    /** Condition "Messaging session inactive reason" [documented title: docs/design/zendesk-api.md#messaging-conditions-and-actions]. */
    messagingSessionInactiveReason: string;
    /** Condition "Routing channel" [documented title: docs/design/zendesk-api.md#messaging-conditions-and-actions]. */
    routingChannel: string;
    /** Action "Messaging session", whose value "End session" ends the session [documented: docs/design/zendesk-api.md#messaging-conditions-and-actions]. */
    messagingSessionAction: string;
    /** Action "Set routing channel" [documented title: docs/design/zendesk-api.md#messaging-conditions-and-actions]. */
    setRoutingChannelAction: string;
  };
  /** Value keys of those definitions, by their documented or assumed titles. */
  values: {
    /** "Ended by agent" [documented title: docs/design/zendesk-api.md#messaging-conditions-and-actions]. */
    endedByAgent: string;
    endedByEndUser: string;
    endedAfterInactivity: string;
    sessionActive: string;
    sessionInactive: string;
    sessionEnded: string;
    /** "User inactive or offline" [documented title: docs/design/zendesk-api.md#messaging-conditions-and-actions]. */
    userInactive: string;
    routingMessaging: string;
    /** "Email" ("Routing channel | Is | Email" [documented title: docs/design/zendesk-api.md#messaging-conditions-and-actions]). */
    routingEmail: string;
    /** "End session" [documented title: docs/design/zendesk-api.md#messaging-conditions-and-actions]. */
    endSession: string;
  };
  /** The native messaging via type: titled "Messaging" ("Channel | Is | Messaging" [documented: docs/design/zendesk-api.md#messaging-conditions-and-actions]); its id is assumed. */
  nativeMessagingVia: { id: string; title: string };
}

export type AssumptionOverrides = { [K in keyof Assumptions]?: Partial<Assumptions[K]> };

export const DEFAULT_ASSUMPTIONS: Assumptions = {
  subjects: {
    statusCategory: 'status_category',
    messagingSessionEndedReason: 'messaging_session_ended_reason',
    messagingSessionState: 'messaging_session_state',
    messagingSessionInactiveReason: 'messaging_session_inactive_reason',
    routingChannel: 'routing_channel',
    messagingSessionAction: 'messaging_session',
    setRoutingChannelAction: 'set_routing_channel',
  },
  values: {
    endedByAgent: 'ended_by_agent',
    endedByEndUser: 'ended_by_end_user',
    endedAfterInactivity: 'ended_after_inactivity',
    sessionActive: 'active',
    sessionInactive: 'inactive',
    sessionEnded: 'ended',
    userInactive: 'user_inactive',
    routingMessaging: 'messaging',
    routingEmail: 'email',
    endSession: 'end_session',
  },
  // Not among the recorded via ids (so it cannot shadow a real channel such as 74, WhatsApp); the real id is unknown.
  nativeMessagingVia: { id: '69', title: 'Messaging' },
};

export function withAssumptions(overrides: AssumptionOverrides = {}): Assumptions {
  return {
    subjects: { ...DEFAULT_ASSUMPTIONS.subjects, ...overrides.subjects },
    values: { ...DEFAULT_ASSUMPTIONS.values, ...overrides.values },
    nativeMessagingVia: { ...DEFAULT_ASSUMPTIONS.nativeMessagingVia, ...overrides.nativeMessagingVia },
  };
}

/** What an account's definitions depend on beyond its directory. */
export interface AccountFeatures {
  agentsCanEndSessions: boolean;
  customizableCsat: boolean;
}

const includes = (): Operator[] => [...OPS.MULTISELECT.slice(0, 2)];
/** Change-aware operators without ordering: the recorded CHANGES list (brand, group, …). */
const CHANGES = OPS.CHANGES;
/** Session conditions: is/is not and the change operators a session event can fire on (assumed). */
const SESSION = OPS.CHANGES.slice(0, 6);

/** Status categories: new, open, pending, hold, solved; closed tickets are "solved" [documented: docs/design/zendesk-api.md#messaging-conditions-and-actions]. */
const STATUS_CATEGORIES = options(['new', 'New'], ['open', 'Open'], ['pending', 'Pending'], ['hold', 'On-hold'], ['solved', 'Solved']);
/** satisfaction_score values [documented: docs/design/zendesk-api.md#conditions-and-actions]; titles assumed. */
const SATISFACTION = options(['unoffered', 'Unoffered'], ['offered', 'Offered'], ['bad', 'Bad'], ['bad_with_comment', 'Bad with comment'], ['good', 'Good'], ['good_with_comment', 'Good with comment']);

const row = (subject: string, title: string, operators: Operator[] | undefined, values: DefinitionRow['values']): DefinitionRow => ({
  subject,
  title,
  type: 'list',
  group: 'ticket',
  nullable: false,
  ...(operators ? { operators } : {}),
  values,
});
const customStatuses = (d: AccountDirectory) => d.customStatuses.map((s) => option(s.id, s.agent_label));

/** Conditions no recording shows, for an account in this state. */
export function assumedConditions(a: Assumptions, features: AccountFeatures): DefinitionRow[] {
  const { subjects: s, values: v } = a;
  return [
    row('custom_status_id', 'Ticket status', [...includes(), ...CHANGES], customStatuses),
    row(s.statusCategory, 'Status category', CHANGES, STATUS_CATEGORIES),
    ...(features.customizableCsat ? [row('satisfaction_score', 'Satisfaction', CHANGES, SATISFACTION)] : []),
    row(s.routingChannel, 'Routing channel', OPS.IS_OR_NOT, options([v.routingMessaging, 'Messaging'], [v.routingEmail, 'Email'])),
    row(s.messagingSessionState, 'Messaging session state', SESSION, options([v.sessionActive, 'Active'], [v.sessionInactive, 'Inactive'], [v.sessionEnded, 'Ended'])),
    row(s.messagingSessionInactiveReason, 'Messaging session inactive reason', SESSION, options([v.userInactive, 'User inactive or offline'])),
    ...(features.agentsCanEndSessions
      ? [
          row(
            s.messagingSessionEndedReason,
            'Messaging session ended reason',
            SESSION,
            options([v.endedByAgent, 'Ended by agent'], [v.endedByEndUser, 'Ended by end user'], [v.endedAfterInactivity, 'Ended after inactivity']),
          ),
        ]
      : []),
  ];
}

/** Actions no recording shows. */
export function assumedActions(a: Assumptions, features: AccountFeatures): DefinitionRow[] {
  const { subjects: s, values: v } = a;
  return [
    row('custom_status_id', 'Ticket status', undefined, customStatuses),
    // The actions reference's value is "offered" [documented: docs/design/zendesk-api.md#conditions-and-actions]; the emulator once said "offered_to_requester", which no source has.
    ...(features.customizableCsat ? [row('satisfaction_score', 'Satisfaction', undefined, options(['offered', 'Offered']))] : []),
    row(s.messagingSessionAction, 'Messaging session', undefined, options([v.endSession, 'End session'])),
    row(s.setRoutingChannelAction, 'Set routing channel', undefined, options([v.routingEmail, 'Email'])),
  ];
}

export const MESSAGING_CSAT_TITLE = 'Request customer satisfaction rating (messaging)';

/**
 * The standard messaging CSAT trigger: its title; it fires when a ticket
 * created through a messaging channel is set to Solved and no survey was sent
 * yet; the recipe removes "Status category | Changed to | Solved" from its ALL
 * conditions [documented: docs/design/zendesk-api.md#messaging-csat-trigger; docs/design/zendesk-api.md#csat-when-a-session-ends]. Its JSON is not published:
 * the conditions below read that description with the names above (ALL only,
 * so the recipe's ANY conditions stand alone), and the action is the actions
 * reference's satisfaction_score "offered" (a client library also knows an
 * action field notification_messaging_csat [observed: docs/design/zendesk-api.md#messaging-csat-trigger],
 * which may be the real one).
 */
export function messagingCsatTrigger(a: Assumptions) {
  return {
    title: MESSAGING_CSAT_TITLE,
    description: 'Sends the CSAT survey in the messaging conversation when the ticket is solved.',
    conditions: {
      all: [
        { field: a.subjects.statusCategory, operator: 'value', value: 'solved' },
        { field: 'via_id', operator: 'is', value: a.nativeMessagingVia.id },
        { field: 'satisfaction_score', operator: 'is', value: 'unoffered' },
      ],
      any: [],
    },
    actions: [{ field: 'satisfaction_score', value: 'offered' }],
  };
}

/** The guesses about omnichannel routing objects (capacity rules, queues, skills, statuses) live beside this file. */
export { ROUTING_ASSUMPTIONS } from './routing-assumptions';
