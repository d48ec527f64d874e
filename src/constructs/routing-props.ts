import type { TerraformMetaArguments, TerraformProvider } from 'cdktf';
import type { StatusCategory } from '../client/custom-statuses';
import type { RoutingConfigurationConfig } from './gen/routing-configuration';

/**
 * The routing configuration's options: the zendesk_routing_configuration binding's own props (generated from the
 * provider's attribute map, with their docs), so a setting added there is an option here without another list.
 * Each option left out is not managed: the account keeps its value.
 */
export type RoutingConfigurationOptions = Omit<RoutingConfigurationConfig, keyof TerraformMetaArguments | 'onDestroy'> & {
  /**
   * Whether destroying restores Zendesk's documented defaults of the options managed here.
   * @default false (destroy leaves the routing configuration as it is)
   */
  readonly resetOnDestroy?: boolean;
};

/** The agents a capacity rule applies to: by email or name (looked up with data "zendesk_agent"), or by user id. */
export interface AgentSelection {
  /**
   * Agents' emails, each looked up once per construct (data "zendesk_agent"): no agent id is hard-coded.
   * @default - none
   */
  readonly emails?: string[];
  /**
   * Agents' names, exactly as in Zendesk, each looked up once per construct (data "zendesk_agent").
   * @default - none
   */
  readonly names?: string[];
  /**
   * Agents' user ids, as numbers or tokens (a data source's id, say).
   * @default - none
   */
  readonly ids?: number[];
}

/** How many tickets of each channel an agent under the rule works at once. A channel left out keeps Zendesk's value. */
export interface ChannelCapacities {
  /** @default - not managed (0 for a new rule) */
  readonly email?: number;
  /** @default - not managed (0 for a new rule) */
  readonly messaging?: number;
  /** 0 or 1: an agent takes one call at a time. @default - not managed (0 for a new rule) */
  readonly voice?: number;
}

/** One capacity rule (zendesk_capacity_rule) for one group of agents. */
export interface CapacityRuleOptions {
  /** The rule's name; also its construct id, so renaming a rule replaces it. */
  readonly name: string;
  /** @default - none */
  readonly description?: string;
  /** @default - not managed (Zendesk's values are kept) */
  readonly capacities?: ChannelCapacities;
  /**
   * The agents under the rule. Each agent is in one rule at a time, so an agent may be named by one rule only.
   * @default - not managed
   */
  readonly agents?: AgentSelection;
  /**
   * Whether this is the account's default rule, which covers every agent no other rule names. At most one rule.
   * @default - not managed
   */
  readonly default?: boolean;
}

/** A ticket status category: which of Zendesk's five categories a custom status belongs to. */
export class TicketStatusCategory {
  public static readonly NEW = new TicketStatusCategory(category('new'));
  public static readonly OPEN = new TicketStatusCategory(category('open'));
  public static readonly PENDING = new TicketStatusCategory(category('pending'));
  public static readonly HOLD = new TicketStatusCategory(category('hold'));
  public static readonly SOLVED = new TicketStatusCategory(category('solved'));

  private constructor(public readonly value: string) {}

  public toString(): string {
    return this.value;
  }
}

/** A category the client knows (STATUS_CATEGORIES): removing one there fails the build here. */
function category(value: StatusCategory): StatusCategory {
  return value;
}

/** One custom ticket status (zendesk_custom_ticket_status). */
export interface TicketStatusOptions {
  /** The category; changing it replaces the status. */
  readonly category: TicketStatusCategory;
  /** The name agents see (at most 48 characters); also its construct id. */
  readonly agentLabel: string;
  /** @default - the agent label */
  readonly endUserLabel?: string;
  /** @default - none */
  readonly description?: string;
  /** @default - none */
  readonly endUserDescription?: string;
  /** @default true */
  readonly active?: boolean;
}

/** One condition of a queue: a ticket field, an operator and a value, as a trigger's conditions are written. */
export interface QueueCondition {
  readonly field: string;
  readonly operator: string;
  /** @default - none (for operators that take no value) */
  readonly value?: string;
}

/** Which new tickets enter a queue: all of `all` and at least one of `any`. */
export interface QueueConditions {
  /** @default - none */
  readonly all?: QueueCondition[];
  /** @default - none */
  readonly any?: QueueCondition[];
}

