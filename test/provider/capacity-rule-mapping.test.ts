/**
 * zendesk_capacity_rule's mapping: what a plan sends, and the state a rule read from Zendesk becomes given the state
 * before (agents as a set, Zendesk's sample of them, the empty description, the default rule's agents); and the
 * agent lookup of data "zendesk_agent".
 */
import type { ApiAgent, ApiCapacityRule } from '../../src/client/capacity-rules';
import { UNKNOWN } from '../../src/framework';
import { CAPACITY_RULE_ATTRIBUTES } from '../../src/provider/capacity-rule/attribute-map';
import { unknownAgentIds } from '../../src/provider/capacity-rule/agent-check';
import { matchingAgents } from '../../src/provider/capacity-rule/agent-data-source';
import { agentIdsFrom, capacityRulePayload, capacityRuleToState, unkept } from '../../src/provider/capacity-rule/mapping';
import { capacityRuleSchema } from '../../src/provider/capacity-rule/schema';

const rule = (over: Partial<ApiCapacityRule> = {}): ApiCapacityRule => ({
  id: '01HG80ATNNZK1N7XRFVKX48XD6',
  name: 'Tier 1',
  description: '',
  default: false,
  capacities: { email: 3, messaging: 2, voice: 1 },
  assignees: { sampleIds: [30, 10, 20], count: 3 },
  ...over,
});

describe('capacity rule payload', () => {
  it('sends the known channels, the agents sorted, "" for no description, and default only to make the rule it', () => {
    const plan = { name: 'Tier 1', description: null, capacities: { email: UNKNOWN, messaging: 2, voice: 0 }, agent_ids: [20, 10], default: UNKNOWN };
    expect(capacityRulePayload(plan)).toEqual({ name: 'Tier 1', description: '', capacities: { messaging: 2, voice: 0 }, agent_ids: [10, 20] });
  });

  it('leaves out agents not yet known, and never sends agents for the default rule', () => {
    expect(capacityRulePayload({ name: 'x', capacities: UNKNOWN, agent_ids: UNKNOWN, default: false })).toEqual({ name: 'x', description: '' });
    expect(capacityRulePayload({ name: 'x', agent_ids: [1], default: true })).toEqual({ name: 'x', description: '', default: true });
  });
});

describe('capacity rule state', () => {
  it('reads agents as a sorted set, whatever order Zendesk answers them in', () => {
    expect(capacityRuleToState(rule(), null).state).toEqual({
      id: '01HG80ATNNZK1N7XRFVKX48XD6', name: 'Tier 1', description: null, capacities: { email: 3, messaging: 2, voice: 1 }, agent_ids: [10, 20, 30], default: false,
    });
  });

  it('keeps an empty description when the configuration says "", and shows one cleared in Admin Center', () => {
    expect(capacityRuleToState(rule(), { description: '' }).state.description).toBe('');
    expect(capacityRuleToState(rule({ description: 'Front line' }), { description: null }).state.description).toBe('Front line');
  });

  it('keeps the prior agents when Zendesk shows only a sample of them that fits, and says so when it does not', () => {
    const many = rule({ assignees: { sampleIds: [1, 2], count: 3 } });
    expect(agentIdsFrom(many, { agent_ids: [3, 2, 1] })).toEqual({ ids: [1, 2, 3], partial: false });
    expect(agentIdsFrom(many, { agent_ids: [1, 2, 4, 5] })).toEqual({ ids: [1, 2], partial: true });
    expect(agentIdsFrom(many, null)).toEqual({ ids: [1, 2], partial: true });
  });

  it('gives the default rule no agents of its own (it covers every agent no other rule names)', () => {
    expect(capacityRuleToState(rule({ default: true }), null).state.agent_ids).toBeNull();
  });

  it('names what a write did not keep, and nothing when it kept the plan', () => {
    const plan = { name: 'Tier 1', capacities: { email: 3, messaging: 5, voice: UNKNOWN }, agent_ids: [10, 20, 30, 40], default: UNKNOWN };
    const written = capacityRuleToState(rule(), plan).state;
    expect(unkept(plan, written)).toEqual(['messaging capacity 5', 'agents 10, 20, 30, 40']);
    expect(unkept({ ...plan, capacities: { messaging: 2 }, agent_ids: [30, 20, 10] }, written)).toEqual([]);
  });
});

describe('the attribute map of zendesk_capacity_rule', () => {
  it('has an entry for every schema attribute and nested channel, and none the schema lacks', () => {
    const paths = Object.entries(capacityRuleSchema.attributes).flatMap(([name, a]) => [name, ...(a.kind === 'nested' ? Object.keys(a.attributes).map((k) => `${name}.${k}`) : [])]);
    expect(CAPACITY_RULE_ATTRIBUTES.map((e) => e.attribute).sort()).toEqual(paths.sort());
  });
});

describe('data "zendesk_agent" lookup', () => {
  const agents: ApiAgent[] = [
    { id: 1, name: 'Sam Agent', email: 'sam.agent@acme.zendesk.test', role: 'agent' },
    { id: 2, name: 'Kim Agent', email: 'kim@acme.zendesk.test', role: 'agent' },
    { id: 3, name: 'Kim Agent', email: null, role: 'admin' },
  ];
  it('finds by email without regard to case, and by exact name', () => {
    expect(matchingAgents(agents, { email: 'SAM.Agent@acme.zendesk.test' }).map((a) => a.id)).toEqual([1]);
    expect(matchingAgents(agents, { name: 'Kim Agent' }).map((a) => a.id)).toEqual([2, 3]);
    expect(matchingAgents(agents, { name: 'kim agent' })).toEqual([]);
  });
});

describe('the plan-time agent check', () => {
  it('names the planned ids that are no agent of the account, in plan order', () => {
    expect(unknownAgentIds([5, 1, 9], [1, 2, 3])).toEqual([5, 9]);
    expect(unknownAgentIds([1, 2], [1, 2, 3])).toEqual([]);
  });
});
