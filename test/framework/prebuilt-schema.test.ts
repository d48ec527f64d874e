/**
 * The GetProviderSchema response a provider bundle carries (computed by scripts/build.mjs, served by
 * src/framework/server/prebuilt-schema.ts): served without making a resource when it lists the provider's types,
 * built as before when it does not; and the built bundle's answer is byte for byte the one the sources build.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { namedFactory } from '../../src/framework/lazy-factory';
import { buildProviderSchema, getProviderSchema } from '../../src/framework/server/get-provider-schema';
import { PREBUILT_SCHEMA_BYTES_GLOBAL, PREBUILT_SCHEMA_GLOBAL } from '../../src/framework/server/prebuilt-schema';
import { createLogger } from '../../src/protocol/log';
import { SecretScrubber } from '../../src/framework/secrets';
import type { ServerContext } from '../../src/framework/server/context';
import { generateCertificate } from '../../src/protocol/tls/certificate';
import { GetProviderSchemaResponse } from '../../src/protocol/tfprotov6/messages/provider-rpcs';
import { ZendeskPluginProvider } from '../../src/provider/provider';
import { MAGIC_COOKIE, cleanEnv } from '../protocol/helpers/bundle';
import { GrpcTestClient } from '../protocol/helpers/grpc-client';
import { FakeResource, fakeProvider } from './fakes/fake-provider';

const globals = globalThis as Record<string, unknown>;
const context = (provider: ServerContext['provider']): ServerContext => ({
  provider,
  scrubber: new SecretScrubber(),
  providerData: undefined,
  stopController: new AbortController(),
  newResource: () => undefined,
  newDataSource: () => undefined,
});

afterEach(() => {
  delete globals[PREBUILT_SCHEMA_GLOBAL];
  delete globals[PREBUILT_SCHEMA_BYTES_GLOBAL];
  jest.resetModules();
});

/** get-provider-schema as a fresh module, so the prebuilt string is read anew. */
const freshGetProviderSchema = async () => (await import('../../src/framework/server/get-provider-schema')).getProviderSchema;

describe('the prebuilt response', () => {
  const made: string[] = [];
  const counted = (typeName: string) => namedFactory(typeName, () => (made.push(typeName), Object.assign(new FakeResource(), { typeName })));
  beforeEach(() => (made.length = 0));

  it('is served, frozen, without making any resource, when it lists exactly the provider types', async () => {
    const provider = { ...fakeProvider(() => new FakeResource()), resources: () => [counted('fake_thing')], dataSources: () => [] };
    const built = await buildProviderSchema({ provider });
    made.length = 0;
    globals[PREBUILT_SCHEMA_GLOBAL] = JSON.stringify({ ...built, provider: { version: 7, block: { attributes: [], blockTypes: [] } } });
    const served = await (await freshGetProviderSchema())(context(provider));
    expect(served.provider?.version).toBe(7); // the prebuilt one, not one built now
    expect(Object.isFrozen(served)).toBe(true);
    expect(made).toEqual([]);
  });

  it('goes out as the bytes encoded with it, not encoded again', async () => {
    const provider = { ...fakeProvider(() => new FakeResource()), resources: () => [counted('fake_thing')], dataSources: () => [] };
    globals[PREBUILT_SCHEMA_GLOBAL] = JSON.stringify(await buildProviderSchema({ provider }));
    globals[PREBUILT_SCHEMA_BYTES_GLOBAL] = Buffer.from([1, 2, 3]).toString('base64');
    const { FrameworkServer } = await import('../../src/framework/server/server');
    const { providerRoutes } = await import('../../src/protocol/tfprotov6/server/provider-routes');
    const handler = providerRoutes(new FrameworkServer(provider), createLogger({ level: 'off' })).get('/tfplugin6.Provider/GetProviderSchema')!;
    expect([...(await handler(new Uint8Array(0), { path: 'test', afterResponse: () => undefined }))]).toEqual([1, 2, 3]);
  });

  it('is not served to a provider with other types: that one is built', async () => {
    const provider = { ...fakeProvider(() => new FakeResource()), resources: () => [counted('fake_thing'), counted('fake_other')], dataSources: () => [] };
    globals[PREBUILT_SCHEMA_GLOBAL] = JSON.stringify({ provider: { version: 7, block: {} }, resourceSchemas: { fake_thing: {} }, dataSourceSchemas: {} });
    const served = await (await freshGetProviderSchema())(context(provider));
    expect(Object.keys(served.resourceSchemas)).toEqual(['fake_thing', 'fake_other']);
    expect(made).toEqual(['fake_thing', 'fake_other']);
  });

  it('is absent in the library: the response is built', async () => {
    expect(await getProviderSchema(context(new ZendeskPluginProvider({})))).toEqual(await buildProviderSchema({ provider: new ZendeskPluginProvider({}) }));
  });
});

describe('the built provider bundle (dist/, `node scripts/build.mjs`)', () => {
  const bundle = join(__dirname, '../../dist/terraform-provider-zendesk.js');
  let child: ChildProcess | undefined;
  afterEach(() => child?.kill('SIGKILL'));

  it('answers GetProviderSchema with the bytes the sources build', async () => {
    if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run \`node scripts/build.mjs\` first`);
    const clientCert = generateCertificate();
    child = spawn(process.execPath, [bundle], {
      env: cleanEnv({ TF_PLUGIN_MAGIC_COOKIE: MAGIC_COOKIE, PLUGIN_CLIENT_CERT: clientCert.certPem, PLUGIN_PROTOCOL_VERSIONS: '6' }),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const line = await new Promise<string>((resolve) => child!.stdout!.once('data', (c) => resolve(String(c))));
    const [, port, cert] = /\|tcp\|127\.0\.0\.1:(\d+)\|grpc\|([A-Za-z0-9+/]*)/.exec(line)!;
    const { X509Certificate } = await import('node:crypto');
    const ca = new X509Certificate(Buffer.from(cert, 'base64')).toString();
    const client = new GrpcTestClient(Number(port), { ca, cert: clientCert.certPem, key: clientCert.keyPem });
    try {
      const answer = await client.call('/tfplugin6.Provider/GetProviderSchema');
      expect(answer.status).toBe(0);
      const expected = GetProviderSchemaResponse.encode(await buildProviderSchema({ provider: new ZendeskPluginProvider({}) }));
      // A difference here after changing src/: rebuild dist/ (node scripts/build.mjs), then compare again.
      expect(Buffer.from(answer.body!).equals(Buffer.from(expected))).toBe(true);
    } finally {
      await client.close();
    }
  });
});
