/**
 * The provider registers named factories (src/framework/lazy-factory.ts): the framework server routes RPCs by the
 * declared names, so a provider process evaluates only the implementations terraform asks it about. A settings-only
 * plan's processes never load the routing resources' modules (docs/design/performance.md has what that saves).
 */
import { encodeDynamicValue } from '../../src/protocol/tftypes/dynamic-value';
import { objectOf } from '../../src/protocol/tftypes/type';

const SRC = '../../src/provider';
const OTHER_MODULES = [
  'routing-configuration/resource',
  'trigger/resource',
  'capacity-rule/resource',
  'custom-ticket-status/resource',
  'omnichannel-queue/resource',
  'omnichannel-queue-order/resource',
  'routing-attribute/resource',
  'routing-attribute-value/resource',
  'trigger/data-source',
  'capacity-rule/agent-data-source',
  'custom-ticket-status/data-source',
  'group/data-source',
  'omnichannel-queue/data-source',
];

afterEach(() => jest.resetModules());

it('every factory declares the type name of what it makes, resources and data sources', () => {
  const { ZendeskPluginProvider } = jest.requireActual(`${SRC}/provider`) as typeof import('../../src/provider/provider');
  const provider = new ZendeskPluginProvider({});
  for (const factory of [...provider.resources(), ...provider.dataSources()]) {
    const declared = (factory as { typeName?: unknown }).typeName;
    expect(typeof declared).toBe('string');
    expect(factory().typeName).toBe(declared);
  }
});

it('a process asked only about the messaging settings never loads another resource or data source module', async () => {
  const loaded: string[] = [];
  for (const module of OTHER_MODULES) {
    jest.doMock(`${SRC}/${module}`, () => {
      loaded.push(module);
      return jest.requireActual(`${SRC}/${module}`);
    });
  }
  const { FrameworkServer } = await import('../../src/framework/server/server');
  const { ZendeskPluginProvider } = await import('../../src/provider/provider');
  const server = new FrameworkServer(new ZendeskPluginProvider({}));
  const metadata = await server.getMetadata();
  expect(metadata.resources.map((r) => r.typeName)).toContain('zendesk_capacity_rule');
  const validated = await server.validateResourceConfig({ typeName: 'zendesk_messaging_settings', config: encodeDynamicValue(null, objectOf({})) });
  expect(validated.diagnostics.map((d) => d.summary)).not.toContain('Unknown resource type');
  expect(loaded).toEqual([]);
  // What a schema request needs, it still loads: every type.
  await server.getProviderSchema();
  expect([...loaded].sort()).toEqual([...OTHER_MODULES].sort());
});
