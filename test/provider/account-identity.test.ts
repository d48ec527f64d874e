import { Diagnostics } from '../../src/framework';
import { type AccountIdentity, checkSameAccount } from '../../src/provider/account-identity';

const acme: AccountIdentity = { name: 'acme', endpoint: 'http://127.0.0.1:1111/acme', legacyName: 'acme' };

function check(recorded: { endpoint?: unknown; name?: unknown }, configured: AccountIdentity = acme) {
  const diagnostics = new Diagnostics();
  const same = checkSameAccount(recorded, configured, 'The resource', diagnostics);
  return { same, errors: diagnostics.errors };
}

describe('checkSameAccount: the account is where the requests go', () => {
  it('accepts the endpoint the resource was written through, whatever the names say', () => {
    expect(check({ endpoint: acme.endpoint, name: 'initech' })).toEqual({ same: true, errors: [] });
  });

  it('refuses another host whose path ends alike, naming both endpoints', () => {
    const { same, errors } = check({ endpoint: 'http://127.0.0.1:2222/acme', name: 'acme' });
    expect(same).toBe(false);
    expect(errors).toHaveLength(1);
    expect(errors[0].summary).toBe('The provider is configured for another Zendesk account');
    expect(errors[0].detail).toContain(
      'belongs to account "acme" at http://127.0.0.1:2222/acme, but the provider is now configured for account "acme" at http://127.0.0.1:1111/acme',
    );
    expect(errors[0].detail).toContain('point the provider back at http://127.0.0.1:2222/acme');
  });

  it('refuses another endpoint even when the recorded name is the one this configuration had before', () => {
    // subdomain = "acme" kept, base_url moved: earlier versions saw the same name and wrote the other account.
    expect(check({ endpoint: 'http://127.0.0.1:1111/beta', name: 'acme' }).same).toBe(false);
  });

  it('recognises a state from before endpoints were recorded by its name, as this or earlier versions called the account', () => {
    const both: AccountIdentity = { name: 'acme', endpoint: 'http://127.0.0.1:1111/acme', legacyName: 'initech' };
    expect(check({ name: 'acme' }, both).same).toBe(true);
    expect(check({ name: 'initech' }, both).same).toBe(true);
    expect(check({}, both).same).toBe(true); // records nothing at all
    const other = check({ name: 'globex' }, both);
    expect(other.same).toBe(false);
    expect(other.errors[0].detail).toContain('belongs to account "globex", but the provider is now configured for account "acme" at http://127.0.0.1:1111/acme');
  });
});
