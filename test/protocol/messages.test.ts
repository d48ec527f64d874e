/**
 * tfplugin6 messages against the published field numbers: requests are built
 * field by field here (as terraform would send them, plus fields from newer
 * protocol versions that must be skipped), responses are taken apart with a
 * schema-less decoder.
 */
import { ProtoWriter } from '../../src/protocol/wire/protobuf';
import {
  ConfigureProviderRequest,
  ConfigureProviderResponse,
  GetMetadataResponse,
  GetProviderSchemaResponse,
  StopProviderResponse,
  ValidateProviderConfigRequest,
  ValidateProviderConfigResponse,
} from '../../src/protocol/tfprotov6/messages/provider-rpcs';
import {
  ApplyResourceChangeRequest,
  ApplyResourceChangeResponse,
  ImportResourceStateRequest,
  ImportResourceStateResponse,
  MoveResourceStateRequest,
  MoveResourceStateResponse,
  PlanResourceChangeRequest,
  PlanResourceChangeResponse,
  ReadDataSourceRequest,
  ReadDataSourceResponse,
  ReadResourceRequest,
  ReadResourceResponse,
  UpgradeResourceStateRequest,
  UpgradeResourceStateResponse,
  ValidateConfigResponse,
  ValidateDataResourceConfigRequest,
  ValidateResourceConfigRequest,
} from '../../src/protocol/tfprotov6/messages/resource-rpcs';
import { BlockNestingMode, DeferredReason, type Diagnostic, DiagnosticSeverity, ObjectNestingMode, StringKind } from '../../src/protocol/tfprotov6/types';
import { listOf, objectOf } from '../../src/protocol/tftypes/type';
import { all, dump, one, str, sub } from './helpers/proto-dump';

const dv = (w: ProtoWriter, field: number, msgpack: number[]) => w.messageField(field, (m) => m.bytesField(1, Uint8Array.from(msgpack)));
const caps = (w: ProtoWriter, field: number) => w.messageField(field, (m) => m.boolField(1, true).boolField(2, true).boolField(9, true));
/** A field from a newer protocol (e.g. resource identity) that must be skipped. */
const future = (w: ProtoWriter, field: number) => w.messageField(field, (m) => m.stringField(1, 'identity'));

const errorWithPath: Diagnostic = {
  severity: DiagnosticSeverity.Error,
  summary: 'Bad',
  detail: 'Details',
  attribute: [{ attributeName: 'list' }, { elementKeyInt: 0 }, { attributeName: 'map' }, { elementKeyString: '' }],
};

function expectDiagnostic(bytes: Uint8Array | number | undefined): void {
  const d = sub(bytes);
  expect(one(d, 1)).toBe(1);
  expect(str(one(d, 2))).toBe('Bad');
  expect(str(one(d, 3))).toBe('Details');
  const steps = all(sub(one(d, 4)), 1).map(sub);
  expect(steps).toHaveLength(4);
  expect(str(one(steps[0], 1))).toBe('list');
  // oneof members are written even when they hold the default value
  expect(one(steps[1], 3)).toBe(0);
  expect(str(one(steps[2], 1))).toBe('map');
  expect(str(one(steps[3], 2))).toBe('');
}

