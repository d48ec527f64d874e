import { Annotations, Fn, TerraformResource, TerraformStack, type TerraformProvider, Token } from 'cdktf';
import { Construct } from 'constructs';
import type { OnDestroy } from '../provider/messaging-settings/attribute-map';
import { CapacityRule } from './gen/capacity-rule';
import { CustomTicketStatus } from './gen/custom-ticket-status';
import { DataZendeskAgent } from './gen/data-zendesk-agent';
import { DataZendeskGroup } from './gen/data-zendesk-group';
import { OmnichannelQueue } from './gen/omnichannel-queue';
import { OmnichannelQueueOrder } from './gen/omnichannel-queue-order';
import { RoutingAttribute } from './gen/routing-attribute';
import { RoutingAttributeValue } from './gen/routing-attribute-value';
import { RoutingConfiguration } from './gen/routing-configuration';
import { type NormalizedRouting, normalizeRouting, validateRouting } from './routing-checks';
import type { CapacityRuleOptions, OmnichannelRoutingProps, QueueOptions, SkillTypeOptions, TicketStatusOptions } from './routing-props';

export * from './routing-props';

/** Looked-up ids and given ones in one list; a token list (a variable's, say) is concatenated, not nested. */
function withIds(lookedUp: number[], ids: number[] | undefined): number[] | undefined {
  if (!lookedUp.length) return ids;
  if (Token.isUnresolved(ids)) return Token.asNumberList(Fn.concat([lookedUp, ids]));
  return [...lookedUp, ...(ids ?? [])];
}

/** A construct id from an object's name: '/' separates construct paths, so it cannot be in one. */
const idOf = (kind: string, name: string) => `${kind} ${name.replace(/\//g, '-')}`;

/**
 * An account's omnichannel routing setup in one construct: the routing configuration, capacity rules for groups of
 * agents (named by email or id, never by a hard-coded lookup), custom ticket statuses, queues by condition, and
 * skill types with their skills (skills-based routing, Enterprise).
 * Mistakes Zendesk would refuse, and configurations that could never settle (two default rules, an agent in two
 * rules), fail synth naming the prop; legal values without effect are warnings. The queues' order, which decides
 * which queue a new ticket enters, is managed too (the order listed) unless `manageQueueOrder` is false.
 *
 * Construct ids are the objects' names (a rule's or queue's name, a status's agent label, a skill type's name and a
 * skill's with its type's): renaming one replaces it. To adopt an object made in Admin Center, import it into its
 * L1 resource: `routing.skillTypes['Language'].importFrom(id, provider)` (a Terraform import block).
 */
export class OmnichannelRouting extends Construct {
  /** The routing configuration, when `configuration` is given (construct id 'Configuration'). */
  public readonly configuration?: RoutingConfiguration;
  /** The capacity rules, by name. */
  public readonly capacityRules: Readonly<Record<string, CapacityRule>> = {};
  /** The custom ticket statuses, by agent label. */
  public readonly ticketStatuses: Readonly<Record<string, CustomTicketStatus>> = {};
  /** The queues, by name. */
  public readonly queues: Readonly<Record<string, OmnichannelQueue>> = {};
  /** The account's queue order (construct id 'QueueOrder'), when queues are given and `manageQueueOrder` is not false. */
  public readonly queueOrder?: OmnichannelQueueOrder;
  /** The skill types, by name; a skill type's skills are in `skills`. */
  public readonly skillTypes: Readonly<Record<string, RoutingAttribute>> = {};
  /** The skills, by skill type name then skill name (see `skill(type, name)`). */
  public readonly skills: Readonly<Record<string, Readonly<Record<string, RoutingAttributeValue>>>> = {};
  /** The groups looked up by name (queues' primaryGroups and secondaryGroups), by name. */
  public readonly groups: Readonly<Record<string, DataZendeskGroup>> = {};
  /** The agents looked up by email or name, by the email or name as given. */
  public readonly agents: Readonly<Record<string, DataZendeskAgent>> = {};

  private readonly provider?: TerraformProvider;

  constructor(scope: Construct, id: string, props: OmnichannelRoutingProps = {}) {
    super(scope, id);
    const routing = normalizeRouting(props);
    validateRouting(routing, (message) => Annotations.of(this).addWarning(message));
    this.provider = routing.provider;

    if (routing.configuration) this.configuration = this.addConfiguration(routing.configuration);
    for (const rule of routing.capacityRules) (this.capacityRules as Record<string, CapacityRule>)[rule.name] = this.addRule(rule);
    for (const status of routing.ticketStatuses) (this.ticketStatuses as Record<string, CustomTicketStatus>)[status.agentLabel] = this.addStatus(status);
    for (const type of routing.skills) this.addSkillType(type);
    const queues = this.queues as Record<string, OmnichannelQueue>;
    if (routing.queues.length && routing.manageQueueOrder !== false) {
      // The order resource sets the listed order whatever order the queues are created in.
      for (const queue of routing.queues) queues[queue.name] = this.addQueue(queue);
      this.queueOrder = new OmnichannelQueueOrder(this, 'QueueOrder', { provider: this.provider, queueIds: routing.queues.map((q) => queues[q.name].id) });
      this.node.addValidation({ validate: () => this.otherQueueOrders() });
    } else {
      // Someone else orders the queues: Zendesk puts a new queue last, so creating them one after another at least
      // gives them the listed order among themselves, after the account's existing queues.
      let previous: OmnichannelQueue | undefined;
      for (const queue of routing.queues) previous = queues[queue.name] = this.addQueue(queue, previous);
    }
  }

