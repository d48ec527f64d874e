/**
 * GetProviderSchema through a provider host: every connection has its own provider, and terraform asks each plan for
 * the schema, so the response is built and encoded once per set of schema objects (get-provider-schema.ts,
 * provider-routes.ts), never reused for a provider whose schemas are other objects.
 */
import { FrameworkServer } from '../../src/framework/server/server';
import { createLogger } from '../../src/protocol/log';
import { providerRoutes } from '../../src/protocol/tfprotov6/server/provider-routes';
import { RESOURCE_DESCRIPTORS } from '../../src/provider/descriptors';
import { ZendeskPluginProvider } from '../../src/provider/provider';
import { FAKE_SCHEMA, FakeResource, fakeProvider } from './fakes/fake-provider';

const quiet = createLogger({ level: 'off' });
const call = { path: 'test', afterResponse: () => undefined };

async function schemaBytes(server: FrameworkServer): Promise<Uint8Array> {
  const handler = providerRoutes(server, quiet).get('/tfplugin6.Provider/GetProviderSchema')!;
  return handler(new Uint8Array(0), call);
}

it('builds one frozen response for every connection of the same provider, and encodes it once', async () => {
  const [a, b] = [new FrameworkServer(new ZendeskPluginProvider({})), new FrameworkServer(new ZendeskPluginProvider({}))];
  const first = await a.getProviderSchema();
  expect(await b.getProviderSchema()).toBe(first);
  expect(Object.isFrozen(first)).toBe(true);
  // Every registered resource (test/provider/descriptors.test.ts keeps the registry and the provider's resources equal).
  expect(Object.keys(first.resourceSchemas).sort()).toEqual(RESOURCE_DESCRIPTORS.map((d) => d.typeName).sort());
  const bytes = await schemaBytes(a);
  expect(await schemaBytes(b)).toBe(bytes);
  expect(bytes.length).toBeGreaterThan(10_000);
});

it('builds anew for a provider whose schemas are other objects, so no answer is ever another schema', async () => {
  const fresh = () => ({ ...FAKE_SCHEMA, attributes: { ...FAKE_SCHEMA.attributes } });
  const resource = () => Object.assign(new FakeResource(), { schema: fresh });
  const server = () => new FrameworkServer(fakeProvider(resource));
  const [one, two] = [await server().getProviderSchema(), await server().getProviderSchema()];
  expect(two).not.toBe(one);
  expect(two).toEqual(one);
  // Two providers with different resources never share an answer.
  const other = fakeProvider(() => Object.assign(new FakeResource(), { typeName: 'fake_other' }));
  expect(Object.keys((await new FrameworkServer(other).getProviderSchema()).resourceSchemas)).toEqual(['fake_other']);
});
