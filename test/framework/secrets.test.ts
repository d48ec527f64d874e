import { SecretScrubber } from '../../src/framework/secrets';

/** The framework's last line of defence copes with sensitive values of any size. */

const TOKEN_40K = `tok/${'a1+b2=c3 '.repeat(4_444)}end`;
const CLIENT_SECRET_40K = `sec@${'Zx9/'.repeat(10_000)}`;
const SHOWN = '(sensitive value)';

describe('SecretScrubber', () => {
  it('scrubs a 40 KB token and a 40 KB client secret as is, URL-encoded and base64', () => {
    const scrubber = new SecretScrubber();
    scrubber.register(TOKEN_40K);
    scrubber.register(CLIENT_SECRET_40K);
    const forms = [TOKEN_40K, CLIENT_SECRET_40K].flatMap((s) => [s, encodeURIComponent(s), Buffer.from(s).toString('base64')]);
    const started = Date.now();
    const out = scrubber.scrub(forms.map((f) => `[${f}]`).join(' '));
    expect(Date.now() - started).toBeLessThan(2_000);
    // base64 is registered without its padding (so it is also caught inside a longer encoded string): "==" may remain.
    expect(out).toMatch(/^(\[\(sensitive value\)=*\] ?){6}$/);
  });

  it('replaces a value containing another registered value whole', () => {
    const scrubber = new SecretScrubber();
    scrubber.register('short-secret');
    scrubber.register('short-secret-and-more');
    expect(scrubber.scrub('x short-secret-and-more y short-secret z')).toBe(`x ${SHOWN} y ${SHOWN} z`);
  });

  it('ignores values too short to be credentials and non-strings', () => {
    const scrubber = new SecretScrubber();
    scrubber.register('abc');
    scrubber.register(42);
    expect(scrubber.scrub('abc 42')).toBe('abc 42');
  });
});
