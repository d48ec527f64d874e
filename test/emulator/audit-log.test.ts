import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulator, type EmulatorHandle } from '../../src/emulator';
import { makeTempDir } from '../support/temp';
import { basic, send } from './http';

/** The emulator's audit log: what each write records, and GET /api/v2/audit_logs as Zendesk documents it. */
describe('emulator audit log', () => {
  let emu: EmulatorHandle;
  beforeAll(async () => {
    emu = await startEmulator({ port: 0, accountsWithoutAuditLogs: ['team-plan'] });
  });
  afterAll(() => emu.close());

  const JANE = basic('jane.doe@acme.test', 'emulator-token');
  const api = (account: string, path: string, init: Parameters<typeof send>[1] = {}) => send(`${emu.accountUrl(account)}/api/v2${path}`, { auth: JANE, ...init });
  const logs = async (account: string, query = '') => {
    const res = await api(account, `/audit_logs${query}`);
    expect(res.status).toBe(200);
    return res.json().audit_logs as Record<string, unknown>[];
  };
  const ACTIONS = [{ field: 'status', value: 'open' }];

  it('records one entry per changed setting of a settings write, by the API-token user, and none for unchanged keys', async () => {
    const put = await api('settings', '/account/settings', {
      method: 'PUT',
      body: { settings: { messaging: { messaging_end_session: false }, messaging_inactivity: { timeout: 10 }, routing: { enabled: true, no_such_key: 1 } } },
    });
    expect(put.status).toBe(200);
    const entries = await logs('settings', '?sort=created_at');
    expect(entries).toHaveLength(2); // routing.enabled was already on; the unknown key is dropped
    const [endSessions, timeout] = entries;
    expect(endSessions).toEqual({
      url: `${emu.accountUrl('settings')}/api/v2/audit_logs/${endSessions.id}.json`,
      id: expect.any(Number),
      action: 'update',
      action_label: 'Updated',
      actor_id: expect.any(Number),
      actor_name: 'Jane Doe',
      change_description: 'Disabled',
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      ip_address: '127.0.0.1',
      source_id: expect.any(Number),
      source_label: 'Agents can end messaging sessions',
      source_type: 'account_setting',
    });
    expect(timeout).toMatchObject({ change_description: 'Changed from 5 to 10', source_label: 'Auto-release inactivity timeout', actor_id: endSessions.actor_id });
    expect(Math.abs(Date.parse(endSessions.created_at as string) - Date.now())).toBeLessThan(5000);

    // The same user again keeps their id; another email is another actor.
    await send(`${emu.accountUrl('settings')}/api/v2/account/settings`, { auth: basic('sam@acme.test', 'emulator-token'), method: 'PUT', body: { settings: { messaging: { messaging_end_session: true } } } });
    await api('settings', '/account/settings', { method: 'PUT', body: { settings: { messaging_inactivity: { timeout: 10 } } } }); // no change, no entry
    const latest = await logs('settings');
    expect(latest).toHaveLength(3);
    expect(latest[0]).toMatchObject({ actor_name: 'Sam', change_description: 'Enabled' });
    expect(latest[0].actor_id).not.toBe(endSessions.actor_id);
  });

  it('names the OAuth client as the actor of a write with a client-credentials token', async () => {
    const grant = await send(`${emu.accountUrl('oauth')}/oauth/tokens`, {
      method: 'POST',
      form: { grant_type: 'client_credentials', client_id: 'emulator-client', client_secret: 'emulator-secret' },
    });
    const bearer = `Bearer ${grant.json().access_token}`;
    await api('oauth', '/account/settings', { auth: bearer, method: 'PUT', body: { settings: { routing: { transform_to_email_enabled: true } } } });
    const [entry] = await logs('oauth');
    expect(entry).toMatchObject({ actor_name: 'emulator-client', source_label: 'Route agent-ended messaging sessions as email tickets', change_description: 'Enabled' });
    // GET /api/v2/users/me names the same actor, so a client can tell its own entries from others'.
    const me = (await api('oauth', '/users/me', { auth: bearer })).json().user;
    expect(me).toEqual({ id: entry.actor_id, url: `${emu.accountUrl('oauth')}/api/v2/users/${entry.actor_id}.json`, name: 'emulator-client', role: 'admin' });
    const jane = (await api('oauth', '/users/me')).json().user;
    expect(jane).toMatchObject({ name: 'Jane Doe', email: 'jane.doe@acme.test' });
    expect(jane.id).not.toBe(me.id);
  });

  it('records trigger creates, updates and deletes as rule entries of the trigger', async () => {
    const created = (await api('rules', '/triggers', { method: 'POST', body: { trigger: { title: 'Urgent', conditions: { all: [{ field: 'priority', operator: 'is', value: 'urgent' }] }, actions: ACTIONS } } })).json().trigger;
    await api('rules', `/triggers/${created.id}`, { method: 'PUT', body: { trigger: { title: 'Very urgent', active: false } } });
    await api('rules', `/triggers/${created.id}`, { method: 'PUT', body: { trigger: { title: 'Very urgent' } } }); // no change
    await api('rules', `/triggers/${created.id}`, { method: 'DELETE' });
    const entries = await logs('rules', `?filter[source_type]=rule&filter[source_id]=${created.id}&sort_by=created_at&sort_order=asc`);
    expect(entries.map((e) => [e.action, e.action_label, e.source_label, e.change_description])).toEqual([
      ['create', 'Created', 'Urgent', 'Created trigger'],
      ['update', 'Updated', 'Very urgent', 'Title changed from "Urgent" to "Very urgent"; Deactivated'],
      ['destroy', 'Deleted', 'Very urgent', 'Deleted trigger'],
    ]);
    expect(new Set(entries.map((e) => e.actor_name))).toEqual(new Set(['Jane Doe']));
  });

  it('records out-of-band changes by the account\'s admin, or by the actor the control call names', async () => {
    await emu.control.changeSettings('oob', { messaging: { messaging_end_session: false } });
    await emu.control.changeSettings('oob', { messaging_inactivity: { timeout: 12 } }, { name: 'Kim Admin', email: 'kim@oob.test', ipAddress: '203.0.113.9' });
    const trigger = await emu.control.createTrigger('oob', { title: 'Out of band', conditions: { all: [{ field: 'priority', operator: 'is', value: 'urgent' }] }, actions: ACTIONS }, { name: 'Lee' });
    await emu.control.changeTrigger('oob', trigger.id, { active: false }, { email: 'kim@oob.test' });
    await emu.control.deleteTrigger('oob', trigger.id);
    const entries = await logs('oob', '?sort=created_at');
    expect(entries.map((e) => [e.actor_name, e.source_type, e.change_description, e.ip_address])).toEqual([
      ['Oob Admin', 'account_setting', 'Disabled', '127.0.0.1'],
      ['Kim Admin', 'account_setting', 'Changed from 5 to 12', '203.0.113.9'],
      ['Lee', 'rule', 'Created trigger', '127.0.0.1'],
      ['Kim Admin', 'rule', 'Deactivated', '127.0.0.1'], // the same email is the same user, who keeps the name given
      ['Oob Admin', 'rule', 'Deleted trigger', '127.0.0.1'],
    ]);
    expect(entries[1].actor_id).toBe(entries[3].actor_id);
    const directoryAdmin = (await emu.control.directory('oob')).agents[0];
    expect(entries[0].actor_id).toBe(directoryAdmin.id);
    await expect(emu.control.changeSettings('oob', { messaging: {} }, { ipAddress: '1.2.3.4' })).rejects.toThrow(/400.*actor.* must be/);
  });

  it('filters by source, actor, ip address, action and a created_at window, and sorts either way', async () => {
    await emu.control.changeSettings('filters', { messaging: { messaging_end_session: false } }, { email: 'a@filters.test', ipAddress: '198.51.100.1' });
    const trigger = await emu.control.createTrigger('filters', { title: 'T', conditions: { all: [{ field: 'priority', operator: 'is', value: 'urgent' }] }, actions: ACTIONS }, { email: 'b@filters.test' });
    const all = await logs('filters');
    expect(all.map((e) => e.source_type)).toEqual(['rule', 'account_setting']); // newest first by default
    expect((await logs('filters', '?sort=created_at')).map((e) => e.source_type)).toEqual(['account_setting', 'rule']);
    expect(await logs('filters', '?filter[source_type]=account_setting')).toEqual([all[1]]);
    expect(await logs('filters', `?filter[source_type]=rule&filter[source_id]=${trigger.id}`)).toEqual([all[0]]);
    expect(await logs('filters', `?filter[source_type]=rule&filter[source_id]=${trigger.id + 1}`)).toEqual([]);
    expect(await logs('filters', `?filter[actor_id]=${all[1].actor_id}`)).toEqual([all[1]]);
    expect(await logs('filters', '?filter[ip_address]=198.51.100.1')).toEqual([all[1]]);
    expect(await logs('filters', '?filter[action]=create')).toEqual([all[0]]);

    const at = Date.parse(all[1].created_at as string);
    const iso = (ms: number) => new Date(ms).toISOString();
    expect(await logs('filters', `?filter[created_at]=${iso(at - 60_000)}&filter[created_at]=${iso(at + 60_000)}`)).toHaveLength(2);
    expect(await logs('filters', `?filter[created_at][]=${iso(at - 60_000)}&filter[created_at][]=${iso(at + 60_000)}`)).toHaveLength(2);
    expect(await logs('filters', `?filter[created_at]=${iso(at - 120_000)}&filter[created_at]=${iso(at - 60_000)}`)).toEqual([]);

    for (const bad of ['?filter[source_id]=1', `?filter[created_at]=${iso(at)}`, '?filter[created_at]=yesterday&filter[created_at]=now', '?sort=title', '?sort_order=up', '?filter[actor_id]=me']) {
      const res = await api('filters', `/audit_logs${bad}`);
      expect([bad, res.status]).toEqual([bad, 400]);
      expect(res.json()).toEqual({ errors: [{ code: 'InvalidParameter', title: expect.any(String) }] });
    }
  });

  it('pages with cursors that neither repeat nor skip an entry written between pages, and with offsets', async () => {
    for (const timeout of [6, 7, 8, 9, 10]) await emu.control.changeSettings('pages', { messaging_inactivity: { timeout } });
    const first = (await api('pages', '/audit_logs?page[size]=2')).json();
    expect(first.audit_logs.map((e: { change_description: string }) => e.change_description)).toEqual(['Changed from 9 to 10', 'Changed from 8 to 9']);
    expect(first.meta).toEqual({ has_more: true, after_cursor: expect.any(String), before_cursor: expect.any(String) });
    expect(first.links.next).toBe(`${emu.accountUrl('pages')}/api/v2/audit_logs.json?page%5Bsize%5D=2&page%5Bafter%5D=${first.meta.after_cursor}`);
    await emu.control.changeSettings('pages', { messaging_inactivity: { timeout: 11 } }); // arrives between pages
    const seen = [...first.audit_logs];
    let page = first;
    while (page.meta.has_more) {
      const res = await fetch(page.links.next, { headers: { authorization: JANE } });
      page = await res.json();
      seen.push(...page.audit_logs);
    }
    expect(seen.map((e) => e.change_description)).toEqual(['Changed from 9 to 10', 'Changed from 8 to 9', 'Changed from 7 to 8', 'Changed from 6 to 7', 'Changed from 5 to 6']);
    expect(page.links.next).not.toBeNull(); // the last page links on too: clients stop on has_more

    const offset = (await api('pages', '/audit_logs?per_page=4&page=2&sort_by=created_at&sort_order=asc')).json();
    expect(offset.count).toBe(6);
    expect(offset.audit_logs.map((e: { change_description: string }) => e.change_description)).toEqual(['Changed from 9 to 10', 'Changed from 10 to 11']);
    expect(offset.next_page).toBeNull();
    expect((await api('pages', '/audit_logs?page[size]=500')).json().audit_logs).toHaveLength(6); // at most 100 a page; all 6 fit
    expect((await api('pages', '/audit_logs?page[size]=2&page[after]=bm9wZQ')).json()).toEqual({ errors: [{ code: 'InvalidPaginationParameter', title: 'page[after] is not valid' }] });
  });

  it('shows one entry by id, and 404 RecordNotFound for an id it does not hold', async () => {
    await emu.control.changeSettings('show', { messaging: { messaging_end_session: false } });
    const [entry] = await logs('show');
    const shown = await api('show', `/audit_logs/${entry.id}`);
    expect(shown.json()).toEqual({ audit_log: entry });
    const missing = await api('show', `/audit_logs/${Number(entry.id) + 1000}`);
    expect([missing.status, missing.json()]).toEqual([404, { error: 'RecordNotFound', description: 'Not found' }]);
  });

  it('answers 403 on a non-Enterprise account (emulator option or control switch), still recording, so an upgrade shows history', async () => {
    const forbidden = { error: { title: 'Forbidden', message: expect.stringMatching(/^You do not have access to this page/) } };
    await emu.control.changeSettings('team-plan', { messaging: { messaging_end_session: false } });
    for (const path of ['/audit_logs', '/audit_logs/1']) {
      const res = await api('team-plan', path);
      expect([res.status, res.json()]).toEqual([403, forbidden]);
      expect(res.headers.get('x-rate-limit')).not.toBeNull();
    }
    expect((await emu.control.accounts()).accounts.find((a) => a.name === 'team-plan')).toMatchObject({ auditLogAccess: false });
    await emu.control.setAuditLogAccess('team-plan', true);
    expect(await logs('team-plan')).toHaveLength(1);
    await emu.control.setAuditLogAccess('team-plan', false);
    expect((await api('team-plan', '/audit_logs')).status).toBe(403);
    await emu.control.createAccount({ name: 'growth-plan', auditLogAccess: false });
    expect((await api('growth-plan', '/audit_logs')).status).toBe(403);
  });
});

