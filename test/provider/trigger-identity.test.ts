import { Diagnostics } from '../../src/framework';
import { AccountSession, type ZendeskAdminClient } from '../../src/provider/session';
import { TriggerResource } from '../../src/provider/trigger/resource';

/** A client that records every call; the trigger behind it is answered from `trigger`. */
function recordingClient(calls: string[]): ZendeskAdminClient {
  const trigger = { id: 7, title: 'T', active: true, position: 1, description: null, category_id: '1', conditions: { all: [], any: [] }, actions: [{ field: 'status', value: 'open' }] };
  return {
    baseUrl: 'https://acme.zendesk.com',
    request: async (method, path) => void calls.push(`${method} ${path}`) as never,
    requestWithResponse: async (method, path) => {
      calls.push(`${method} ${path}`);
      return { status: 200, headers: {}, data: { trigger } as never, attempts: 1 };
    },
    getSettings: () => Promise.reject(new Error('not used')),
    updateSettings: () => Promise.reject(new Error('not used')),
  };
}

const state = {
  id: '7',
  title: 'T',
  active: true,
  description: null,
  category_id: '1',
  position: 1,
  on_destroy: 'delete',
  adopt_identical: true,
  conditions: null,
  actions: [{ field: 'status', field_title: null, value: 'open', values: null, value_title: null }],
};

describe('a trigger belongs to its account', () => {
  let calls: string[];
  let resource: TriggerResource;
  beforeEach(() => {
    calls = [];
    resource = new TriggerResource();
    resource.configure(new AccountSession('globex', recordingClient(calls)), new Diagnostics());
  });
  const elsewhere = { account: 'acme' };
  const sameNameElsewhere = { account: 'globex', endpoint: 'https://globex.example' };
  const accountErrors = (diagnostics: Diagnostics) => diagnostics.errors.filter((d) => d.summary === 'The provider is configured for another Zendesk account');

  it('reads, plans, updates and deletes nothing through another account', async () => {
    const read = { state, private: { ...elsewhere }, diagnostics: new Diagnostics() };
    await resource.read({ state, private: elsewhere }, read);
    expect(read.state).toBe(state); // the prior state, unchanged
    const plan = { plan: { ...state, title: 'U' }, requiresReplace: [], private: elsewhere, diagnostics: new Diagnostics() };
    const config = { ...plan.plan, id: null }; // computed only: never configured
    await resource.modifyPlan({ config, plan: plan.plan, state, private: elsewhere }, plan);
    const update = { state, private: elsewhere, diagnostics: new Diagnostics() };
    await resource.update({ config, plan: plan.plan, state, private: elsewhere }, update);
    const destroy = { diagnostics: new Diagnostics() };
    await resource.delete({ state, private: elsewhere }, destroy);
    for (const d of [read.diagnostics, plan.diagnostics, update.diagnostics, destroy.diagnostics]) expect(accountErrors(d)).toHaveLength(1);
    expect(calls).toEqual([]);
  });

  it('reads nothing through another endpoint, even under the same account name', async () => {
    const read = { state, private: { ...sameNameElsewhere }, diagnostics: new Diagnostics() };
    await resource.read({ state, private: sameNameElsewhere }, read);
    expect(accountErrors(read.diagnostics)).toHaveLength(1);
    expect(calls).toEqual([]);
  });

  it('forgets a retained trigger whatever the account (nothing is read or written)', async () => {
    const destroy = { diagnostics: new Diagnostics() };
    await resource.delete({ state: { ...state, on_destroy: 'retain' }, private: elsewhere }, destroy);
    expect(destroy.diagnostics.errors).toEqual([]);
    expect(calls).toEqual([]);
  });

  it('records the account on read (older states adopt the current one) and on import', async () => {
    const read = { state, private: {} as Record<string, unknown>, diagnostics: new Diagnostics() };
    await resource.read({ state, private: {} }, read);
    expect(read.diagnostics.errors).toEqual([]);
    expect(read.private.account).toBe('globex');
    expect(read.private.endpoint).toBe('https://globex.zendesk.com');
    expect(calls).toEqual(['GET /api/v2/triggers/7']);
    const imported = { state: {}, private: {} as Record<string, unknown>, diagnostics: new Diagnostics() };
    await resource.importState({ id: '7' }, imported);
    expect(imported.private.account).toBe('globex');
    expect(imported.private.endpoint).toBe('https://globex.zendesk.com');
  });
});
