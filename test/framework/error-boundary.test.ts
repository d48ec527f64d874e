/**
 * The one error boundary (FrameworkServer's guard): whatever a provider's code
 * throws, in whichever RPC, Terraform gets one error diagnostic with one text,
 * scrubbed of secrets, and the state it knew. The protocol below answers only
 * what no provider answered (test/protocol/provider-routes.test.ts).
 */
import { FrameworkServer } from '../../src/framework/server/server';
import { containerType, withNulls } from '../../src/framework';
import { decodeDynamicValue, encodeDynamicValue } from '../../src/protocol/tftypes/dynamic-value';
import { DiagnosticSeverity } from '../../src/protocol/tfprotov6/types';
import type { ObjectValue, Value } from '../../src/protocol/tftypes/value';
import { FAKE_SCHEMA, FakeResource, fakeProvider } from './fakes/fake-provider';

const type = containerType(FAKE_SCHEMA);
const obj = (values: Record<string, Value>): ObjectValue => withNulls(FAKE_SCHEMA, { rule: [], ...values });
const enc = (value: ObjectValue | null) => encodeDynamicValue(value, type);
const state = obj({ id: 'x1', name: 'n', mode: 'fast', revision: 'r1' });

function setup() {
  const resource = new FakeResource();
  return { resource, server: new FrameworkServer(fakeProvider(() => resource)) };
}

describe('a thrown error', () => {
  it('becomes one error diagnostic in that RPC’s response, with the one text that names the call', async () => {
    const { server, resource } = setup();
    resource.modifyPlanMethod = async () => {
      throw new Error('kaboom');
    };
    const resp = await server.planResourceChange({ typeName: 'fake_thing', priorState: enc(state), proposedNewState: enc(state), config: enc(obj({ name: 'n' })) });
    expect(resp.diagnostics).toHaveLength(1);
    const [diagnostic] = resp.diagnostics;
    expect(diagnostic.severity).toBe(DiagnosticSeverity.Error);
    expect(diagnostic.summary).toBe('Unexpected provider error');
    expect(diagnostic.detail).toMatch(/^This is always a bug in the provider.*\n\nThe PlanResourceChange call failed: kaboom$/s);
    expect(diagnostic.attribute).toBeUndefined();
    expect(resp.requiresReplace).toEqual([]);
  });

  it('reads the same in every RPC, for rejections and thrown values that are not Errors, and keeps the state Terraform knew', async () => {
    const { server, resource } = setup();
    resource.readMethod = () => Promise.reject('plain string');
    const read = await server.readResource({ typeName: 'fake_thing', currentState: enc(state), private: Uint8Array.of(7) });
    expect(read.diagnostics.map((d) => [d.summary, d.detail?.split('\n\n')[1]])).toEqual([['Unexpected provider error', 'The ReadResource call failed: plain string']]);
    expect(decodeDynamicValue(read.newState, type)).toEqual(state);
    expect(Array.from(read.private!)).toEqual([7]);

    resource.importStateMethod = async () => {
      throw { code: 42 };
    };
    const imported = await server.importResourceState({ typeName: 'fake_thing', id: 'x1' });
    expect(imported.diagnostics.map((d) => d.detail?.split('\n\n')[1])).toEqual(['The ImportResourceState call failed: {"code":42}']);
    expect(imported.importedResources).toEqual([]);
  });

  it('never carries a secret the provider was configured with', async () => {
    const { server, resource } = setup();
    const providerType = { kind: 'object' as const, attributes: { token: 'string' as const } };
    await server.configureProvider({ terraformVersion: '1.11.4', config: encodeDynamicValue({ token: 'secret-token-1234' }, providerType) });
    resource.updateMethod = async () => {
      throw new Error('request with secret-token-1234 failed');
    };
    const resp = await server.applyResourceChange({ typeName: 'fake_thing', priorState: enc(state), plannedState: enc(state), config: enc(obj({ name: 'n' })) });
    expect(resp.diagnostics[0].detail).toContain('The ApplyResourceChange call failed: request with (sensitive value) failed');
    expect(JSON.stringify(resp.diagnostics)).not.toContain('secret-token-1234');
  });
});
