import { startEmulator, type EmulatorHandle } from '../../src/emulator';
import { TOKEN, send } from './http';

/** Custom ticket statuses: system statuses from the start, no delete, labels checked, triggers see new ones. */
describe('emulator custom ticket statuses API', () => {
  let emu: EmulatorHandle;
  beforeAll(async () => {
    emu = await startEmulator({ port: 0 });
  });
  afterAll(() => emu.close());

  const api = (account: string, path: string, init: Parameters<typeof send>[1] = {}) => send(`${emu.accountUrl(account)}/api/v2${path}`, { auth: TOKEN, ...init });
  const create = (account: string, status: Record<string, unknown>) => api(account, '/custom_statuses', { method: 'POST', body: { custom_status: status } });

  it('starts an account with one default system status per category, raw labels as dynamic content', async () => {
    const { custom_statuses: statuses } = (await api('status-new', '/custom_statuses')).json();
    expect(statuses.map((s: { status_category: string; agent_label: string; default: boolean }) => [s.status_category, s.agent_label, s.default])).toEqual([
      ['new', 'New', true],
      ['open', 'Open', true],
      ['pending', 'Pending', true],
      ['hold', 'On-hold', true],
      ['solved', 'Solved', true],
    ]);
    expect(statuses[0]).toMatchObject({ raw_agent_label: '{{zd.status_new}}', raw_end_user_label: '{{zd.status_end_user_new}}', active: true });
    // Pending and Solved keep the ids the account's directory (trigger definitions, settings) already use.
    const directory = (await emu.control.directory('status-new')).customStatuses;
    for (const listed of directory) expect(statuses.find((s: { id: number }) => s.id === listed.id)).toMatchObject({ status_category: listed.status_category });
  });

  it('creates, reads and edits a status; deactivates it (there is no delete); filters the list', async () => {
    const made = await create('status-crud', { status_category: 'pending', agent_label: 'Waiting on vendor', end_user_label: 'In progress', description: 'A third party is on it' });
    expect(made.status).toBe(201);
    const status = made.json().custom_status;
    expect(status).toEqual({
      url: `${emu.accountUrl('status-crud')}/api/v2/custom_statuses/${status.id}.json`,
      id: expect.any(Number),
      status_category: 'pending',
      agent_label: 'Waiting on vendor',
      raw_agent_label: 'Waiting on vendor',
      end_user_label: 'In progress',
      raw_end_user_label: 'In progress',
      description: 'A third party is on it',
      raw_description: 'A third party is on it',
      end_user_description: '',
      raw_end_user_description: '',
      active: true,
      default: false,
      created_at: expect.any(String),
      updated_at: expect.any(String),
    });
    expect((await api('status-crud', `/custom_statuses/${status.id}`)).json()).toEqual({ custom_status: status });
    const off = await api('status-crud', `/custom_statuses/${status.id}`, { method: 'PUT', body: { custom_status: { active: false, agent_label: 'Vendor' } } });
    expect(off.json().custom_status).toMatchObject({ active: false, agent_label: 'Vendor', raw_agent_label: 'Vendor', status_category: 'pending' });
    expect((await api('status-crud', `/custom_statuses/${status.id}`, { method: 'DELETE' })).json()).toEqual({ error: 'InvalidEndpoint', description: 'Not found' });

    const labels = async (query: string) => (await api('status-crud', `/custom_statuses?${query}`)).json().custom_statuses.map((s: { agent_label: string }) => s.agent_label);
    expect(await labels('status_categories=pending,hold')).toEqual(['Pending', 'On-hold', 'Vendor']);
    expect(await labels('active=false')).toEqual(['Vendor']);
    expect(await labels('default=false')).toEqual(['Vendor']);
    // Triggers can test the new status ("Ticket status" lists it).
    const { definitions } = (await api('status-crud', '/triggers/definitions')).json();
    const ticketStatus = definitions.conditions_all.find((d: { title: string }) => d.title === 'Ticket status');
    expect(ticketStatus.values).toContainEqual(expect.objectContaining({ value: String(status.id), title: 'Vendor' }));
    const log = (await api('status-crud', '/audit_logs?filter[source_type]=custom_status')).json().audit_logs;
    expect(log.map((e: { change_description: string }) => e.change_description)).toEqual(['Changed agent_label, active', 'Created']);
  });

  it('refuses a status without a label, in the new category, with too long a label, or a default one deactivated', async () => {
    const details = async (status: Record<string, unknown>) => {
      const res = await create('status-bad', status);
      return [res.status, Object.keys(res.json().details ?? {})];
    };
    expect(await details({ status_category: 'open' })).toEqual([422, ['agent_label']]);
    expect(await details({ status_category: 'new', agent_label: 'Fresh' })).toEqual([422, ['status_category']]);
    expect(await details({ status_category: 'closed', agent_label: 'Gone' })).toEqual([422, ['status_category']]);
    expect(await details({ status_category: 'open', agent_label: 'x'.repeat(49) })).toEqual([422, ['agent_label']]);
    const open = (await api('status-bad', '/custom_statuses?status_categories=open')).json().custom_statuses[0];
    const res = await api('status-bad', `/custom_statuses/${open.id}`, { method: 'PUT', body: { custom_status: { active: false } } });
    expect([res.status, res.json().details.active[0].description]).toEqual([422, expect.stringMatching(/default open status cannot be deactivated/)]);
    expect((await api('status-bad', '/custom_statuses/1', { method: 'PUT', body: { custom_status: { active: false } } })).status).toBe(404);
    expect((await api('status-bad', '/custom_statuses', { method: 'POST', body: { agent_label: 'x' } })).status).toBe(400);
  });

  it('replays the recorded statuses (go-zendesk\'s fixture, Salto\'s real account): created from their shapes, read back unchanged', async () => {
    // nukosuke/go-zendesk fixture/GET/custom_ticket_statuses.json and salto-io/salto myBrand_mock_replies.json.
    const recorded = [
      { status_category: 'open', agent_label: 'Responding quickly', end_user_label: 'Urgent processing', description: 'Customer needs a response quickly', end_user_description: 'Your ticket is being responded to', active: true },
      { status_category: 'open', agent_label: 'test_1', end_user_label: 'test_n1', description: '', end_user_description: '', active: false },
    ];
    for (const status of recorded) {
      const { custom_status } = (await create('status-replay', status)).json();
      const read = (await api('status-replay', `/custom_statuses/${custom_status.id}`)).json().custom_status;
      expect(read).toMatchObject({ ...status, default: false, raw_agent_label: status.agent_label, raw_end_user_label: status.end_user_label });
    }
  });

  it('changes statuses out of band as an admin in Admin Center; deleting one is refused as Zendesk has no delete', async () => {
    const { custom_status } = await emu.control.createRouting<{ custom_status: { id: number } }>('status-oob', 'custom-statuses', { custom_status: { status_category: 'hold', agent_label: 'Parked' } });
    await emu.control.changeRouting('status-oob', 'custom-statuses', custom_status.id, { custom_status: { active: false } });
    expect((await api('status-oob', `/custom_statuses/${custom_status.id}`)).json().custom_status.active).toBe(false);
    await expect(emu.control.deleteRouting('status-oob', 'custom-statuses', custom_status.id)).rejects.toThrow(/404/);
  });
});
