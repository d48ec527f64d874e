/**
 * The account settings resources' schemas are derived from their tables (account-settings-schema.ts), and so are
 * their types (account-settings-schema-types.ts): the typed models are typed attribute by attribute. Type-level
 * checks, which tsc runs in `npm run lint` (an `@ts-expect-error` that no longer errors fails it), and one runtime
 * check per schema: the attributes as built have exactly the kinds and flags their types say.
 */
import type { Attribute, ConfigModel, Models, ModelsOf, NumberValue, PlanModel, StateModel } from '../../src/framework';
import type { UnknownValue } from '../../src/protocol/tftypes/value';
import { resourceAttributes } from '../../src/provider/account-settings-schema';
import type { AttributeEntry } from '../../src/provider/attribute-words';
import { messagingSettingsDataSourceSchema, messagingSettingsSchema } from '../../src/provider/messaging-settings/schema';
import { routingConfigurationSchema } from '../../src/provider/routing-configuration/schema';

type Messaging = typeof messagingSettingsSchema;
type MessagingOutputs = typeof messagingSettingsDataSourceSchema;
type Routing = typeof routingConfigurationSchema;
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const assertType = <T extends true>(): T | undefined => undefined;

// Every attribute of the table is a member of the model, and nothing else is.
assertType<Equal<keyof StateModel<Messaging>, 'id' | 'agents_can_end_sessions' | 'agent_ended_session_routing' | 'inactivity' | 'on_destroy'>>();
type Inactivity = NonNullable<StateModel<Messaging>['inactivity']>;
assertType<Equal<keyof Inactivity, 'enabled' | 'timeout_minutes' | 'timeout' | 'ticket_status_id' | 'end_session' | 'reminders'>>();

// Each setting's value type from its row's shape; unset means unmanaged, so optional and computed at any depth.
assertType<Equal<PlanModel<Messaging>['agent_ended_session_routing'], string | null | UnknownValue>>();
assertType<Equal<ConfigModel<Messaging>['agents_can_end_sessions'], boolean | null | UnknownValue>>();
assertType<Equal<StateModel<Messaging>['agents_can_end_sessions'], boolean | null>>();
assertType<Equal<Inactivity['enabled'], boolean | null>>();
assertType<Equal<Inactivity['timeout_minutes'], NumberValue | null>>();
assertType<Equal<Inactivity['ticket_status_id'], NumberValue | null>>();
// A list of reminders, each with the fields its row names: the message required, the rest optional.
type Reminder = NonNullable<NonNullable<Inactivity['reminders']>[number]>;
assertType<Equal<keyof Reminder, 'message' | 'timeout_seconds' | 'ticket_status_id' | 'tags'>>();
type ConfiguredReminder = NonNullable<Exclude<NonNullable<Exclude<NonNullable<ConfigModel<Messaging>['inactivity']>, UnknownValue>['reminders']>, UnknownValue>[number]>;
assertType<Equal<Exclude<ConfiguredReminder, UnknownValue>['message'], string | UnknownValue>>();
assertType<Equal<Exclude<ConfiguredReminder, UnknownValue>['timeout_seconds'], NumberValue | null | UnknownValue>>();
assertType<Equal<Reminder['tags'], readonly (string | null)[] | null>>();
// The identifier is computed only (never configured); on_destroy is optional text.
assertType<Equal<ConfigModel<Messaging>['id'], null>>();
assertType<Equal<ConfigModel<Messaging>['on_destroy'], string | null | UnknownValue>>();

// The data source: the settings as outputs, beside its own attributes.
assertType<Equal<keyof StateModel<MessagingOutputs>, 'id' | 'agents_can_end_sessions' | 'agent_ended_session_routing' | 'inactivity' | 'omnichannel_routing_enabled'>>();
assertType<Equal<ConfigModel<MessagingOutputs>['agent_ended_session_routing'], null>>();
assertType<Equal<StateModel<MessagingOutputs>['agent_ended_session_routing'], string | null>>();

