import { startEmulator, type EmulatorHandle } from '../../src/emulator';
import { TOKEN, basic, send } from './http';

describe('emulator auth', () => {
  let emu: EmulatorHandle;
  let settings: string;
  beforeAll(async () => {
    emu = await startEmulator({ port: 0, accessTokenTtlSeconds: 1 });
    settings = `${emu.accountUrl('acme')}/api/v2/account/settings`;
  });
  afterAll(() => emu.close());

  const grant = (form: Record<string, string>) => send(`${emu.accountUrl('acme')}/oauth/tokens`, { method: 'POST', form });

  it('answers 401 with Zendesk\'s body without or with wrong credentials', async () => {
    for (const auth of [undefined, basic('admin@acme.test', 'nope'), 'Bearer nope', 'Basic !!!', basic('admin@acme.test', '')]) {
      const res = await send(settings, { auth });
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toBe('application/json; charset=UTF-8');
      expect(res.json()).toEqual({ error: "Couldn't authenticate you" });
    }
  });

  it('accepts the API token with any user email (Basic {email}/token:{token})', async () => {
    expect((await send(settings, { auth: TOKEN })).status).toBe(200);
    expect((await send(settings, { auth: basic('someone@else.test', 'emulator-token') })).status).toBe(200);
  });

  it('issues expiring access tokens through the client credentials grant (JSON or form)', async () => {
    const issued = await grant({ grant_type: 'client_credentials', client_id: 'emulator-client', client_secret: 'emulator-secret' });
    expect(issued.status).toBe(200);
    expect(issued.json()).toMatchObject({ token_type: 'bearer', scope: 'read write', expires_in: 1 });
    const bearer = `Bearer ${issued.json().access_token}`;
    expect((await send(settings, { auth: bearer })).status).toBe(200);
    const json = await send(`${emu.accountUrl('acme')}/oauth/tokens`, {
      method: 'POST',
      body: { grant_type: 'client_credentials', client_id: 'emulator-client', client_secret: 'emulator-secret', scope: 'read' },
    });
    expect(json.json().scope).toBe('read');
    await new Promise((r) => setTimeout(r, 1100));
    expect((await send(settings, { auth: bearer })).status).toBe(401);
  });

  it('scopes access tokens to their account', async () => {
    const issued = await grant({ grant_type: 'client_credentials', client_id: 'emulator-client', client_secret: 'emulator-secret' });
    const res = await send(`${emu.accountUrl('globex')}/api/v2/account/settings`, { auth: `Bearer ${issued.json().access_token}` });
    expect(res.status).toBe(401);
  });

  it('rejects a wrong client or grant type', async () => {
    const wrong = await grant({ grant_type: 'client_credentials', client_id: 'emulator-client', client_secret: 'wrong' });
    expect(wrong.status).toBe(401);
    expect(wrong.json().error).toBe('invalid_client');
    const password = await grant({ grant_type: 'password', client_id: 'emulator-client', client_secret: 'emulator-secret' });
    expect(password.status).toBe(400);
    expect(password.json().error).toBe('unsupported_grant_type');
  });

  it('expires every token of an account on request (control API)', async () => {
    const issued = await grant({ grant_type: 'client_credentials', client_id: 'emulator-client', client_secret: 'emulator-secret' });
    await emu.control.expireTokens('acme');
    expect((await send(settings, { auth: `Bearer ${issued.json().access_token}` })).status).toBe(401);
  });

  it('uses only the configured credentials when some are given', async () => {
    const custom = await startEmulator({ port: 0, apiTokens: ['team-token'], oauthClients: [{ id: 'ci', secret: 'ci-secret' }] });
    try {
      const url = `${custom.accountUrl('acme')}/api/v2/account/settings`;
      expect((await send(url, { auth: TOKEN })).status).toBe(401);
      expect((await send(url, { auth: basic('a@b.c', 'team-token') })).status).toBe(200);
      const issued = await send(`${custom.accountUrl('acme')}/oauth/tokens`, {
        method: 'POST',
        form: { grant_type: 'client_credentials', client_id: 'ci', client_secret: 'ci-secret' },
      });
      expect(issued.status).toBe(200);
    } finally {
      await custom.close();
    }
  });
});