describe('shared messages', () => {
  it('encodes a diagnostic with a full attribute path, severity and texts', () => {
    const out = ValidateConfigResponse.encode({ diagnostics: [errorWithPath, { severity: DiagnosticSeverity.Warning, summary: 'w' }] });
    const [first, second] = all(dump(out), 1);
    expectDiagnostic(first);
    const w = sub(second);
    expect(one(w, 1)).toBe(2);
    expect(w.has(3)).toBe(false);
    expect(w.has(4)).toBe(false);
  });

  it('encodes schemas: attributes (type JSON, flags), nested types, nested blocks', () => {
    const out = GetProviderSchemaResponse.encode({
      provider: { version: 0, block: { attributes: [{ name: 'token', type: 'string', optional: true, sensitive: true }], blockTypes: [] } },
      resourceSchemas: {
        thing: {
          version: 3,
          block: {
            description: 'A **thing**',
            descriptionKind: StringKind.Markdown,
            attributes: [
              { name: 'id', type: 'string', computed: true },
              { name: 'tags', type: ['list', 'string'], required: true, deprecated: true, writeOnly: true },
              { name: 'typed', type: listOf(objectOf({ a: 'bool' })), optional: true },
              { name: 'nested', nestedType: { nesting: ObjectNestingMode.List, attributes: [{ name: 'x', type: 'number', optional: true }] }, optional: true },
            ],
            blockTypes: [{ typeName: 'rule', nesting: BlockNestingMode.Set, minItems: 1, maxItems: 3, block: { attributes: [], blockTypes: [] } }],
          },
        },
      },
      dataSourceSchemas: { lookup: { version: 0, block: { attributes: [], blockTypes: [] } } },
      serverCapabilities: { planDestroy: true, getProviderSchemaOptional: true, moveResourceState: true },
      diagnostics: [],
    });
    const msg = dump(out);
    const provider = sub(one(msg, 1));
    const token = sub(one(sub(one(provider, 2)), 2));
    expect(str(one(token, 1))).toBe('token');
    expect(str(one(token, 2))).toBe('"string"');
    expect(one(token, 5)).toBe(1);
    expect(one(token, 7)).toBe(1);

    const [entry] = all(msg, 2).map(sub);
    expect(str(one(entry, 1))).toBe('thing');
    const schema = sub(one(entry, 2));
    expect(one(schema, 1)).toBe(3);
    const block = sub(one(schema, 2));
    expect(str(one(block, 4))).toBe('A **thing**');
    expect(one(block, 5)).toBe(1);
    const attrs = all(block, 2).map(sub);
    expect(attrs.map((a) => str(one(a, 1)))).toEqual(['id', 'tags', 'typed', 'nested']);
    expect(one(attrs[0], 6)).toBe(1);
    expect(str(one(attrs[1], 2))).toBe('["list","string"]');
    expect([one(attrs[1], 4), one(attrs[1], 9), one(attrs[1], 11)]).toEqual([1, 1, 1]);
    expect(str(one(attrs[2], 2))).toBe('["list",["object",{"a":"bool"}]]');
    const nested = sub(one(attrs[3], 10));
    expect(one(nested, 3)).toBe(ObjectNestingMode.List);
    expect(str(one(sub(one(nested, 1)), 1))).toBe('x');
    expect(attrs[3].has(2)).toBe(false);
    const rule = sub(one(block, 3));
    expect(str(one(rule, 1))).toBe('rule');
    expect([one(rule, 3), one(rule, 4), one(rule, 5)]).toEqual([BlockNestingMode.Set, 1, 3]);

    expect(str(one(sub(all(msg, 3)[0]), 1))).toBe('lookup');
    const capabilities = sub(one(msg, 6));
    expect([one(capabilities, 1), one(capabilities, 2), one(capabilities, 3)]).toEqual([1, 1, 1]);
    expect(msg.has(7)).toBe(false); // functions: empty map
  });

  it('encodes GetMetadata', () => {
    const msg = dump(GetMetadataResponse.encode({ diagnostics: [], resources: [{ typeName: 'a' }, { typeName: 'b' }], dataSources: [{ typeName: 'c' }] }));
    expect(all(msg, 4).map((r) => str(one(sub(r), 1)))).toEqual(['a', 'b']);
    expect(all(msg, 3).map((r) => str(one(sub(r), 1)))).toEqual(['c']);
  });
});

