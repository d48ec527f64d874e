/**
 * Drift attribution of objects with string ids (capacity rules, queues: ULIDs; routing attributes: UUIDs): the
 * matching of an object's audit-log entries on hand-made entries, then attributeDrift on a hand-made plan against the
 * emulator, whose log names such objects by a number of its own (no terraform, no dist/).
 */
import { type AuditLogEntry, auditLogEntry } from '../../src/client';
import { createZendeskClient } from '../../src/client/client';
import { createCapacityRule } from '../../src/client/capacity-rules';
import { attributeDrift } from '../../src/cli/drift/attribution';
import type { DriftedResource } from '../../src/cli/drift/analyze';
import { entriesOfObject, idText, namesOf, wholeNumberId } from '../../src/cli/drift/object-entries';
import type { PlanJson } from '../../src/cli/report/plan-json';
import { type EmulatorHandle, startEmulator } from '../../src/emulator';
import { EMULATOR_OAUTH_ENV } from '../support/emulator-workspaces';

const ULID = '01HG80ATNNZK1N7XRFVKX48XD6';
const entry = (id: number, sourceId: number | string, label: string, actor = 'Lee'): AuditLogEntry => ({
  id, action: 'update', action_label: 'Updated', actor_id: id, actor_name: actor, change_description: 'Changed capacities', created_at: `2026-12-01T10:00:${String(id).padStart(2, '0')}Z`,
  ip_address: '127.0.0.1', source_id: sourceId, source_label: label, source_type: 'capacity_rule', url: '',
}); // prettier-ignore

describe('an object\'s entries among its source type\'s', () => {
  it('takes a whole-number id for filter[source_id] and leaves ULIDs and UUIDs to matching', () => {
    expect([42, '42', ULID, '468ffec1-f80c-11eb-8231-51714e7ee9ec', '99999999999999999999', '', null].map(wholeNumberId)).toEqual([42, 42, undefined, undefined, undefined, undefined, undefined]);
    expect([ULID, 42, '', null, {}].map(idText)).toEqual([ULID, '42', undefined, undefined, undefined]);
  });

  it('reads an entry whose source_id is text (how the log names a ULID is shown nowhere), and refuses other shapes', () => {
    expect(auditLogEntry(entry(1, ULID, 'Tier 1'), 0).source_id).toBe(ULID);
    expect(() => auditLogEntry({ ...entry(1, 7, 'Tier 1'), source_id: true }, 0)).toThrow('source_id is not a number or a string');
  });

  it('matches by the id where the log carries it, else by the name before or after the drift', () => {
    const entries = [entry(4, 7, 'Tier X'), entry(3, ULID, 'Tier 1'), entry(2, 9, 'Night'), entry(1, 7, 'Tier 1')];
    expect(entriesOfObject(entries, ULID, ['Tier 1']).map((e) => e.id)).toEqual([3]);
    // The log names it by a number of its own: a rename out of band is found under either name.
    expect(entriesOfObject(entries, 'OTHER', ['Tier 1', 'Tier X']).map((e) => e.id)).toEqual([4, 3, 1]);
    expect(entriesOfObject(entries, 'OTHER', [])).toEqual([]);
    expect(namesOf('name', { name: 'Tier 1' }, { name: 'Tier X' }, null)).toEqual(['Tier 1', 'Tier X']);
    expect(namesOf(undefined, { name: 'Tier 1' })).toEqual([]);
  });
});

