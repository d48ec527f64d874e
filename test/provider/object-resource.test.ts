/**
 * The shared base of resources managed by their Zendesk id, against a fake client: a "widget" resource built on it
 * the way capacity rules and ticket statuses are.
 */
import { Diagnostics, type ObjectValue, type Schema, int64Attribute, stringAttribute } from '../../src/framework';
import { ZendeskNotFoundError, ZendeskServerError } from '../../src/client/errors';
import { type ObjectCalls, ZendeskObjectResource } from '../../src/provider/object-resource';
import { AccountSession, type ZendeskAdminClient } from '../../src/provider/session';

const widgetSchema = {
  version: 0,
  description: 'A widget.',
  attributes: {
    id: stringAttribute({ computed: true, description: 'The id.' }),
    name: stringAttribute({ required: true, description: 'The name.' }),
    size: int64Attribute({ optional: true, description: 'The size.' }),
  },
} satisfies Schema;

interface ApiWidget {
  id: string;
  name: string;
  size: number | null;
}

const notFound = () => new ZendeskNotFoundError('GET /api/v2/widgets/7 failed: 404.', { method: 'GET', path: '/api/v2/widgets/7', status: 404, attempts: 1, hint: '' });
const serverError = () => new ZendeskServerError('GET /api/v2/widgets/7 failed: 500.', { method: 'GET', path: '/api/v2/widgets/7', status: 500, attempts: 1, hint: 'Try again later.' });

/** What the fake Zendesk answers each call with (a widget, or a thrown error), and the calls it received. */
interface FakeZendesk {
  answer: () => ApiWidget;
  calls: string[];
}

function callsOf(fake: FakeZendesk): ObjectCalls<ApiWidget, ObjectValue> {
  return {
    get: async (_client, id) => (fake.calls.push(`get ${id}`), fake.answer()),
    create: async (_client, payload) => (fake.calls.push(`create ${JSON.stringify(payload)}`), fake.answer()),
    update: async (_client, id, payload) => (fake.calls.push(`update ${id} ${JSON.stringify(payload)}`), fake.answer()),
    delete: async (_client, id) => void (fake.calls.push(`delete ${id}`), fake.answer()),
  };
}

class WidgetResource extends ZendeskObjectResource<typeof widgetSchema, ApiWidget, ObjectValue> {
  readonly typeName = 'zendesk_widget';
  protected readonly words = { noun: 'widget', labelAttribute: 'name', importId: { pattern: /^\d+$/, expected: 'the numeric widget ID' } };
  constructor(protected readonly calls: ObjectCalls<ApiWidget, ObjectValue>) {
    super();
  }
  schema() {
    return widgetSchema;
  }
  protected payload(plan: ObjectValue) {
    return { name: plan.name, size: plan.size };
  }
  protected toState(w: ApiWidget): ObjectValue {
    return { id: w.id, name: w.name, size: w.size };
  }
  protected unkept(plan: ObjectValue, state: ObjectValue): string[] {
    return typeof plan.size === 'number' && plan.size !== state.size ? [`size ${plan.size}`] : [];
  }
}

const client = {} as ZendeskAdminClient; // the fake calls never use it
const state = { id: '7', name: 'Blue', size: 3 };
const here = () => ({ account: 'acme', endpoint: 'https://acme.zendesk.com' });
const elsewhere = () => ({ account: 'globex', endpoint: 'https://globex.zendesk.com' });

function widgetResource(answer: () => ApiWidget) {
  const fake: FakeZendesk = { answer, calls: [] };
  const resource = new WidgetResource(callsOf(fake));
  resource.configure(new AccountSession('acme', client), new Diagnostics());
  return { resource, fake };
}

const answers = (widget: ApiWidget) => () => widget;
const throws = (error: () => Error) => () => {
  throw error();
};

describe('read', () => {
  it.each([
    { what: 'the answer becomes the state', answer: answers({ id: '7', name: 'Green', size: 3 }), expected: { id: '7', name: 'Green', size: 3 }, errors: 0 },
    { what: 'a 404 removes it from state (deleted out of band)', answer: throws(notFound), expected: null, errors: 0 },
    { what: 'another API error keeps the prior state, with an error saying what was done', answer: throws(serverError), expected: state, errors: 1 },
  ])('$what', async ({ answer, expected, errors }) => {
    const { resource } = widgetResource(answer);
    const resp = { state: state as ObjectValue | null, private: {}, diagnostics: new Diagnostics() };
    await resource.read({ state, private: here() }, resp as never);
    expect(resp.state).toEqual(expected);
    expect(resp.diagnostics.errors).toHaveLength(errors);
    if (errors) expect(resp.diagnostics.errors[0].detail).toContain('Reading widget 7 ("Blue") in "acme": GET /api/v2/widgets/7 failed: 500. Try again later.');
    if (expected) expect(resp.private).toMatchObject(errors ? {} : here());
  });
});

