/**
 * The group calls (src/client/groups.ts): against the emulator (every key data "zendesk_group" gives, a group by id,
 * a 404), and against a fake sender for what the emulator cannot show at its size (cursor pages) or at all (an
 * answer of another shape).
 */
import { type AuthOptions, createZendeskClient } from '../../src/client';
import { type GroupRequestSender, getGroup, listAccountGroups } from '../../src/client/groups';
import { sharedEmulator } from './emulator-control';

const shared = sharedEmulator();
const AUTH: AuthOptions = { kind: 'api-token', email: 'admin@acme.test', token: 'emulator-token' };
const client = () => createZendeskClient({ baseUrl: shared.emu.accountUrl('acme'), auth: AUTH, sleep: async () => {} });

it('lists the groups with their keys, and gets one by its id', async () => {
  const groups = await listAccountGroups(client());
  expect(groups.map((g) => [g.name, g.default, g.deleted, g.description])).toEqual([
    ['Support', true, false, ''],
    ['Billing', false, false, ''],
    ['Messaging', false, false, ''],
  ]);
  expect(await getGroup(client(), String(groups[1].id))).toEqual(groups[1]);
  await expect(getGroup(client(), '1')).rejects.toMatchObject({ name: 'ZendeskNotFoundError', status: 404 });
});

/** A sender answering each GET from `pages` by its path, recording the paths asked. */
function fakeSender(pages: Record<string, unknown>, asked: string[]): GroupRequestSender {
  return {
    baseUrl: 'https://acme.zendesk.com',
    requestWithResponse: async (_method: string, path: string) => {
      asked.push(path);
      return { status: 200, headers: {}, data: pages[path] as never, attempts: 1 };
    },
  } as GroupRequestSender;
}

it('follows cursor pages until has_more is false', async () => {
  const asked: string[] = [];
  const sender = fakeSender(
    {
      '/api/v2/groups?page%5Bsize%5D=100': { groups: [{ id: 1, name: 'A' }], meta: { has_more: true, after_cursor: 'c1' } },
      '/api/v2/groups?page%5Bsize%5D=100&page%5Bafter%5D=c1': { groups: [{ id: 2, name: 'B', deleted: true, description: 'old' }], meta: { has_more: false, after_cursor: 'c2' } },
    },
    asked,
  );
  expect(await listAccountGroups(sender)).toEqual([
    { id: 1, name: 'A', description: '', default: false, deleted: false },
    { id: 2, name: 'B', description: 'old', default: false, deleted: true },
  ]);
  expect(asked).toHaveLength(2);
});

it('an answer of another shape is a ZendeskResponseError naming the part', async () => {
  const sender = fakeSender({ '/api/v2/groups?page%5Bsize%5D=100': { groups: [{ id: 'x', name: 'A' }] } }, []);
  await expect(listAccountGroups(sender)).rejects.toMatchObject({ name: 'ZendeskResponseError', message: expect.stringContaining('groups[0].id is not a whole number') });
});
