import './support/jest-setup';
import { TerraformStack, TerraformVariable, Testing, Token } from 'cdktf';
import {
  CapacityRule,
  CustomTicketStatus,
  DataZendeskAgent,
  MessagingSessionPolicy,
  OmnichannelQueue,
  OmnichannelQueueOrder,
  OmnichannelRouting,
  type OmnichannelRoutingProps,
  RoutingConfiguration,
  TicketStatusCategory,
  ZendeskProvider,
} from '../../src/constructs';

function stack(): TerraformStack {
  const s = new TerraformStack(Testing.app(), 'test');
  new ZendeskProvider(s, 'zendesk', { subdomain: 'acme' });
  return s;
}
const build = (props: unknown) => new OmnichannelRouting(stack(), 'Routing', props as OmnichannelRoutingProps);
const warningsOf = (routing: OmnichannelRouting) => routing.node.metadata.filter((m) => /warn/i.test(m.type)).map((m) => String(m.data));
const rule = (name: string, more: object = {}) => ({ name, capacities: { email: 2, messaging: 1, voice: 0 }, ...more });
const queue = (name: string, more: object = {}) => ({ name, primaryGroupIds: [1], ...more });

describe('OmnichannelRouting synthesizes', () => {
  it('the routing configuration, capacity rules with agents looked up once per email, and ticket statuses', () => {
    const s = stack();
    new OmnichannelRouting(s, 'Routing', {
      configuration: { enabled: true, reassignmentMessagingEnabled: true, reassignmentMessagingTimeoutSeconds: 60 },
      capacityRules: [
        { name: 'Default', capacities: { email: 1, messaging: 1, voice: 1 }, default: true },
        { name: 'Tier 1', description: 'Front line', capacities: { email: 3, messaging: 2 }, agents: { emails: ['ann@acme.test', 'bob@acme.test'] } },
        { name: 'Tier 2', agents: { ids: [42], names: ['Kim Agent'] } },
      ],
      ticketStatuses: [{ category: TicketStatusCategory.PENDING, agentLabel: 'Waiting on customer', endUserLabel: 'Waiting on you' }],
    });
    const json = JSON.parse(Testing.synth(s));
    expect(Object.values(json.resource.zendesk_routing_configuration)).toEqual([
      { enabled: true, reassignment_messaging_enabled: true, reassignment_messaging_timeout_seconds: 60, on_destroy: 'retain' },
    ]);
    const rules = Object.values(json.resource.zendesk_capacity_rule) as Record<string, unknown>[];
    expect(rules).toEqual([
      { name: 'Default', capacities: { email: 1, messaging: 1, voice: 1 }, default: true },
      {
        name: 'Tier 1', description: 'Front line', capacities: { email: 3, messaging: 2 },
        agent_ids: [expect.stringMatching(/^\$\{data\.zendesk_agent\.Routing_Agentannacmetest_\w+\.id\}$/), expect.stringMatching(/^\$\{data\.zendesk_agent\.Routing_Agentbobacmetest_\w+\.id\}$/)],
      },
      { name: 'Tier 2', agent_ids: [expect.stringMatching(/^\$\{data\.zendesk_agent\.Routing_AgentKimAgent_\w+\.id\}$/), 42] },
    ]);
    expect(Object.values(json.data.zendesk_agent)).toEqual(expect.arrayContaining([{ email: 'ann@acme.test' }, { email: 'bob@acme.test' }, { name: 'Kim Agent' }]));
    expect(Object.keys(json.data.zendesk_agent)).toHaveLength(3);
    expect(Object.values(json.resource.zendesk_custom_ticket_status)).toEqual([{ status_category: 'pending', agent_label: 'Waiting on customer', end_user_label: 'Waiting on you' }]);
  });

  const vipAndBilling = [
    { name: 'VIP', priority: 1, conditions: { all: [{ field: 'priority', operator: 'is', value: 'urgent' }] }, primaryGroupIds: [10], secondaryGroupIds: [20] },
    { name: 'Billing', description: 'Money', conditions: { any: [{ field: 'tags', operator: 'includes', value: 'billing' }] }, primaryGroupIds: [30] },
  ];
  const queueKeys = (json: { resource: { zendesk_omnichannel_queue: Record<string, { name: string }> } }) => {
    const queues = json.resource.zendesk_omnichannel_queue;
    return Object.fromEntries(Object.keys(queues).map((key) => [queues[key].name, key]));
  };

  it('queues by condition, and their order as listed (one queue order resource, no creation order needed)', () => {
    const s = stack();
    const routing = new OmnichannelRouting(s, 'Routing', { queues: vipAndBilling });
    const json = JSON.parse(Testing.synth(s));
    const queues = json.resource.zendesk_omnichannel_queue as Record<string, Record<string, unknown>>;
    const { VIP: vip, Billing: billing } = queueKeys(json);
    expect(queues[vip]).toEqual({ name: 'VIP', priority: 1, conditions: { all: [{ field: 'priority', operator: 'is', value: 'urgent' }] }, primary_group_ids: [10], secondary_group_ids: [20] });
    expect(queues[billing]).toEqual({ name: 'Billing', description: 'Money', conditions: { any: [{ field: 'tags', operator: 'includes', value: 'billing' }] }, primary_group_ids: [30] });
    expect(json.resource.zendesk_omnichannel_queue_order).toEqual({
      [Object.keys(json.resource.zendesk_omnichannel_queue_order)[0]]: { queue_ids: [`\${zendesk_omnichannel_queue.${vip}.id}`, `\${zendesk_omnichannel_queue.${billing}.id}`] },
    });
    expect(Object.keys(json.resource.zendesk_omnichannel_queue_order)[0]).toMatch(/^Routing_QueueOrder_\w+$/);
    expect(routing.queueOrder).toBeInstanceOf(OmnichannelQueueOrder);
  });

  it("refuses at synth a second queue order of the same account (the two would undo each other's order), not one of another account", () => {
    const s = stack();
    new OmnichannelRouting(s, 'Routing', { queues: vipAndBilling });
    new OmnichannelRouting(s, 'More', { queues: [queue('Returns')] });
    expect(() => Testing.synth(s, true)).toThrow(/'queues' of test\/Routing are ordered by its queue order, and test\/More\/QueueOrder orders the queues of the same account/);

    const apart = stack();
    new OmnichannelRouting(apart, 'Routing', { queues: vipAndBilling });
    new OmnichannelRouting(apart, 'More', { queues: [queue('Returns')], manageQueueOrder: false });
    const other = new ZendeskProvider(apart, 'other', { subdomain: 'other', alias: 'other' });
    new OmnichannelRouting(apart, 'Other', { provider: other, queues: [queue('Returns')] });
    expect(() => Testing.synth(apart, true)).not.toThrow();
  });

  it("refuses at synth an OmnichannelQueueOrder of the stack's own beside the construct's", () => {
    const s = stack();
    new OmnichannelRouting(s, 'Routing', { queues: vipAndBilling });
    new OmnichannelQueueOrder(s, 'Mine', { queueIds: ['01HG80ATNNZK1N7XRFVKX48XD6'] });
    expect(() => Testing.synth(s, true)).toThrow(/and test\/Mine orders the queues of the same account/);
  });

  it('queues without their order when manageQueueOrder is false: created one after another in the order listed, as before', () => {
    const s = stack();
    const routing = new OmnichannelRouting(s, 'Routing', { queues: vipAndBilling, manageQueueOrder: false });
    const json = JSON.parse(Testing.synth(s));
    expect(json.resource.zendesk_omnichannel_queue_order).toBeUndefined();
    expect(routing.queueOrder).toBeUndefined();
    const { VIP: vip, Billing: billing } = queueKeys(json);
    expect(json.resource.zendesk_omnichannel_queue[vip].depends_on).toBeUndefined();
    expect(json.resource.zendesk_omnichannel_queue[billing].depends_on).toEqual([`zendesk_omnichannel_queue.${vip}`]);
  });

  it('queues with groups looked up once per name', () => {
    const s = stack();
    const routing = new OmnichannelRouting(s, 'Routing', {
      queues: [
        { name: 'VIP', primaryGroups: ['Support'], secondaryGroups: ['Billing'], secondaryGroupIds: [7] },
        { name: 'Billing', primaryGroups: ['Billing'] },
      ],
    });
    const json = JSON.parse(Testing.synth(s));
    expect(Object.values(json.data.zendesk_group)).toEqual(expect.arrayContaining([{ name: 'Support' }, { name: 'Billing' }]));
    expect(Object.keys(json.data.zendesk_group)).toHaveLength(2);
    expect(Object.keys(routing.groups).sort()).toEqual(['Billing', 'Support']);
    const queues = Object.values(json.resource.zendesk_omnichannel_queue) as Record<string, unknown>[];
    const group = (name: string) => expect.stringMatching(new RegExp(`^\\$\\{data\\.zendesk_group\\.Routing_Group${name}_\\w+\\.id\\}$`));
    expect(queues.find((q) => q.name === 'VIP')).toMatchObject({ primary_group_ids: [group('Support')], secondary_group_ids: [group('Billing'), 7] });
    expect(queues.find((q) => q.name === 'Billing')).toMatchObject({ primary_group_ids: [group('Billing')] });
  });

  it('looked-up agents and a token list of ids in one list (concatenated, not nested)', () => {
    const s = stack();
    const ids = Token.asNumberList(new TerraformVariable(s, 'agents', { type: 'list(number)' }).listValue);
    new OmnichannelRouting(s, 'Routing', { capacityRules: [rule('A', { agents: { names: ['Kim Agent'], ids } })] });
    expect(Testing.synth(s)).toHaveResourceWithProperties(CapacityRule, { agent_ids: expect.stringMatching(/^\$\{concat\(\[data\.zendesk_agent\.Routing_AgentKimAgent_\w+\.id\], var\.agents\)\}$/) });
  });

  it('nothing that is not given: no configuration, no rule, no status', () => {
    const s = stack();
    new OmnichannelRouting(s, 'Routing');
    const synth = Testing.synth(s);
    for (const type of [RoutingConfiguration, CapacityRule, CustomTicketStatus, OmnichannelQueue, OmnichannelQueueOrder]) expect(synth).not.toHaveResource(type);
    expect(synth).not.toHaveDataSource(DataZendeskAgent);
  });

  it("a status whose id MessagingSessionPolicy's inactivity takes", () => {
    const s = stack();
    const routing = new OmnichannelRouting(s, 'Routing', { ticketStatuses: [{ category: TicketStatusCategory.HOLD, agentLabel: 'Inactive chat' }] });
    new MessagingSessionPolicy(s, 'Policy', { inactivity: { ticketStatusId: Token.asNumber(routing.ticketStatus('Inactive chat').id) } });
    const json = JSON.parse(Testing.synth(s));
    const [settings] = Object.values(json.resource.zendesk_messaging_settings) as { inactivity: { ticket_status_id: string } }[];
    expect(settings.inactivity.ticket_status_id).toMatch(/^\$\{zendesk_custom_ticket_status\.Routing_TicketStatusInactivechat_\w+\.id\}$/);
    expect(() => routing.ticketStatus('Nope')).toThrow("No ticket status has the agent label 'Nope' (known: Inactive chat)");
  });

  it('the configuration reset on destroy when asked', () => {
    const s = stack();
    new OmnichannelRouting(s, 'Routing', { configuration: { enabled: true, resetOnDestroy: true } });
    expect(Testing.synth(s)).toHaveResourceWithProperties(RoutingConfiguration, { enabled: true, on_destroy: 'reset' });
  });
});

