import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulator, type EmulatorHandle } from '../../src/emulator';
import { makeTempDir } from '../support/temp';
import { TOKEN, send } from './http';

/** Capacity rules as Zendesk's reference shows them: bare JSON bodies, one rule per agent, a default rule kept. */
describe('emulator capacity rules API', () => {
  let emu: EmulatorHandle;
  beforeAll(async () => {
    emu = await startEmulator({ port: 0 });
  });
  afterAll(() => emu.close());

  const api = (account: string, path: string, init: Parameters<typeof send>[1] = {}) => send(`${emu.accountUrl(account)}/api/v2${path}`, { auth: TOKEN, ...init });
  const agents = async (account: string) => (await emu.control.directory(account)).agents;
  const audit = async (account: string) => (await api(account, '/audit_logs?filter[source_type]=capacity_rule')).json().audit_logs;

  it('starts an account with its default rule covering every agent, listed as a bare array', async () => {
    const res = await api('cap-new', '/capacity/rules');
    expect(res.status).toBe(200);
    const rules = res.json();
    expect(Array.isArray(rules)).toBe(true);
    expect(rules).toHaveLength(1);
    const [rule] = rules;
    expect(rule).toEqual({
      id: expect.stringMatching(/^[0-9A-Z]{26}$/),
      name: expect.any(String),
      description: expect.any(String),
      default: true,
      capacities: { email: 1, messaging: 1, voice: 1 },
      assignees: { agents_sample: expect.any(Array), count: 3 },
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      last_updated_at: expect.any(String),
    });
    expect(rule.assignees.agents_sample[0]).toEqual({ id: (await agents('cap-new'))[0].id, name: expect.stringMatching(/@cap-new\./) });
  });

  it('creates, reads, updates and deletes a rule; its agents leave the default rule and come back', async () => {
    const [admin, sam] = await agents('cap-crud');
    const created = await api('cap-crud', '/capacity/rules', {
      method: 'POST',
      body: { name: 'Email heavy', description: 'Tier 1', capacities: { email: 5, messaging: 2, voice: 0 }, agent_ids: [sam.id] },
    });
    expect(created.status).toBe(201);
    const rule = created.json();
    expect(rule).toMatchObject({ name: 'Email heavy', default: false, capacities: { email: 5, messaging: 2, voice: 0 }, assignees: { count: 1, agents_sample: [{ id: sam.id }] } });
    expect((await api('cap-crud', `/capacity/rules/${rule.id}`)).json()).toEqual(rule);
    const defaultRule = () => api('cap-crud', '/capacity/rules').then((r) => r.json().find((x: { default: boolean }) => x.default));
    expect((await defaultRule()).assignees.count).toBe(2);

    const updated = await api('cap-crud', `/capacity/rules/${rule.id}`, { method: 'PUT', body: { capacities: { messaging: 3 }, agent_ids: [admin.id, sam.id] } });
    expect(updated.status).toBe(200);
    expect(updated.json()).toMatchObject({ name: 'Email heavy', capacities: { email: 5, messaging: 3, voice: 0 }, assignees: { count: 2 } });
    expect((await defaultRule()).assignees.count).toBe(1);

    expect((await api('cap-crud', `/capacity/rules/${rule.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await api('cap-crud', `/capacity/rules/${rule.id}`)).json()).toEqual({ error: 'RecordNotFound', description: 'Not found' });
    expect((await defaultRule()).assignees.count).toBe(3);
    expect((await audit('cap-crud')).map((e: { action: string; change_description: string; source_label: string }) => [e.action, e.source_label, e.change_description])).toEqual([
      ['destroy', 'Email heavy', 'Deleted'],
      ['update', 'Email heavy', 'Changed capacities, agent_ids'],
      ['create', 'Email heavy', 'Created'],
    ]);
  });

  it('refuses to delete the default rule, and unknown ids, bad capacities or unknown agents, with the reference\'s error shape', async () => {
    const [defaultRule] = (await api('cap-bad', '/capacity/rules')).json();
    const del = await api('cap-bad', `/capacity/rules/${defaultRule.id}`, { method: 'DELETE' });
    expect(del.status).toBe(400);
    expect(del.json().error).toMatch(/default capacity rule cannot be deleted/);
    expect((await api('cap-bad', '/capacity/rules')).json()).toHaveLength(1);
    expect((await api('cap-bad', '/capacity/rules/01HZZZZZZZZZZZZZZZZZZZZZZZ', { method: 'DELETE' })).status).toBe(404);

    const refusals: [unknown, RegExp][] = [
      [{ capacities: { email: 1 } }, /Name is required/],
      [{ name: 'x', capacities: { email: -1 } }, /email capacity must be a whole number/],
      [{ name: 'x', capacities: { voice: 2 } }, /voice capacity is 0 or 1/],
      [{ name: 'x', capacities: { fax: 1 } }, /Unknown channel fax/],
      [{ name: 'x', agent_ids: [42] }, /Unknown agent ids: 42/],
      [{ name: 'x', agent_ids: 'all' }, /agent_ids must be a list/],
    ];
    for (const [body, pattern] of refusals) {
      const res = await api('cap-bad', '/capacity/rules', { method: 'POST', body });
      expect([res.status, res.json().error]).toEqual([400, expect.stringMatching(pattern)]);
    }
    expect((await api('cap-bad', '/capacity/rules')).json()).toHaveLength(1);
    expect(await audit('cap-bad')).toEqual([]);
  });

  it('makes another rule the default, the old one then taking only the agents it names', async () => {
    const created = (await api('cap-default', '/capacity/rules', { method: 'POST', body: { name: 'New default', default: true } })).json();
    const rules = (await api('cap-default', '/capacity/rules')).json();
    expect(rules.filter((r: { default: boolean }) => r.default).map((r: { id: string }) => r.id)).toEqual([created.id]);
    const old = rules.find((r: { id: string }) => r.id !== created.id);
    expect(old.assignees.count).toBe(0);
    const demote = await api('cap-default', `/capacity/rules/${created.id}`, { method: 'PUT', body: { default: false } });
    expect([demote.status, demote.json().error]).toEqual([400, expect.stringMatching(/stays the default/)]);
  });

  it('changes rules out of band as an admin in Admin Center, named in the audit log', async () => {
    const actor = { name: 'Dana Admin', email: 'dana@cap-oob.test', ipAddress: '203.0.113.9' };
    const rule = await emu.control.createRouting<{ id: string }>('cap-oob', 'capacity-rules', { name: 'Made in Admin Center' }, actor);
    await emu.control.changeRouting('cap-oob', 'capacity-rules', rule.id, { capacities: { messaging: 4 } }, actor);
    expect((await api('cap-oob', `/capacity/rules/${rule.id}`)).json().capacities).toEqual({ email: 0, messaging: 4, voice: 0 });
    await emu.control.deleteRouting('cap-oob', 'capacity-rules', rule.id, actor);
    const entries = await audit('cap-oob');
    expect(entries.map((e: { actor_name: string; ip_address: string; change_description: string }) => [e.actor_name, e.ip_address, e.change_description])).toEqual([
      ['Dana Admin', '203.0.113.9', 'Deleted'],
      ['Dana Admin', '203.0.113.9', 'Changed capacities'],
      ['Dana Admin', '203.0.113.9', 'Created'],
    ]);
    await expect(emu.control.createRouting('cap-oob', 'capacity-rules', { capacities: {} })).rejects.toThrow(/400 .*Name is required/);
    await expect(emu.control.createRouting('cap-oob', 'no-such-kind', {})).rejects.toThrow(/404 .*kinds: capacity-rules/);
  });

  it('keeps rules across a restart, and gives accounts saved before rules existed their default rule', async () => {
    const { dir, cleanup } = makeTempDir('emu-capacity-');
    try {
      const first = await startEmulator({ port: 0, dataDir: dir });
      const created = (await send(`${first.accountUrl('persist')}/api/v2/capacity/rules`, { auth: TOKEN, method: 'POST', body: { name: 'Kept' } })).json();
      await first.close();
      const second = await startEmulator({ port: 0, dataDir: dir });
      const names = (await send(`${second.accountUrl('persist')}/api/v2/capacity/rules`, { auth: TOKEN })).json().map((r: { id: string; name: string }) => [r.id, r.name]);
      expect(names).toContainEqual([created.id, 'Kept']);
      await second.close();
      // An account document written before routing objects existed gets a new account's default rule on first use.
      const file = join(dir, 'persist.json');
      const { routing: _routing, ...older } = JSON.parse(readFileSync(file, 'utf8'));
      writeFileSync(file, JSON.stringify(older));
      const third = await startEmulator({ port: 0, dataDir: dir });
      const rules = (await send(`${third.accountUrl('persist')}/api/v2/capacity/rules`, { auth: TOKEN })).json();
      expect(rules.map((r: { default: boolean }) => r.default)).toEqual([true]);
      await third.close();
    } finally {
      cleanup();
    }
  });
});
