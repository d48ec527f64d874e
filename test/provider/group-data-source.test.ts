/** data "zendesk_group" against a fake client: found by name or id, and the words for no match and several matches. */
import { Diagnostics } from '../../src/framework';
import { ZendeskNotFoundError } from '../../src/client/errors';
import { GroupDataSource, nameProblem } from '../../src/provider/group/data-source';
import { AccountSession, type ZendeskAdminClient } from '../../src/provider/session';

const GROUPS = [
  { id: 11, name: 'Support', description: '', default: true, deleted: false },
  { id: 12, name: 'Billing', description: 'Invoices', default: false, deleted: false },
  { id: 13, name: 'Twice', description: '', default: false, deleted: false },
  { id: 14, name: 'Twice', description: '', default: false, deleted: true },
];

describe('nameProblem', () => {
  it.each([
    { name: 'Billing', summary: undefined, detail: undefined },
    { name: 'Biling', summary: 'Group not found', detail: 'Account "acme" has no group named "Biling"; did you mean "Billing"? Names must match exactly; the account\'s groups are: "Support", "Billing", "Twice", "Twice" (Admin Center > People > Team > Groups).' },
    { name: 'Sales', summary: 'Group not found', detail: 'Account "acme" has no group named "Sales". Names must match exactly;' },
    { name: 'Twice', summary: 'More than one group matches', detail: 'Account "acme" has 2 groups named "Twice" (ID 13; ID 14, deleted); look the group up by id instead.' },
  ])('$name', ({ name, summary, detail }) => {
    const problem = nameProblem(name, GROUPS, 'acme');
    expect(problem?.summary).toBe(summary);
    if (detail) expect(problem?.detail).toContain(detail);
  });

  it('lists at most 20 names and says how many more', () => {
    const many = Array.from({ length: 25 }, (_, i) => ({ id: i, name: `Group ${i}`, description: '', default: false, deleted: false }));
    expect(nameProblem('Nothing like it', many, 'acme')?.detail).toContain('"Group 19", and 5 more');
  });
});

/** A client answering GET /api/v2/groups (one page) and /api/v2/groups/{id}. */
function client(paths: string[]): ZendeskAdminClient {
  return {
    requestWithResponse: async (_method: string, path: string) => {
      paths.push(path);
      const byId = /^\/api\/v2\/groups\/(\d+)$/.exec(path);
      if (!byId) return { status: 200, headers: {}, data: { groups: GROUPS } as never, attempts: 1 };
      const group = GROUPS.find((g) => String(g.id) === byId[1]);
      if (!group) throw new ZendeskNotFoundError(`GET ${path} failed: 404.`, { method: 'GET', path, status: 404, attempts: 1, hint: '' });
      return { status: 200, headers: {}, data: { group } as never, attempts: 1 };
    },
  } as unknown as ZendeskAdminClient;
}

describe('read', () => {
  it.each([
    { config: { name: 'Billing', id: null }, state: { name: 'Billing', id: 12, description: 'Invoices', default: false, deleted: false }, error: undefined },
    { config: { name: null, id: 11 }, state: { name: 'Support', id: 11, description: '', default: true, deleted: false }, error: undefined },
    { config: { name: null, id: 99 }, state: null, error: 'Account "acme" has no group with the ID 99.' },
    { config: { name: 'Sales', id: null }, state: null, error: 'has no group named "Sales"' },
    { config: { name: 'Billing', id: 12 }, state: null, error: 'set exactly one of them' },
    { config: { name: null, id: null }, state: null, error: 'set exactly one of them' },
  ])('name $config.name, id $config.id', async ({ config, state, error }) => {
    const source = new GroupDataSource();
    source.configure(new AccountSession('acme', client([])), new Diagnostics());
    const resp = { state: null, diagnostics: new Diagnostics() };
    await source.read({ config: { ...config, description: null, default: null, deleted: null } } as never, resp);
    expect(resp.state).toEqual(state);
    expect(resp.diagnostics.errors.map((e) => e.detail)).toEqual(error ? [expect.stringContaining(error)] : []);
  });
});