describe('OmnichannelRouting refuses at synth, naming the prop', () => {
  it.each([
    ['two default rules', { capacityRules: [rule('A', { default: true }), rule('B', { default: true })] }, "'capacityRules[1].default' is true as capacityRules[0].default is"],
    ['one agent (by email) in two rules', { capacityRules: [rule('A', { agents: { emails: ['ann@acme.test'] } }), rule('B', { agents: { emails: ['Ann@acme.test'] } })] }, "'capacityRules[1].agents' names agent ann@acme.test as capacityRules[0].agents does"],
    ['one agent (by name) in two rules', { capacityRules: [rule('A', { agents: { names: ['Kim Agent'] } }), rule('B', { agents: { names: ['Kim Agent'] } })] }, "'capacityRules[1].agents' names agent 'Kim Agent'"],
    ['one agent (by id) in two rules', { capacityRules: [rule('A', { agents: { ids: [7] } }), rule('B', { agents: { ids: [7, 8] } })] }, "'capacityRules[1].agents' names agent 7"],
    ['a negative capacity', { capacityRules: [rule('A', { capacities: { email: -1 } })] }, "'capacityRules[0].capacities.email' must be a whole number 0 or more, got '-1'"],
    ['a fractional capacity', { capacityRules: [rule('A', { capacities: { messaging: 1.5 } })] }, "'capacityRules[0].capacities.messaging' must be a whole number 0 or more, got '1.5'"],
    ['a voice capacity above 1', { capacityRules: [rule('A', { capacities: { voice: 2 } })] }, "'capacityRules[0].capacities.voice' must be a whole number from 0 to 1 (an agent takes one call at a time), got '2'"],
    ['an unknown channel', { capacityRules: [rule('A', { capacities: { chat: 2 } })] }, "'capacityRules[0].capacities.chat' is not a prop of OmnichannelRouting"],
    ['two rules of one name', { capacityRules: [rule('A'), rule('A')] }, "'capacityRules[1]' is named 'A' as capacityRules[0] is"],
    ['a rule without a name', { capacityRules: [rule('')] }, "'capacityRules[0].name' must not be empty"],
    ['a status label over 48 characters', { ticketStatuses: [{ category: 'open', agentLabel: 'x'.repeat(49) }] }, "'ticketStatuses[0].agentLabel' must be 1 to 48 characters long, got 49"],
    ['an unknown status category', { ticketStatuses: [{ category: 'closed', agentLabel: 'Closed' }] }, "'ticketStatuses[0].category' must be one of TicketStatusCategory.NEW, TicketStatusCategory.OPEN"],
    ['two statuses of one label', { ticketStatuses: [{ category: 'open', agentLabel: 'X' }, { category: 'hold', agentLabel: 'X' }] }, "'ticketStatuses[1]' is named 'X' as ticketStatuses[0] is"],
    ['a queue without groups', { queues: [queue('Q', { primaryGroupIds: [], primaryGroups: [] })] }, "'queues[0].primaryGroups' (or primaryGroupIds) needs at least one group"],
    ['a queue with no primary group given', { queues: [{ name: 'Q', secondaryGroups: ['Billing'] }] }, "'queues[0].primaryGroups' (or primaryGroupIds) needs at least one group"],
    ['a queue priority of 0', { queues: [queue('Q', { priority: 0 })] }, "'queues[0].priority' must be a whole number of priority (1 is the highest) from 1 to 100, got '0'"],
    ['a queue priority of 101', { queues: [queue('Q', { priority: 101 })] }, "'queues[0].priority' must be a whole number of priority (1 is the highest) from 1 to 100, got '101'"],
    ['a queue condition without an operator', { queues: [queue('Q', { conditions: { all: [{ field: 'status' }] } })] }, "'queues[0].conditions.all[0]' needs a field and an operator"],
    ['a misspelt configuration option', { configuration: { enable: true } }, "'configuration.enable' is not a prop of OmnichannelRouting: did you mean 'configuration.enabled'?"],
    ['a configuration option of the wrong type', { configuration: { focusModeEnabled: 'yes' } }, "'configuration.focusModeEnabled' must be true or false, got 'yes' (a string)"],
    ['capacity rules that are not a list', { capacityRules: rule('A') }, "'capacityRules' must be a list, got object"],
    ['manageQueueOrder not a boolean', { queues: [queue('Q')], manageQueueOrder: 'no' }, "'manageQueueOrder' must be true or false, got 'no'"],
    ['manageQueueOrder as a token', { queues: [queue('Q')], manageQueueOrder: Token.asAny('${var.manage}') }, "'manageQueueOrder' must be true or false at synth, got a token"],
  ])('%s', (_, props, message) => {
    expect(() => build(props)).toThrow(message);
  });
});

