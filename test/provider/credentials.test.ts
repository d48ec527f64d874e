import { Diagnostics } from '../../src/framework';
import { accountIdFor, accountIdentityFor, resolveConnection } from '../../src/provider/credentials';
import { providerSchema } from '../../src/provider/provider-schema';
import { withNulls } from '../../src/framework';
import type { Value } from '../../src/protocol/tftypes/value';

const config = (values: Record<string, Value>) => withNulls(providerSchema, values);

function resolve(values: Record<string, Value>, env: Record<string, string> = {}, mode: 'validate' | 'configure' = 'configure') {
  const diagnostics = new Diagnostics();
  const settings = resolveConnection(config(values), env, diagnostics, mode);
  return { settings, diagnostics: diagnostics.toArray() };
}

describe('resolveConnection', () => {
  it('prefers nothing implicitly: exactly one credential kind, from config or environment', () => {
    const { settings, diagnostics } = resolve({ subdomain: 'acme', oauth_client_id: 'id', oauth_client_secret: 'secret-value' });
    expect(diagnostics).toEqual([]);
    expect(settings?.auth).toEqual({ kind: 'oauth-client', clientId: 'id', clientSecret: 'secret-value' });
    expect(settings?.requestTimeoutMs).toBe(30_000);
    expect(settings?.maxRetries).toBe(5);
  });

  it('falls back to environment variables attribute by attribute', () => {
    const { settings, diagnostics } = resolve({ email: 'admin@acme.test' }, { ZENDESK_SUBDOMAIN: 'acme', ZENDESK_API_TOKEN: 'tok-123456' });
    expect(settings?.subdomain).toBe('acme');
    expect(settings?.auth).toEqual({ kind: 'api-token', email: 'admin@acme.test', token: 'tok-123456' });
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'warning', summary: 'Zendesk API tokens are deprecated' });
    expect(diagnostics[0].detail).toContain('2027-04-30');
  });

  it('reports missing credentials with every option', () => {
    const { settings, diagnostics } = resolve({ subdomain: 'acme' });
    expect(settings).toBeUndefined();
    expect(diagnostics.map((d) => d.summary)).toEqual(['No Zendesk credentials configured']);
    expect(diagnostics[0].detail).toMatch(/oauth_client_id.*oauth_token.*api_token/s);
  });

  it('reports a missing account', () => {
    const { diagnostics } = resolve({ oauth_token: 'token-abcdef' });
    expect(diagnostics.map((d) => d.summary)).toEqual(['No Zendesk account configured']);
  });

  it('rejects two credential kinds at once, on the attribute of the second', () => {
    const { settings, diagnostics } = resolve({ subdomain: 'acme', oauth_token: 'token-abcdef', email: 'a@b.c', api_token: 'tok-123456' });
    expect(settings).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0].summary).toBe('Conflicting Zendesk credentials');
    expect(diagnostics[0].path?.toString()).toBe('email');
    expect(diagnostics[0].detail).toContain('"oauth_token"');
  });

  it('names the environment variable when the conflict comes from there', () => {
    const { diagnostics } = resolve({ subdomain: 'acme', oauth_token: 'token-abcdef' }, { ZENDESK_API_TOKEN: 'tok-123456' });
    expect(diagnostics[0].detail).toContain('ZENDESK_API_TOKEN');
    expect(diagnostics[0].path?.isRoot).toBe(true);
  });

  it('rejects half a credential pair, naming the missing half', () => {
    const { diagnostics } = resolve({ subdomain: 'acme', oauth_client_id: 'id' });
    expect(diagnostics[0].summary).toBe('Incomplete Zendesk credentials');
    expect(diagnostics[0].path?.toString()).toBe('oauth_client_id');
    expect(diagnostics[0].detail).toContain('oauth_client_secret');
  });

  it('validate mode reports only contradictions (terraform validate works without credentials)', () => {
    expect(resolve({}, {}, 'validate').diagnostics).toEqual([]);
    expect(resolve({ oauth_client_id: 'id' }, {}, 'validate').diagnostics).toEqual([]);
    expect(resolve({ oauth_token: 'token-abcdef', api_token: 'x' }, {}, 'validate').diagnostics).toHaveLength(1);
  });

  // Each case must produce the diagnostic it is about (an empty list would contain no secret either, and prove nothing).
  const secret = 'super-secret-token-value';
  it.each([
    ['two credential kinds', { subdomain: 'acme', oauth_token: secret, api_token: secret }, 'Conflicting Zendesk credentials'],
    ['half an OAuth client', { subdomain: 'acme', oauth_client_secret: secret }, 'Incomplete Zendesk credentials'],
    ['a deprecated API token', { subdomain: 'acme', email: 'a@b.c', api_token: secret }, 'Zendesk API tokens are deprecated'],
  ])('never puts a secret value into a diagnostic: %s', (_what, values, summary) => {
    const { diagnostics } = resolve(values);
    expect(diagnostics.map((d) => d.summary)).toEqual([summary]);
    expect(JSON.stringify(diagnostics)).not.toContain(secret);
  });
});

describe('accountIdFor', () => {
  it.each([
    [{ subdomain: 'acme' }, 'acme'],
    [{ baseUrl: 'https://globex.zendesk.com' }, 'globex'],
    [{ baseUrl: 'http://127.0.0.1:8080/acme' }, 'acme'],
    [{ baseUrl: 'http://127.0.0.1:8080/' }, '127.0.0.1:8080'],
    // The base URL is where the requests go (the client ignores the subdomain then), so it names the account.
    [{ subdomain: 'initech', baseUrl: 'http://127.0.0.1:8080/acme' }, 'acme'],
  ])('%j → %s', (settings, expected) => {
    expect(accountIdFor(settings)).toBe(expected);
  });
});

describe('accountIdentityFor', () => {
  it('names the account after the endpoint and keeps the name earlier versions gave it', () => {
    expect(accountIdentityFor({ subdomain: 'initech', baseUrl: 'http://127.0.0.1:8080/acme' }, 'http://127.0.0.1:8080/acme')).toEqual({
      name: 'acme',
      endpoint: 'http://127.0.0.1:8080/acme',
      legacyName: 'initech',
    });
    expect(accountIdentityFor({ subdomain: 'globex' }, 'https://globex.zendesk.com')).toEqual({
      name: 'globex',
      endpoint: 'https://globex.zendesk.com',
      legacyName: 'globex',
    });
  });
});
