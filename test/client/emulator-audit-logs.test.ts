import { type AuthOptions, ZendeskApiError, ZendeskAuthError, ZendeskRateLimitError, auditLogEntry, createZendeskClient, readAuditLog } from '../../src/client';
import { countOf, sharedEmulator } from './emulator-control';

/** A trigger needs at least one condition, as in Zendesk. */
const NEW_TICKETS = { all: [{ field: 'status', operator: 'is', value: 'new' }], any: [] };

/** The audit-log reader against the emulator over real HTTP; waits are recorded, not slept. */
const shared = sharedEmulator();
const AUDIT_LOGS = '/api/v2/audit_logs';
const API_TOKEN: AuthOptions = { kind: 'api-token', email: 'terraform@acme.test', token: 'emulator-token' };
const sleeps: number[] = [];
beforeEach(() => {
  sleeps.length = 0;
});

const client = (account = 'acme', auth: AuthOptions = API_TOKEN) =>
  createZendeskClient({ baseUrl: shared.emu.accountUrl(account), auth, sleep: async (ms) => void sleeps.push(ms) });
const HOUR = 3_600_000;
const lastHour = () => ({ since: new Date(Date.now() - HOUR) });

it('reads the entries of one source type in a window, newest first, across cursor pages', async () => {
  const c = client();
  for (const timeout of [6, 7, 8, 9, 10]) await c.updateSettings({ messaging_inactivity: { timeout } });
  await shared.control.changeSettings('acme', { messaging: { messaging_end_session: false } }, { name: 'Kim Admin', email: 'kim@acme.test' });
  await shared.control.createTrigger('acme', { title: 'Not a setting', conditions: NEW_TICKETS, actions: [{ field: 'status', value: 'open' }] });

  const result = await readAuditLog(c, { sourceType: 'account_setting', ...lastHour(), pageSize: 2 });
  if (!result.available) throw new Error(result.detail);
  expect(result.entries.map((e) => [e.actor_name, e.source_label, e.change_description])).toEqual([
    ['Kim Admin', 'Agents can end messaging sessions', 'Disabled'],
    ['Terraform', 'Auto-release inactivity timeout', 'Changed from 9 to 10'],
    ['Terraform', 'Auto-release inactivity timeout', 'Changed from 8 to 9'],
    ['Terraform', 'Auto-release inactivity timeout', 'Changed from 7 to 8'],
    ['Terraform', 'Auto-release inactivity timeout', 'Changed from 6 to 7'],
    ['Terraform', 'Auto-release inactivity timeout', 'Changed from 5 to 6'],
  ]);
  expect(await countOf(shared.control, 'acme', 'GET', AUDIT_LOGS)).toBe(3); // 6 entries, pages of 2
  expect(result.entries[0]).toMatchObject({ source_type: 'account_setting', action: 'update', ip_address: '127.0.0.1', url: expect.stringContaining('/api/v2/audit_logs/') });

  const past = await readAuditLog(c, { sourceType: 'account_setting', since: new Date(Date.now() - 2 * HOUR), until: new Date(Date.now() - HOUR) });
  expect(past).toEqual({ available: true, entries: [] });
});

it('reads one rule by id', async () => {
  const trigger = await shared.control.createTrigger('acme', { title: 'Watched', conditions: NEW_TICKETS, actions: [{ field: 'status', value: 'open' }] });
  await shared.control.createTrigger('acme', { title: 'Other', conditions: NEW_TICKETS, actions: [{ field: 'status', value: 'open' }] });
  await shared.control.changeTrigger('acme', trigger.id, { active: false }, { email: 'lee@acme.test' });
  const result = await readAuditLog(client(), { sourceType: 'rule', sourceId: trigger.id, ...lastHour() });
  expect(result.available && result.entries.map((e) => [e.actor_name, e.change_description])).toEqual([
    ['Lee', 'Deactivated'],
    ['Acme Admin', 'Created trigger'],
  ]);
});

it('says a non-Enterprise account has no audit log (403, or 404), in Zendesk\'s words, instead of failing', async () => {
  await shared.control.createAccount({ name: 'team', auditLogAccess: false });
  const forbidden = await readAuditLog(client('team'), { sourceType: 'account_setting', ...lastHour() });
  expect(forbidden).toEqual({ available: false, status: 403, detail: expect.stringMatching(/^HTTP 403: .*You do not have access to this page/) });
  await shared.control.addFault({ account: 'acme', method: 'GET', path: AUDIT_LOGS, status: 404, count: 1 });
  expect(await readAuditLog(client(), { sourceType: 'account_setting', ...lastHour() })).toEqual({ available: false, status: 404, detail: 'HTTP 404: Not found' });
});

it('fails a 404 or 403 of the OAuth token request (a wrong base URL or client) as any failure: it says nothing of the plan', async () => {
  const oauth: AuthOptions = { kind: 'oauth-client', clientId: 'emulator-client', clientSecret: 'emulator-secret' };
  for (const status of [404, 403]) {
    await shared.control.addFault({ account: 'acme', method: 'POST', path: '/oauth/tokens', status, count: 1 });
    const failure = await readAuditLog(client('acme', oauth), { sourceType: 'account_setting', ...lastHour() }).then(
      (result) => result,
      (err: unknown) => err,
    );
    expect(failure).toBeInstanceOf(ZendeskApiError);
    expect(failure).toMatchObject({ status, path: '/oauth/tokens' });
  }
  expect(await readAuditLog(client('acme', oauth), { sourceType: 'account_setting', ...lastHour() })).toEqual({ available: true, entries: [] });
});

it('waits out a 429 by its Retry-After and a 5xx, like every other call, and fails other errors with their type', async () => {
  await client().updateSettings({ messaging_inactivity: { timeout: 6 } });
  await shared.control.addFault({ account: 'acme', method: 'GET', path: AUDIT_LOGS, status: 429, retryAfterSeconds: 7, count: 1 });
  await shared.control.addFault({ account: 'acme', method: 'GET', path: AUDIT_LOGS, status: 503, count: 1 });
  const result = await readAuditLog(client(), { sourceType: 'account_setting', ...lastHour() });
  expect(result.available && result.entries).toHaveLength(1);
  expect(sleeps[0]).toBe(7000);
  expect(sleeps).toHaveLength(2);

  await shared.control.addFault({ account: 'acme', method: 'GET', path: AUDIT_LOGS, status: 429, retryAfterSeconds: 600, count: 1 });
  await expect(readAuditLog(client(), { sourceType: 'account_setting', ...lastHour() })).rejects.toBeInstanceOf(ZendeskRateLimitError);
  const wrong = client('acme', { kind: 'api-token', email: 'x@acme.test', token: 'wrong' });
  await expect(readAuditLog(wrong, { sourceType: 'account_setting', ...lastHour() })).rejects.toBeInstanceOf(ZendeskAuthError);
  await expect(readAuditLog(client(), { sourceType: 'rule', since: new Date(), until: new Date(Date.now() - HOUR) })).rejects.toThrow(/starts .* after it ends/);
});

it('refuses an entry of another shape with the field that is wrong', () => {
  expect(() => auditLogEntry({ id: '1', action: 'update', actor_id: 1, actor_name: 'A', change_description: 'x', created_at: 't', source_id: 1, source_label: 'l', source_type: 's' }, 0)).toThrow(
    /item 1\) of an unexpected shape: id is not a number/,
  );
  expect(() => auditLogEntry('nope', 2)).toThrow(/item 3\) of an unexpected shape: not an object/);
});
