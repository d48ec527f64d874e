import { Token } from 'cdktf';
import { STATUS_CATEGORIES } from '../client/custom-statuses';
import { SETTINGS as ROUTING_SETTINGS } from '../provider/routing-configuration/attribute-map';
import { toBoolean, toNumber, toProvider, toText } from './policy-props';
import { known, list, normalizeConditions, validateConditions, validateUnique } from './routing-prop-lists';
import { CAPACITY_LIMITS, NAME_LENGTH, QUEUE_PRIORITY, STATUS_LABEL_LENGTH } from './routing-limits';
import { TicketStatusCategory } from './routing-props';
import type { CapacityRuleOptions, OmnichannelRoutingProps, QueueOptions, SkillTypeOptions, RoutingConfigurationOptions, TicketStatusOptions } from './routing-props';
import { normalizeSkills, validateSkills } from './skill-checks';
import { isKnown, validateNonEmpty, validateWholeNumberBetween } from './validate-props';

/**
 * OmnichannelRouting's props checked at synth. Props are normalized as MessagingSessionPolicy's are (policy-props.ts:
 * a value whose meaning is unambiguous is taken, anything else fails naming the prop). Only what Zendesk would refuse,
 * or what a configuration can never reach, is an error; a legal value without effect is a warning (`warn`).
 * Unresolved tokens pass through: the provider checks them at plan.
 */
const camelCase = (attribute: string) => attribute.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
/** The configuration's options: the routing configuration's attribute map, each converted by its shape. */
const CONFIGURATION_OPTIONS = ROUTING_SETTINGS.filter((s) => s.aliasOf === undefined).map((s) => ({ prop: camelCase(s.attribute), shape: s.shape }));

const numbers = (prop: string, value: unknown): number[] | undefined =>
  value === undefined || Token.isUnresolved(value) ? (value as number[] | undefined) : list(prop, value, (at, n) => toNumber(at, n) as number);
const texts = (prop: string, value: unknown): string[] | undefined => (value === undefined ? undefined : list(prop, value, (at, t) => toText(at, t) as string));

function normalizeConfiguration(value: unknown): RoutingConfigurationOptions | undefined {
  const given = known('configuration', value, [...CONFIGURATION_OPTIONS.map((o) => o.prop), 'resetOnDestroy']);
  if (!given) return undefined;
  const convert = (prop: string, shape: string, raw: unknown) => {
    const at = `configuration.${prop}`;
    if (shape === 'on-off') return toBoolean(at, raw);
    if (shape === 'count') return toNumber(at, raw);
    return toText(at, raw);
  };
  const options = CONFIGURATION_OPTIONS.map(({ prop, shape }) => [prop, convert(prop, shape, given[prop])]);
  return { ...Object.fromEntries(options), resetOnDestroy: toBoolean('configuration.resetOnDestroy', given.resetOnDestroy) };
}

function normalizeRule(at: string, value: unknown): CapacityRuleOptions {
  const r = known(at, value, ['name', 'description', 'capacities', 'agents', 'default'])!;
  const c = known(`${at}.capacities`, r.capacities, Object.keys(CAPACITY_LIMITS));
  const a = known(`${at}.agents`, r.agents, ['emails', 'names', 'ids']);
  return {
    name: toText(`${at}.name`, r.name) as string,
    description: toText(`${at}.description`, r.description),
    capacities: c && Object.fromEntries(Object.keys(CAPACITY_LIMITS).map((ch) => [ch, toNumber(`${at}.capacities.${ch}`, c[ch])])),
    agents: a && { emails: texts(`${at}.agents.emails`, a.emails), names: texts(`${at}.agents.names`, a.names), ids: numbers(`${at}.agents.ids`, a.ids) },
    default: toBoolean(`${at}.default`, r.default),
  };
}

function toCategory(prop: string, value: unknown): TicketStatusCategory {
  if (value instanceof TicketStatusCategory) return value;
  const text = typeof value === 'object' && value !== null && typeof (value as { value?: unknown }).value === 'string' ? (value as { value: string }).value : value;
  const found = typeof text === 'string' && (STATUS_CATEGORIES as readonly string[]).find((c) => c === text.trim().toLowerCase());
  if (found) return (TicketStatusCategory as unknown as Record<string, TicketStatusCategory>)[found.toUpperCase()];
  const words = STATUS_CATEGORIES.map((c) => `TicketStatusCategory.${c.toUpperCase()}`).join(', ');
  throw new Error(`'${prop}' must be one of ${words} (or its text, '${STATUS_CATEGORIES.join("', '")}'), got ${JSON.stringify(value) ?? String(value)}`);
}

