/**
 * zendesk_omnichannel_queue_order's plan against an account, with the real client and the emulator: an unchanged
 * list asks Zendesk nothing, a changed one is checked (wrong IDs on their element, unlisted queues warned about), IDs
 * known only at apply are not checked, an unreachable account skips the check with a warning, and a plan for a state
 * of another account is refused.
 */
import { createServer } from 'node:net';
import { type AuthOptions, createZendeskClient } from '../../src/client';
import { Diagnostics, UNKNOWN } from '../../src/framework';
import { OmnichannelQueueOrderResource } from '../../src/provider/omnichannel-queue-order/resource';
import { AccountSession, type ZendeskAdminClient } from '../../src/provider/session';
import { countOf, sharedEmulator } from '../client/emulator-control';

const shared = sharedEmulator();
const AUTH: AuthOptions = { kind: 'api-token', email: 'admin@acme.test', token: 'emulator-token' };
const sessionFor = (baseUrl: string) => new AccountSession('acme', createZendeskClient({ baseUrl, auth: AUTH, sleep: async () => {}, maxRetries: 0 }) as unknown as ZendeskAdminClient);
const said = (d: Diagnostics) => d.toArray().map((x) => `${x.severity} at ${String(x.path ?? '')}: ${x.summary}`);

async function queue(name: string): Promise<string> {
  const group = (await shared.control.directory('acme')).groups[0].id;
  return (await shared.control.createRouting<{ queue: { id: string } }>('acme', 'queues', { queue: { name, primary_groups_id: [group] } })).queue.id;
}

/** The plan of a resource configured for `baseUrl` (default: acme in the emulator). */
async function planOf(plan: unknown, state: unknown, baseUrl = shared.emu.accountUrl('acme'), privateData: Record<string, unknown> = {}): Promise<Diagnostics> {
  const resource = new OmnichannelQueueOrderResource();
  const diagnostics = new Diagnostics();
  resource.configure(sessionFor(baseUrl), diagnostics);
  const resp = { diagnostics, plannedState: plan, plannedPrivate: {}, requiresReplace: [] };
  await resource.modifyPlan({ plan, state, config: plan, private: privateData } as never, resp as never);
  return diagnostics;
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

it('asks Zendesk nothing when the list is the state\'s', async () => {
  const [a, b] = [await queue('Urgent'), await queue('Billing')];
  const before = await countOf(shared.control, 'acme', 'GET', '/api/v2/queues');
  const diagnostics = await planOf({ id: 'acme', queue_ids: [b, a] }, { id: 'acme', queue_ids: [b, a] });
  expect(said(diagnostics)).toEqual([]);
  expect(await countOf(shared.control, 'acme', 'GET', '/api/v2/queues')).toBe(before);
});

it('checks a changed list: a wrong ID on its element, the unlisted queues in a warning; an ID known at apply skipped', async () => {
  const [a] = [await queue('Urgent'), await queue('Billing')];
  const diagnostics = await planOf({ id: UNKNOWN, queue_ids: [UNKNOWN, a, 'Urgnet'] }, null);
  expect(said(diagnostics)).toEqual(['error at queue_ids[2]: Not a queue of this account', 'warning at queue_ids: 1 queue of the account not listed: placed after the listed ones']);
  expect(diagnostics.toArray()[1].detail).toContain('"Billing" (');
});

it('skips the check with a warning when the account cannot be reached', async () => {
  const diagnostics = await planOf({ id: UNKNOWN, queue_ids: ['01HG80ATNNZK1N7XRFVKX48XD6'] }, null, `http://127.0.0.1:${await closedPort()}/acme`);
  expect(diagnostics.hasError()).toBe(false);
  expect(said(diagnostics)).toEqual(["warning at : The queue order's IDs were not checked against the account"]);
});

it("refuses a state of another account's endpoint, asking nothing", async () => {
  const diagnostics = await planOf({ id: 'acme', queue_ids: ['x'] }, { id: 'acme', queue_ids: ['y'] }, shared.emu.accountUrl('acme'), { account: 'globex', endpoint: 'https://globex.zendesk.com' });
  expect(said(diagnostics)).toEqual(['error at : The provider is configured for another Zendesk account']);
  expect(await countOf(shared.control, 'acme', 'GET', '/api/v2/queues')).toBe(0);
});
