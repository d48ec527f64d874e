import { type AuthOptions, createZendeskClient } from '../../src/client';
import { countOf, sharedEmulator } from './emulator-control';

/** A trigger needs at least one condition, as in Zendesk. */
const NEW_TICKETS = { all: [{ field: 'status', operator: 'is', value: 'new' }], any: [] };

/**
 * The client against the emulator's trigger endpoints: pagination over cursor pages that link like Zendesk's
 * (absolute URLs of the `.json` path, on every page with items, the last one included: paginate.ts in the
 * emulator), and the X-Zendesk-API-Warn a trigger write with removed keys draws.
 */
const shared = sharedEmulator();
const AUTH: AuthOptions = { kind: 'api-token', email: 'admin@acme.test', token: 'emulator-token' };
const client = (debug: (line: string) => void = () => {}) =>
  createZendeskClient({ baseUrl: shared.emu.accountUrl('acme'), auth: AUTH, sleep: async () => {}, logger: { debug, warn: () => {} } });

it('follows absolute next links while has_more and stops on the last page, which still links on', async () => {
  const c = client();
  for (let i = 0; i < 6; i++) await c.request('POST', '/api/v2/triggers', { body: { trigger: { title: `Paged ${i}`, conditions: NEW_TICKETS, actions: [{ field: 'status', value: 'open' }] } } });
  const all = (await c.request<{ triggers: { id: number }[] }>('GET', '/api/v2/triggers')).triggers.map((t) => t.id);
  await shared.control.resetRequests();

  const paged = (await c.paginateAll<{ id: number }>('/api/v2/triggers', 'triggers', { pageSize: 4 })).map((t) => t.id);
  expect(paged).toEqual(all);
  expect(all.length).toBeGreaterThan(8);
  // One request per page of 4: no request for the link past the end.
  expect(await countOf(shared.control, 'acme', 'GET', '/api/v2/triggers')).toBe(Math.ceil(all.length / 4));
});

it('pages trigger categories the same way, keeping the query it was given', async () => {
  const c = client();
  for (const name of ['Email', 'Messaging', 'Voice']) await c.request('POST', '/api/v2/trigger_categories', { body: { trigger_category: { name } } });
  await shared.control.resetRequests();
  const names = (await c.paginateAll<{ name: string }>('/api/v2/trigger_categories', 'trigger_categories', { pageSize: 2, query: { sort: 'name' } })).map((x) => x.name);
  expect(names).toEqual(['Email', 'Messaging', 'Standard triggers', 'Voice']);
  expect(await countOf(shared.control, 'acme', 'GET', '/api/v2/trigger_categories')).toBe(2);
});

it('logs the X-Zendesk-API-Warn of a trigger write that sent keys Zendesk removes, and returns the answer', async () => {
  const lines: string[] = [];
  const c = client((line) => lines.push(line));
  const created = await c.request<{ trigger: { title: string } }>('POST', '/api/v2/triggers', {
    body: { trigger: { title: 'Warned', colour: 'red', conditions: NEW_TICKETS, actions: [{ field: 'status', value: 'open' }] } },
  });
  expect(created.trigger.title).toBe('Warned');
  expect(lines).toContain(`POST /api/v2/triggers: X-Zendesk-API-Warn: Removed Params: Unpermitted parameter keys: '["trigger.colour"]'`);
});