function normalizeStatus(at: string, value: unknown): TicketStatusOptions {
  const s = known(at, value, ['category', 'agentLabel', 'endUserLabel', 'description', 'endUserDescription', 'active'])!;
  return {
    category: toCategory(`${at}.category`, s.category),
    agentLabel: toText(`${at}.agentLabel`, s.agentLabel) as string,
    endUserLabel: toText(`${at}.endUserLabel`, s.endUserLabel),
    description: toText(`${at}.description`, s.description),
    endUserDescription: toText(`${at}.endUserDescription`, s.endUserDescription),
    active: toBoolean(`${at}.active`, s.active),
  };
}

function normalizeQueue(at: string, value: unknown): QueueOptions {
  const q = known(at, value, ['name', 'description', 'priority', 'conditions', 'primaryGroups', 'primaryGroupIds', 'secondaryGroups', 'secondaryGroupIds'])!;
  return {
    name: toText(`${at}.name`, q.name) as string,
    description: toText(`${at}.description`, q.description),
    priority: toNumber(`${at}.priority`, q.priority),
    conditions: normalizeConditions(`${at}.conditions`, q.conditions),
    primaryGroups: texts(`${at}.primaryGroups`, q.primaryGroups),
    primaryGroupIds: numbers(`${at}.primaryGroupIds`, q.primaryGroupIds),
    secondaryGroups: texts(`${at}.secondaryGroups`, q.secondaryGroups),
    secondaryGroupIds: numbers(`${at}.secondaryGroupIds`, q.secondaryGroupIds),
  };
}

/** The props with every value in its canonical type; lists are never undefined. */
export interface NormalizedRouting extends OmnichannelRoutingProps {
  readonly capacityRules: CapacityRuleOptions[];
  readonly ticketStatuses: TicketStatusOptions[];
  readonly queues: QueueOptions[];
  readonly skills: SkillTypeOptions[];
}

export function normalizeRouting(props: OmnichannelRoutingProps): NormalizedRouting {
  const p = known('', props ?? {}, ['provider', 'configuration', 'capacityRules', 'ticketStatuses', 'queues', 'skills', 'manageQueueOrder'])!;
  return {
    provider: toProvider('provider', p.provider),
    configuration: normalizeConfiguration(p.configuration),
    capacityRules: list('capacityRules', p.capacityRules, normalizeRule),
    ticketStatuses: list('ticketStatuses', p.ticketStatuses, normalizeStatus),
    queues: list('queues', p.queues, normalizeQueue),
    skills: normalizeSkills(p.skills),
    manageQueueOrder: toBoolean('manageQueueOrder', p.manageQueueOrder),
  };
}

function validateLength(prop: string, value: string | undefined, limits: { min: number; max: number }): void {
  if (!isKnown(value)) return;
  const length = [...(value as string)].length;
  if (length < limits.min || length > limits.max) throw new Error(`'${prop}' must be ${limits.min} to ${limits.max} characters long, got ${length} ('${value}')`);
}

export type Warn = (message: string) => void;

/** The agents a rule names, as words for messages: an email in any case is one agent (Zendesk compares them so). */
function agentsNamed(rule: CapacityRuleOptions): string[] {
  const known = <T>(items: T[] | undefined) => (Array.isArray(items) ? items.filter(isKnown) : []);
  return [
    ...known(rule.agents?.emails).map((email) => email.trim().toLowerCase()),
    ...known(rule.agents?.names).map((name) => `'${name}'`),
    ...known(rule.agents?.ids).map(String),
  ];
}

function validateRules(rules: CapacityRuleOptions[], warn: Warn): void {
  validateUnique('capacityRules', rules.map((r) => r.name), 'capacity rule');
  const defaults = rules.map((r, i) => [r, i] as const).filter(([r]) => r.default === true);
  if (defaults.length > 1) {
    throw new Error(
      `'capacityRules[${defaults[1][1]}].default' is true as capacityRules[${defaults[0][1]}].default is: an account has one default rule, and ` +
        'making a rule the default takes it from the other, so every apply would swap them. Set default on one rule only.',
    );
  }
  const agentRule = new Map<string, number>();
  rules.forEach((rule, i) => {
    const at = `capacityRules[${i}]`;
    validateNonEmpty(`${at}.name`, rule.name);
    validateLength(`${at}.name`, rule.name, NAME_LENGTH);
    for (const [channel, limits] of Object.entries(CAPACITY_LIMITS)) {
      const value = rule.capacities?.[channel as keyof typeof CAPACITY_LIMITS];
      if (!isKnown(value)) continue;
      if (!Number.isInteger(value) || value! < limits.min || value! > limits.max) {
        const range = limits.max === Number.MAX_SAFE_INTEGER ? `${limits.min} or more` : `from ${limits.min} to ${limits.max}`;
        throw new Error(`'${at}.capacities.${channel}' must be a whole number ${range}${channel === 'voice' ? ' (an agent takes one call at a time)' : ''}, got '${value}'`);
      }
    }
    const agents = agentsNamed(rule);
    for (const agent of new Set(agents)) {
      const other = agentRule.get(agent);
      if (other !== undefined) {
        throw new Error(
          `'${at}.agents' names agent ${agent} as capacityRules[${other}].agents does: an agent is in one capacity rule at a time, and naming it ` +
            'in a rule takes it out of the other, so every apply would move it back and forth. Name it in one rule only.',
        );
      }
      agentRule.set(agent, i);
    }
    if (rule.default === true && agents.length) {
      warn(`'${at}.agents' is ignored: the default rule covers every agent no other rule names, so Zendesk keeps no agents of its own on it. Remove agents, or default.`);
    }
    if (rule.default !== true && rule.agents && agents.length === 0 && !Token.isUnresolved(rule.agents.ids)) {
      warn(`'${at}.agents' names no agent: the rule '${rule.name}' applies to nobody. Name its agents, or leave agents out to manage them elsewhere.`);
    }
  });
}

