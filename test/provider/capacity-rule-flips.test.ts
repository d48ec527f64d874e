/**
 * zendesk_capacity_rule against a fake client: the plan-time warnings about a perpetual flip between two rules
 * (an agent or the default another rule holds now), and a refresh that shows the rule's agents in another order or as
 * a partial sample planning no change.
 */
import { Diagnostics, type ObjectValue, UNKNOWN } from '../../src/framework';
import { CapacityRuleResource } from '../../src/provider/capacity-rule/resource';
import { agentsHeldElsewhere, otherDefault, plannedMoves } from '../../src/provider/capacity-rule/flip-check';
import type { ApiCapacityRule } from '../../src/client/capacity-rules';
import { AccountSession, type ZendeskAdminClient } from '../../src/provider/session';

const rule = (id: string, name: string, agents: number[], isDefault = false): ApiCapacityRule => ({
  id, name, description: '', default: isDefault, capacities: {}, assignees: { sampleIds: agents, count: agents.length },
});
const RULES = [rule('D', 'Everyone', [1], true), rule('A', 'Tier A', [2, 3]), rule('B', 'Tier B', [4])];

describe('what a plan moves', () => {
  it.each([
    { what: 'a new rule naming agents', plan: { agent_ids: [3, 2] }, state: null, moves: { agents: [2, 3], makesDefault: false } },
    { what: 'agents already in the rule move nothing', plan: { agent_ids: [2, 3] }, state: { agent_ids: [3, 2] }, moves: { agents: [], makesDefault: false } },
    { what: 'an added agent', plan: { agent_ids: [2, 4] }, state: { agent_ids: [2] }, moves: { agents: [4], makesDefault: false } },
    { what: 'agents not yet known', plan: { agent_ids: UNKNOWN }, state: null, moves: { agents: [], makesDefault: false } },
    { what: 'default = true on a rule that is not the default', plan: { default: true }, state: { default: false }, moves: { agents: [], makesDefault: true } },
    { what: 'default = true on the default rule', plan: { default: true }, state: { default: true }, moves: { agents: [], makesDefault: false } },
  ])('$what', ({ plan, state, moves }) => {
    expect(plannedMoves(plan as unknown as ObjectValue, state as unknown as ObjectValue | null)).toEqual(moves);
  });
});

describe('which other rule holds them', () => {
  it.each([
    { agents: [3, 4], ruleId: undefined, held: [['Tier A', [3]], ['Tier B', [4]]] },
    { agents: [3], ruleId: 'A', held: [] }, // this rule's own agents
    { agents: [1], ruleId: undefined, held: [] }, // the default rule's agents move freely
  ])('agents $agents for rule $ruleId', ({ agents, ruleId, held }) => {
    expect(agentsHeldElsewhere(agents, ruleId, RULES).map((h) => [h.rule.name, h.agents])).toEqual(held);
  });

  it('finds the default when it is another rule', () => {
    expect(otherDefault('A', RULES)?.name).toBe('Everyone');
    expect(otherDefault('D', RULES)).toBeUndefined();
  });
});

/** A client answering the agents list, the rules list and one rule, recording the paths asked. */
function client(paths: string[], shown: ApiCapacityRule = rule('A', 'Tier A', [2, 3])): ZendeskAdminClient {
  const body = (r: ApiCapacityRule) => ({ id: r.id, name: r.name, description: '', default: r.default, capacities: {}, assignees: { agents_sample: r.assignees.sampleIds.map((id) => ({ id })), count: r.assignees.count } });
  return {
    requestWithResponse: async (_method: string, path: string) => {
      paths.push(path);
      const data = path.startsWith('/api/v2/users')
        ? { users: [1, 2, 3, 4].map((id) => ({ id, name: `Agent ${id}`, role: 'agent' })) }
        : path === '/api/v2/capacity/rules'
          ? RULES.map(body)
          : body(shown);
      return { status: 200, headers: {}, data: data as never, attempts: 1 };
    },
  } as unknown as ZendeskAdminClient;
}

