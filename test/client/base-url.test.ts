import { isLoopbackHost, parseBaseUrl, resolveApiRoot, validateSubdomain } from '../../src/client/base-url';
import { ZendeskConfigError } from '../../src/client/errors';

describe('subdomain', () => {
  it.each(['acme', 'acme-support', 'a', 'z3', '123'])('accepts %s', (s) => {
    expect(resolveApiRoot({ subdomain: s })).toEqual({ root: `https://${s}.zendesk.com`, host: `${s}.zendesk.com` });
  });

  it.each(['Acme', 'acme.zendesk.com', 'acme_support', '-acme', 'acme-', 'ac me', 'acme/x', 'a'.repeat(64), 'évian'])('refuses %j', (s) => {
    expect(() => validateSubdomain(s)).toThrow(ZendeskConfigError);
    try {
      validateSubdomain(s);
    } catch (err) {
      expect((err as ZendeskConfigError).setting).toBe('subdomain');
      expect((err as Error).message).toMatch(/lowercase letters, digits and hyphens/);
    }
  });

  it('says how to fix a full host name', () => {
    expect(() => validateSubdomain('acme.zendesk.com')).toThrow(/first label/);
  });
});

describe('base URL', () => {
  it('keeps the path and drops trailing slashes', () => {
    expect(parseBaseUrl('http://127.0.0.1:8080/acme/')).toEqual({ root: 'http://127.0.0.1:8080/acme', host: '127.0.0.1:8080' });
    expect(parseBaseUrl('https://acme.zendesk.com')).toEqual({ root: 'https://acme.zendesk.com', host: 'acme.zendesk.com' });
  });

  it.each(['http://127.0.0.1:9/acme', 'http://127.8.9.10/x', 'http://localhost:3000/acme', 'http://[::1]:8080/acme', 'http://LOCALHOST/a'])(
    'allows plain http on loopback: %s',
    (url) => expect(() => parseBaseUrl(url)).not.toThrow(),
  );

  it.each(['http://acme.zendesk.com', 'http://10.0.0.5:8080/acme', 'http://128.0.0.1/a', 'http://localhost.evil.com/a', 'http://[::2]/a', 'http://127.0.0.1.nip.io/a'])(
    'refuses plain http elsewhere: %s',
    (url) => {
      expect(() => parseBaseUrl(url)).toThrow(ZendeskConfigError);
      expect(() => parseBaseUrl(url)).toThrow(/clear text/);
    },
  );

  it('refuses credentials in the URL without echoing them', () => {
    try {
      parseBaseUrl('https://me:hunter22@acme.zendesk.com');
      throw new Error('expected a throw');
    } catch (err) {
      expect(err).toBeInstanceOf(ZendeskConfigError);
      expect(String(err)).not.toContain('hunter22');
    }
  });

  it.each(['ftp://acme.zendesk.com', 'acme.zendesk.com', 'https://acme.zendesk.com/?x=1', 'https://acme.zendesk.com/api/v2'])('refuses %s', (url) => {
    expect(() => parseBaseUrl(url)).toThrow(ZendeskConfigError);
  });

  it('prefers the base URL over the subdomain and needs one of them', () => {
    expect(resolveApiRoot({ subdomain: 'acme', baseUrl: 'http://127.0.0.1:1/x' }).root).toBe('http://127.0.0.1:1/x');
    expect(() => resolveApiRoot({})).toThrow(/No Zendesk account/);
  });

  it('knows loopback hosts', () => {
    expect(isLoopbackHost('127.0.0.1')).toBe(true);
    expect(isLoopbackHost('[::1]')).toBe(true);
    expect(isLoopbackHost('127.0.0.256')).toBe(false);
    expect(isLoopbackHost('example.com')).toBe(false);
  });
});