  /** The custom status with this agent label; its `id` can go to MessagingSessionPolicy's inactivity statuses. */
  public ticketStatus(agentLabel: string): CustomTicketStatus {
    const status = this.ticketStatuses[agentLabel];
    if (!status) throw new Error(`No ticket status has the agent label '${agentLabel}' (known: ${Object.keys(this.ticketStatuses).join(', ') || 'none'})`);
    return status;
  }

  /** The skill of this skill type with this name; its `valueId` is what a trigger's skill action names. */
  public skill(skillType: string, name: string): RoutingAttributeValue {
    const skills = this.skills[skillType];
    if (!skills) throw new Error(`No skill type is named '${skillType}' (known: ${Object.keys(this.skills).join(', ') || 'none'})`);
    if (!skills[name]) throw new Error(`The skill type '${skillType}' has no skill named '${name}' (known: ${Object.keys(skills).join(', ') || 'none'})`);
    return skills[name];
  }

  /**
   * An account has one queue order: another one of the same provider in the stack (a second OmnichannelRouting, or
   * an OmnichannelQueueOrder of its own) would reorder the queues back and forth on every apply. Checked when the
   * app synthesizes, when every construct of the stack exists.
   */
  private otherQueueOrders(): string[] {
    const others = TerraformStack.of(this)
      .node.findAll()
      .filter((c) => c !== this.queueOrder && TerraformResource.isTerraformResource(c) && c.terraformResourceType === OmnichannelQueueOrder.tfResourceType)
      .filter((c) => (c as TerraformResource).provider === this.provider);
    return others.map(
      (other) =>
        `'queues' of ${this.node.path} are ordered by its queue order, and ${other.node.path} orders the queues of the same account (provider): an account ` +
        'has one queue order, and two would reorder the queues back and forth on every apply. Keep one: set manageQueueOrder: false here, or remove the other.',
    );
  }

  private addConfiguration({ resetOnDestroy, ...options }: NonNullable<NormalizedRouting['configuration']>): RoutingConfiguration {
    const onDestroy: OnDestroy = resetOnDestroy ? 'reset' : 'retain';
    return new RoutingConfiguration(this, 'Configuration', { provider: this.provider, ...options, onDestroy });
  }

  /** One lookup per email or name, shared by every rule that names it. */
  private agentId(by: { email: string } | { name: string }): number {
    const agents = this.agents as Record<string, DataZendeskAgent>;
    const key = 'email' in by ? by.email : by.name;
    agents[key] ??= new DataZendeskAgent(this, idOf('Agent', key), { provider: this.provider, ...by });
    return agents[key].id;
  }

  /** One lookup per group name, shared by every queue that names it. */
  private groupIds(names: string[] | undefined, ids: number[] | undefined): number[] | undefined {
    if (!names?.length) return ids;
    const groups = this.groups as Record<string, DataZendeskGroup>;
    return withIds(names.map((name) => (groups[name] ??= new DataZendeskGroup(this, idOf('Group', name), { provider: this.provider, name })).id), ids);
  }

  private addRule(rule: CapacityRuleOptions): CapacityRule {
    const { emails = [], names = [] } = rule.agents ?? {};
    const lookedUp = [...emails.map((email) => this.agentId({ email })), ...names.map((name) => this.agentId({ name }))];
    const agentIds = rule.agents && withIds(lookedUp, rule.agents.ids);
    return new CapacityRule(this, idOf('CapacityRule', rule.name), {
      provider: this.provider,
      name: rule.name,
      description: rule.description,
      capacities: rule.capacities,
      agentIds,
      default: rule.default,
    });
  }

  private addStatus(status: TicketStatusOptions): CustomTicketStatus {
    return new CustomTicketStatus(this, idOf('TicketStatus', status.agentLabel), {
      provider: this.provider,
      statusCategory: status.category.value,
      agentLabel: status.agentLabel,
      endUserLabel: status.endUserLabel,
      description: status.description,
      endUserDescription: status.endUserDescription,
      active: status.active,
    });
  }

  private addSkillType(type: SkillTypeOptions): void {
    const attribute = new RoutingAttribute(this, idOf('SkillType', type.name), { provider: this.provider, name: type.name });
    (this.skillTypes as Record<string, RoutingAttribute>)[type.name] = attribute;
    const skills: Record<string, RoutingAttributeValue> = ((this.skills as Record<string, Record<string, RoutingAttributeValue>>)[type.name] = {});
    for (const skill of type.skills ?? []) {
      skills[skill.name] = new RoutingAttributeValue(this, idOf('Skill', `${type.name}: ${skill.name}`), {
        provider: this.provider,
        attributeId: attribute.id,
        name: skill.name,
        conditions: skill.conditions,
      });
    }
  }

  private addQueue(queue: QueueOptions, after?: OmnichannelQueue): OmnichannelQueue {
    return new OmnichannelQueue(this, idOf('Queue', queue.name), {
      provider: this.provider,
      dependsOn: after && [after],
      name: queue.name,
      description: queue.description,
      priority: queue.priority,
      conditions: queue.conditions,
      primaryGroupIds: this.groupIds(queue.primaryGroups, queue.primaryGroupIds)!,
      secondaryGroupIds: this.groupIds(queue.secondaryGroups, queue.secondaryGroupIds),
    });
  }
}