function validateStatuses(statuses: TicketStatusOptions[]): void {
  validateUnique('ticketStatuses', statuses.map((s) => s.agentLabel), 'ticket status');
  statuses.forEach((status, i) => {
    validateLength(`ticketStatuses[${i}].agentLabel`, status.agentLabel, STATUS_LABEL_LENGTH);
    validateLength(`ticketStatuses[${i}].endUserLabel`, status.endUserLabel, STATUS_LABEL_LENGTH);
  });
}

function validateQueues(queues: QueueOptions[], warn: Warn): void {
  validateUnique('queues', queues.map((q) => q.name), 'queue');
  // Equal priorities are legal (priority only orders an agent's work across queues), so they are left alone.
  queues.forEach((queue, i) => {
    const at = `queues[${i}]`;
    validateLength(`${at}.name`, queue.name, NAME_LENGTH);
    validateWholeNumberBetween(`${at}.priority`, queue.priority, QUEUE_PRIORITY.min, QUEUE_PRIORITY.max, 'priority (1 is the highest)');
    const none = (items: unknown[] | undefined) => items === undefined || (Array.isArray(items) && items.length === 0);
    if (none(queue.primaryGroups) && none(queue.primaryGroupIds)) {
      throw new Error(
        `'${at}.primaryGroups' (or primaryGroupIds) needs at least one group: Zendesk routes a queue's tickets to its primary groups' agents, ` +
          'and refuses a queue without one',
      );
    }
    validateConditions(`${at}.conditions`, queue.conditions);
    const knownOf = <T>(items: T[] | undefined) => (Array.isArray(items) ? items.filter(isKnown) : []);
    for (const [primaryList, secondaryList, prop] of [[queue.primaryGroupIds, queue.secondaryGroupIds, 'secondaryGroupIds'], [queue.primaryGroups, queue.secondaryGroups, 'secondaryGroups']] as const) {
      const primary = new Set<unknown>(knownOf<unknown>(primaryList as unknown[] | undefined));
      const both = knownOf<unknown>(secondaryList as unknown[] | undefined).filter((group) => primary.has(group));
      if (both.length) warn(`'${at}.${prop}' repeats primary group ${both.join(', ')}: its agents already get the queue's tickets first. Remove it from one list.`);
    }
  });
}

export function validateRouting(routing: NormalizedRouting, warn: Warn): void {
  validateRules(routing.capacityRules, warn);
  validateStatuses(routing.ticketStatuses);
  validateQueues(routing.queues, warn);
  validateSkills(routing.skills);
  // Whether a resource exists is decided at synth: a token (a variable's value) cannot decide it.
  if (Token.isUnresolved(routing.manageQueueOrder)) {
    throw new Error("'manageQueueOrder' must be true or false at synth, got a token: whether the queue order resource exists cannot wait for a variable's value");
  }
  if (routing.manageQueueOrder === true && routing.queues.length === 0) {
    warn("'manageQueueOrder' is true but no queues are given: there is no order to manage. Give queues, or leave manageQueueOrder out.");
  }
  const configuration = routing.configuration;
  if (configuration?.autoAcceptMessagingEnabled === true && configuration.reassignmentMessagingEnabled === true) {
    warn(
      "'configuration.autoAcceptMessagingEnabled' with 'configuration.reassignmentMessagingEnabled': Admin Center does not allow both, as an " +
        'auto-accepted conversation is never left unaccepted; the reassignment has no effect. Turn one of them off.',
    );
  }
  if (configuration?.enabled === false && (routing.capacityRules.length || routing.queues.length)) {
    warn("'configuration.enabled' is false: omnichannel routing is off, so the capacity rules and queues are kept but route nothing until it is turned on.");
  }
}
