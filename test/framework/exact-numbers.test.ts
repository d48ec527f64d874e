/**
 * Numbers no JS number holds (3.0000000000000001, 9007199254740993) through the
 * framework's RPCs: validation names the attribute, planning echoes them
 * byte-for-byte, state upgrades keep them, and they never reach provider code
 * that talks to an API.
 */
import { FrameworkServer } from '../../src/framework/server/server';
import { type Provider, type Schema, containerType, int64Attribute, listAttribute, mapAttribute, stringAttribute, withNulls } from '../../src/framework';
import { decodeDynamicValue, encodeDynamicValue } from '../../src/protocol/tftypes/dynamic-value';
import { ExactNumber, type ObjectValue, UNKNOWN, type Value } from '../../src/protocol/tftypes/value';
import { FAKE_SCHEMA, FakeResource, fakeProvider } from './fakes/fake-provider';

const type = containerType(FAKE_SCHEMA);
const obj = (values: Record<string, Value>): ObjectValue => withNulls(FAKE_SCHEMA, { rule: [], ...values });
const enc = (value: ObjectValue | null) => encodeDynamicValue(value, type);
const dec = (dv: Parameters<typeof decodeDynamicValue>[0]) => decodeDynamicValue(dv, type) as ObjectValue | null;
const hex = (b: Uint8Array | undefined) => Buffer.from(b ?? []).toString('hex');
const exact = (text: string) => ExactNumber.parse(text);

function setup() {
  const resource = new FakeResource();
  return { resource, server: new FrameworkServer(fakeProvider(() => resource)) };
}

describe('exact numbers in the framework', () => {
  it('validation reports each one at its attribute, nested ones included', async () => {
    const { server } = setup();
    const config = obj({ name: 'n', size: exact('3.0000000000000001'), nested: { a: null, b: exact('9007199254740993') } });
    const resp = await server.validateResourceConfig({ typeName: 'fake_thing', config: enc(config) });
    expect(resp.diagnostics.map((d) => d.attribute)).toEqual([[{ attributeName: 'size' }], [{ attributeName: 'nested' }, { attributeName: 'b' }]]);
    expect(resp.diagnostics[0].detail).toContain('size must be a whole number, got 3.0000000000000001');
    expect(resp.diagnostics[1].detail).toContain('nested.b must be a whole number from -9007199254740991 to 9007199254740991 (2^53 − 1), got 9007199254740993');
  });

  it('a plan echoes a configured exact number byte-for-byte (Terraform checks planned == config)', async () => {
    const { server } = setup();
    const config = obj({ name: 'n', size: exact('9007199254740993') });
    const resp = await server.planResourceChange({ typeName: 'fake_thing', config: enc(config), priorState: enc(null), proposedNewState: enc(config) });
    expect(dec(resp.plannedState)!.size).toEqual(exact('9007199254740993'));
    // "size" → the uint64 Terraform sent, not the double it rounds to (…0000).
    expect(hex(resp.plannedState?.msgpack)).toContain('a473697a65cf0020000000000001');
  });

  it('an apply never hands an exact int64 to the resource: an error at the attribute, prior state kept', async () => {
    const { server, resource } = setup();
    const prior = obj({ id: 'x1', name: 'n', mode: 'fast', revision: 'r1' });
    const planned = { ...prior, size: exact('9007199254740993'), revision: UNKNOWN };
    const resp = await server.applyResourceChange({ typeName: 'fake_thing', priorState: enc(prior), plannedState: enc(planned), config: enc(obj({ name: 'n' })) });
    expect(resource.calls).toEqual([]);
    expect(resp.diagnostics).toHaveLength(1);
    expect(resp.diagnostics[0]).toMatchObject({ summary: 'Invalid attribute value', attribute: [{ attributeName: 'size' }] });
    expect(resp.diagnostics[0].detail).toContain('got 9007199254740993');
    expect(dec(resp.newState!)).toEqual(prior);
  });

  it('a state upgrade keeps every digit Terraform stored', async () => {
    const { server } = setup();
    const raw = '{"id":"x1","name":"n","size":9007199254740993,"nested":{"a":true,"b":3.0000000000000001}}';
    const resp = await server.upgradeResourceState({ typeName: 'fake_thing', version: 2, rawState: { json: Buffer.from(raw) } });
    expect(resp.diagnostics).toEqual([]);
    const upgraded = dec(resp.upgradedState!)!;
    expect(upgraded.size).toEqual(exact('9007199254740993'));
    expect((upgraded.nested as ObjectValue).b).toEqual(exact('3.0000000000000001'));
  });

  it('a state upgrader sees exact numbers too, and a number stored as text is read exactly', async () => {
    const { server, resource } = setup();
    let seen: unknown;
    resource.upgraders[1] = {
      upgrade: (raw) => {
        seen = raw.count;
        return { id: raw.id as string, name: 'n', size: raw.count as string };
      },
    };
    const resp = await server.upgradeResourceState({ typeName: 'fake_thing', version: 1, rawState: { json: Buffer.from('{"id":"x1","count":"9007199254740993"}') } });
    expect(seen).toBe('9007199254740993');
    expect(dec(resp.upgradedState!)!.size).toEqual(exact('9007199254740993'));
  });

  it('unknown and null elements of int64 collections are skipped; others are checked per element', async () => {
    const schema: Schema = {
      description: 'collections',
      attributes: {
        id: stringAttribute({ computed: true, description: 'id' }),
        list: listAttribute({ optional: true, element: 'int64', description: 'list' }),
        map: mapAttribute({ optional: true, element: 'int64', description: 'map' }),
      },
    };
    const resource = new FakeResource();
    resource.schemaValue = schema;
    const server = new FrameworkServer(fakeProvider(() => resource));
    const config = { id: null, list: [1, UNKNOWN, null, exact('2.0000000000000001')], map: { ok: 2, big: exact('9007199254740993') } };
    const resp = await server.validateResourceConfig({ typeName: 'fake_thing', config: encodeDynamicValue(config, containerType(schema)) });
    expect(resp.diagnostics.map((d) => d.attribute)).toEqual([
      [{ attributeName: 'list' }, { elementKeyInt: 3 }],
      [{ attributeName: 'map' }, { elementKeyString: 'big' }],
    ]);
  });

  it('a provider configuration holding one never reaches the provider', async () => {
    let configured = false;
    const provider: Provider = {
      ...fakeProvider(() => new FakeResource()),
      schema: () => ({ description: 'p', attributes: { retries: int64Attribute({ optional: true, description: 'retries' }) } }),
      configure: async () => {
        configured = true;
      },
    };
    const providerType = { kind: 'object' as const, attributes: { retries: 'number' as const } };
    const resp = await new FrameworkServer(provider).configureProvider({
      terraformVersion: '1.11.4',
      config: encodeDynamicValue({ retries: exact('3.0000000000000001') }, providerType),
    });
    expect(configured).toBe(false);
    expect(resp.diagnostics.map((d) => [d.attribute, d.summary])).toEqual([[[{ attributeName: 'retries' }], 'Invalid attribute value']]);
  });
});
