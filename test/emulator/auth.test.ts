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

  it('answers 401 "Couldn\'t authenticate you" without credentials or with wrong API-token credentials', async () => {
    for (const auth of [undefined, basic('admin@acme.test', 'nope'), 'Basic !!!', basic('admin@acme.test', ''), 'Token abc']) {
      const res = await send(settings, { auth });
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toBe('application/json; charset=UTF-8');
      expect(res.json()).toEqual({ error: "Couldn't authenticate you" });
      expect(res.headers.get('www-authenticate')).toBeNull();
    }
  });

  it('answers an unknown, expired or other account\'s Bearer token with 401 invalid_token and a WWW-Authenticate challenge', async () => {
    const issued = (await grant({ grant_type: 'client_credentials', client_id: 'emulator-client', client_secret: 'emulator-secret' })).json();
    const otherAccount = await send(`${emu.accountUrl('globex')}/api/v2/account/settings`, { auth: `Bearer ${issued.access_token}` });
    await new Promise((r) => setTimeout(r, 1100)); // the test emulator's tokens live 1 s
    const expired = await send(settings, { auth: `Bearer ${issued.access_token}` });
    for (const res of [await send(settings, { auth: 'Bearer nope' }), await send(settings, { auth: 'Bearer' }), otherAccount, expired]) {
      expect(res.status).toBe(401);
      expect(res.json()).toEqual({ error: 'invalid_token', error_description: 'The access token provided is expired, revoked, malformed or invalid for other reasons.' });
      expect(res.headers.get('www-authenticate')).toBe(
        'Bearer error="invalid_token", error_description="The access token provided is expired, revoked, malformed or invalid for other reasons."',
      );
      expect(res.text).not.toContain(issued.access_token);
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

  it('honours a requested expires_in from 300 s to 172800 s and refuses one outside that range', async () => {
    const ask = (expires_in: unknown, form = false) =>
      form
        ? grant({ grant_type: 'client_credentials', client_id: 'emulator-client', client_secret: 'emulator-secret', expires_in: String(expires_in) })
        : send(`${emu.accountUrl('acme')}/oauth/tokens`, {
            method: 'POST',
            body: { grant_type: 'client_credentials', client_id: 'emulator-client', client_secret: 'emulator-secret', expires_in },
          });
    for (const [asked, form] of [[300, false], [172800, false], [600, true]] as const) {
      const res = await ask(asked, form);
      expect(res.status).toBe(200);
      expect(res.json()).toMatchObject({ expires_in: asked, token_type: 'bearer' });
      expect(res.json()).not.toHaveProperty('refresh_token'); // the client credentials grant issues none
    }
    for (const asked of [299, 172801, 0, -5, 1.5, 'ten', true]) {
      const res = await ask(asked);
      expect(res.status).toBe(400);
      expect(res.json()).toEqual({ error: 'invalid_request', error_description: expect.stringContaining('expires_in must be a whole number of seconds from 300') });
    }
    // The token really lives as long as asked: valid at 599 s, refused at 601 s.
    const token = (await ask(600)).json().access_token;
    const start = Date.now();
    const clock = jest.spyOn(Date, 'now');
    try {
      clock.mockReturnValue(start + 599_000);
      expect((await send(settings, { auth: `Bearer ${token}` })).status).toBe(200);
      clock.mockReturnValue(start + 601_000);
      expect((await send(settings, { auth: `Bearer ${token}` })).json().error).toBe('invalid_token');
    } finally {
      clock.mockRestore();
    }
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
      expect(issued.json().expires_in).toBe(1800); // Zendesk's default lifetime when the grant asks for none
    } finally {
      await custom.close();
    }
  });
});
