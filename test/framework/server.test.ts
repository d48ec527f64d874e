import { FrameworkServer } from '../../src/framework/server/server';
import { containerType, withNulls } from '../../src/framework';
import { decodeDynamicValue, encodeDynamicValue } from '../../src/protocol/tftypes/dynamic-value';
import { DiagnosticSeverity } from '../../src/protocol/tfprotov6/types';
import { UNKNOWN, type ObjectValue, type Value } from '../../src/protocol/tftypes/value';
import { FAKE_SCHEMA, FakeResource, fakeProvider } from './fakes/fake-provider';

const type = containerType(FAKE_SCHEMA);
const obj = (values: Record<string, Value>): ObjectValue => withNulls(FAKE_SCHEMA, { rule: [], ...values });
const enc = (value: ObjectValue | null) => encodeDynamicValue(value, type);
const dec = (dv: Parameters<typeof decodeDynamicValue>[0]) => decodeDynamicValue(dv, type) as ObjectValue | null;

function setup() {
  const resource = new FakeResource();
  const server = new FrameworkServer(fakeProvider(() => resource));
  return { resource, server };
}

/** Terraform's proposed new state: config values, with prior state for computed attributes left null in config. */
function proposed(config: ObjectValue, prior: ObjectValue | null): ObjectValue {
  const out: Record<string, Value> = { ...config };
  for (const [name, attr] of Object.entries(FAKE_SCHEMA.attributes)) {
    if (attr.computed && config[name] === null) out[name] = prior ? prior[name] : null;
  }
  return out;
}

async function plan(server: FrameworkServer, config: ObjectValue, prior: ObjectValue | null) {
  const resp = await server.planResourceChange({
    typeName: 'fake_thing',
    config: enc(config),
    priorState: enc(prior),
    proposedNewState: enc(proposed(config, prior)),
  });
  return { planned: resp.plannedState ? dec(resp.plannedState) : undefined, resp };
}

describe('PlanResourceChange pipeline', () => {
  const prior = obj({ id: 'x1', name: 'n', mode: 'fast', flag: true, revision: 'r1', nested: { a: true, b: 3 } });

  it('create: defaults applied, unset computed values unknown, unmanaged values null', async () => {
    const { server } = setup();
    const { planned } = await plan(server, obj({ name: 'n' }), null);
    expect(planned).toEqual(obj({ id: UNKNOWN, name: 'n', mode: 'fast', flag: null, revision: UNKNOWN, nested: null }));
  });

  it('no-op: an unchanged resource plans exactly its state (no perpetual diff)', async () => {
    const { server } = setup();
    const { planned, resp } = await plan(server, obj({ name: 'n', flag: true, nested: { a: true, b: 3 } }), prior);
    expect(planned).toEqual(prior);
    expect(resp.requiresReplace).toEqual([]);
  });

  it('no-op also when unmanaged attributes are unset (state kept, never reset)', async () => {
    const { server } = setup();
    const { planned } = await plan(server, obj({ name: 'n' }), prior);
    expect(planned).toEqual(prior);
  });

  it('update: only what changes, computed-but-stable values kept, others unknown', async () => {
    const { server } = setup();
    const { planned, resp } = await plan(server, obj({ name: 'n', flag: false }), prior);
    expect(planned).toEqual({ ...prior, flag: false, revision: UNKNOWN });
    expect(resp.requiresReplace).toEqual([]);
  });

  it('unmanaged children of a managed nested attribute keep their state', async () => {
    const { server } = setup();
    const { planned } = await plan(server, obj({ name: 'n', nested: { a: false, b: null } }), prior);
    expect(planned?.nested).toEqual({ a: false, b: 3 });
  });

  it('requires replace is reported by path', async () => {
    const { server } = setup();
    const { resp } = await plan(server, obj({ name: 'other' }), prior);
    expect(resp.requiresReplace).toEqual([[{ attributeName: 'name' }]]);
  });

  it('destroy: the resource may warn, the plan stays null', async () => {
    const { server, resource } = setup();
    resource.modifyPlanMethod = async (req, resp) => {
      if (req.plan === null) resp.diagnostics.addWarning('Destroying', 'careful');
    };
    const resp = await server.planResourceChange({
      typeName: 'fake_thing',
      priorState: enc(prior),
      proposedNewState: enc(null),
      config: enc(null),
    });
    expect(dec(resp.plannedState!)).toBeNull();
    expect(resp.diagnostics.map((d) => d.summary)).toEqual(['Destroying']);
  });

  it('a resource error in modifyPlan becomes a diagnostic with its path', async () => {
    const { server, resource } = setup();
    resource.modifyPlanMethod = async (_req, resp) => {
      const { Path } = await import('../../src/framework');
      resp.diagnostics.addAttributeError(Path.root('nested').atName('b'), 'Bad', 'detail');
    };
    const { resp } = await plan(server, obj({ name: 'n' }), prior);
    expect(resp.plannedState).toBeUndefined();
    expect(resp.diagnostics[0]).toMatchObject({
      severity: DiagnosticSeverity.Error,
      attribute: [{ attributeName: 'nested' }, { attributeName: 'b' }],
    });
  });
});