describe('OmnichannelRouting warns about legal values without effect', () => {
  it.each([
    ['agents on the default rule', { capacityRules: [rule('A', { default: true, agents: { ids: [1] } })] }, "'capacityRules[0].agents' is ignored: the default rule covers every agent"],
    ['a rule naming no agent', { capacityRules: [rule('A', { agents: { emails: [] } })] }, "'capacityRules[0].agents' names no agent: the rule 'A' applies to nobody"],
    ['a group both primary and secondary', { queues: [queue('Q', { primaryGroupIds: [1, 2], secondaryGroupIds: [2, 3] })] }, "'queues[0].secondaryGroupIds' repeats primary group 2"],
    ['a group name both primary and secondary', { queues: [{ name: 'Q', primaryGroups: ['Support'], secondaryGroups: ['Support'] }] }, "'queues[0].secondaryGroups' repeats primary group Support"],
    ['auto-accept with messaging reassignment', { configuration: { autoAcceptMessagingEnabled: true, reassignmentMessagingEnabled: true } }, 'Admin Center does not allow both'],
    ['routing off with capacity rules', { configuration: { enabled: false }, capacityRules: [rule('A')] }, "'configuration.enabled' is false: omnichannel routing is off"],
    ['a queue order to manage without queues', { manageQueueOrder: true }, "'manageQueueOrder' is true but no queues are given"],
  ])('%s', (_, props, message) => {
    expect(warningsOf(build(props))).toEqual([expect.stringContaining(message)]);
  });

  it('nothing for a setup without such values, nor for equal queue priorities (Zendesk allows them)', () => {
    const queues = [queue('Q1', { priority: 1 }), queue('Q2', { priority: 1 })];
    expect(warningsOf(build({ configuration: { enabled: true }, capacityRules: [rule('A', { agents: { ids: [1] } }), rule('B', { default: true })], queues }))).toEqual([]);
  });

  it('lets tokens through unchecked (the provider checks them at plan)', () => {
    const s = stack();
    const ids = Token.asList('${var.agents}') as unknown as number[];
    new OmnichannelRouting(s, 'Routing', { capacityRules: [rule('A', { agents: { ids } }), rule('B', { capacities: { voice: Token.asNumber('${var.voice}') } })] });
    expect(Testing.synth(s)).toHaveResourceWithProperties(CapacityRule, { name: 'A', agent_ids: '${var.agents}' });
  });
});

describe('OmnichannelRouting takes JavaScript values whose meaning is unambiguous', () => {
  it('a category as text, numbers as text, booleans as text', () => {
    const s = stack();
    new OmnichannelRouting(s, 'Routing', {
      configuration: { enabled: 'true', reassignmentTalkTimeoutSeconds: '30' },
      capacityRules: [{ name: 'A', capacities: { email: '2' }, default: 'false' }],
      ticketStatuses: [{ category: ' Solved ', agentLabel: 'Done' }],
    } as unknown as OmnichannelRoutingProps);
    const json = JSON.parse(Testing.synth(s));
    expect(Object.values(json.resource.zendesk_routing_configuration)).toEqual([{ enabled: true, reassignment_talk_timeout_seconds: 30, on_destroy: 'retain' }]);
    expect(Object.values(json.resource.zendesk_capacity_rule)).toEqual([{ name: 'A', capacities: { email: 2 }, default: false }]);
    expect(Object.values(json.resource.zendesk_custom_ticket_status)).toEqual([{ status_category: 'solved', agent_label: 'Done' }]);
  });
});
