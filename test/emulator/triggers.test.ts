import { startEmulator, type EmulatorHandle } from '../../src/emulator';
import { TOKEN, send } from './http';

describe('emulator triggers API', () => {
  let emu: EmulatorHandle;
  beforeAll(async () => {
    emu = await startEmulator({ port: 0 });
  });
  afterAll(() => emu.close());

  const api = (account: string, path: string, init: Parameters<typeof send>[1] = {}) => send(`${emu.accountUrl(account)}/api/v2${path}`, { auth: TOKEN, ...init });
  const csatTitle = 'Request customer satisfaction rating (messaging)';
  const defsOf = async (account: string) => (await api(account, '/triggers/definitions')).json().definitions;
  const subjectOf = (list: { subject: string; title: string }[], title: string) => list.find((d) => d.title === title)!.subject;
  const valueOf = (list: { title: string; values?: { title: string; value: string }[] }[], title: string, valueTitle: string) =>
    list.find((d) => d.title === title)!.values!.find((v) => v.title === valueTitle)!.value;

  it('starts an account with Zendesk\'s standard triggers, including the messaging CSAT trigger', async () => {
    const { triggers, count } = (await api('std', '/triggers')).json();
    expect(count).toBe(triggers.length);
    // The newest recorded account's standard triggers (recorded/triggers-zenpy.ts), which answer default: false there.
    const notifications = triggers.filter((t: { title: string }) => t.title !== csatTitle);
    expect(notifications.map((t: { title: string }) => t.title)).toEqual([
      'Notify assignee of assignment',
      'Notify assignee of comment update',
      'Notify assignee of reopened ticket',
      'Notify requester and CCs of comment update',
      'Notify requester and CCs of received request',
      'Notify requester of new proactive ticket',
      'Notify all agents of received request',
    ]);
    expect(notifications.every((t: { default: boolean; active: boolean }) => !t.default && t.active)).toBe(true);
    const csat = triggers.find((t: { title: string }) => t.title === csatTitle);
    expect(csat).toMatchObject({
      active: true,
      default: true,
      url: `${emu.accountUrl('std')}/api/v2/triggers/${csat.id}.json`,
      category_id: expect.any(String),
      restriction: null,
      raw_title: csatTitle,
    });
    expect(typeof csat.id).toBe('number');
    // Its channel is the assumed native messaging via type, titled "Messaging" in the definitions, not 74 (WhatsApp).
    const channel = csat.conditions.all.find((c: { field: string }) => c.field === 'via_id');
    const viaValues = (await defsOf('std')).conditions_all.find((d: { subject: string }) => d.subject === 'via_id').values;
    expect(viaValues.find((v: { value: string }) => v.value === channel.value).title).toBe('Messaging');
    expect(viaValues.find((v: { value: string }) => v.value === '74').title).toBe('WhatsApp');
  });

  it('has no messaging CSAT trigger without customizable CSAT, and gains it when the feature is turned on', async () => {
    await emu.control.createAccount({ name: 'no-csat', customizableCsat: false });
    const titles = async () => (await api('no-csat', '/triggers')).json().triggers.map((t: { title: string }) => t.title);
    expect(await titles()).not.toContain(csatTitle);
    await emu.control.setCustomizableCsat('no-csat', true);
    expect(await titles()).toContain(csatTitle);
  });

  it('defines "Messaging session ended reason" only while agents can end sessions', async () => {
    await emu.control.createAccount({ name: 'legacy-defs', legacy: true });
    const titles = async () => (await defsOf('legacy-defs')).conditions_all.map((d: { title: string }) => d.title);
    expect(await titles()).not.toContain('Messaging session ended reason');
    await emu.control.changeSettings('legacy-defs', { messaging: { messaging_end_session: true } });
    expect(await titles()).toContain('Messaging session ended reason');
    const defs = await defsOf('legacy-defs');
    // As recorded, conditions_any lists what conditions_all lists, values included (Zendesk's OpenAPI spec says any has
    // no values) [observed: docs/design/zendesk-api.md#trigger-definitions].
    expect(defs.conditions_any).toEqual(defs.conditions_all);
    expect(defs.conditions_all.find((d: { subject: string }) => d.subject === 'status').operators).toContainEqual({ terminal: true, title: 'Changed', value: 'changed' });
  });

  it('creates (201), shows, updates (conditions and actions replace as a whole) and deletes (204) a trigger', async () => {
    const [, billing] = (await emu.control.directory('crud')).groups;
    const created = await api('crud', '/triggers', {
      method: 'POST',
      body: { trigger: { title: 'Escalate', conditions: { all: [{ field: 'priority', operator: 'is', value: 'urgent' }, { field: 'status', operator: 'changed', value: 'x' }] }, actions: [{ field: 'group_id', value: billing.id }] } },
    });
    expect(created.status).toBe(201);
    const trigger = created.json().trigger;
    expect(trigger).toMatchObject({ title: 'Escalate', active: true, default: false, description: null, conditions: { any: [] } });
    // Stored as sent: real answers keep a terminal operator's value ("" on changed) and JSON types (true, numbers).
    expect(trigger.conditions.all[1]).toEqual({ field: 'status', operator: 'changed', value: 'x' });
    expect(trigger.actions).toEqual([{ field: 'group_id', value: billing.id }]);
    const last = Math.max(...(await api('crud', '/triggers')).json().triggers.map((t: { position: number }) => t.position));
    expect(trigger.position).toBe(last);

    // Conditions and actions replace as a whole [documented: docs/design/zendesk-api.md#trigger-endpoints]: actions alone would leave the trigger without conditions.
    const alone = await api('crud', `/triggers/${trigger.id}`, { method: 'PUT', body: { trigger: { actions: [{ field: 'status', value: 'open' }] } } });
    expect([alone.status, alone.json().details]).toEqual([422, { conditions: [{ description: 'Conditions: a trigger needs at least one condition in all or any', error: 'BlankValue' }] }]);
    const urgentOnly = { all: [], any: [{ field: 'priority', operator: 'is', value: 'urgent' }] };
    const updated = await api('crud', `/triggers/${trigger.id}`, { method: 'PUT', body: { trigger: { conditions: urgentOnly, actions: [{ field: 'status', value: 'open' }] } } });
    expect(updated.status).toBe(200);
    expect(updated.json().trigger.conditions).toEqual(urgentOnly);
    expect(updated.json().trigger.title).toBe('Escalate');
    const renamed = await api('crud', `/triggers/${trigger.id}`, { method: 'PUT', body: { trigger: { title: 'Renamed' } } });
    expect(renamed.json().trigger.actions).toEqual([{ field: 'status', value: 'open' }]);

    expect((await api('crud', `/triggers/${trigger.id}`, { method: 'DELETE' })).status).toBe(204);
    const gone = await api('crud', `/triggers/${trigger.id}`);
    expect(gone.status).toBe(404);
    expect(gone.json()).toEqual({ error: 'RecordNotFound', description: 'Not found' });
  });

  it.each([
    ['no title', { actions: [{ field: 'status', value: 'open' }] }, 'title'],
    ['no actions', { title: 't' }, 'actions'],
    ['unknown condition field', { title: 't', conditions: { all: [{ field: 'nope', operator: 'is', value: 'x' }] }, actions: [{ field: 'status', value: 'open' }] }, 'base'],
    ['operator not allowed', { title: 't', conditions: { all: [{ field: 'via_id', operator: 'value', value: '4' }] }, actions: [{ field: 'status', value: 'open' }] }, 'base'],
    ['value not enumerated', { title: 't', conditions: { all: [{ field: 'via_id', operator: 'is_not', value: 'web' }] }, actions: [{ field: 'status', value: 'open' }] }, 'base'],
    ['unknown action', { title: 't', actions: [{ field: 'explode', value: 'now' }] }, 'base'],
    ['ended reason while agents cannot end sessions', { title: 't', conditions: { any: [{ field: 'messaging_session_ended_reason', operator: 'value', value: 'ended_by_agent' }] }, actions: [{ field: 'status', value: 'open' }] }, 'base'],
  ])('rejects %s with 422 RecordInvalid', async (name, trigger, key) => {
    const account = name.startsWith('ended') ? 'legacy-422' : 'invalid';
    if (account === 'legacy-422') await emu.control.createAccount({ name: account, legacy: true }).catch(() => undefined);
    const res = await api(account, '/triggers', { method: 'POST', body: { trigger } });
    expect(res.status).toBe(422);
    expect(res.json()).toMatchObject({ error: 'RecordInvalid', description: 'Record validation errors', details: { [key]: [expect.objectContaining({ description: expect.any(String) })] } });
  });

  it('names the offending value like Zendesk does', async () => {
    const res = await api('invalid', '/triggers', {
      method: 'POST',
      body: { trigger: { title: 't', conditions: { all: [{ field: 'via_id', operator: 'is_not', value: 'web' }] }, actions: [{ field: 'status', value: 'open' }] } },
    });
    expect(res.json().details.base[0].description).toBe("Invalid value 'web' in 'Channel / Is not / web'");
  });

  it('defines the fields peer HCL uses, with the account\'s own custom fields', async () => {
    const defs = await defsOf('peer');
    const subjects = (list: { subject: string }[]) => list.map((d) => d.subject);
    for (const field of ['role', 'via_id', 'current_via_id', 'ticket_form_id', 'organization_id', 'brand_id', 'group_id', 'assignee_id', 'requester_id',
      'satisfaction_score', 'locale_id', 'current_tags', 'comment_includes_word', 'subject_includes_word', 'update_type', 'status', 'priority',
      'ticket_is_public', 'comment_is_public']) {
      expect(subjects(defs.conditions_all)).toContain(field);
      expect(subjects(defs.conditions_any)).toContain(field);
    }
    // Recorded actions: "follower" where the actions reference still says "cc"; no "cc" in a real account's list.
    for (const field of ['notification_user', 'notification_group', 'notification_target', 'notification_webhook', 'follower', 'set_tags', 'current_tags',
      'remove_tags', 'group_id', 'assignee_id', 'status', 'priority', 'ticket_form_id', 'satisfaction_score']) {
      expect(subjects(defs.actions)).toContain(field);
    }
    const custom = (list: { subject: string }[]) => subjects(list).filter((s) => /^custom_fields_\d+$/.test(s));
    // A multi-select field is a condition and an action, a regexp field a condition only (as recorded).
    expect(custom(defs.conditions_all)).toHaveLength(2);
    expect(custom(defs.actions)).toEqual(custom(defs.conditions_all).slice(0, 1));
    // Another account has other ids, as in Zendesk.
    expect(custom((await defsOf('peer-other')).conditions_all)).not.toEqual(custom(defs.conditions_all));
    // Its groups, agents and forms are the values, from its own directory.
    const directory = await emu.control.directory('peer');
    const groupValues = defs.conditions_all.find((d: { subject: string }) => d.subject === 'group_id').values.map((v: { value: string }) => v.value);
    expect(groupValues).toEqual(['__NULL__', ...directory.groups.map((g) => String(g.id))]);
  });

  it('accepts what the definitions allow: nukosuke\'s example trigger, custom fields, lists of enumerated values', async () => {
    const defs = await defsOf('peer');
    const product = defs.conditions_all.find((d: { title: string }) => d.title === 'Product');
    const plan = defs.actions.find((d: { title: string }) => d.title === 'Plan');
    const res = await api('peer', '/triggers', {
      method: 'POST',
      body: {
        trigger: {
          title: 'Auto Reply Trigger',
          conditions: {
            all: [
              { field: 'role', operator: 'is', value: 'end_user' },
              { field: 'update_type', operator: 'is', value: 'Create' },
              { field: 'status', operator: 'is_not', value: 'solved' },
              { field: product.subject, operator: 'includes', value: product.values[1].value },
              { field: 'custom_status_id', operator: 'includes', value: defs.conditions_all.find((d: { subject: string }) => d.subject === 'custom_status_id').values.slice(0, 2).map((v: { value: string }) => v.value) },
            ],
            any: [{ field: 'current_via_id', operator: 'is', value: 4 }, { field: 'comment_includes_word', operator: 'includes', value: 'refund invoice' }],
          },
          actions: [
            { field: 'notification_user', value: ['requester_id', 'Dear my customer', 'Hi.'] },
            { field: 'notification_group', value: ['group_id', 'New ticket', 'See {{ticket.url}}'] },
            { field: 'follower', value: 'current_user' },
            { field: plan.subject, value: plan.values[1].value },
          ],
        },
      },
    });
    expect(res.status).toBe(201);
    const bad = async (trigger: Record<string, unknown>) =>
      (await api('peer', '/triggers', { method: 'POST', body: { trigger: { title: 'x', conditions: { all: [{ field: 'priority', operator: 'is', value: 'urgent' }] }, actions: [{ field: 'status', value: 'open' }], ...trigger } } })).json().details.base[0].description;
    expect(await bad({ conditions: { all: [{ field: 'custom_fields_1', operator: 'is', value: 'x' }] } })).toBe("Invalid field 'custom_fields_1' in condition");
    expect(await bad({ actions: [{ field: 'notification_user', value: '["requester_id","Hi","Body"]' }] })).toBe(
      'Invalid value \'"[\\"requester_id\\",\\"Hi\\",\\"Body\\"]"\' in \'Email user\'',
    );
    expect(await bad({ actions: [{ field: 'status', value: ['open', 'solved'] }] })).toBe('Invalid value \'["open","solved"]\' in \'Status\'');
    // Ids are the account's own: a group, agent or webhook of another account is refused.
    const other = await emu.control.directory('peer-other');
    expect(await bad({ actions: [{ field: 'group_id', value: String(other.groups[0].id) }] })).toBe(`Invalid value '"${other.groups[0].id}"' in 'Group'`);
    expect(await bad({ actions: [{ field: 'notification_user', value: [String(other.agents[0].id), 'Hi', 'Body'] }] })).toContain("in 'Email user'");
    expect(await bad({ actions: [{ field: 'notification_webhook', value: [other.webhooks[0].id, '{}'] }] })).toContain("in 'Notify active webhook'");
    const own = await emu.control.directory('peer');
    const ok = await api('peer', '/triggers', {
      method: 'POST',
      body: { trigger: { title: 'Webhook', conditions: { all: [{ field: 'priority', operator: 'is', value: 'urgent' }] }, actions: [{ field: 'notification_webhook', value: [own.webhooks[0].id, '{"ticket": "{{ticket.id}}"}'] }] } },
    });
    expect(ok.status).toBe(201);
  });

  it('takes a webhook made in Admin Center (control API) as one of the account\'s, and refuses a malformed or repeated one', async () => {
    const id = '01HQ8V7Z3K4M5N6P7Q8R9S0T1V';
    const notify = () =>
      api('hooks', '/triggers', { method: 'POST', body: { trigger: { title: 'CRM', conditions: { all: [{ field: 'priority', operator: 'is', value: 'urgent' }] }, actions: [{ field: 'notification_webhook', value: [id, '{}'] }] } } });
    expect((await notify()).status).toBe(422);
    await emu.control.addWebhook('hooks', { id, name: 'CRM' });
    expect((await emu.control.directory('hooks')).webhooks).toContainEqual({ id, name: 'CRM' });
    expect((await notify()).status).toBe(201);
    await expect(emu.control.addWebhook('hooks', { id, name: 'CRM again' })).rejects.toThrow(/409/);
    await expect(emu.control.addWebhook('hooks', { id: 'not-a-ulid', name: 'x' })).rejects.toThrow(/400/);
    expect((await emu.control.directory('hooks-other')).webhooks.map((w) => w.id)).not.toContain(id);
  });

  it('applies Zendesk\'s CSAT-on-session-end recipe to the standard trigger', async () => {
    const defs = await defsOf('recipe');
    const statusCategory = subjectOf(defs.conditions_all, 'Status category');
    const solved = valueOf(defs.conditions_all, 'Status category', 'Solved');
    const endedReason = subjectOf(defs.conditions_all, 'Messaging session ended reason');
    const byAgent = valueOf(defs.conditions_all, 'Messaging session ended reason', 'Ended by agent');
    const csat = (await api('recipe', `/triggers/search?query=${encodeURIComponent(csatTitle)}`)).json().triggers[0];
    const isSolved = (c: { field: string; value: string }) => c.field === statusCategory && c.value === solved;
    expect(csat.conditions.all.some(isSolved)).toBe(true);
    const recipe = {
      conditions: {
        all: csat.conditions.all.filter((c: { field: string; value: string }) => !isSolved(c)),
        any: [{ field: statusCategory, operator: 'value', value: solved }, { field: endedReason, operator: 'value', value: byAgent }],
      },
      actions: csat.actions,
    };
    const res = await api('recipe', `/triggers/${csat.id}`, { method: 'PUT', body: { trigger: recipe } });
    expect(res.status).toBe(200);
    const after = (await api('recipe', `/triggers/${csat.id}`)).json().trigger;
    expect(after.conditions).toEqual(recipe.conditions);
    expect(after.default).toBe(true);
  });

  it('pages with cursors to the end, and with offsets', async () => {
    for (let i = 0; i < 7; i++) {
      await api('paging', '/triggers', { method: 'POST', body: { trigger: { title: `T${i}`, conditions: { all: [{ field: 'priority', operator: 'is', value: 'urgent' }] }, actions: [{ field: 'status', value: 'open' }] } } });
    }
    const total = (await api('paging', '/triggers')).json().count;
    const seen: number[] = [];
    const pages = [];
    let url = `${emu.accountUrl('paging')}/api/v2/triggers?active=true&page[size]=3`;
    for (;;) {
      const page = (await send(url, { auth: TOKEN })).json();
      pages.push(page);
      seen.push(...page.triggers.map((t: { id: number }) => t.id));
      // Absolute links to the .json path on this host, keeping the other parameters, on every page with items.
      for (const link of [page.links.next, page.links.prev]) {
        expect(link).toMatch(new RegExp(`^${emu.accountUrl('paging')}/api/v2/triggers\\.json\\?active=true&page%5Bsize%5D=3&page%5B(after|before)%5D=`));
      }
      if (!page.meta.has_more) break;
      url = page.links.next;
    }
    expect(new Set(seen).size).toBe(total);
    // As Zendesk does, the last page still links on (to an empty page), and the first links back (to an empty page).
    const past = (await send(pages[pages.length - 1].links.next, { auth: TOKEN })).json();
    const before = (await send(pages[0].links.prev, { auth: TOKEN })).json();
    for (const empty of [past, before]) {
      expect(empty).toEqual({ triggers: [], meta: { has_more: false, after_cursor: null, before_cursor: null }, links: { next: null, prev: null } });
    }
    // page[before] of the second page is the first page again.
    const back = (await send(pages[1].links.prev, { auth: TOKEN })).json();
    expect(back.triggers.map((t: { id: number }) => t.id)).toEqual(pages[0].triggers.map((t: { id: number }) => t.id));
    const offset = (await api('paging', '/triggers?per_page=4&page=2')).json();
    expect(offset.triggers).toHaveLength(4);
    expect(offset.previous_page).toContain('page=1');
    expect((await api('paging', '/triggers?page[size]=2&page[after]=garbage')).status).toBe(400);
  });

  it('searches by title and filters by active and category', async () => {
    const found = (await api('search', '/triggers/search?query=notify assignee')).json();
    expect(found.triggers.map((t: { title: string }) => t.title)).toEqual(['Notify assignee of assignment', 'Notify assignee of comment update', 'Notify assignee of reopened ticket']);
    const first = found.triggers[0];
    await api('search', '/triggers/update_many', { method: 'PUT', body: { triggers: [{ id: first.id, active: false, position: 99 }] } });
    expect((await api('search', '/triggers?active=false')).json().triggers.map((t: { id: number }) => t.id)).toEqual([first.id]);
    expect((await api('search', '/triggers/active')).json().triggers.map((t: { id: number }) => t.id)).not.toContain(first.id);
    expect((await api('search', `/triggers?category_id=${first.category_id}&active=false`)).json().count).toBe(1);
  });

  it('keeps trigger categories with their own error envelope', async () => {
    const created = (await api('cats', '/trigger_categories', { method: 'POST', body: { trigger_category: { name: 'Messaging', position: 2 } } })).json().trigger_category;
    expect(created).toMatchObject({ name: 'Messaging', position: 2, id: expect.any(String) });
    const list = (await api('cats', '/trigger_categories')).json();
    expect(list.trigger_categories.map((c: { name: string }) => c.name)).toEqual(['Standard triggers', 'Messaging']);
    expect(list.meta.has_more).toBe(false);
    expect((await api('cats', '/trigger_categories', { method: 'POST', body: { trigger_category: { name: '' } } })).json()).toEqual({
      errors: [{ code: 'InvalidTriggerCategory', title: 'Name cannot be blank' }],
    });
    const standard = list.trigger_categories[0].id;
    const notEmpty = await api('cats', `/trigger_categories/${standard}`, { method: 'DELETE' });
    expect(notEmpty.status).toBe(400);
    expect(notEmpty.json().errors[0].code).toBe('TriggerCategoryNotEmpty');
    expect((await api('cats', `/trigger_categories/${created.id}`, { method: 'PATCH', body: { trigger_category: { name: 'Chat' } } })).json().trigger_category.name).toBe('Chat');
    expect((await api('cats', `/trigger_categories/${created.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await api('cats', `/trigger_categories/${created.id}`)).json().errors[0].code).toBe('TriggerCategoryNotFound');
    const moved = await api('cats', '/triggers', { method: 'POST', body: { trigger: { title: 't', category_id: '1', conditions: { all: [{ field: 'priority', operator: 'is', value: 'urgent' }] }, actions: [{ field: 'status', value: 'open' }] } } });
    expect(moved.status).toBe(422);
  });

  it('shows each trigger category with its url, pages categories by cursor or offset, and counts their rules on request', async () => {
    const root = emu.accountUrl('cat-pages');
    for (const name of ['B', 'C', 'D']) await api('cat-pages', '/trigger_categories', { method: 'POST', body: { trigger_category: { name } } });
    const [standard] = (await api('cat-pages', '/trigger_categories')).json().trigger_categories;
    expect(standard.url).toBe(`${root}/api/v2/trigger_categories/${standard.id}.json`);
    expect((await api('cat-pages', `/trigger_categories/${standard.id}`)).json().trigger_category.url).toBe(standard.url);

    const offset = (await api('cat-pages', '/trigger_categories?per_page=2&page=2')).json();
    expect(offset).toEqual({
      trigger_categories: [expect.objectContaining({ name: 'C' }), expect.objectContaining({ name: 'D' })],
      count: 4,
      next_page: null,
      previous_page: `${root}/api/v2/trigger_categories.json?page=1&per_page=2`,
    });

    const cursor = (await api('cat-pages', '/trigger_categories?include=rule_counts&sort=-name&page[size]=2')).json();
    expect(cursor.trigger_categories.map((c: { name: string }) => c.name)).toEqual(['Standard triggers', 'D']);
    expect(cursor.meta.has_more).toBe(true);
    expect(cursor.links.next).toMatch(new RegExp(`^${root}/api/v2/trigger_categories\\.json\\?include=rule_counts&sort=-name&page%5Bsize%5D=2&page%5Bafter%5D=`));
    const triggers = (await api('cat-pages', '/triggers')).json().triggers.filter((t: { category_id: string }) => t.category_id === standard.id);
    const active = triggers.filter((t: { active: boolean }) => t.active).length;
    expect(cursor.trigger_categories[0]).toMatchObject({ active_count: active, inactive_count: triggers.length - active });
    expect(cursor.trigger_categories[1]).toMatchObject({ active_count: 0, inactive_count: 0 });
    expect((await api('cat-pages', '/trigger_categories')).json().trigger_categories[0]).not.toHaveProperty('active_count');
  });

  it('keeps accounts apart and supports out-of-band edits and deletes', async () => {
    const [a] = (await api('iso-a', '/triggers')).json().triggers;
    await emu.control.changeTrigger('iso-a', a.id, { title: 'Edited in Admin Center' });
    expect((await api('iso-a', `/triggers/${a.id}`)).json().trigger).toMatchObject({ title: 'Edited in Admin Center', raw_title: 'Edited in Admin Center' });
    expect((await api('iso-b', `/triggers/${a.id}`)).json().trigger.title).not.toBe('Edited in Admin Center');
    await emu.control.deleteTrigger('iso-a', a.id);
    expect((await api('iso-a', `/triggers/${a.id}`)).status).toBe(404);
    expect((await api('iso-b', `/triggers/${a.id}`)).status).toBe(200);
  });
});

describe('trigger persistence', () => {
  it('survives a restart with dataDir', async () => {
    const { makeTempDir } = await import('../support/temp');
    const temp = makeTempDir('emu-triggers');
    try {
      const first = await startEmulator({ port: 0, dataDir: temp.dir });
      const res = await send(`${first.accountUrl('kept')}/api/v2/triggers`, {
        method: 'POST',
        auth: TOKEN,
        body: { trigger: { title: 'Durable', conditions: { all: [{ field: 'priority', operator: 'is', value: 'urgent' }] }, actions: [{ field: 'status', value: 'open' }] } },
      });
      const id = res.json().trigger.id;
      await first.close();
      const second = await startEmulator({ port: 0, dataDir: temp.dir });
      const again = await send(`${second.accountUrl('kept')}/api/v2/triggers/${id}`, { auth: TOKEN });
      expect(again.json().trigger.title).toBe('Durable');
      await second.close();
    } finally {
      temp.cleanup();
    }
  });
});
