/**
 * Replays the corpus of real triggers (src/emulator/recorded/triggers*.ts)
 * against the emulator: each is created (201) and read back equal in its
 * conditions and actions, JSON types included, except where Zendesk itself
 * would refuse it, which is named below; those are then replayed with the ids
 * of the recorded account replaced by the emulator account's own.
 */
import { type AccountDirectory, type EmulatorHandle, startEmulator } from '../../src/emulator';
import { type CorpusEntry, RECORDED_TRIGGERS } from '../../src/emulator/recorded/triggers';
import { TOKEN, send } from './http';

/**
 * Triggers Zendesk would refuse in another account: they name records of the
 * account they were recorded in, and a real account's definitions list only
 * its own agents and targets (src/emulator/triggers/validate.ts).
 */
const REFUSED_ELSEWHERE: Record<string, string> = {
  'impossible trigger': "its action assigns agent 6130871991962 of zenpy's account",
  'Slack Ticket Trigger': "it notifies target 1900000033645 of salto's account",
};

/** The trigger with each recorded-account id replaced by the same kind of record of `directory` (same JSON type). */
function rebased(entry: CorpusEntry, directory: AccountDirectory): CorpusEntry {
  let json = JSON.stringify(entry);
  for (const { kind, id } of entry.accountIds ?? []) {
    const own = (kind === 'agent' ? directory.agents : directory.targets)[0].id;
    json = typeof id === 'number' ? json.replaceAll(String(id), String(own)) : json.replaceAll(`"${id}"`, `"${own}"`);
  }
  return JSON.parse(json) as CorpusEntry;
}

describe('the real trigger corpus, replayed against the emulator', () => {
  let emu: EmulatorHandle;
  beforeAll(async () => {
    emu = await startEmulator({ port: 0 });
  });
  afterAll(() => emu.close());

  const api = (path: string, init: Parameters<typeof send>[1] = {}) => send(`${emu.accountUrl('replay')}/api/v2${path}`, { auth: TOKEN, ...init });
  const create = (t: CorpusEntry) =>
    api('/triggers', { method: 'POST', body: { trigger: { title: t.title, active: t.active, description: t.description, conditions: t.conditions, actions: t.actions } } });

  it('holds the 20 distinct triggers of three real accounts, 17 of them Zendesk standard triggers', () => {
    expect(RECORDED_TRIGGERS).toHaveLength(20);
    expect(RECORDED_TRIGGERS.filter((t) => t.standard)).toHaveLength(17);
    const distinct = new Set(RECORDED_TRIGGERS.map((t) => JSON.stringify([t.conditions, t.actions])));
    expect(distinct.size).toBe(20);
    expect(RECORDED_TRIGGERS.filter((t) => t.accountIds).map((t) => t.title).sort()).toEqual(Object.keys(REFUSED_ELSEWHERE).sort());
  });

  it.each(RECORDED_TRIGGERS.filter((t) => !REFUSED_ELSEWHERE[t.title]).map((t) => [`${t.title} (${t.source.split(' ')[0]})`, t] as const))(
    'accepts %s and reads it back unchanged',
    async (_name, trigger) => {
      const created = await create(trigger);
      expect(created.status).toBe(201);
      const read = (await api(`/triggers/${created.json().trigger.id}`)).json().trigger;
      expect(read.conditions).toEqual(trigger.conditions);
      expect(read.actions).toEqual(trigger.actions);
      expect(read).toMatchObject({ title: trigger.title, active: trigger.active, description: trigger.description });
    },
  );

  it.each(Object.entries(REFUSED_ELSEWHERE))('refuses "%s" as Zendesk would (%s), and accepts it with this account\'s own ids', async (title) => {
    const trigger = RECORDED_TRIGGERS.find((t) => t.title === title)!;
    const refused = await create(trigger);
    expect(refused.status).toBe(422);
    const ids = trigger.accountIds!.map((a) => String(a.id));
    expect(refused.json().details.base.map((d: { description: string }) => d.description).join('\n')).toContain(ids[0]);

    const own = rebased(trigger, await emu.control.directory('replay'));
    expect(JSON.stringify(own)).not.toContain(ids[0]);
    const created = await create(own);
    expect(created.status).toBe(201);
    const read = (await api(`/triggers/${created.json().trigger.id}`)).json().trigger;
    expect(read.conditions).toEqual(own.conditions);
    expect(read.actions).toEqual(own.actions);
  });

  it('accepts what the recordings hold and the emulator used to refuse: "" for (none), changed on group, the fields of standard triggers', async () => {
    const group = RECORDED_TRIGGERS.find((t) => t.title === 'Notify group of assignment')!;
    expect(group.conditions.any).toContainEqual({ field: 'group_id', operator: 'changed', value: '' });
    expect(group.conditions.all).toContainEqual({ field: 'assignee_id', operator: 'is', value: '' });
    const fields = new Set(RECORDED_TRIGGERS.flatMap((t) => [...t.conditions.all, ...t.conditions.any, ...t.actions].map((i) => i.field)));
    for (const field of ['role', 'current_via_id', 'ticket_is_public', 'comment_is_public', 'subject_includes_word', 'notification_group', 'notification_target']) {
      expect(fields).toContain(field);
    }
    // "" is "(none)" only where the field may be empty: status is not nullable.
    const bad = await api('/triggers', { method: 'POST', body: { trigger: { title: 'x', conditions: { all: [{ field: 'status', operator: 'is', value: '' }] }, actions: [{ field: 'status', value: 'open' }] } } });
    expect(bad.status).toBe(422);
  });

  it('answers a missing trigger as recorded: 404 {"error":"RecordNotFound","description":"Not found"} (zenpy TestTriggers.*recordnotfound*)', async () => {
    for (const method of ['PUT', 'DELETE']) {
      const res = await api('/triggers/9223372036854775807', { method, body: { trigger: { title: 'testTriggerNone', actions: [{ field: 'status', value: 'open' }] } } });
      expect([res.status, res.json()]).toEqual([404, { error: 'RecordNotFound', description: 'Not found' }]);
    }
  });
});