describe('the plan of a rule', () => {
  const state = { id: 'A', name: 'Tier A', description: null, capacities: { email: 0, messaging: 0, voice: 0 }, agent_ids: [2, 3], default: false };

  it.each([
    { what: 'naming an agent another rule holds warns, naming that rule', plan: { ...state, agent_ids: [2, 3, 4] }, warning: 'Agent 4 is in capacity rule B ("Tier B") now.', calls: 2 },
    { what: 'default = true while another rule is the default warns, naming it', plan: { ...state, agent_ids: null, default: true }, warning: 'Capacity rule D ("Everyone") is the account\'s default rule now', calls: 1 },
    { what: 'a no-op plan asks nothing', plan: state, warning: undefined, calls: 0 },
  ])('$what', async ({ plan, warning, calls }) => {
    const paths: string[] = [];
    const resource = new CapacityRuleResource();
    resource.configure(new AccountSession('acme', client(paths)), new Diagnostics());
    const resp = { plan, requiresReplace: [], private: {}, diagnostics: new Diagnostics() };
    await resource.modifyPlan({ config: plan, plan, state, private: {} } as never, resp as never);
    expect(resp.diagnostics.errors).toEqual([]);
    expect(resp.diagnostics.warnings.map((w) => w.detail)).toEqual(warning ? [expect.stringContaining(warning)] : []);
    expect(paths).toHaveLength(calls);
  });
});

describe('a rule made the default', () => {
  it('plans its agents as null: the default rule has none of its own, so the apply reads them so', async () => {
    const state = { id: 'A', name: 'Tier A', description: null, capacities: { email: 0, messaging: 0, voice: 0 }, agent_ids: [2, 3], default: false };
    const plan = { ...state, default: true };
    const resource = new CapacityRuleResource();
    resource.configure(new AccountSession('acme', client([])), new Diagnostics());
    const resp = { plan: plan as ObjectValue | null, requiresReplace: [], private: {}, diagnostics: new Diagnostics() };
    await resource.modifyPlan({ config: { ...plan, agent_ids: null }, plan, state, private: {} } as never, resp as never);
    expect(resp.plan).toEqual({ ...plan, agent_ids: null });
  });
});

describe('a refresh of the rule', () => {
  const state = { id: 'A', name: 'Tier A', description: null, capacities: { email: null, messaging: null, voice: null }, agent_ids: [2, 3, 4], default: false };

  it.each([
    { what: 'its agents in another order: no change', shown: [4, 2, 3], count: 3, agents: [2, 3, 4], warnings: 0 },
    { what: 'a sample of its agents that fits the state: no change', shown: [3, 2], count: 3, agents: [2, 3, 4], warnings: 0 },
    { what: 'a sample that does not fit: the sample, with a warning', shown: [3, 5], count: 3, agents: [3, 5], warnings: 1 },
  ])('$what', async ({ shown, count, agents, warnings }) => {
    const resource = new CapacityRuleResource();
    resource.configure(new AccountSession('acme', client([], { ...rule('A', 'Tier A', shown), assignees: { sampleIds: shown, count } })), new Diagnostics());
    const resp = { state, private: {}, diagnostics: new Diagnostics() };
    await resource.read({ state, private: {} } as never, resp as never);
    expect((resp.state as ObjectValue).agent_ids).toEqual(agents);
    expect(resp.diagnostics.warnings).toHaveLength(warnings);
  });

  it('an update answered with a sample of the planned agents keeps the plan (no error, no diff on the next plan)', async () => {
    const resource = new CapacityRuleResource();
    resource.configure(new AccountSession('acme', client([], { ...rule('A', 'Tier A', [4, 2]), assignees: { sampleIds: [4, 2], count: 3 } })), new Diagnostics());
    const plan = { ...state, name: 'Tier A' };
    const resp = { state, private: {}, diagnostics: new Diagnostics() };
    await resource.update({ config: plan, plan, state, private: {} } as never, resp as never);
    expect(resp.diagnostics.errors).toEqual([]);
    expect((resp.state as ObjectValue).agent_ids).toEqual([2, 3, 4]);
  });
});
