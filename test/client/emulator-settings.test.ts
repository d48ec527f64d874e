import { type AuthOptions, ZendeskResponseError, ZendeskValidationError, createZendeskClient } from '../../src/client';
import { countOf, sharedEmulator } from './emulator-control';

const shared = sharedEmulator();
const SETTINGS = '/api/v2/account/settings';
const OAUTH_CLIENT: AuthOptions = { kind: 'oauth-client', clientId: 'emulator-client', clientSecret: 'emulator-secret' };


const client = () => createZendeskClient({ baseUrl: shared.emu.accountUrl('acme'), auth: OAUTH_CLIENT, sleep: async () => {} });

it('reads the managed sections', async () => {
  const settings = await client().getSettings();
  expect(typeof settings.messaging?.messaging_end_session).toBe('boolean');
  expect(typeof settings.routing?.enabled).toBe('boolean');
  expect(typeof settings.routing?.transform_to_email_enabled).toBe('boolean');
  expect(typeof settings.messaging_inactivity?.timeout).toBe('number');
});

it('applies with one PUT after the initial GET and verifies from the PUT answer', async () => {
  const c = client();
  const current = await c.getSettings();
  const want = !current.messaging?.messaging_end_session;
  const result = await c.updateSettings(
    { messaging: { messaging_end_session: want }, routing: { enabled: current.routing?.enabled } },
    { current },
  );
  expect(result.sent).toEqual({ messaging: { messaging_end_session: want } });
  expect(result.notKept).toEqual([]);
  expect(result.settings.messaging?.messaging_end_session).toBe(want);
  expect(await countOf(shared.control, 'acme', 'PUT', SETTINGS)).toBe(1);
  expect(await countOf(shared.control, 'acme', 'GET', SETTINGS)).toBe(1);
  // and it stuck
  expect((await c.getSettings()).messaging?.messaging_end_session).toBe(want);
});

it('makes no request for a no-op patch', async () => {
  const c = client();
  const current = await c.getSettings();
  const before = (await shared.control.requests()).total;
  const result = await c.updateSettings({ messaging: { messaging_end_session: current.messaging?.messaging_end_session } }, { current });
  expect(result.sent).toEqual({});
  expect((await shared.control.requests()).total).toBe(before);
});

it('writes reminders as a whole array', async () => {
  const c = client();
  const current = await c.getSettings();
  const reminders = [
    { message: 'Are you still there?', tags: ['r1'] },
    { message: 'Closing this conversation soon.', timeout: 300, ticket_status_id: null, tags: ['r2'] },
  ];
  const result = await c.updateSettings({ messaging_inactivity: { enabled: true, reminders } }, { current });
  expect(result.notKept).toEqual([]);
  expect(result.settings.messaging_inactivity?.reminders).toHaveLength(2);
  const again = await c.updateSettings({ messaging_inactivity: { reminders } }, { current: result.settings });
  expect(again.sent).toEqual({});
});

it('reports a key the API accepted but did not keep (dropKeys) in notKept', async () => {
  const c = client();
  const current = await c.getSettings();
  const want = !current.messaging?.messaging_end_session;
  await shared.control.addFault({ account: 'acme', method: 'PUT', path: SETTINGS, dropKeys: ['messaging.messaging_end_session'] });
  const result = await c.updateSettings(
    { messaging: { messaging_end_session: want }, routing: { transform_to_email_enabled: !current.routing?.transform_to_email_enabled } },
    { current },
  );
  expect(result.notKept).toEqual([
    { path: 'messaging.messaging_end_session', sent: want, actual: current.messaging?.messaging_end_session, reason: expect.any(String) },
  ]);
  expect(result.settings.routing?.transform_to_email_enabled).toBe(!current.routing?.transform_to_email_enabled);
});

