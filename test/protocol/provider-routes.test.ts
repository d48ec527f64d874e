/**
 * The tfplugin6.Provider routes without the network: request bytes in,
 * response bytes out, with a ProviderServer that misbehaves on purpose.
 */
import { GrpcError, Status } from '../../src/protocol/grpc/status';
import type { CallContext } from '../../src/protocol/grpc/types';
import { createLogger } from '../../src/protocol/log';
import { providerRoutes } from '../../src/protocol/tfprotov6/server/provider-routes';
import type { ProviderServer } from '../../src/protocol/tfprotov6/types';
import { ProtoWriter } from '../../src/protocol/wire/protobuf';
import { EchoProvider } from './fixtures/echo-provider';
import { all, dump, one, str, sub } from './helpers/proto-dump';

const call: CallContext = { path: 'test', afterResponse: () => undefined };
const quiet = createLogger({ level: 'off' });

function routes(overrides: Partial<Record<keyof ProviderServer, unknown>>) {
  const server = Object.assign(new EchoProvider(), overrides) as unknown as ProviderServer;
  return providerRoutes(server, quiet);
}

async function invoke(r: ReturnType<typeof routes>, method: string, request: Uint8Array = new Uint8Array(0)): Promise<Uint8Array> {
  const handler = r.get(`/tfplugin6.Provider/${method}`);
  if (!handler) throw new Error(`no route for ${method}`);
  return handler(request, call);
}

const planRequest = new ProtoWriter().stringField(1, 'echo_thing').finish();

describe('tfplugin6.Provider routes', () => {
  it('routes every RPC terraform 1.11 calls, and answers feature discovery with empty maps', async () => {
    const r = routes({});
    for (const m of [
      'GetMetadata',
      'GetProviderSchema',
      'ValidateProviderConfig',
      'ValidateResourceConfig',
      'ValidateDataResourceConfig',
      'UpgradeResourceState',
      'ConfigureProvider',
      'ReadResource',
      'PlanResourceChange',
      'ApplyResourceChange',
      'ImportResourceState',
      'MoveResourceState',
      'ReadDataSource',
      'StopProvider',
    ]) {
      expect(r.has(`/tfplugin6.Provider/${m}`)).toBe(true);
    }
    expect(await invoke(r, 'GetFunctions')).toHaveLength(0);
    expect(await invoke(r, 'GetResourceIdentitySchemas')).toHaveLength(0);
    for (const m of ['CallFunction', 'OpenEphemeralResource', 'ListResource', 'PlanAction', 'ReadStateBytes', 'UpgradeResourceIdentity', 'GenerateResourceConfig']) {
      expect(r.has(`/tfplugin6.Provider/${m}`)).toBe(false); // → UNIMPLEMENTED in the gRPC layer
    }
  });

  it('turns a thrown error into an error diagnostic in that RPC’s response', async () => {
    const r = routes({
      planResourceChange: async () => {
        throw new Error('kaboom');
      },
    });
    const out = dump(await invoke(r, 'PlanResourceChange', planRequest));
    const diagnostic = sub(one(out, 4));
    expect(one(diagnostic, 1)).toBe(1);
    expect(str(one(diagnostic, 2))).toBe('Unexpected provider error');
    expect(str(one(diagnostic, 3))).toMatch(/^This is always a bug in the provider.*\n\nThe PlanResourceChange call failed: kaboom$/s);
  });

  it('handles rejected promises, synchronous throws, missing methods and empty responses alike', async () => {
    const cases: [string, Partial<Record<keyof ProviderServer, unknown>>, string, number][] = [
      ['rejection', { readDataSource: () => Promise.reject('plain string') }, 'ReadDataSource', 2],
      ['sync throw', { configureProvider: () => { throw new TypeError('bad'); } }, 'ConfigureProvider', 1],
      ['missing method', { moveResourceState: undefined }, 'MoveResourceState', 2],
      ['no response', { applyResourceChange: async () => undefined }, 'ApplyResourceChange', 3],
      ['unencodable response', { validateResourceConfig: async () => ({ diagnostics: [{ severity: 1, summary: 'x', attribute: [{ bogus: 1 }] }] }) }, 'ValidateResourceConfig', 1],
    ];
    for (const [name, overrides, method, diagnosticsField] of cases) {
      const out = dump(await invoke(routes(overrides), method));
      const diagnostics = all(out, diagnosticsField).map(sub);
      expect({ name, count: diagnostics.length }).toEqual({ name, count: 1 });
      expect(str(one(diagnostics[0], 3))).toContain('This is always a bug in the provider');
    }
  });

  it('reports a failed StopProvider through its Error string', async () => {
    const out = dump(await invoke(routes({ stopProvider: async () => { throw new Error('cannot stop'); } }), 'StopProvider'));
    expect(str(one(out, 1))).toContain('cannot stop');
  });

  it('answers an undecodable request with gRPC INTERNAL', async () => {
    await expect(invoke(routes({}), 'PlanResourceChange', Uint8Array.of(0x0a, 0x05, 0x61))).rejects.toMatchObject({
      code: Status.INTERNAL,
      message: expect.stringMatching(/cannot decode PlanResourceChange request/),
    });
    await expect(invoke(routes({}), 'PlanResourceChange', Uint8Array.of(0x0a, 0x05, 0x61))).rejects.toBeInstanceOf(GrpcError);
  });

  it('runs RPCs concurrently', async () => {
    let active = 0;
    let peak = 0;
    const r = routes({
      validateDataResourceConfig: async () => {
        active++;
        peak = Math.max(peak, active);
        await new Promise((resolve) => setTimeout(resolve, 20));
        active--;
        return { diagnostics: [] };
      },
    });
    await Promise.all(Array.from({ length: 5 }, () => invoke(r, 'ValidateDataResourceConfig')));
    expect(peak).toBe(5);
  });
});