describe('ValidateResourceConfig', () => {
  it('runs schema validators with attribute paths and whole-number checks', async () => {
    const { server } = setup();
    const resp = await server.validateResourceConfig({ typeName: 'fake_thing', config: enc(obj({ name: 'n', mode: 'warp', size: 1.5 })) });
    expect(resp.diagnostics.map((d) => [d.attribute, d.summary])).toEqual([
      [[{ attributeName: 'mode' }], 'Invalid attribute value'],
      [[{ attributeName: 'size' }], 'Invalid attribute value'],
    ]);
  });

  it('skips unknown values', async () => {
    const { server } = setup();
    const resp = await server.validateResourceConfig({ typeName: 'fake_thing', config: enc(obj({ name: 'n', mode: UNKNOWN })) });
    expect(resp.diagnostics).toEqual([]);
  });

  it('names an unknown resource type', async () => {
    const { server } = setup();
    const resp = await server.validateResourceConfig({ typeName: 'fake_other', config: enc(null) });
    expect(resp.diagnostics[0].summary).toBe('Unknown resource type');
  });
});

describe('ApplyResourceChange', () => {
  const planned = obj({ id: UNKNOWN, name: 'n', mode: 'fast', revision: UNKNOWN });

  it('create returns the new state', async () => {
    const { server, resource } = setup();
    resource.createMethod = async (req, resp) => {
      resp.state = { ...req.plan, id: 'x9', revision: 'r1' };
    };
    const resp = await server.applyResourceChange({ typeName: 'fake_thing', priorState: enc(null), plannedState: enc(planned), config: enc(obj({ name: 'n' })) });
    expect(resp.diagnostics).toEqual([]);
    expect(dec(resp.newState!)).toEqual(obj({ id: 'x9', name: 'n', mode: 'fast', revision: 'r1' }));
  });

  it('an unknown left after apply is reported as a provider bug naming the attribute', async () => {
    const { server } = setup(); // default create leaves revision unknown
    const resp = await server.applyResourceChange({ typeName: 'fake_thing', priorState: enc(null), plannedState: enc(planned), config: enc(obj({ name: 'n' })) });
    expect(resp.diagnostics[0]).toMatchObject({ summary: 'Provider returned an unknown value after apply', attribute: [{ attributeName: 'revision' }] });
  });

  it('a failed update keeps the prior state', async () => {
    const { server, resource } = setup();
    const prior = obj({ id: 'x1', name: 'n', mode: 'fast', flag: true, revision: 'r1' });
    resource.updateMethod = async (_req, resp) => {
      resp.diagnostics.addError('API down', 'try later');
    };
    const resp = await server.applyResourceChange({
      typeName: 'fake_thing',
      priorState: enc(prior),
      plannedState: enc({ ...prior, flag: false, revision: UNKNOWN }),
      config: enc(obj({ name: 'n', flag: false })),
    });
    expect(resp.diagnostics.map((d) => d.summary)).toEqual(['API down']);
    expect(dec(resp.newState!)).toEqual(prior);
  });

  it('a thrown error never crashes: it becomes a diagnostic and the prior state is kept', async () => {
    const { server, resource } = setup();
    const prior = obj({ id: 'x1', name: 'n', mode: 'fast', revision: 'r1' });
    resource.updateMethod = async () => {
      throw new TypeError('boom');
    };
    const resp = await server.applyResourceChange({ typeName: 'fake_thing', priorState: enc(prior), plannedState: enc(prior), config: enc(obj({ name: 'n' })) });
    expect(resp.diagnostics[0].summary).toBe('Unexpected provider error');
    expect(resp.diagnostics[0].detail).toContain('The ApplyResourceChange call failed: boom');
    expect(dec(resp.newState!)).toEqual(prior);
  });

  it('a failed delete keeps the object in state', async () => {
    const { server, resource } = setup();
    const prior = obj({ id: 'x1', name: 'n', mode: 'fast', revision: 'r1' });
    resource.deleteMethod = async (_req, resp) => {
      resp.diagnostics.addError('Nope', 'cannot delete');
    };
    const resp = await server.applyResourceChange({ typeName: 'fake_thing', priorState: enc(prior), plannedState: enc(null), config: enc(null) });
    expect(dec(resp.newState!)).toEqual(prior);
  });
});

