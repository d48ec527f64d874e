/**
 * Drift attribution of a resource that lists objects and has no audit-log entries of its own (a queue order: a
 * reorder is logged on each queue it moves): the helpers on hand-made entries, then attributeDrift on a hand-made
 * plan against the emulator, whose log names queues by a number of its own and by name (no terraform, no dist/).
 */
import { type AuditLogEntry } from '../../src/client';
import { createZendeskClient } from '../../src/client/client';
import { createQueue, reorderQueues, updateQueue } from '../../src/client/queues';
import { attributeDrift } from '../../src/cli/drift/attribution';
import type { DriftedResource } from '../../src/cli/drift/analyze';
import { entriesOfObjects, idsIn, namesInState, oneEntryPerWrite, preferMentioning } from '../../src/cli/drift/object-entries';
import type { PlanJson } from '../../src/cli/report/plan-json';
import { type EmulatorHandle, startEmulator } from '../../src/emulator';
import { EMULATOR_OAUTH_ENV } from '../support/emulator-workspaces';

const entry = (id: number, sourceId: number | string, label: string, change = 'Changed order', actorId = 7, at = `2026-12-01T10:00:${String(id).padStart(2, '0')}Z`): AuditLogEntry => ({
  id, action: 'update', action_label: 'Updated', actor_id: actorId, actor_name: `Actor ${actorId}`, change_description: change, created_at: at,
  ip_address: '127.0.0.1', source_id: sourceId, source_label: label, source_type: 'queue', url: '',
}); // prettier-ignore

describe('the entries of the objects a resource lists', () => {
  it('takes the ids of lists before and after, each once, and nothing of other shapes', () => {
    expect(idsIn(['A', 'B'], ['B', 'C', 7], undefined, 'A')).toEqual(['A', 'B', 'C', '7']);
    expect(idsIn(null, {})).toEqual([]);
  });

  it("names each listed object by its resources' and data sources' names in the state, in any module", () => {
    const kinds = [{ typeName: 'zendesk_omnichannel_queue', idAttribute: 'id', nameAttribute: 'name' }];
    const root = {
      resources: [
        { type: 'zendesk_omnichannel_queue', values: { id: 'Q1', name: 'Urgent' } },
        { type: 'zendesk_capacity_rule', values: { id: 'Q2', name: 'Not a queue' } },
      ],
      child_modules: [{ resources: [{ type: 'zendesk_omnichannel_queue', values: { id: 'Q2', name: 'Billing' } }] }],
    };
    expect(['Q1', 'Q2', 'Q3'].map((id) => namesInState(root, kinds, id))).toEqual([['Urgent'], ['Billing'], []]);
    expect(namesInState(undefined, kinds, 'Q1')).toEqual([]);
  });

  it('matches any listed object by id or name, counts one write moving several once, and prefers entries that mention the change', () => {
    const entries = [entry(5, 91, 'Urgent', 'Changed name'), entry(4, 91, 'Urgent'), entry(4, 92, 'Billing'), entry(3, 93, 'Returns'), entry(2, 'Q2', 'Billing', 'Changed order', 8)];
    const listed = entriesOfObjects(entries, [{ id: 'Q1', names: ['Urgent'] }, { id: 'Q2', names: [] }]);
    expect(listed.map((e) => e.id)).toEqual([5, 4, 2]);
    // Q2's id is in the log, so its name is not needed; Q3's is not, so its name finds it.
    expect(entriesOfObjects(entries, [{ id: 'Q2', names: ['Returns'] }, { id: 'Q3', names: ['Billing'] }]).map((e) => e.source_label)).toEqual(['Billing', 'Billing']);
    expect(entriesOfObjects(entries, [{ id: 'Q1', names: ['Urgent'] }, { id: 'Q3', names: ['Billing'] }]).map((e) => e.id)).toEqual([5, 4, 4, 2]);
    expect(oneEntryPerWrite(entries).map((e) => e.id)).toEqual([5, 4, 3, 2]);
    expect(preferMentioning(entries, 'ORDER').map((e) => e.id)).toEqual([4, 4, 3, 2]);
    expect(preferMentioning([entries[0]], 'order')).toEqual([entries[0]]);
    expect(preferMentioning(entries, undefined)).toBe(entries);
  });
});

