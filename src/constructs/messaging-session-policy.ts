import { Annotations, type TerraformProvider, Token } from 'cdktf';
import { Construct } from 'constructs';
import { CsatOnSessionEnd, MESSAGING_CSAT_TRIGGER_TITLE } from './csat-recipe';
import { MessagingSettings, type MessagingSettingsInactivity } from './gen/messaging-settings';
import type { RoutingTreatment } from './routing-treatment';
import { checkKnownProps, toBoolean, toNumber, toProvider, toRoutingTreatment, toText, toTextList } from './policy-props';
import { isKnown, validateMaxLength, validateNonEmpty, validateWholeNumberBetween } from './validate-props';
import { INACTIVITY_TIMEOUT, MAX_REMINDERS, type OnDestroy, REMINDER_WAIT, WRITTEN_SETTINGS } from '../provider/messaging-settings/attribute-map';

/** One reminder sent to an inactive end user. */
export interface InactivityReminder {
  /** Text sent to the end user. */
  readonly message: string;
  /**
   * Wait after the previous reminder, in seconds (60-900). Required for the second and third
   * reminders; must be unset for the first, which fires after `timeoutMinutes`.
   * @default - none (first reminder)
   */
  readonly waitSeconds?: number;
  /**
   * Ticket status set when the reminder fires (second and third reminders only).
   * @default - no status change
   */
  readonly ticketStatusId?: number;
  /**
   * Tags added to the ticket when the reminder fires.
   * @default - no tags
   */
  readonly tags?: string[];
}

/** Auto-release capacity on end-user inactivity (settings.messaging_inactivity). */
export interface SessionInactivityOptions {
  /**
   * Whether auto-release capacity is on. Giving the other options does not turn it on: say `enabled: true` for that.
   * @default - not managed (the account keeps its own value)
   */
  readonly enabled?: boolean;
  /**
   * Minutes of inactivity before the conversation counts as inactive (3-15).
   * @default - not managed (Zendesk's default is 5)
   */
  readonly timeoutMinutes?: number;
  /**
   * Status the ticket gets when the conversation becomes inactive (Pending, On-hold or Solved, or a custom status in those categories).
   * @default - not managed
   */
  readonly ticketStatusId?: number;
  /**
   * End the messaging session automatically with the final reminder.
   * @default - not managed (Zendesk's default is false)
   */
  readonly endSession?: boolean;
  /**
   * Up to 3 reminders, in order.
   * @default - not managed
   */
  readonly reminders?: InactivityReminder[];
}

export interface MessagingSessionPolicyProps {
  /**
   * The zendesk provider (account) to manage; use one aliased provider per account.
   * @default - the stack's default zendesk provider
   */
  readonly provider?: TerraformProvider;
  /**
   * Whether agents can end messaging sessions at any time (Admin Center > Channels > Messaging and social >
   * Messaging > Manage settings > Advanced > End sessions). Accounts that had messaging before the feature shipped
   * have it off: leaving this out keeps whatever the account has.
   * @default - not managed (the account keeps its own value)
   */
  readonly agentsCanEndSessions?: boolean;
  /**
   * How omnichannel routing treats tickets of sessions an agent ended. Takes effect only with omnichannel routing on
   * and agents allowed to end sessions (by `agentsCanEndSessions: true`, or by the account when that is left out).
   * @default - not managed (Zendesk's default is RoutingTreatment.MESSAGING)
   */
  readonly agentEndedSessionRouting?: RoutingTreatment;
  /**
   * Automatic release (and optionally end) of sessions whose end user went inactive.
   * @default - not managed
   */
  readonly inactivity?: SessionInactivityOptions;
  /**
   * Send the CSAT survey when an agent ends a session: adopts Zendesk's standard messaging CSAT trigger and applies
   * Zendesk's recipe to it (needs the customizable CSAT survey feature and agents allowed to end sessions).
   * Destroying the policy restores the trigger as it was. The recipe's "Messaging session ended reason" condition
   * exists only while agents can end sessions: set `agentsCanEndSessions: true` to turn that on here; left out, the
   * account's own setting must allow it (if it does not, the plan warns and the apply fails, saying so).
   * @default false (no trigger is adopted or changed)
   */
  readonly csatOnSessionEnd?: boolean;
  /**
   * Title of the messaging CSAT trigger to adopt. Only used to find the trigger (a read), never written.
   * @default 'Request customer satisfaction rating (messaging)'
   */
  readonly csatTriggerTitle?: string;
  /**
   * Whether destroying the policy restores Zendesk's defaults for the settings it manages.
   * @default false (destroy leaves the settings as they are: synthesized as on_destroy = "retain", the provider's
   * own default, which only decides what destroy does and never writes Zendesk)
   */
  readonly resetSettingsOnDestroy?: boolean;
}

