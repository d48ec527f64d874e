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

  it('answers a thrown error with a last-resort gRPC error: the diagnostic is the provider’s own boundary', async () => {
    const r = routes({
      planResourceChange: async () => {
        throw new Error('kaboom');
      },
    });
    await expect(invoke(r, 'PlanResourceChange', planRequest)).rejects.toMatchObject({ code: Status.UNKNOWN, message: 'PlanResourceChange failed: kaboom' });
    await expect(invoke(r, 'PlanResourceChange', planRequest)).rejects.toBeInstanceOf(GrpcError);
    // The route keeps serving.
    expect(all(dump(await invoke(r, 'GetMetadata')), 4).map((m) => str(one(sub(m), 1)))).toEqual(['echo_thing']);
  });

  it('handles rejected promises, synchronous throws, missing methods, empty and unencodable responses alike', async () => {
    const cases: [string, Partial<Record<keyof ProviderServer, unknown>>, string, number, RegExp][] = [
      ['rejection', { readDataSource: () => Promise.reject('plain string') }, 'ReadDataSource', Status.UNKNOWN, /^ReadDataSource failed: plain string$/],
      ['sync throw', { configureProvider: () => { throw new TypeError('bad'); } }, 'ConfigureProvider', Status.UNKNOWN, /^ConfigureProvider failed: bad$/],
      ['missing method', { moveResourceState: undefined }, 'MoveResourceState', Status.UNKNOWN, /^MoveResourceState failed: the provider server does not implement moveResourceState$/],
      ['no response', { applyResourceChange: async () => undefined }, 'ApplyResourceChange', Status.UNKNOWN, /^ApplyResourceChange failed: ApplyResourceChange returned no response$/],
      ['unencodable response', { validateResourceConfig: async () => ({ diagnostics: [{ severity: 1, summary: 'x', attribute: [{ bogus: 1 }] }] }) }, 'ValidateResourceConfig', Status.INTERNAL, /^cannot encode ValidateResourceConfig response: AttributePath.Step: exactly one of/],
    ];
    for (const [name, overrides, method, code, message] of cases) {
      const failure = await invoke(routes(overrides), method).then(
        () => undefined,
        (err: GrpcError) => ({ name, code: err.code, message: err.message }),
      );
      expect(failure).toEqual({ name, code, message: expect.stringMatching(message) });
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