/** One omnichannel routing queue (zendesk_omnichannel_queue). */
export interface QueueOptions {
  /** The queue's name; also its construct id. */
  readonly name: string;
  /** @default - none */
  readonly description?: string;
  /**
   * 1 (the highest) to 100: an agent who gets work from several queues is assigned the higher priority's tickets first.
   * @default - Zendesk's
   */
  readonly priority?: number;
  /** @default - none: the queue takes every new ticket that reaches it in the queue order */
  readonly conditions?: QueueConditions;
  /**
   * Names of the groups its tickets are routed to first, exactly as in Zendesk, each looked up once per construct
   * (data "zendesk_group"). A queue needs at least one primary group, by name or by id.
   * @default - none
   */
  readonly primaryGroups?: string[];
  /**
   * Ids of the groups its tickets are routed to first; tokens of data sources welcome.
   * @default - none
   */
  readonly primaryGroupIds?: number[];
  /**
   * Names of the groups that get its tickets when no agent of a primary group is available (data "zendesk_group").
   * @default - none
   */
  readonly secondaryGroups?: string[];
  /** @default - none */
  readonly secondaryGroupIds?: number[];
}

/** Which tickets need a skill: all of `all` and, when there are some, one of `any` (a queue's conditions' shape). */
export type SkillConditions = QueueConditions;

/** One skill (zendesk_routing_attribute_value) of a skill type. */
export interface SkillOptions {
  /** The skill's name, e.g. 'German'; unique within its skill type, and its construct id with the type's name. */
  readonly name: string;
  /**
   * Which tickets need an agent with this skill: Zendesk adds the skill to tickets matching them.
   * @default - none: triggers or agents add the skill to tickets
   */
  readonly conditions?: SkillConditions;
}

/** One skill type (zendesk_routing_attribute), e.g. Language, with its skills. */
export interface SkillTypeOptions {
  /** The skill type's name, e.g. 'Language'; also its construct id, so renaming it replaces it (and its skills). */
  readonly name: string;
  /** @default - none */
  readonly skills?: SkillOptions[];
}

export interface OmnichannelRoutingProps {
  /**
   * The zendesk provider (account) to manage; use one aliased provider per account.
   * @default - the stack's default zendesk provider
   */
  readonly provider?: TerraformProvider;
  /**
   * The account's routing configuration (Admin Center > Objects and rules > Omnichannel routing > Routing configuration).
   * @default - not managed
   */
  readonly configuration?: RoutingConfigurationOptions;
  /** @default - none */
  readonly capacityRules?: CapacityRuleOptions[];
  /**
   * Custom ticket statuses; their ids (`ticketStatus(label).id`) can go to MessagingSessionPolicy's inactivity statuses.
   * @default - none
   */
  readonly ticketStatuses?: TicketStatusOptions[];
  /**
   * Queues by condition. A new ticket enters the first queue, in the account's queue order, whose conditions it
   * meets, so their order matters more than their priority: see `manageQueueOrder`.
   * @default - none
   */
  readonly queues?: QueueOptions[];
  /**
   * Skills-based routing: skill types, each with its skills and the conditions that decide which tickets need them
   * (Admin Center > Objects and rules > Business rules > Skills). Agents get their skills in Admin Center. Needs
   * Zendesk Suite Enterprise or Support Enterprise: on another plan Zendesk refuses every skills call, and the plan
   * fails saying so. An account holds at most 10 skill types, and a skill type at most 30 skills.
   * @default - none
   */
  readonly skills?: SkillTypeOptions[];
  /**
   * Whether the construct manages the account's queue order (one zendesk_omnichannel_queue_order, construct id
   * 'QueueOrder') when queues are given: these queues first, in the order listed, and the account's other queues
   * after them in their own order. A queue of someone else's moved ahead of these in Admin Center is drift that the
   * next apply undoes (`zendesk-messaging drift` names who moved it).
   *
   * An account has one queue order: set this to false when another stack (or an admin in Admin Center) orders the
   * account's queues, or when a second OmnichannelRouting manages queues of the same account (two queue orders of
   * one provider in a stack fail synth; across stacks they cannot be seen, and would undo each other's order). The
   * queues are then created in the order listed, after the account's existing ones, and their order is never set again.
   * @default true (when queues are given)
   */
  readonly manageQueueOrder?: boolean;
}