describe('per-RPC messages', () => {
  it('ValidateProviderConfig: config in, diagnostics out on field 2', () => {
    const req = ValidateProviderConfigRequest.decode(dv(new ProtoWriter(), 1, [0xc0]).finish());
    expect(Array.from(req.config!.msgpack!)).toEqual([0xc0]);
    expect(all(dump(ValidateProviderConfigResponse.encode({ diagnostics: [errorWithPath] })), 2)).toHaveLength(1);
  });

  it('ValidateResourceConfig and ValidateDataResourceConfig', () => {
    const w = dv(new ProtoWriter().stringField(1, 'thing'), 2, [0x80]);
    caps(w, 3);
    const req = ValidateResourceConfigRequest.decode(w.finish());
    expect(req).toMatchObject({ typeName: 'thing', clientCapabilities: { deferralAllowed: true, writeOnlyAttributesAllowed: true } });
    const dreq = ValidateDataResourceConfigRequest.decode(dv(new ProtoWriter().stringField(1, 'lookup'), 2, [0x80]).finish());
    expect(dreq.typeName).toBe('lookup');
    expectDiagnostic(one(dump(ValidateConfigResponse.encode({ diagnostics: [errorWithPath] })), 1));
  });

  it('UpgradeResourceState: version, raw state JSON and flatmap', () => {
    const w = new ProtoWriter().stringField(1, 'thing').int64Field(2, 2);
    w.messageField(3, (m) => {
      m.bytesField(1, Buffer.from('{"id":"x"}'));
      m.messageField(2, (e) => e.stringField(1, 'id').stringField(2, 'x'));
      m.messageField(2, (e) => e.stringField(1, 'n'));
    });
    const req = UpgradeResourceStateRequest.decode(w.finish());
    expect(req.version).toBe(2);
    expect(Buffer.from(req.rawState!.json!).toString()).toBe('{"id":"x"}');
    expect(req.rawState!.flatmap).toEqual({ id: 'x', n: '' });
    const out = dump(UpgradeResourceStateResponse.encode({ upgradedState: { msgpack: Uint8Array.of(0x80) }, diagnostics: [] }));
    expect(Array.from(one(sub(one(out, 1)), 1) as Uint8Array)).toEqual([0x80]);
  });

  it('ConfigureProvider', () => {
    const w = dv(new ProtoWriter().stringField(1, '1.11.4'), 2, [0x80]);
    caps(w, 3);
    expect(ConfigureProviderRequest.decode(w.finish())).toMatchObject({ terraformVersion: '1.11.4', clientCapabilities: { deferralAllowed: true } });
    expectDiagnostic(one(dump(ConfigureProviderResponse.encode({ diagnostics: [errorWithPath] })), 1));
  });

  it('ReadResource: skips current_identity, echoes private, encodes deferred', () => {
    const w = dv(new ProtoWriter().stringField(1, 'thing'), 2, [0x80]).bytesField(3, Uint8Array.of(9));
    dv(w, 4, [0xc0]);
    caps(w, 5);
    future(w, 6);
    const req = ReadResourceRequest.decode(w.finish());
    expect(req.typeName).toBe('thing');
    expect(Array.from(req.private!)).toEqual([9]);
    expect(Array.from(req.providerMeta!.msgpack!)).toEqual([0xc0]);
    const out = dump(ReadResourceResponse.encode({ newState: { msgpack: Uint8Array.of(0xc0) }, private: Uint8Array.of(9), deferred: { reason: DeferredReason.AbsentPrereq }, diagnostics: [] }));
    expect(Array.from(one(out, 3) as Uint8Array)).toEqual([9]);
    expect(one(sub(one(out, 4)), 1)).toBe(3);
  });

  it('PlanResourceChange: every request field, requires_replace paths, deferred on field 6', () => {
    const w = new ProtoWriter().stringField(1, 'thing');
    dv(w, 2, [0xc0]);
    dv(w, 3, [0x81, 0xa1, 0x61, 0xd4, 0x00, 0x00]);
    dv(w, 4, [0x81, 0xa1, 0x61, 0xc0]);
    w.bytesField(5, Uint8Array.of(1, 2));
    dv(w, 6, [0xc0]);
    caps(w, 7);
    future(w, 8);
    const req = PlanResourceChangeRequest.decode(w.finish());
    expect(req.typeName).toBe('thing');
    expect(Array.from(req.priorState!.msgpack!)).toEqual([0xc0]);
    expect(req.proposedNewState!.msgpack!.length).toBe(6);
    expect(Array.from(req.priorPrivate!)).toEqual([1, 2]);
    expect(req.clientCapabilities!.deferralAllowed).toBe(true);

    const out = dump(
      PlanResourceChangeResponse.encode({
        plannedState: { msgpack: Uint8Array.of(0xc0) },
        requiresReplace: [[{ attributeName: 'a' }], [{ attributeName: 'b' }, { elementKeyInt: 2 }]],
        plannedPrivate: Uint8Array.of(7),
        diagnostics: [errorWithPath],
        deferred: { reason: DeferredReason.ResourceConfigUnknown },
      }),
    );
    const paths = all(out, 2).map((p) => all(sub(p), 1).map(sub));
    expect(paths.map((p) => p.length)).toEqual([1, 2]);
    expect(one(paths[1][1], 3)).toBe(2);
    expect(Array.from(one(out, 3) as Uint8Array)).toEqual([7]);
    expectDiagnostic(one(out, 4));
    expect(out.has(5)).toBe(false); // legacy_type_system is never set
    expect(one(sub(one(out, 6)), 1)).toBe(1);
  });

  it('ApplyResourceChange', () => {
    const w = new ProtoWriter().stringField(1, 'thing');
    dv(w, 2, [0xc0]);
    dv(w, 3, [0x80]);
    dv(w, 4, [0x80]);
    w.bytesField(5, Uint8Array.of(5));
    dv(w, 6, [0xc0]);
    future(w, 7);
    const req = ApplyResourceChangeRequest.decode(w.finish());
    expect(Array.from(req.plannedPrivate!)).toEqual([5]);
    expect(Array.from(req.plannedState!.msgpack!)).toEqual([0x80]);
    const out = dump(ApplyResourceChangeResponse.encode({ newState: { msgpack: Uint8Array.of(0x80) }, private: Uint8Array.of(1), diagnostics: [errorWithPath] }));
    expect(Array.from(one(out, 2) as Uint8Array)).toEqual([1]);
    expectDiagnostic(one(out, 3));
    expect(out.has(4)).toBe(false);
  });

  it('ImportResourceState', () => {
    const w = new ProtoWriter().stringField(1, 'thing').stringField(2, 'id-1');
    caps(w, 3);
    future(w, 4);
    expect(ImportResourceStateRequest.decode(w.finish())).toMatchObject({ typeName: 'thing', id: 'id-1' });
    const out = dump(
      ImportResourceStateResponse.encode({ importedResources: [{ typeName: 'thing', state: { msgpack: Uint8Array.of(0x80) }, private: Uint8Array.of(3) }], diagnostics: [] }),
    );
    const imported = sub(one(out, 1));
    expect(str(one(imported, 1))).toBe('thing');
    expect(Array.from(one(sub(one(imported, 2)), 1) as Uint8Array)).toEqual([0x80]);
    expect(Array.from(one(imported, 3) as Uint8Array)).toEqual([3]);
  });

  it('MoveResourceState', () => {
    const w = new ProtoWriter().stringField(1, 'registry.terraform.io/a/b').stringField(2, 'old').int64Field(3, 1);
    w.messageField(4, (m) => m.bytesField(1, Buffer.from('{}')));
    w.stringField(5, 'new').bytesField(6, Uint8Array.of(1));
    future(w, 7);
    w.int64Field(8, 4);
    expect(MoveResourceStateRequest.decode(w.finish())).toMatchObject({
      sourceProviderAddress: 'registry.terraform.io/a/b',
      sourceTypeName: 'old',
      sourceSchemaVersion: 1,
      targetTypeName: 'new',
    });
    const out = dump(MoveResourceStateResponse.encode({ targetState: { msgpack: Uint8Array.of(0xc0) }, targetPrivate: Uint8Array.of(2), diagnostics: [] }));
    expect(Array.from(one(out, 3) as Uint8Array)).toEqual([2]);
  });

  it('ReadDataSource', () => {
    const w = new ProtoWriter().stringField(1, 'lookup');
    dv(w, 2, [0x80]);
    dv(w, 3, [0xc0]);
    caps(w, 4);
    expect(ReadDataSourceRequest.decode(w.finish())).toMatchObject({ typeName: 'lookup', clientCapabilities: { deferralAllowed: true } });
    const out = dump(ReadDataSourceResponse.encode({ state: { msgpack: Uint8Array.of(0x80) }, diagnostics: [errorWithPath], deferred: { reason: DeferredReason.ProviderConfigUnknown } }));
    expectDiagnostic(one(out, 2));
    expect(one(sub(one(out, 3)), 1)).toBe(2);
  });

  it('StopProvider: the Error string', () => {
    expect(str(one(dump(StopProviderResponse.encode({ error: 'busy' })), 1))).toBe('busy');
    expect(StopProviderResponse.encode({ error: '' })).toHaveLength(0);
  });

  it('rejects a request whose field has the wrong wire type', () => {
    expect(() => PlanResourceChangeRequest.decode(new ProtoWriter().int64Field(1, 5).finish())).toThrow(/wire type/);
  });
});
