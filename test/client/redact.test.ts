import { REDACTED, redact, redactorFor, secretVariants } from '../../src/client/redact';

/** Secrets of any size, many of them: replaced in every wire form, in linear time, without building a RegExp. */

// 40 KB with characters that URL-encoding changes, so all three forms differ.
const TOKEN_40K = `tok/${'a1+b2=c3 '.repeat(4_444)}end`;
const CLIENT_SECRET_40K = `sec@${'Zx9/'.repeat(10_000)}`;
const forms = (s: string) => [s, encodeURIComponent(s), Buffer.from(s, 'utf8').toString('base64')];

describe('redact: secrets of any size', () => {
  it('replaces a 40 KB token and a 40 KB client secret in every wire form', () => {
    expect(TOKEN_40K.length).toBeGreaterThan(40_000);
    const text = [...forms(TOKEN_40K), ...forms(CLIENT_SECRET_40K)].map((f, i) => `<${i}:${f}>`).join(' ');
    const out = redactorFor(() => [TOKEN_40K, CLIENT_SECRET_40K])(text);
    expect(out).toBe([0, 1, 2, 3, 4, 5].map((i) => `<${i}:${REDACTED}>`).join(' '));
  });

  it('catches a 40 KB secret in an echoed JSON error body and an Authorization header it does not know', () => {
    const echoed = JSON.stringify({ error: 'invalid_client', client_secret: CLIENT_SECRET_40K });
    expect(redact(echoed, secretVariants(CLIENT_SECRET_40K))).toBe(`{"error":"invalid_client","client_secret":"${REDACTED}"}`);
    const unknown = 'x9'.repeat(20_000);
    expect(redact(`Authorization: Bearer ${unknown}`, [])).toBe(`Authorization: Bearer ${REDACTED}`);
  });

  it('handles many secrets (a client secret and every minted token) in a long text quickly', () => {
    const minted = Array.from({ length: 16 }, (_, i) => `minted-${i}-${'k'.repeat(2_000)}`);
    const redactor = redactorFor(() => [CLIENT_SECRET_40K, TOKEN_40K, ...minted]);
    const text = `${'lorem ipsum '.repeat(80_000)}${minted[7]} ${encodeURIComponent(TOKEN_40K)}`;
    const started = Date.now();
    const out = redactor(text);
    // Linear: ~20 ms here. A quadratic scan of this 1 MB text would take minutes.
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(out.endsWith(`${REDACTED} ${REDACTED}`)).toBe(true);
    expect(out).not.toContain('minted-7');
  });

  it('copes with a secret of one repeated character inside a long run of it', () => {
    const secret = 'a'.repeat(40_000);
    const out = redact(`x${'a'.repeat(100_001)}y`, [secret]);
    expect(out).toBe(`x${REDACTED}${REDACTED}${'a'.repeat(20_001)}y`);
  });

  it('replaces the longer of two overlapping secrets whole', () => {
    expect(redact('pre abc123-secret-xyz post', ['abc123', 'abc123-secret-xyz'])).toBe(`pre ${REDACTED} post`);
  });

  it('never searches a replacement again', () => {
    expect(redact('key abcdef end', ['abcdef', 'REDACT'])).toBe(`key ${REDACTED} end`);
  });

  it('follows the live sources: a token minted later is redacted too, one dropped is forgotten', () => {
    const sources = ['first-token-123'];
    const redactor = redactorFor(() => sources);
    expect(redactor('a first-token-123 b second-token-456')).toBe(`a ${REDACTED} b second-token-456`);
    sources.push('second-token-456');
    expect(redactor('a first-token-123 b second-token-456')).toBe(`a ${REDACTED} b ${REDACTED}`);
    sources.shift();
    expect(redactor('a first-token-123')).toBe('a first-token-123');
  });

  it('redacts the URL-encoded form of a source secret (form bodies, queries)', () => {
    expect(redactorFor(() => ['p@ss/w rd'])('client_id=x&note=p%40ss%2Fw%20rd')).toBe(`client_id=x&note=${REDACTED}`);
  });
});