describe('attributeDrift of a queue order against the emulator', () => {
  let emulator: EmulatorHandle;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
  });
  afterAll(async () => emulator.close());

  const oauth = { kind: 'oauth-client' as const, clientId: EMULATOR_OAUTH_ENV.ZENDESK_OAUTH_CLIENT_ID, clientSecret: EMULATOR_OAUTH_ENV.ZENDESK_OAUTH_CLIENT_SECRET };
  /** Terraform's credential (the provider's OAuth client), or an admin's API token: the log names that admin. */
  const clientOf = (account: string, adminEmail?: string) =>
    createZendeskClient({ baseUrl: emulator.accountUrl(account), auth: adminEmail ? { kind: 'api-token', email: adminEmail, token: 'emulator-token' } : oauth });
  const options = { env: EMULATOR_OAUTH_ENV, since: new Date(Date.now() - 3_600_000) };

  /** Two queues made by Terraform, in its order: their ids by name. */
  async function queuesMadeByTerraform(account: string): Promise<Record<string, string>> {
    const group = (await emulator.control.directory(account)).groups[0].id;
    const ids: Record<string, string> = {};
    for (const name of ['Urgent', 'Billing']) ids[name] = (await createQueue(clientOf(account), { name, primary_groups_id: [group] })).id;
    await reorderQueues(clientOf(account), [ids.Urgent, ids.Billing]);
    return ids;
  }

  /** The plan `drift` reads: the order's drift (its ids before and after) and, when asked, the queues in the state. */
  const planFor = (account: string, ids: Record<string, string>, after: string[], queuesInState = true): PlanJson =>
    ({
      format_version: '1.2',
      configuration: {
        provider_config: { zendesk: { name: 'zendesk', expressions: { base_url: { constant_value: emulator.accountUrl(account) } } } },
        root_module: { resources: [{ address: 'zendesk_omnichannel_queue_order.this', mode: 'managed', type: 'zendesk_omnichannel_queue_order', name: 'this', provider_config_key: 'zendesk' }] },
      },
      prior_state: {
        values: {
          root_module: {
            resources: queuesInState
              ? Object.entries(ids).map(([name, id]) => ({ address: `zendesk_omnichannel_queue.${name}`, mode: 'managed', type: 'zendesk_omnichannel_queue', values: { id, name } }))
              : [],
          },
        },
      },
      resource_drift: [
        {
          address: 'zendesk_omnichannel_queue_order.this', mode: 'managed', type: 'zendesk_omnichannel_queue_order', name: 'this',
          change: { actions: ['update'], before: { id: account, queue_ids: [ids.Urgent, ids.Billing] }, after: { id: account, queue_ids: after } },
        },
      ],
    }) as unknown as PlanJson; // prettier-ignore
  const drifted = (): DriftedResource => ({
    address: 'zendesk_omnichannel_queue_order.this', type: 'zendesk_omnichannel_queue_order', account: 'acme', action: 'update',
    attributes: [{ path: 'queue_ids', label: "Queues' order", before: [], after: [], sensitive: false, cause: 'outside', description: 'reordered' }],
  }); // prettier-ignore

  it('names who reordered the queues, and when: one reorder moving two queues is one change', async () => {
    const ids = await queuesMadeByTerraform('order-attr');
    await reorderQueues(clientOf('order-attr', 'dana.admin@order.test'), [ids.Billing, ids.Urgent]);
    const resource = drifted();
    expect(await attributeDrift(planFor('order-attr', ids, [ids.Billing, ids.Urgent]), [resource], options)).toEqual([]);
    expect(resource.changedBy).toMatchObject({ actor: 'Dana Admin', change: 'Changed order', earlierChanges: 0 });
    expect(resource.attributes[0].changedBy?.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it("names the reorder's author, not a later change of a queue's description", async () => {
    const ids = await queuesMadeByTerraform('order-rename');
    await reorderQueues(clientOf('order-rename', 'dana.admin@order.test'), [ids.Billing, ids.Urgent]);
    await updateQueue(clientOf('order-rename', 'kim.admin@order.test'), ids.Urgent, { description: 'Pages on-call' });
    const resource = drifted();
    await attributeDrift(planFor('order-rename', ids, [ids.Billing, ids.Urgent]), [resource], options);
    expect(resource.changedBy).toMatchObject({ actor: 'Dana Admin', change: 'Changed order' });
  });

  it("says so when nobody but Terraform reordered them, and when the log's queues cannot be told (no names in the state)", async () => {
    const ids = await queuesMadeByTerraform('order-quiet');
    const quiet = drifted();
    const [note] = await attributeDrift(planFor('order-quiet', ids, [ids.Billing, ids.Urgent]), [quiet], options);
    expect(quiet.changedBy).toBeUndefined();
    expect(note.note).toContain('who changed queue order is not known: the audit log has no change of it by anyone but Terraform');

    await reorderQueues(clientOf('order-quiet', 'dana.admin@order.test'), [ids.Billing, ids.Urgent]);
    const unnamed = drifted();
    await attributeDrift(planFor('order-quiet', ids, [ids.Billing, ids.Urgent], false), [unnamed], options);
    expect(unnamed.changedBy).toBeUndefined();
  });
});
