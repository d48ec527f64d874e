/**
 * The provider starts 3–5 times per terraform command and most starts never
 * call the API: importing the client and even creating one must not load axios.
 */
it('loads axios only on the first request', async () => {
  let axiosLoaded = false;
  jest.doMock('axios', () => {
    axiosLoaded = true;
    return jest.requireActual('axios');
  });
  const { createZendeskClient } = await import('../../src/client');
  const c = createZendeskClient({ baseUrl: 'http://127.0.0.1:9/acme', auth: { kind: 'oauth-token', token: 't' }, maxRetries: 0 });
  expect(axiosLoaded).toBe(false);
  await c.getSettings().catch(() => undefined); // nothing listens on port 9: any answer will do
  expect(axiosLoaded).toBe(true);
});
