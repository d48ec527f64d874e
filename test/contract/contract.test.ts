import { startEmulator, type EmulatorHandle } from '../../src/emulator';
import { basic, send, TOKEN } from '../emulator/http';
import { contract, checkAgainst, schemaNameFor } from './registry';
import { type Auth, CASES, type ContractCase, type Fixture, NOT_SERVED } from './requests';
import { recordFigure } from '../support/figures';

/**
 * Every answer the emulator gives for the endpoints this product uses, checked against the contract: Zendesk's
 * OpenAPI schemas with the overrides that real recordings call for (registry.ts, overrides.ts), and the headers
 * Zendesk sends (rate limits on every API answer, API-Warn only for removed parameters, the Bearer challenge).
 */
describe('emulator answers fit the Zendesk contract', () => {
  let emu: EmulatorHandle;
  let fixture: Fixture;

  const call = (account: string, path: string, init: Parameters<typeof send>[1] = {}) => send(`${emu.accountUrl(account)}${path}`, { auth: TOKEN, ...init });
  const json = async (account: string, path: string, init: Parameters<typeof send>[1] = {}) => (await call(account, path, init)).json();

  beforeAll(async () => {
    emu = await startEmulator({ port: 0 });
    await emu.control.createAccount({ name: 'contract-legacy', legacy: true });
    await emu.control.createAccount({ name: 'contract-sandbox', sandbox: true });
    await emu.control.setRateLimit('contract-limited', 1);
    await emu.control.createAccount({ name: 'contract-team', auditLogAccess: false });
    const create = async (title: string) =>
      (await json('contract', '/api/v2/triggers', { method: 'POST', body: { trigger: { title, conditions: { all: [{ field: 'priority', operator: 'is', value: 'urgent' }] }, actions: [{ field: 'status', value: 'open' }] } } })).trigger.id as number;
    const category = async (name: string) => (await json('contract', '/api/v2/trigger_categories', { method: 'POST', body: { trigger_category: { name } } })).trigger_category.id as string;
    const triggers = (await json('contract', '/api/v2/triggers')).triggers as { id: number; title: string }[];
    fixture = {
      triggerId: await create('Contract trigger'),
      deletableTriggerId: await create('Deleted by the contract test'),
      csatTriggerId: triggers.find((t) => t.title === 'Request customer satisfaction rating (messaging)')!.id,
      categoryId: await category('Email'),
      emptyCategoryId: await category('Empty'),
      standardCategoryId: (await json('contract', '/api/v2/trigger_categories')).trigger_categories[0].id,
      lastCursor: (await json('contract', '/api/v2/triggers?page[size]=100')).meta.after_cursor,
      auditLogId: 0,
      accessToken: (await json('contract', '/oauth/tokens', { method: 'POST', auth: undefined, form: { grant_type: 'client_credentials', client_id: 'emulator-client', client_secret: 'emulator-secret' } })).access_token,
    };
    fixture.auditLogId = (await json('contract', '/api/v2/audit_logs')).audit_logs[0].id;
  });
  afterAll(() => emu.close());

  const authorization = (auth: Auth | undefined): string | undefined =>
    ({
      'api-token': TOKEN,
      bearer: `Bearer ${fixture.accessToken}`,
      none: undefined,
      'wrong-api-token': basic('admin@acme.test', 'not-the-token'),
      'wrong-bearer': 'Bearer not-a-token',
    })[auth ?? 'api-token'];

  async function arrange(c: ContractCase): Promise<void> {
    if (c.arrange === 'forbidden-fault') await emu.control.addFault({ account: c.account ?? 'contract', path: c.path(fixture).split('?')[0], status: 403, count: 1 });
    if (c.arrange === 'spend-rate-limit') expect((await call(c.account!, '/api/v2/account/settings')).status).toBe(200);
  }

  /** What the contract calls the answer: "<endpoint> <status>[ <variant>]", or "* <status>" when the common entry applies. */
  const kindOf = (c: ContractCase) => {
    const key = c.variant ? `${c.status} ${c.variant}` : String(c.status);
    return key in (contract().responses[c.endpoint] ?? {}) ? `${c.endpoint} ${key}` : `* ${key}`;
  };

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const [method, template] = c.endpoint.split(' ');
    const path = c.path(fixture);
    expect(path.split('?')[0]).toMatch(new RegExp(`^${template.replace(/\{[a-z_]+\}/g, '[^/]+')}(\\.json)?$`));
    await arrange(c);
    const tokenEndpoint = template === '/oauth/tokens';
    const res = await call(c.account ?? 'contract', path, { method, auth: tokenEndpoint ? undefined : authorization(c.auth), body: c.body?.(fixture), form: c.form });
    expect({ status: res.status, text: res.status === c.status ? '' : res.text }).toEqual({ status: c.status, text: '' });

    const schemaName = schemaNameFor(c.endpoint, res.status, c.variant);
    const contentType = res.headers.get('content-type');
    if (schemaName === null) {
      expect(res.text).toBe('');
    } else if (schemaName === 'RateLimited') {
      expect(contentType).toBe('text/plain; charset=UTF-8');
      expect(checkAgainst(schemaName, res.text)).toEqual([]);
    } else {
      expect(contentType).toBe('application/json; charset=UTF-8');
      expect(checkAgainst(schemaName, res.json())).toEqual([]);
    }

    expect(res.headers.get('x-zendesk-api-version')).toBe('v2');
    // An injected fault stands for a failure in front of the API, so only answers of the API carry its rate limits.
    if (!tokenEndpoint && c.arrange !== 'forbidden-fault') {
      for (const name of ['x-rate-limit', 'x-rate-limit-remaining', 'ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset']) expect([name, res.headers.get(name)]).toEqual([name, expect.stringMatching(/^\d+$/)]);
    }
    const expected: Record<string, RegExp | null> = { 'x-zendesk-api-warn': null, ...c.headers };
    for (const [name, pattern] of Object.entries(expected)) {
      const value = res.headers.get(name);
      if (pattern === null) expect([name, value]).toEqual([name, null]);
      else expect([name, value]).toEqual([name, expect.stringMatching(pattern)]);
    }
  });

  it('exercises every answer the contract lists for these endpoints, except those the emulator does not give', () => {
    const covered = new Set(CASES.map(kindOf));
    const { responses } = contract();
    const endpoints = [...new Set(CASES.map((c) => c.endpoint))].filter((e) => responses[e]);
    const listed = [...endpoints, '*'].flatMap((e) => Object.keys(responses[e]).map((status) => `${e} ${status}`));
    const missing = listed.filter((kind) => !covered.has(kind) && !(kind in NOT_SERVED));
    expect(missing).toEqual([]);
    for (const kind of Object.keys(NOT_SERVED)) expect(listed).toContain(kind);
    // For the report: how much the table covers.
    recordFigure('contract', `${endpoints.length} endpoints, ${covered.size} kinds of answer, ${CASES.length} requests; not served: ${Object.keys(NOT_SERVED).length}`);
  });
});