describe('emulator audit log persistence', () => {
  it('keeps entries, actor ids and the plan switch across restarts, and gives older data files an empty log', async () => {
    const temp = makeTempDir('audit-persist');
    try {
      let emu = await startEmulator({ port: 0, dataDir: temp.dir });
      await emu.control.changeSettings('kept', { messaging: { messaging_end_session: false } }, { email: 'kim@kept.test' });
      await emu.control.setAuditLogAccess('kept', false);
      await emu.control.changeSettings('old', { messaging: { messaging_end_session: false } });
      await emu.close();
      // A data file written before the audit log existed.
      const oldFile = join(temp.dir, 'old.json');
      const { auditLog: _log, auditLogAccess: _access, ...older } = JSON.parse(readFileSync(oldFile, 'utf8'));
      writeFileSync(oldFile, JSON.stringify(older));

      emu = await startEmulator({ port: 0, dataDir: temp.dir });
      const read = (account: string) => send(`${emu.accountUrl(account)}/api/v2/audit_logs`, { auth: basic('kim@kept.test', 'emulator-token') });
      expect((await read('kept')).status).toBe(403);
      await emu.control.setAuditLogAccess('kept', true);
      const [entry] = (await read('kept')).json().audit_logs;
      await emu.control.changeSettings('kept', { messaging: { messaging_end_session: true } }, { email: 'kim@kept.test' });
      const [again] = (await read('kept')).json().audit_logs;
      expect([again.actor_id, again.actor_name, again.id > entry.id]).toEqual([entry.actor_id, 'Kim', true]);
      expect((await read('old')).json().audit_logs).toEqual([]);
      await emu.close();
    } finally {
      temp.cleanup();
    }
  });
});