describe('an object of another account', () => {
  const accountErrors = (d: Diagnostics) => d.errors.filter((e) => e.summary === 'The provider is configured for another Zendesk account');

  it.each(['read', 'update', 'delete', 'modifyPlan'] as const)('%s: an error, the state unchanged, no call', async (rpc) => {
    const { resource, fake } = widgetResource(answers({ id: '7', name: 'Moved', size: 9 }));
    const resp = { state, plan: { ...state, name: 'Moved' }, requiresReplace: [], private: elsewhere(), diagnostics: new Diagnostics() };
    const req = { state, plan: { ...state, name: 'Moved' }, config: { ...state, name: 'Moved', id: null }, private: elsewhere() };
    await (resource[rpc] as (req: unknown, resp: unknown) => Promise<void>).call(resource, req, resp);
    expect(accountErrors(resp.diagnostics)).toHaveLength(1);
    expect(accountErrors(resp.diagnostics)[0].detail).toContain('Widget 7 ("Blue") belongs to account "globex"');
    expect(resp.state).toBe(state);
    expect(fake.calls).toEqual([]);
  });
});

describe('delete', () => {
  it.each([
    { what: 'a DELETE', answer: answers(state), errors: 0 },
    { what: 'a 404 is already gone', answer: throws(notFound), errors: 0 },
    { what: 'another API error is an error naming the object', answer: throws(serverError), errors: 1 },
  ])('$what', async ({ answer, errors }) => {
    const { resource, fake } = widgetResource(answer);
    const resp = { diagnostics: new Diagnostics() };
    await resource.delete({ state, private: here() }, resp);
    expect(fake.calls).toEqual(['delete 7']);
    expect(resp.diagnostics.errors.map((e) => e.detail)).toEqual(errors ? [expect.stringContaining('Deleting widget 7 ("Blue") in "acme"')] : []);
  });
});

describe('create and update', () => {
  it.each([
    { what: 'create: kept', rpc: 'create', answer: { id: '8', name: 'Red', size: 2 }, errors: [] },
    { what: 'create: not kept', rpc: 'create', answer: { id: '8', name: 'Red', size: 1 }, errors: ["Zendesk's answer for widget 8 does not hold what was planned: size 2."] },
    { what: 'update: kept', rpc: 'update', answer: { id: '7', name: 'Red', size: 2 }, errors: [] },
    { what: 'update: not kept', rpc: 'update', answer: { id: '7', name: 'Red', size: 1 }, errors: ["Zendesk's answer for widget 7 does not hold what was planned: size 2."] },
  ] as const)('$what: the state is what Zendesk answered', async ({ rpc, answer, errors }) => {
    const { resource, fake } = widgetResource(answers(answer));
    const plan = { id: rpc === 'create' ? null : '7', name: 'Red', size: 2 };
    const resp = { state: rpc === 'create' ? null : state, private: {} as Record<string, unknown>, diagnostics: new Diagnostics() };
    await (resource[rpc] as (req: unknown, resp: unknown) => Promise<void>).call(resource, { plan, config: plan, state, private: here() }, resp);
    expect(resp.state).toEqual(answer);
    expect(resp.diagnostics.errors.map((e) => e.detail)).toEqual(errors.map((e) => expect.stringContaining(e)));
    expect(resp.private).toEqual(here());
    expect(fake.calls).toEqual([rpc === 'create' ? 'create {"name":"Red","size":2}' : 'update 7 {"name":"Red","size":2}']);
  });

  it('an unconfigured provider explains itself instead of crashing', async () => {
    const resource = new WidgetResource(callsOf({ answer: answers(state), calls: [] }));
    const resp = { state: null, private: {}, diagnostics: new Diagnostics() };
    await resource.create({ plan: state, config: state } as never, resp as never);
    expect(resp.diagnostics.errors.map((e) => e.summary)).toEqual(['Provider not configured']);
  });
});

describe('import', () => {
  it.each([
    { id: '7', state: { id: '7' }, errors: [] },
    { id: 'seven', state: {}, errors: ['The import ID is the numeric widget ID, got "seven".'] },
  ])('import ID $id', async ({ id, state: expected, errors }) => {
    const { resource } = widgetResource(answers(state));
    const resp = { state: {}, private: {}, diagnostics: new Diagnostics() };
    await resource.importState({ id }, resp);
    expect(resp.state).toEqual(expected);
    expect(resp.diagnostics.errors.map((e) => e.detail)).toEqual(errors);
    expect(resp.private).toEqual(errors.length ? {} : here());
  });
});
