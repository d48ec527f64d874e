/**
 * Two applies of one workspace at the same time against a real PostgreSQL
 * state backend: one takes the lock; the other waits (with -lock-timeout) and
 * finds nothing left to do, or — without a timeout — fails cleanly. State stays
 * valid and no write is lost.
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { EMULATOR_SECRET_ENV, emulatorWithWorkspaces } from '../support/emulator-workspaces';
import { type TerraformWorkspace, run } from '../support/terraform';
import { providerBlock, settingsResource } from '../support/hcl';
import { type Postgres, startPostgres } from '../support/postgres';

describe('concurrent applies on a PostgreSQL state backend', () => {
  const env = emulatorWithWorkspaces({}, { env: EMULATOR_SECRET_ENV });
  let postgres: Postgres;
  let ws: TerraformWorkspace;
  /** A second working directory of the same configuration and backend, as a second CI job would have. */
  let second: string;

  const config = (value: boolean) =>
    'terraform {\n  backend "pg" {}\n  required_providers {\n    zendesk = { source = "zendesk-iac/zendesk" }\n  }\n}\n' +
    providerBlock({ baseUrl: env.emulator.accountUrl('locked'), extra: ['oauth_client_id = "emulator-client"'] }) +
    settingsResource('this', [`agents_can_end_sessions = ${value}`, 'inactivity = { timeout = 6 }']);

  const apply = (dir: string, extra: string[] = []) => run('terraform', ['apply', '-auto-approve', '-input=false', '-no-color', ...extra], dir, ws.env);

  beforeAll(async () => {
    postgres = await startPostgres();
    ws = await env.workspace({ 'main.tf': config(true) }, { PG_CONN_STR: postgres.connStr });
    await ws.applyOrThrow();
    second = join(ws.dir, '..', 'second');
    cpSync(ws.dir, second, { recursive: true, verbatimSymlinks: true });
  }, 60_000);
  afterAll(async () => {
    await postgres?.stop();
  });

  const holdWrites = () => env.emulator.control.addFault({ account: 'locked', method: 'PUT', latencyMs: 2500 });
  const waitForPut = async () => {
    const deadline = Date.now() + 30_000;
    while (!(await env.emulator.control.callsByRoute())['PUT /api/v2/account/settings']) {
      if (Date.now() > deadline) throw new Error('the first apply never reached Zendesk');
      await new Promise((r) => setTimeout(r, 25));
    }
  };
  afterEach(() => env.emulator.control.clearFaults());

  it('with -lock-timeout the second apply waits for the lock, then has nothing left to do', async () => {
    ws.write({ 'main.tf': config(false) });
    cpSync(join(ws.dir, 'main.tf'), join(second, 'main.tf'));
    await holdWrites();
    await env.emulator.control.resetRequests();
    const first = apply(ws.dir, ['-lock-timeout=60s']);
    await waitForPut(); // the first apply holds the lock while Zendesk holds its write
    const waiting = await apply(second, ['-lock-timeout=60s']);
    const done = await first;
    expect(done.code).toBe(0);
    expect(done.output).toContain('1 changed');
    expect(waiting.code).toBe(0);
    expect(waiting.output).toContain('No changes.');
    expect((await env.emulator.control.callsByRoute())['PUT /api/v2/account/settings']).toBe(1);
    expect((await env.emulator.control.settings('locked')).messaging.messaging_end_session).toBe(false);
    expect((await ws.plan()).code).toBe(0);
  }, 120_000);

  it('without a lock timeout the second apply fails cleanly with a lock error, and state stays valid', async () => {
    ws.write({ 'main.tf': config(true) });
    cpSync(join(ws.dir, 'main.tf'), join(second, 'main.tf'));
    await holdWrites();
    await env.emulator.control.resetRequests();
    const first = apply(ws.dir);
    await waitForPut();
    const refused = await apply(second);
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('Error acquiring the state lock');
    expect((await first).code).toBe(0);
    const state = await ws.terraform(['state', 'list']);
    expect(state.stdout.trim()).toBe('zendesk_messaging_settings.this');
    expect((await env.emulator.control.settings('locked')).messaging.messaging_end_session).toBe(true);
    expect((await ws.plan()).code).toBe(0);
    expect((await run('terraform', ['plan', '-detailed-exitcode', '-no-color'], second, ws.env)).code).toBe(0);
  }, 120_000);
});