// zendesk_routing_configuration: its rows, the mapped skills timeouts among them.
assertType<Equal<StateModel<Routing>['enabled'], boolean | null>>();
assertType<Equal<StateModel<Routing>['autorouting_tag'], string | null>>();
assertType<Equal<StateModel<Routing>['skills_timeout_talk'], NumberValue | null>>();
assertType<Equal<PlanModel<Routing>['reassignment_messaging_timeout_seconds'], NumberValue | null | UnknownValue>>();
assertType<Equal<keyof StateModel<Routing> & `skills_timeout_${string}`, 'skills_timeout_enabled' | 'skills_timeout_support' | 'skills_timeout_messaging' | 'skills_timeout_talk'>>();

// A table not declared `as const` says nothing per attribute: any attributes, the framework's untyped view.
type UntypedRows = readonly AttributeEntry[];
assertType<Equal<ReturnType<typeof resourceAttributes<UntypedRows>>, Readonly<Record<string, Attribute>>>>();
assertType<Equal<ModelsOf<{ description: string; attributes: ReturnType<typeof resourceAttributes<UntypedRows>> }>, Models>>();

/** Never called: it only has to type-check. */
function modelTypes(plan: PlanModel<Messaging>, state: StateModel<Messaging>, routing: StateModel<Routing>) {
  // @ts-expect-error a misspelt attribute is no member of the model
  const misspelt = plan.agent_ended_sesion_routing;
  // @ts-expect-error nor a misspelt nested one
  const misspeltNested = state.inactivity?.timeout_minuts;
  // @ts-expect-error nor a skills timeout of a channel the table has no row for
  const noRow = routing.skills_timeout_chat;
  // @ts-expect-error the routing treatment is text, not a flag
  const wrongValue: PlanModel<Messaging>['agent_ended_session_routing'] = true;
  // @ts-expect-error whether agents can end sessions is a flag, not text
  const wrongState: StateModel<Messaging> = { ...state, agents_can_end_sessions: 'yes' };
  // @ts-expect-error the inactivity timeout is a number
  const wrongNested: Inactivity['timeout_minutes'] = '10';
  const fine: StateModel<Messaging> = { ...state, agent_ended_session_routing: 'email', inactivity: { ...state.inactivity!, timeout_minutes: 10 } };
  return [misspelt, misspeltNested, noRow, wrongValue, wrongState, wrongNested, fine];
}

/** An attribute's kind and presence flags (and its children's), as the type says and as built. */
type Flag = 'required' | 'optional' | 'computed';
type Shape<A> = { readonly kind: A extends { readonly kind: infer K } ? K : never } & Readonly<Pick<A, Extract<keyof A, Flag>>> & (A extends {
  readonly element: infer E;
}
  ? { readonly element: E }
  : unknown) &
  (A extends { readonly nesting: infer N; readonly attributes: infer C } ? { readonly nesting: N; readonly attributes: Shapes<C> } : unknown);
type Shapes<C> = { readonly [K in keyof C]: Shape<C[K]> };

function shapesOf(attributes: Readonly<Record<string, Attribute>>): unknown {
  const shapeOf = (a: Attribute) => ({
    kind: a.kind,
    ...(a.required !== undefined ? { required: a.required } : {}),
    ...(a.optional !== undefined ? { optional: a.optional } : {}),
    ...(a.computed !== undefined ? { computed: a.computed } : {}),
    ...('element' in a ? { element: a.element } : {}),
    ...(a.kind === 'nested' ? { nesting: a.nesting, attributes: shapesOf(a.attributes) } : {}),
  });
  return Object.fromEntries(Object.entries(attributes).map(([name, a]) => [name, shapeOf(a)]));
}

// What "unset means unmanaged" declares, and a read-only output.
const UNMANAGED = { optional: true, computed: true } as const;
const OUTPUT = { required: false, optional: false, computed: true } as const;
const reminders = <F extends object>(flags: F) =>
  ({
    kind: 'nested',
    nesting: 'list',
    ...flags,
    attributes: {
      message: { kind: 'string', required: true },
      timeout_seconds: { kind: 'int64', optional: true },
      ticket_status_id: { kind: 'int64', optional: true },
      tags: { kind: 'list', element: 'string', optional: true },
    },
  }) as const;

