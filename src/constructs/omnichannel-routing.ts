import { Annotations, type TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import type { OnDestroy } from '../provider/messaging-settings/attribute-map';
import { CapacityRule } from './gen/capacity-rule';
import { CustomTicketStatus } from './gen/custom-ticket-status';
import { DataZendeskAgent } from './gen/data-zendesk-agent';
import { RoutingConfiguration } from './gen/routing-configuration';
import { type NormalizedRouting, normalizeRouting, validateRouting } from './routing-checks';
import type { CapacityRuleOptions, OmnichannelRoutingProps, TicketStatusOptions } from './routing-props';

export * from './routing-props';

/** A construct id from an object's name: '/' separates construct paths, so it cannot be in one. */
const idOf = (kind: string, name: string) => `${kind} ${name.replace(/\//g, '-')}`;

/**
 * An account's omnichannel routing setup in one construct: the routing configuration, capacity rules for groups of
 * agents (named by email or id, never by a hard-coded lookup), custom ticket statuses, and queues by condition.
 * Mistakes Zendesk would refuse, and configurations that could never settle (two default rules, an agent in two
 * rules), fail synth naming the prop; legal values without effect are warnings.
 *
 * Construct ids are the objects' names (a rule's or queue's name, a status's agent label): renaming one replaces it.
 */
export class OmnichannelRouting extends Construct {
  /** The routing configuration, when `configuration` is given (construct id 'Configuration'). */
  public readonly configuration?: RoutingConfiguration;
  /** The capacity rules, by name. */
  public readonly capacityRules: Readonly<Record<string, CapacityRule>> = {};
  /** The custom ticket statuses, by agent label. */
  public readonly ticketStatuses: Readonly<Record<string, CustomTicketStatus>> = {};
  /** The agents looked up by email, by email as given. */
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
    this.addQueues(routing);
  }

  /** The custom status with this agent label; its `id` can go to MessagingSessionPolicy's inactivity statuses. */
  public ticketStatus(agentLabel: string): CustomTicketStatus {
    const status = this.ticketStatuses[agentLabel];
    if (!status) throw new Error(`No ticket status has the agent label '${agentLabel}' (known: ${Object.keys(this.ticketStatuses).join(', ') || 'none'})`);
    return status;
  }

  private addConfiguration({ resetOnDestroy, ...options }: NonNullable<NormalizedRouting['configuration']>): RoutingConfiguration {
    const onDestroy: OnDestroy = resetOnDestroy ? 'reset' : 'retain';
    return new RoutingConfiguration(this, 'Configuration', { provider: this.provider, ...options, onDestroy });
  }

  /** One lookup per email, shared by every rule that names it. */
  private agentId(email: string): number {
    const agents = this.agents as Record<string, DataZendeskAgent>;
    agents[email] ??= new DataZendeskAgent(this, idOf('Agent', email), { provider: this.provider, email });
    return agents[email].id;
  }

  private addRule(rule: CapacityRuleOptions): CapacityRule {
    const ids = rule.agents && [...(rule.agents.emails ?? []).map((email) => this.agentId(email)), ...(rule.agents.ids ?? [])];
    return new CapacityRule(this, idOf('CapacityRule', rule.name), {
      provider: this.provider,
      name: rule.name,
      description: rule.description,
      capacities: rule.capacities,
      agentIds: ids,
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

  /** The queues, once the zendesk_omnichannel_queue binding is in the library. */
  private addQueues(routing: NormalizedRouting): void {
    if (routing.queues.length) throw new Error("'queues' needs the zendesk_omnichannel_queue binding, which this version of the library does not have yet");
  }
}