it.each([
  ['lacks the key sent', { settings: { messaging: {} } }],
  ['holds it with the wrong type', { settings: { messaging: { messaging_end_session: 'yes' } } }],
  ['is not JSON at all', undefined],
])('reads the settings back with a GET when the PUT answer %s (the write took effect)', async (_name, body) => {
  const c = client();
  const current = await c.getSettings();
  const want = !current.messaging?.messaging_end_session;
  const getsBefore = await countOf(shared.control, 'acme', 'GET', SETTINGS);
  await shared.control.addFault({ account: 'acme', method: 'PUT', path: SETTINGS, status: 200, afterHandling: true, ...(body ? { body } : { rawBody: '{"settings": {"messag' }) });
  const result = await c.updateSettings({ messaging: { messaging_end_session: want } }, { current });
  expect(result.notKept).toEqual([]);
  expect(result.settings.messaging?.messaging_end_session).toBe(want);
  expect((await countOf(shared.control, 'acme', 'GET', SETTINGS)) - getsBefore).toBe(1);
});

it('says the PUT was answered 200 when only the read-back fails', async () => {
  const c = client();
  const current = await c.getSettings();
  await shared.control.addFault({ account: 'acme', method: 'PUT', path: SETTINGS, status: 200, afterHandling: true, body: {} });
  await shared.control.addFault({ account: 'acme', method: 'GET', path: SETTINGS, status: 200, rawBody: '<html>maintenance</html>', contentType: 'text/html' });
  const err = await c.updateSettings({ messaging: { messaging_end_session: !current.messaging?.messaging_end_session } }, { current }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ZendeskResponseError);
  expect((err as Error).message).toMatch(/^PUT \/api\/v2\/account\/settings was answered with HTTP 200 but without the settings it wrote, and reading them back failed: GET/);
  expect((err as ZendeskResponseError).hint).toContain('the next plan reads the account again');
});

it('turns a 422 into a ZendeskValidationError with details', async () => {
  const err = await client()
    .updateSettings({ messaging_inactivity: { timeout: -5 } })
    .catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ZendeskValidationError);
  const v = err as ZendeskValidationError;
  expect(v).toMatchObject({ status: 422, zendeskError: 'RecordInvalid', method: 'PUT', path: SETTINGS, attempts: 1 });
  expect(Object.keys(v.details).join(' ')).toMatch(/timeout/);
  expect(v.message).toMatch(/^PUT \/api\/v2\/account\/settings failed: 422 RecordInvalid \(.*timeout.*\)\. Fix the value named in the details and retry\.$/);
  expect(await countOf(shared.control, 'acme', 'PUT', SETTINGS)).toBe(1);
});

it('sees an out-of-band change', async () => {
  const c = client();
  const current = await c.getSettings();
  const flipped = !current.routing?.transform_to_email_enabled;
  await shared.control.changeSettings('acme', { routing: { transform_to_email_enabled: flipped } });
  expect((await c.getSettings()).routing?.transform_to_email_enabled).toBe(flipped);
});

it('reads the account the credentials belong to, and says so when the answer has no account object', async () => {
  await shared.control.createAccount({ name: 'acme-sandbox', sandbox: true });
  const sandbox = createZendeskClient({ baseUrl: shared.emu.accountUrl('acme-sandbox'), auth: OAUTH_CLIENT, sleep: async () => {} });
  expect(await sandbox.getAccount()).toEqual({ name: 'acme-sandbox', subdomain: 'acme-sandbox', sandbox: true });
  expect((await client().getAccount()).sandbox).toBe(false);
  await shared.control.addFault({ account: 'acme', path: '/api/v2/account', status: 200, rawBody: '<html><title>Sign in</title></html>', contentType: 'text/html' });
  const failure = client().getAccount();
  await expect(failure).rejects.toBeInstanceOf(ZendeskResponseError);
  await expect(client().getAccount()).resolves.toMatchObject({ sandbox: false });
  await failure.catch((err: Error) => expect(err.message).toMatch(/^GET \/api\/v2\/account .*not JSON with an "account" object/));
});
