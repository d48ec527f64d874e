import { ZendeskNetworkError, ZendeskResponseError, ZendeskValidationError } from '../../src/client/errors';
import { Diagnostics } from '../../src/framework';
import { AccountSession, type ZendeskAdminClient } from '../../src/provider/session';
import type { ApiTrigger } from '../../src/client/triggers';
import { createOnce } from '../../src/provider/trigger/create';
import type { TriggerPayload } from '../../src/provider/trigger/identical';

const payload: TriggerPayload = {
  title: 'Auto reply',
  active: true,
  description: null,
  conditions: { all: [{ field: 'status', operator: 'is_not', value: 'solved' }], any: [] },
  actions: [{ field: 'notification_user', value: ['requester_id', 'Hi', 'Body'] }],
};

const timeout = () =>
  new ZendeskNetworkError('POST /api/v2/triggers failed: no answer within 1000 ms.', { method: 'POST', path: '/api/v2/triggers', attempts: 1, hint: '', reason: 'timeout' });

/** Zendesk's trigger endpoints in memory; `onPost` decides what a POST does (default: create and answer 201). */
class FakeZendesk {
  triggers: ApiTrigger[] = [];
  posts = 0;
  private nextId = 100;
  onPost?: (create: () => ApiTrigger) => Promise<ApiTrigger>;

  add(fields: Partial<ApiTrigger> = {}): ApiTrigger {
    const trigger: ApiTrigger = { id: this.nextId++, title: payload.title, active: true, position: 1, description: null, category_id: '1', default: false, conditions: structuredClone(payload.conditions), actions: structuredClone(payload.actions), ...fields };
    this.triggers.push(trigger);
    return trigger;
  }

  client(): ZendeskAdminClient {
    const answer = (data: unknown, status = 200) => ({ status, data, attempts: 1 }) as never;
    return {
      baseUrl: 'https://acme.zendesk.com',
      request: () => Promise.reject(new Error('not used')),
      getSettings: () => Promise.reject(new Error('not used')),
      updateSettings: () => Promise.reject(new Error('not used')),
      requestWithResponse: async (method, path, options) => {
        if (method === 'GET' && path === '/api/v2/triggers/search') {
          const query = String(options?.query?.query);
          return answer({ triggers: this.triggers.filter((t) => t.title.includes(query)), next_page: null });
        }
        if (method === 'POST' && path === '/api/v2/triggers') {
          this.posts++;
          const body = (options!.body as { trigger: TriggerPayload }).trigger;
          const create = () => this.add({ ...body });
          return answer({ trigger: this.onPost ? await this.onPost(create) : create() }, 201);
        }
        throw new Error(`unexpected ${method} ${path}`);
      },
    };
  }
}

describe('creating a trigger without duplicates', () => {
  let zendesk: FakeZendesk;
  let session: AccountSession;
  let diagnostics: Diagnostics;
  let clock = 0;
  const options = { adoptIdentical: true, settleMs: 5000, now: () => clock, sleep: async (ms: number) => void (clock += ms) };
  beforeEach(() => {
    clock = 0;
    zendesk = new FakeZendesk();
    session = new AccountSession('acme', zendesk.client());
    diagnostics = new Diagnostics();
  });
  const messages = () => diagnostics.toArray().map((d) => `${d.severity}: ${d.summary}`);

  it('creates when nothing identical exists (a trigger that differs only in its actions does not count)', async () => {
    zendesk.add({ actions: [{ field: 'status', value: 'open' }] });
    const created = await createOnce(session, payload, options, diagnostics);
    expect(zendesk.posts).toBe(1);
    expect(created?.id).toBe(101);
    expect(messages()).toEqual([]);
  });

  it('adopts an existing identical trigger (conditions in any order) instead of creating a duplicate', async () => {
    const existing = zendesk.add({ description: '', conditions: { all: [...payload.conditions.all], any: [] } });
    expect((await createOnce(session, payload, options, diagnostics))?.id).toBe(existing.id);
    expect(zendesk.posts).toBe(0);
    expect(messages()).toEqual(['warning: Adopted an existing identical trigger']);
  });

  it('creates another one with adopt_identical = false', async () => {
    zendesk.add();
    await createOnce(session, payload, { ...options, adoptIdentical: false }, diagnostics);
    expect(zendesk.posts).toBe(1);
  });

  it('refuses to guess between several identical triggers', async () => {
    zendesk.add();
    zendesk.add();
    expect(await createOnce(session, payload, options, diagnostics)).toBeUndefined();
    expect(zendesk.posts).toBe(0);
    expect(messages()).toEqual(['error: Several identical triggers exist']);
  });

  it('gives two identical resources of one apply a trigger each', async () => {
    const [a, b] = await Promise.all([createOnce(session, payload, options, diagnostics), createOnce(session, payload, options, new Diagnostics())]);
    expect(zendesk.posts).toBe(2);
    expect(a?.id).not.toBe(b?.id);
  });

  it('adopts the trigger a timed-out POST created while Zendesk was still working on it', async () => {
    let finish!: () => void;
    zendesk.onPost = (create) => {
      finish = () => void create();
      return Promise.reject(timeout());
    };
    const sleep = async (ms: number) => {
      clock += ms;
      if (clock > 600) finish(); // Zendesk completes the request a little after the client gave up
    };
    const adopted = await createOnce(session, payload, { ...options, sleep }, diagnostics);
    expect(adopted?.id).toBe(100);
    expect(zendesk.triggers).toHaveLength(1);
    expect(messages()).toEqual(['warning: Adopted the trigger an interrupted create made']);
  });

  it('reports the failure, and what the next apply does, when no trigger appears', async () => {
    zendesk.onPost = () => Promise.reject(timeout());
    expect(await createOnce(session, payload, options, diagnostics)).toBeUndefined();
    expect(clock).toBe(5000); // looked until the settle time was up, not longer
    const [error] = diagnostics.errors;
    expect(error.summary).toBe('Zendesk API unreachable');
    expect(error.detail).toContain('the next apply adopts it instead of creating a duplicate');
  });

  it('adopts the trigger after an answer it cannot read, and looks only briefly when there is none', async () => {
    const unreadable = () =>
      new ZendeskResponseError('POST /api/v2/triggers answered 201 with JSON in which trigger is missing.', { method: 'POST', path: '/api/v2/triggers', attempts: 1, hint: '', status: 201 });
    zendesk.onPost = (create) => {
      create();
      return Promise.reject(unreadable());
    };
    expect((await createOnce(session, payload, options, diagnostics))?.id).toBe(100);
    expect(clock).toBe(0); // found at the first look
    zendesk.onPost = () => Promise.reject(unreadable());
    expect(await createOnce(session, { ...payload, title: 'Other' }, options, new Diagnostics())).toBeUndefined();
    expect(clock).toBe(1000); // Zendesk had answered: no point waiting for a request still in progress
  });

  it('does not look for a trigger after an answer that says nothing was created', async () => {
    zendesk.onPost = () =>
      Promise.reject(new ZendeskValidationError('POST /api/v2/triggers failed: 422.', { method: 'POST', path: '/api/v2/triggers', attempts: 1, hint: '', details: {} }));
    zendesk.add({ title: 'Auto reply', active: false }); // differs: must not be adopted either way
    expect(await createOnce(session, payload, options, diagnostics)).toBeUndefined();
    expect(messages()).toEqual(['error: Zendesk rejected the values']);
  });
});