describe('the derived schemas are built as their types say', () => {
  it('zendesk_messaging_settings: each setting unmanaged when unset, inactivity attribute by attribute, reminders as a list', () => {
    const expected: Shapes<Messaging['attributes']> = {
      id: { kind: 'string', computed: true },
      agents_can_end_sessions: { kind: 'bool', ...UNMANAGED },
      agent_ended_session_routing: { kind: 'string', ...UNMANAGED },
      inactivity: {
        kind: 'nested',
        nesting: 'single',
        ...UNMANAGED,
        attributes: {
          enabled: { kind: 'bool', ...UNMANAGED },
          timeout_minutes: { kind: 'int64', ...UNMANAGED },
          timeout: { kind: 'int64', ...UNMANAGED },
          ticket_status_id: { kind: 'int64', ...UNMANAGED },
          end_session: { kind: 'bool', ...UNMANAGED },
          reminders: reminders(UNMANAGED),
        },
      },
      on_destroy: { kind: 'string', ...UNMANAGED },
    };
    expect(shapesOf(messagingSettingsSchema.attributes)).toEqual(expected);
  });

  it("the messaging settings data source: the settings as outputs, the list's fields as outputs too", () => {
    const expected: Shapes<MessagingOutputs['attributes']> = {
      id: { kind: 'string', computed: true },
      agents_can_end_sessions: { kind: 'bool', ...OUTPUT },
      agent_ended_session_routing: { kind: 'string', ...OUTPUT },
      inactivity: {
        kind: 'nested',
        nesting: 'single',
        ...OUTPUT,
        attributes: {
          enabled: { kind: 'bool', ...OUTPUT },
          timeout_minutes: { kind: 'int64', ...OUTPUT },
          timeout: { kind: 'int64', ...OUTPUT },
          ticket_status_id: { kind: 'int64', ...OUTPUT },
          end_session: { kind: 'bool', ...OUTPUT },
          reminders: {
            kind: 'nested',
            nesting: 'list',
            ...OUTPUT,
            attributes: {
              message: { kind: 'string', ...OUTPUT },
              timeout_seconds: { kind: 'int64', ...OUTPUT },
              ticket_status_id: { kind: 'int64', ...OUTPUT },
              tags: { kind: 'list', element: 'string', ...OUTPUT },
            },
          },
        },
      },
      omnichannel_routing_enabled: { kind: 'bool', computed: true },
    };
    expect(shapesOf(messagingSettingsDataSourceSchema.attributes)).toEqual(expected);
  });

  it('zendesk_routing_configuration: flags, texts and counts, each unmanaged when unset', () => {
    const flag = { kind: 'bool', ...UNMANAGED } as const;
    const count = { kind: 'int64', ...UNMANAGED } as const;
    const text = { kind: 'string', ...UNMANAGED } as const;
    const expected: Shapes<Routing['attributes']> = {
      id: { kind: 'string', computed: true },
      enabled: flag,
      autorouting_tag: text,
      reassignment_messaging_enabled: flag,
      reassignment_messaging_timeout_seconds: count,
      reassignment_talk_timeout_seconds: count,
      auto_accept_messaging_enabled: flag,
      focus_mode_enabled: flag,
      count_inactive_conversations_enabled: flag,
      assignment_method: text,
      reassignment_reopened_tickets_enabled: flag,
      reassignment_agent_status_change_enabled: flag,
      skills_timeout_enabled: flag,
      skills_timeout_support: count,
      skills_timeout_messaging: count,
      skills_timeout_talk: count,
      on_destroy: text,
    };
    expect(shapesOf(routingConfigurationSchema.attributes)).toEqual(expected);
  });

  it('the type-level checks above compile (tsc) and are never run', () => {
    expect(typeof modelTypes).toBe('function');
  });
});
