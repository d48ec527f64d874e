import { startEmulator, type EmulatorHandle } from '../../src/emulator';
import { TOKEN, send } from './http';

/** The groups and agents routing objects refer to, from the account's directory, paged like every list. */
describe('emulator groups and users API', () => {
  let emu: EmulatorHandle;
  beforeAll(async () => {
    emu = await startEmulator({ port: 0 });
  });
  afterAll(() => emu.close());

  const api = (path: string) => send(`${emu.accountUrl('dir')}/api/v2${path}`, { auth: TOKEN });

  it('lists the directory\'s groups as recorded, the first one the default, and shows one', async () => {
    const directory = await emu.control.directory('dir');
    const body = (await api('/groups')).json();
    expect(body).toMatchObject({ count: directory.groups.length, next_page: null, previous_page: null });
    expect(body.groups[0]).toEqual({
      url: `${emu.accountUrl('dir')}/api/v2/groups/${directory.groups[0].id}.json`,
      id: directory.groups[0].id,
      name: 'Support',
      description: '',
      default: true,
      deleted: false,
      created_at: expect.any(String),
      updated_at: expect.any(String),
    });
    expect(body.groups.slice(1).every((g: { default: boolean }) => !g.default)).toBe(true);
    expect((await api(`/groups/${directory.groups[1].id}`)).json().group.name).toBe('Billing');
    expect((await api('/groups/1')).status).toBe(404);
    const page = (await api('/groups?page[size]=2')).json();
    expect([page.groups.length, page.meta.has_more]).toEqual([2, true]);
  });

  it('lists agents and admins by role, as GET /api/v2/users?role[]=agent&role[]=admin asks', async () => {
    const directory = await emu.control.directory('dir');
    const roles = async (query: string) => (await api(`/users${query}`)).json().users.map((u: { name: string; role: string }) => [u.name, u.role]);
    expect(await roles('?role[]=agent&role[]=admin')).toEqual([['Dir Admin', 'admin'], ['Sam Agent', 'agent'], ['Kim Agent', 'agent']]);
    expect(await roles('?role=admin')).toEqual([['Dir Admin', 'admin']]);
    expect(await roles('?role=end-user')).toEqual([]);
    const user = (await api(`/users/${directory.agents[1].id}`)).json().user;
    expect(user).toMatchObject({ id: directory.agents[1].id, name: 'Sam Agent', email: 'sam.agent@dir.zendesk.test', role: 'agent', active: true, default_group_id: directory.groups[0].id });
    expect((await api('/users/1')).json()).toEqual({ error: 'RecordNotFound', description: 'Not found' });
    // The current user is still who the credentials act as.
    expect((await api('/users/me')).json().user.email).toBe('admin@acme.test');
  });
});