describe('attributeDrift of a capacity rule (a ULID) against the emulator', () => {
  let emulator: EmulatorHandle;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
  });
  afterAll(async () => emulator.close());

  /** The plan `drift` reads: the provider configuration and the rule's drift, its name changed or not. */
  const planFor = (account: string, id: string, before: string, after: string): PlanJson =>
    ({
      format_version: '1.2',
      configuration: {
        provider_config: { zendesk: { name: 'zendesk', expressions: { base_url: { constant_value: emulator.accountUrl(account) } } } },
        root_module: { resources: [{ address: 'zendesk_capacity_rule.tier1', mode: 'managed', type: 'zendesk_capacity_rule', name: 'tier1', provider_config_key: 'zendesk' }] },
      },
      resource_drift: [
        { address: 'zendesk_capacity_rule.tier1', mode: 'managed', type: 'zendesk_capacity_rule', name: 'tier1', change: { actions: ['update'], before: { id, name: before }, after: { id, name: after } } },
      ],
    }) as unknown as PlanJson;
  const drifted = (): DriftedResource => ({
    address: 'zendesk_capacity_rule.tier1', type: 'zendesk_capacity_rule', account: 'acme', action: 'update',
    attributes: [{ path: 'capacities.messaging', label: 'Messaging capacity', before: 2, after: 5, sensitive: false, cause: 'outside', description: 'Messaging capacity: 2 → 5' }],
  }); // prettier-ignore
  const options = { env: EMULATOR_OAUTH_ENV, since: new Date(Date.now() - 3_600_000) };

  async function ruleMadeByTerraform(account: string): Promise<string> {
    const client = createZendeskClient({
      baseUrl: emulator.accountUrl(account),
      auth: { kind: 'oauth-client', clientId: EMULATOR_OAUTH_ENV.ZENDESK_OAUTH_CLIENT_ID, clientSecret: EMULATOR_OAUTH_ENV.ZENDESK_OAUTH_CLIENT_SECRET },
    });
    return (await createCapacityRule(client, { name: 'Tier 1', description: '', capacities: { email: 1, messaging: 2, voice: 0 }, agent_ids: [], default: false })).id;
  }

  it('names who changed the rule out of band, and when', async () => {
    const id = await ruleMadeByTerraform('cap-attr');
    await emulator.control.changeRouting('cap-attr', 'capacity-rules', id, { capacities: { messaging: 5 } }, { name: 'Lee Jones', email: 'lee@cap.test' });
    const resource = drifted();
    expect(await attributeDrift(planFor('cap-attr', id, 'Tier 1', 'Tier 1'), [resource], options)).toEqual([]);
    expect(resource.changedBy).toMatchObject({ actor: 'Lee Jones', change: 'Changed capacities', source: 'Tier 1', earlierChanges: 0 });
    expect(resource.attributes[0].changedBy?.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('finds a rule renamed out of band, and says so when nobody but Terraform changed it', async () => {
    const id = await ruleMadeByTerraform('cap-rename');
    await emulator.control.changeRouting('cap-rename', 'capacity-rules', id, { name: 'Tier X' }, { name: 'Kim Admin', email: 'kim@cap.test' });
    const renamed = drifted();
    await attributeDrift(planFor('cap-rename', id, 'Tier 1', 'Tier X'), [renamed], options);
    expect(renamed.changedBy).toMatchObject({ actor: 'Kim Admin', change: 'Changed name', source: 'Tier X' });

    const quiet = await ruleMadeByTerraform('cap-quiet');
    const untouched = drifted();
    const [note] = await attributeDrift(planFor('cap-quiet', quiet, 'Tier 1', 'Tier 1'), [untouched], options);
    expect(untouched.changedBy).toBeUndefined();
    expect(note.note).toContain(`who changed capacity rule ${quiet} is not known: the audit log has no change of it by anyone but Terraform`);
  });

  it('says a fault of its own in words, never in JavaScript\'s (an impossible window here)', async () => {
    const id = await ruleMadeByTerraform('cap-fault');
    const [note] = await attributeDrift(planFor('cap-fault', id, 'Tier 1', 'Tier 1'), [drifted()], { ...options, since: new Date(NaN) });
    expect(note.note).toBe('attribution could not read the audit log: the CLI failed unexpectedly while reading it (run with --no-attribution to go on, and report this)');
  });
});
