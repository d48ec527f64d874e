/**
 * The queue's plan-time checks against an account (omnichannel-queue/plan-check.ts), with the real client: unknown
 * group ids and misspelt conditions are errors on their attribute, nothing is asked of Zendesk when the groups and
 * conditions did not change, and an account that cannot be reached skips the check with a warning.
 */
import { createServer } from 'node:net';
import { type AuthOptions, createZendeskClient } from '../../src/client';
import { Diagnostics } from '../../src/framework';
import { checkPlannedConditions, checkPlannedGroups } from '../../src/provider/omnichannel-queue/plan-check';
import { AccountSession, type ZendeskAdminClient } from '../../src/provider/session';
import { countOf, sharedEmulator } from '../client/emulator-control';

const shared = sharedEmulator();
const AUTH: AuthOptions = { kind: 'api-token', email: 'admin@acme.test', token: 'emulator-token' };
const sessionFor = (baseUrl: string) => new AccountSession('acme', createZendeskClient({ baseUrl, auth: AUTH, sleep: async () => {}, maxRetries: 0 }) as unknown as ZendeskAdminClient);
const said = (d: Diagnostics) => d.toArray().map((x) => `${x.severity}: ${x.summary}: ${x.detail}`);
const URGENT = { field: 'priority', operator: 'is', value: 'urgent' };

/** A port nothing listens on: taken, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

it('names the group ids the account does not have, on their attribute', async () => {
  const [support] = (await shared.control.directory('acme')).groups;
  const diagnostics = new Diagnostics();
  await checkPlannedGroups(sessionFor(shared.emu.accountUrl('acme')), { primary_group_ids: [support.id, 424242], secondary_group_ids: [7] }, null, diagnostics);
  expect(said(diagnostics)).toEqual([
    expect.stringMatching(/^error: Not a group of this account: Account "acme" has no group with the ID 424242 /),
    expect.stringContaining('no group with the ID 7 '),
  ]);
  expect(diagnostics.toArray().map((d) => String(d.path))).toEqual(['primary_group_ids', 'secondary_group_ids']);
});

it('asks Zendesk nothing when the groups and conditions are those of the state, in any order', async () => {
  const state = { primary_group_ids: [2, 1], conditions: { all: [URGENT, { field: 'status', operator: 'is', value: 'open' }], any: null } };
  const plan = { primary_group_ids: [1, 2], conditions: { all: [{ field: 'status', operator: 'is', value: 'open' }, URGENT], any: [] } };
  const diagnostics = new Diagnostics();
  const session = sessionFor(shared.emu.accountUrl('acme'));
  await checkPlannedGroups(session, plan, state, diagnostics);
  await checkPlannedConditions(session, plan, state, diagnostics);
  expect(said(diagnostics)).toEqual([]);
  expect(await countOf(shared.control, 'acme', 'GET', '/api/v2/groups')).toBe(0);
  expect(await countOf(shared.control, 'acme', 'GET', '/api/v2/queues/definitions')).toBe(0);
});

it('checks changed conditions against the queue definitions, with the closest name', async () => {
  const diagnostics = new Diagnostics();
  await checkPlannedConditions(sessionFor(shared.emu.accountUrl('acme')), { conditions: { all: [{ ...URGENT, value: 'urgnet' }] } }, null, diagnostics);
  expect(said(diagnostics)).toEqual([expect.stringMatching(/^error: Unknown value for ALL condition "Priority": .*no value "urgnet"\. Did you mean "urgent" \(Urgent\)\?/)]);
  expect(String(diagnostics.toArray()[0].path)).toBe('conditions.all');
});

it('skips the checks with a warning when the account cannot be reached', async () => {
  const session = sessionFor(`http://127.0.0.1:${await closedPort()}/acme`);
  const diagnostics = new Diagnostics();
  await checkPlannedGroups(session, { primary_group_ids: [1] }, null, diagnostics);
  await checkPlannedConditions(session, { conditions: { all: [URGENT] } }, null, diagnostics);
  expect(diagnostics.hasError()).toBe(false);
  expect(said(diagnostics)).toEqual([
    expect.stringMatching(/^warning: The queue's group IDs were not checked against the account: Zendesk could not be reached .*Zendesk checks them at apply\.$/),
    expect.stringMatching(/^warning: The queue's conditions were not checked against the account: /),
  ]);
});

it('reports other failures (a wrong credential) as the API error they are', async () => {
  const session = new AccountSession('acme', createZendeskClient({ baseUrl: shared.emu.accountUrl('acme'), auth: { ...AUTH, token: 'wrong' } as AuthOptions, sleep: async () => {}, maxRetries: 0 }) as unknown as ZendeskAdminClient);
  const diagnostics = new Diagnostics();
  await checkPlannedGroups(session, { primary_group_ids: [1] }, null, diagnostics);
  expect(said(diagnostics)).toEqual([expect.stringMatching(/^error: Zendesk rejected the credentials: Reading the groups of "acme" to check the queue's group IDs: /)]);
});