describe('ReadResource and ImportResourceState', () => {
  const state = obj({ id: 'x1', name: 'n', mode: 'fast', revision: 'r1' });

  it('a resource gone remotely is removed from state', async () => {
    const { server, resource } = setup();
    resource.readMethod = async (_req, resp) => {
      resp.state = null;
    };
    const resp = await server.readResource({ typeName: 'fake_thing', currentState: enc(state) });
    expect(dec(resp.newState!)).toBeNull();
  });

  it('a failed read returns the current state untouched', async () => {
    const { server, resource } = setup();
    resource.readMethod = async (_req, resp) => {
      resp.state = null;
      resp.diagnostics.addError('API down', 'x');
    };
    const current = enc(state);
    const resp = await server.readResource({ typeName: 'fake_thing', currentState: current });
    expect(resp.newState).toBe(current);
  });

  it('private data round-trips between import and read', async () => {
    const { server, resource } = setup();
    resource.importStateMethod = async (req, resp) => {
      resp.state = { id: req.id };
      resp.private.imported = true;
    };
    let seen: unknown;
    resource.readMethod = async (req) => {
      seen = req.private.imported;
    };
    const imported = await server.importResourceState({ typeName: 'fake_thing', id: 'x7' });
    expect(dec(imported.importedResources[0].state!)).toEqual(obj({ id: 'x7', rule: null }));
    await server.readResource({ typeName: 'fake_thing', currentState: imported.importedResources[0].state, private: imported.importedResources[0].private });
    expect(seen).toBe(true);
  });
});

describe('UpgradeResourceState', () => {
  const json = (value: unknown) => ({ json: Buffer.from(JSON.stringify(value)) });

  it('passes the current version through, dropping attributes the schema no longer has', async () => {
    const { server } = setup();
    const resp = await server.upgradeResourceState({ typeName: 'fake_thing', version: 2, rawState: json({ id: 'x1', name: 'n', removed: 1 }) });
    expect(dec(resp.upgradedState!)).toEqual(obj({ id: 'x1', name: 'n', rule: null }));
  });

  it('runs the upgrader of an older version', async () => {
    const { server, resource } = setup();
    resource.upgraders[1] = { upgrade: (raw) => ({ id: raw.id as string, name: raw.title as string }) };
    const resp = await server.upgradeResourceState({ typeName: 'fake_thing', version: 1, rawState: json({ id: 'x1', title: 'old' }) });
    expect(dec(resp.upgradedState!)).toEqual(obj({ id: 'x1', name: 'old', rule: null }));
  });

  it('explains a version without upgrader and a newer version', async () => {
    const { server } = setup();
    const older = await server.upgradeResourceState({ typeName: 'fake_thing', version: 0, rawState: json({}) });
    expect(older.diagnostics[0].summary).toBe('Unable to upgrade state');
    const newer = await server.upgradeResourceState({ typeName: 'fake_thing', version: 3, rawState: json({}) });
    expect(newer.diagnostics[0].summary).toBe('State written by a newer provider');
  });
});

describe('provider configuration and secrets', () => {
  it('scrubs sensitive provider values from every diagnostic', async () => {
    const { server } = setup();
    const providerType = { kind: 'object' as const, attributes: { token: 'string' as const } };
    const resp = await server.configureProvider({ terraformVersion: '1.11.4', config: encodeDynamicValue({ token: 'bad-token-value' }, providerType) });
    expect(resp.diagnostics[0].summary).toBe('Auth failed');
    expect(JSON.stringify(resp.diagnostics)).not.toContain('bad-token-value');
    expect(resp.diagnostics[0].detail).toContain('(sensitive value)');
  });

  it('serves the schema with capabilities', async () => {
    const { server } = setup();
    const resp = await server.getProviderSchema();
    expect(resp.serverCapabilities).toEqual({ planDestroy: true, getProviderSchemaOptional: true });
    expect(Object.keys(resp.resourceSchemas)).toEqual(['fake_thing']);
    expect(resp.resourceSchemas.fake_thing.version).toBe(2);
  });
});

describe('diagnostics about sensitive attributes', () => {
  it('never point at the line of a secret (terraform would print it)', async () => {
    const { FrameworkServer: Server } = await import('../../src/framework/server/server');
    const { Path, stringAttribute } = await import('../../src/framework');
    const provider = {
      ...fakeProvider(() => new FakeResource()),
      schema: () => ({ description: 'p', attributes: { token: stringAttribute({ optional: true, sensitive: true, description: 't' }), name: stringAttribute({ optional: true, description: 'n' }) } }),
      validateConfig: (_req: unknown, diagnostics: import('../../src/framework').Diagnostics) => {
        diagnostics.addAttributeError(Path.root('token'), 'Bad token', 'the token attribute is wrong');
        diagnostics.addAttributeError(Path.root('name'), 'Bad name', 'the name attribute is wrong');
      },
    };
    const type = { kind: 'object' as const, attributes: { token: 'string' as const, name: 'string' as const } };
    const resp = await new Server(provider).validateProviderConfig({ config: encodeDynamicValue({ token: 'secret-value-1', name: 'x' }, type) });
    expect(resp.diagnostics.map((d) => d.attribute)).toEqual([undefined, [{ attributeName: 'name' }]]);
  });
});
