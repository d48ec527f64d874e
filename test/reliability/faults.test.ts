/**
 * Faults injected through the emulator during a real terraform apply. After
 * each: the apply succeeded through retries (or failed cleanly), the next
 * plan tells the truth (no changes), and Zendesk holds the value — no update lost.
 * Prints a table of figures (time, API calls) for docs/design/reliability.md.
 */
import { startEmulator, type EmulatorHandle, type FaultSpec } from '../../src/emulator';
import { TerraformWorkspace } from '../support/terraform';
import { REQUIRED_PROVIDERS, providerBlock, settingsResource } from '../support/hcl';
import { recordFigure } from '../support/figures';

interface Case {
  fault: Omit<FaultSpec, 'account'>;
  provider?: string[];
  /** Minimum wall time the fault must cost (Retry-After honoured). */
  atLeastMs?: number;
}

const cases: Record<string, Case> = {
  '429 storm (5 × Retry-After 1 s)': { fault: { method: 'PUT', status: 429, retryAfterSeconds: 1, count: 5 }, provider: ['max_retries = 6'], atLeastMs: 5000 },
  '5xx burst (4 × 502)': { fault: { method: 'PUT', status: 502, count: 4 } },
  'latency past the timeout (2 × 2.5 s, timeout 1 s)': { fault: { method: 'GET', latencyMs: 2500, count: 2 }, provider: ['request_timeout_seconds = 1'] },
  'connection resets (3 ×)': { fault: { method: 'PUT', reset: true, count: 3 } },
  '429 on the token endpoint (2 × Retry-After 1 s)': { fault: { path: '/oauth/tokens', status: 429, retryAfterSeconds: 1, count: 2 }, atLeastMs: 2000 },
};

describe('faults during terraform apply (emulator)', () => {
  // Started by the first test that needs it: jest starts concurrent tests before beforeAll hooks have finished.
  let started: Promise<EmulatorHandle> | undefined;
  const emulatorOnce = () => (started ??= startEmulator({ port: 0 }));
  const workspaces: TerraformWorkspace[] = [];
  const figures: string[] = [];

  afterAll(async () => {
    for (const ws of workspaces) ws.cleanup();
    if (started) await (await started).close();
    recordFigure('faults during apply', figures.join('\n'));
  });

  // Each case waits out real Retry-After values, timeouts and backoffs on an account of its own: they run at once.
  it.concurrent.each(Object.entries(cases))('%s: the apply succeeds, nothing is lost, the next plan is clean', async (name, c) => {
    const emulator = await emulatorOnce();
    const account = `f${Object.keys(cases).indexOf(name)}`;
    const ws = new TerraformWorkspace({ env: { ZENDESK_OAUTH_CLIENT_SECRET: 'emulator-secret' } });
    workspaces.push(ws);
    const main = (value: boolean) =>
      REQUIRED_PROVIDERS +
      providerBlock({ baseUrl: emulator.accountUrl(account), extra: ['oauth_client_id = "emulator-client"', ...(c.provider ?? [])] }) +
      settingsResource('this', [`agents_can_end_sessions = ${value}`, 'inactivity = { timeout = 9 }']);
    ws.write({ 'main.tf': main(true) });
    await ws.init();
    await ws.applyOrThrow();
    ws.write({ 'main.tf': main(false) });

    await emulator.control.addFault({ ...c.fault, account });
    // The cases run at once, each on its own account: its calls are counted apart.
    const before = await emulator.control.callsByRoute(account);
    const started = Date.now();
    const apply = await ws.terraform(['apply', '-auto-approve', '-no-color']);
    const elapsed = Date.now() - started;
    expect(apply.output).not.toMatch(/Error/);
    expect(apply.code).toBe(0);
    if (c.atLeastMs) expect(elapsed).toBeGreaterThanOrEqual(c.atLeastMs);
    const calls = Object.entries(await emulator.control.callsByRoute(account)).map(([route, n]) => [route, n - (before[route] ?? 0)] as const).filter(([, n]) => n > 0);
    figures.push(`  ${name}: apply ${(elapsed / 1000).toFixed(1)} s; ${calls.map(([k, v]) => `${v}× ${k}`).join(', ')}`);

    const settings = await emulator.control.settings(account);
    expect(settings.messaging.messaging_end_session).toBe(false);
    expect((settings.messaging_inactivity as { timeout: number }).timeout).toBe(9);
    expect((await ws.plan()).code).toBe(0);
  }, 120_000);

  it('a storm longer than the retry budget fails cleanly, keeps the state, and the next plan still plans the change', async () => {
    const emulator = await emulatorOnce();
    const ws = new TerraformWorkspace({ env: { ZENDESK_OAUTH_CLIENT_SECRET: 'emulator-secret' } });
    workspaces.push(ws);
    const main = (value: boolean) =>
      REQUIRED_PROVIDERS +
      providerBlock({ baseUrl: emulator.accountUrl('exhausted'), extra: ['oauth_client_id = "emulator-client"', 'max_retries = 2'] }) +
      settingsResource('this', [`agents_can_end_sessions = ${value}`]);
    ws.write({ 'main.tf': main(true) });
    await ws.init();
    await ws.applyOrThrow();
    const before = await ws.state();
    ws.write({ 'main.tf': main(false) });
    await emulator.control.addFault({ account: 'exhausted', method: 'PUT', status: 503, count: 50 });
    const apply = await ws.terraform(['apply', '-auto-approve', '-no-color']);
    // The faults left (PUT only, on this account) cannot touch the plan's GET, nor the other cases' accounts.
    expect(apply.code).toBe(1);
    expect(apply.output).toContain('after 3 attempts');
    expect(await ws.state()).toEqual(before);
    expect((await ws.plan()).code).toBe(2);
  }, 120_000);
});
