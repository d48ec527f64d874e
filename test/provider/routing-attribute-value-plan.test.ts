/**
 * zendesk_routing_attribute_value's plan-time check of its conditions, against a fake client: a misspelt field fails
 * the plan with the closest name, an unchanged plan asks nothing of Zendesk, an unreachable account only skips the
 * check (with a warning), and an account without skills-based routing is told which plan it needs.
 */
import { Diagnostics, type ObjectValue } from '../../src/framework';
import { ZendeskAuthError, ZendeskNetworkError } from '../../src/client/errors';
import { RoutingAttributeValueResource } from '../../src/provider/routing-attribute-value/resource';
import { AccountSession, type ZendeskAdminClient } from '../../src/provider/session';

const PATH = '/api/v2/routing/attributes/definitions';
const definitions = {
  definitions: {
    conditions_all: [{ subject: 'priority', title: 'Priority', type: 'list', operators: [{ value: 'is', title: 'Is' }], values: [{ value: 'urgent', title: 'Urgent' }] }],
    conditions_any: [],
  },
};

/** A resource whose client answers the definitions with `answer` (or throws it), counting the calls. */
function valueResource(answer: () => unknown) {
  const asked: string[] = [];
  const client = {
    requestWithResponse: async (method: string, path: string) => {
      asked.push(`${method} ${path}`);
      return { status: 200, headers: {}, data: answer(), attempts: 1 };
    },
  } as unknown as ZendeskAdminClient;
  const resource = new RoutingAttributeValueResource();
  resource.configure(new AccountSession('acme', client), new Diagnostics());
  return { resource, asked };
}

const value = (field: string): ObjectValue => ({
  id: 'a-1/v-1', value_id: 'v-1', attribute_id: 'a-1', name: 'Urgent',
  conditions: { all: [{ field, operator: 'is', value: 'urgent' }], any: null },
});

async function plan(resource: RoutingAttributeValueResource, planned: ObjectValue, state: ObjectValue | null) {
  const resp = { plan: planned, requiresReplace: [], private: {}, diagnostics: new Diagnostics() };
  await resource.modifyPlan({ config: planned, plan: planned, state, private: { account: 'acme' } } as never, resp as never);
  return resp.diagnostics;
}

const fail = (error: Error) => () => {
  throw error;
};

describe('zendesk_routing_attribute_value plan-time condition check', () => {
  it('fails a misspelt field with the closest name, on the list it is in', async () => {
    const { resource } = valueResource(() => definitions);
    const [error, ...more] = (await plan(resource, value('priorty'), null)).errors;
    expect(more).toEqual([]);
    expect(error.path?.toString()).toBe('conditions.all');
    expect(error.detail).toContain('Did you mean "priority" (Priority)?');
  });

  it('asks nothing of Zendesk when the conditions do not change', async () => {
    const { resource, asked } = valueResource(() => definitions);
    const diagnostics = await plan(resource, { ...value('priority'), name: 'Renamed' }, value('priority'));
    expect([diagnostics.length, asked]).toEqual([0, []]);
  });

  it('skips the check with a warning when the account cannot be reached', async () => {
    const unreachable = new ZendeskNetworkError(`GET ${PATH} failed: connection refused.`, { method: 'GET', path: PATH, attempts: 3, hint: 'Check the network.', reason: 'connection-refused' });
    const { resource } = valueResource(fail(unreachable));
    const diagnostics = await plan(resource, value('priority'), null);
    expect(diagnostics.errors).toEqual([]);
    expect(diagnostics.warnings.map((w) => w.summary)).toEqual(['Skill conditions not checked']);
  });

  it('names the plan when Zendesk refuses the definitions with 403', async () => {
    const forbidden = new ZendeskAuthError(`GET ${PATH} failed: 403 Forbidden.`, { method: 'GET', path: PATH, status: 403, attempts: 1, hint: '' });
    const { resource } = valueResource(fail(forbidden));
    const [error] = (await plan(resource, value('priority'), null)).errors;
    expect(error.summary).toBe('Skills-based routing needs Zendesk Suite Enterprise or Support Enterprise');
    expect(error.detail).toContain('Upgrade "acme"');
  });
});
