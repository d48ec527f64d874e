/** `extraCaCertificates`: an https API root signed by a CA only that option makes trusted (the emulator behind TLS). */
import { rootCertificates } from 'node:tls';
import { type AuthOptions, ZendeskNetworkError, createZendeskClient } from '../../src/client';
import { agentTrusting } from '../../src/client/transport';
import { startEmulator, type EmulatorHandle } from '../../src/emulator';
import { startHttpsFront, type HttpsFront } from '../support/https-front';

const OAUTH_CLIENT: AuthOptions = { kind: 'oauth-client', clientId: 'emulator-client', clientSecret: 'emulator-secret' };
let emulator: EmulatorHandle;
let front: HttpsFront;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  front = await startHttpsFront(emulator.port);
});
afterAll(async () => {
  await front.close();
  await emulator.close();
});

const client = (extraCaCertificates?: string) =>
  createZendeskClient({ baseUrl: `${front.origin}/acme`, auth: OAUTH_CLIENT, extraCaCertificates, maxRetries: 0 });

it('trusts the extra CA besides the bundled roots', async () => {
  const settings = await client(front.caPem).getSettings();
  expect(typeof settings.messaging?.messaging_end_session).toBe('boolean');
});

it('fails as a TLS error, with the hint that names NODE_EXTRA_CA_CERTS, without it', async () => {
  const failure = await client().getSettings().catch((err: unknown) => err);
  expect(failure).toBeInstanceOf(ZendeskNetworkError);
  expect((failure as ZendeskNetworkError).message).toMatch(/TLS failure talking to localhost:\d+/);
  expect((failure as ZendeskNetworkError).message).toContain('NODE_EXTRA_CA_CERTS');
});

it('keeps trusting the bundled roots: the extra CA adds to them, it does not replace them', () => {
  const ca = (agentTrusting(front.caPem) as unknown as { options: { ca: string[] } }).options.ca;
  expect(ca).toEqual([...rootCertificates, front.caPem]);
});
