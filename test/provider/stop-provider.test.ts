/**
 * StopProvider (Terraform's answer to an interrupted command) ends the API calls in flight of its own provider
 * instance promptly, and only those: the plugin host serves every connection with its own FrameworkServer.
 */
import { containerType, withNulls } from '../../src/framework';
import { FrameworkServer } from '../../src/framework/server/server';
import { DiagnosticSeverity } from '../../src/protocol/tfprotov6/types';
import { encodeDynamicValue } from '../../src/protocol/tftypes/dynamic-value';
import { ZendeskPluginProvider } from '../../src/provider/provider';
import { providerSchema } from '../../src/provider/provider-schema';
import { triggerDataSourceSchema } from '../../src/provider/trigger/schema';
import { sharedEmulator } from '../client/emulator-control';
import { EMULATOR_OAUTH_ENV } from '../support/emulator-workspaces';

const shared = sharedEmulator();
const SLOW_MS = 2_500;

async function configuredServer(): Promise<FrameworkServer> {
  const server = new FrameworkServer(new ZendeskPluginProvider({ ...EMULATOR_OAUTH_ENV }));
  const config = withNulls(providerSchema, { base_url: shared.emu.accountUrl('acme') });
  const resp = await server.configureProvider({ terraformVersion: '1.11.4', config: encodeDynamicValue(config, containerType(providerSchema)) });
  expect(resp.diagnostics).toEqual([]);
  return server;
}

/** A data source read that always asks Zendesk (the trigger search; settings are cached from configure). */
async function timedLookup(server: FrameworkServer) {
  const started = Date.now();
  const config = withNulls(triggerDataSourceSchema, { title: 'Nothing by this title' });
  const resp = await server.readDataSource({ typeName: 'zendesk_trigger', config: encodeDynamicValue(config, containerType(triggerDataSourceSchema)) });
  return { ms: Date.now() - started, errors: resp.diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error).map((d) => d.summary) };
}

describe('StopProvider', () => {
  it('ends its own instance’s call in flight promptly, and leaves another instance’s call running', async () => {
    const [stopped, other] = [await configuredServer(), await configuredServer()];
    await shared.control.addFault({ account: 'acme', path: '/api/v2/triggers', latencyMs: SLOW_MS, count: 2 });
    const stoppedLookup = timedLookup(stopped);
    const otherLookup = timedLookup(other);
    await new Promise((resolve) => setTimeout(resolve, 300)); // both requests are waiting on the emulator now
    await stopped.stopProvider();

    const first = await stoppedLookup;
    expect(first.ms).toBeLessThan(SLOW_MS - 1_000);
    expect(first.errors).toHaveLength(1);
    const second = await otherLookup;
    expect(second.ms).toBeGreaterThanOrEqual(SLOW_MS - 100);
    expect(second.errors).toEqual(['Trigger not found']); // Zendesk answered: the search found no such trigger
  });

  it('ends later calls of the stopped instance at once, without retries or waits', async () => {
    const server = await configuredServer();
    await server.stopProvider();
    await shared.control.addFault({ account: 'acme', path: '/api/v2/triggers', status: 503, count: 5 });
    const { ms, errors } = await timedLookup(server);
    expect(ms).toBeLessThan(500);
    expect(errors).toHaveLength(1);
  });
});