/**
 * The messaging session policy of one Zendesk account, in one construct: whether agents can end messaging
 * sessions, how tickets of sessions they end are routed, automatic release on inactivity, and whether the CSAT
 * survey goes out when an agent ends a session.
 */
export class MessagingSessionPolicy extends Construct {
  /** The account's messaging settings (the L1 resource, construct id 'Resource'). */
  public readonly settings: MessagingSettings;
  /** The adopted CSAT trigger, when `csatOnSessionEnd` is set. */
  public readonly csatOnSessionEnd?: CsatOnSessionEnd;

  constructor(scope: Construct, id: string, props: MessagingSessionPolicyProps = {}) {
    super(scope, id);
    const policy = normalizeProps(props);
    this.validate(policy);

    this.settings = new MessagingSettings(this, 'Resource', {
      provider: policy.provider,
      agentsCanEndSessions: policy.agentsCanEndSessions,
      agentEndedSessionRouting: policy.agentEndedSessionRouting,
      inactivity: policy.inactivity ? inactivityToL1(policy.inactivity) : undefined,
      onDestroy: (policy.resetSettingsOnDestroy ? 'reset' : 'retain') satisfies OnDestroy,
    });

    if (policy.csatOnSessionEnd) {
      this.csatOnSessionEnd = new CsatOnSessionEnd(this, 'CsatOnSessionEnd', {
        provider: policy.provider,
        triggerTitle: policy.csatTriggerTitle ?? MESSAGING_CSAT_TRIGGER_TITLE,
        dependsOn: [this.settings],
      });
    }
  }

  /** Impossible values are errors; legal values without effect are warnings; tokens pass through. */
  private validate(policy: NormalizedPolicy): void {
    const inactivity = policy.inactivity;
    const timeout = INACTIVITY_TIMEOUT;
    validateWholeNumberBetween('inactivity.timeoutMinutes', inactivity?.timeoutMinutes, timeout.min, timeout.max, timeout.unit);
    validateMaxLength('inactivity.reminders', inactivity?.reminders, MAX_REMINDERS);
    (Token.isUnresolved(inactivity?.reminders) ? [] : (inactivity?.reminders ?? [])).forEach((reminder, i) => {
      validateNonEmpty(`inactivity.reminders[${i}].message`, reminder.message);
      if (i === 0 && (isKnown(reminder.waitSeconds) || isKnown(reminder.ticketStatusId))) {
        Annotations.of(this).addWarning(
          "'inactivity.reminders[0]' has a waitSeconds or ticketStatusId, which Zendesk keeps but does not use: the first reminder " +
            'fires after timeoutMinutes and sets inactivity.ticketStatusId. Move the value there, or to the second reminder.',
        );
      }
      if (i > 0 && reminder.waitSeconds === undefined) throw new Error(`'inactivity.reminders[${i}].waitSeconds' is required for the second and third reminders`);
      validateWholeNumberBetween(`inactivity.reminders[${i}].waitSeconds`, reminder.waitSeconds, REMINDER_WAIT.min, REMINDER_WAIT.max, REMINDER_WAIT.unit);
    });
    if (policy.csatOnSessionEnd && isKnown(policy.agentsCanEndSessions) && policy.agentsCanEndSessions === false) {
      throw new Error(
        "'csatOnSessionEnd' needs 'agentsCanEndSessions' to be true: the \"Messaging session ended reason\" condition of Zendesk's " +
          'recipe exists only while agents can end sessions, got agentsCanEndSessions = false',
      );
    }
    // Left out, ending is the account's business: the trigger is still adopted (on an account that lets agents end
    // sessions the recipe works as is), and the provider warns at plan and fails the apply when the condition is missing.
    if (policy.csatOnSessionEnd && policy.agentsCanEndSessions === undefined) {
      Annotations.of(this).addInfo(
        "'csatOnSessionEnd' relies on the account letting agents end sessions, which this policy does not manage " +
          "(agentsCanEndSessions is not set). Set agentsCanEndSessions: true to turn it on here; otherwise an account " +
          'that does not allow it fails the apply with the provider\'s explanation.',
      );
    }
    if (policy.agentEndedSessionRouting && isKnown(policy.agentsCanEndSessions) && policy.agentsCanEndSessions === false) {
      Annotations.of(this).addWarning(
        `agentEndedSessionRouting = "${policy.agentEndedSessionRouting}" has no effect while agentsCanEndSessions is false: ` +
          'no session is ever ended by an agent. Remove it or let agents end sessions.',
      );
    }
    if (inactivity?.enabled === false && (inactivity.timeoutMinutes !== undefined || inactivity.reminders !== undefined)) {
      Annotations.of(this).addWarning('inactivity.enabled is false: timeoutMinutes and reminders are stored but have no effect.');
    }
  }
}

/**
 * The props with every value in its canonical type (see policy-props.ts). No default is filled in for a setting
 * Zendesk keeps: a prop left out stays undefined, so nothing is synthesized for it and the provider leaves it unmanaged.
 */
interface NormalizedPolicy {
  provider?: TerraformProvider;
  agentsCanEndSessions?: boolean;
  agentEndedSessionRouting?: string;
  inactivity?: SessionInactivityOptions;
  csatOnSessionEnd?: boolean;
  csatTriggerTitle?: string;
  resetSettingsOnDestroy?: boolean;
}

const POLICY_PROPS = ['provider', 'agentsCanEndSessions', 'agentEndedSessionRouting', 'inactivity', 'csatOnSessionEnd', 'csatTriggerTitle', 'resetSettingsOnDestroy'];
const REMINDER_PROPS = ['message', 'waitSeconds', 'ticketStatusId', 'tags'];

/** `end_session` → `endSession`: the L1 binding's (and this construct's) spelling of an attribute. */
const camelCase = (attribute: string) => attribute.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

/**
 * The inactivity options are the attribute map's `inactivity.*` settings (its deprecated aliases left out), each
 * converted by its shape: a setting added to the map is accepted, checked and passed on here without another list.
 */
const INACTIVITY_SETTINGS = WRITTEN_SETTINGS.filter((s) => s.attribute.startsWith('inactivity.')).map((s) => ({
  prop: camelCase(s.attribute.slice('inactivity.'.length)),
  shape: s.shape,
}));
const INACTIVITY_PROPS = INACTIVITY_SETTINGS.map((s) => s.prop);

function normalizeInactivity(value: unknown): SessionInactivityOptions | undefined {
  const given = checkKnownProps('inactivity', value, INACTIVITY_PROPS);
  if (!given) return undefined;
  const convert = (prop: string, shape: string, raw: unknown): unknown => {
    const at = `inactivity.${prop}`;
    if (shape === 'on-off') return toBoolean(at, raw);
    if (shape === 'count' || shape === 'ticket-status') return toNumber(at, raw);
    if (shape === 'reminder-list') return normalizeReminders(raw);
    throw new Error(`${at}: the attribute map gives it the shape '${shape}', which MessagingSessionPolicy cannot convert yet`);
  };
  return Object.fromEntries(INACTIVITY_SETTINGS.map(({ prop, shape }) => [prop, convert(prop, shape, given[prop])])) as SessionInactivityOptions;
}

function normalizeReminders(value: unknown): InactivityReminder[] | undefined {
  if (value === undefined || Token.isUnresolved(value)) return value as InactivityReminder[] | undefined;
  if (!Array.isArray(value)) throw new Error(`'inactivity.reminders' must be a list of reminders, got ${typeof value}`);
  return value.map((item, i) => {
    const at = `inactivity.reminders[${i}]`;
    const r = checkKnownProps(at, item, REMINDER_PROPS)!;
    return {
      message: toText(`${at}.message`, r.message) as string,
      waitSeconds: toNumber(`${at}.waitSeconds`, r.waitSeconds),
      ticketStatusId: toNumber(`${at}.ticketStatusId`, r.ticketStatusId),
      tags: toTextList(`${at}.tags`, r.tags),
    };
  });
}

function normalizeProps(props: MessagingSessionPolicyProps): NormalizedPolicy {
  const p = checkKnownProps('', props ?? {}, POLICY_PROPS)!;
  return {
    provider: toProvider('provider', p.provider),
    agentsCanEndSessions: toBoolean('agentsCanEndSessions', p.agentsCanEndSessions),
    agentEndedSessionRouting: toRoutingTreatment('agentEndedSessionRouting', p.agentEndedSessionRouting),
    inactivity: normalizeInactivity(p.inactivity),
    csatOnSessionEnd: toBoolean('csatOnSessionEnd', p.csatOnSessionEnd),
    csatTriggerTitle: toText('csatTriggerTitle', p.csatTriggerTitle),
    resetSettingsOnDestroy: toBoolean('resetSettingsOnDestroy', p.resetSettingsOnDestroy),
  };
}

/** The L1's inactivity block: the same names (see INACTIVITY_SETTINGS), a reminder's wait under the attribute's name. */
function inactivityToL1({ reminders, ...settings }: SessionInactivityOptions): MessagingSettingsInactivity {
  return {
    ...settings,
    reminders: reminders?.map((r) => ({ message: r.message, timeoutSeconds: r.waitSeconds, ticketStatusId: r.ticketStatusId, tags: r.tags })),
  };
}
