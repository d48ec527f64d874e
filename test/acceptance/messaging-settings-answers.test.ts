/**
 * State never lies, whatever Zendesk answers: a settings PUT answered 200 with
 * a partial body, missing sections, wrong types or truncated JSON, applied or
 * not; a refresh answered the same way. After each, the state holds what
 * Zendesk holds (or the prior value, with an error naming the attribute), and
 * the next plan and `zendesk-messaging drift` tell the truth. Real terraform
 * against the emulator's faults.
 */
import { join } from 'node:path';
import type { FaultSpec } from '../../src/emulator';
import { emulatorWithWorkspaces } from '../support/emulator-workspaces';
import { type TerraformWorkspace, run } from '../support/terraform';
import { REQUIRED_PROVIDERS, providerBlock, settingsResource } from '../support/hcl';

const CLI = join(__dirname, '..', '..', 'bin', 'zendesk-messaging.js');
const SETTINGS = '/api/v2/account/settings';
const BEFORE = ['agents_can_end_sessions = true', 'agent_ended_session_routing = "messaging"', 'inactivity = { timeout = 5 }'];
const AFTER = ['agents_can_end_sessions = false', 'agent_ended_session_routing = "email"', 'inactivity = { timeout = 9 }'];
const CRASH = /Unexpected error|bug in the provider|Provider produced inconsistent|plugin did not respond/;
/** Terraform wraps long diagnostic lines: compare text with its whitespace collapsed. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

interface Managed {
  agents_can_end_sessions: unknown;
  agent_ended_session_routing: unknown;
  timeout: unknown;
}

describe('settings answers of every shape: state never lies (real terraform, emulator faults)', () => {
  const env = emulatorWithWorkspaces({}, { providerHost: true }); // many commands: one warm provider per workspace

  const config = (account: string, body: string[]) => REQUIRED_PROVIDERS + providerBlock({ baseUrl: env.emulator.accountUrl(account) }) + settingsResource('this', body);

  async function applied(account: string): Promise<TerraformWorkspace> {
    const ws = await env.workspace({ 'main.tf': config(account, BEFORE) });
    await ws.applyOrThrow();
    return ws;
  }

  async function recorded(ws: TerraformWorkspace): Promise<Managed> {
    const state = (await ws.state()) as { values: { root_module: { resources: { values: Record<string, unknown> }[] } } };
    const v = state.values.root_module.resources[0].values;
    return { agents_can_end_sessions: v.agents_can_end_sessions, agent_ended_session_routing: v.agent_ended_session_routing, timeout: (v.inactivity as Record<string, unknown>)?.timeout };
  }

  async function holds(account: string): Promise<Managed> {
    const s = await env.emulator.control.settings(account);
    return {
      agents_can_end_sessions: s.messaging.messaging_end_session,
      agent_ended_session_routing: s.routing.transform_to_email_enabled ? 'email' : 'messaging',
      timeout: s.messaging_inactivity.timeout,
    };
  }

  const drift = (ws: TerraformWorkspace) => run(process.execPath, [CLI, 'drift', '--dir', ws.dir, '--format', 'json'], ws.dir, { ...ws.env, CI: '1' });

  /** An apply of AFTER under `faults`; then the state, the next plan and drift must agree with what Zendesk holds. */
  async function applyThrough(account: string, faults: FaultSpec[]) {
    const ws = await applied(account);
    ws.write({ 'main.tf': config(account, AFTER) });
    for (const fault of faults) await env.emulator.control.addFault({ account, path: SETTINGS, ...fault });
    const apply = await ws.terraform(['apply', '-auto-approve', '-input=false', '-no-color']);
    await env.emulator.control.clearFaults();
    expect(apply.output).not.toMatch(CRASH);
    const state = await recorded(ws);
    // Never null for a managed attribute: null would mean "unmanaged" and hide every later drift.
    expect(Object.values(state)).not.toContain(null);
    const zendesk = await holds(account);
    const plan = await ws.plan();
    const wants = { agents_can_end_sessions: false, agent_ended_session_routing: 'email', timeout: 9 };
    expect(plan.code).toBe(JSON.stringify(zendesk) === JSON.stringify(wants) ? 0 : 2);
    const report = await drift(ws);
    const reported = (JSON.parse(report.stdout).directories[0].drifted as { attributes: { path: string; cause: string }[] }[]).flatMap((d) => d.attributes);
    // inactivity.timeout is the deprecated name of inactivity.timeout_minutes: one setting, the API's `timeout`.
    const key = (path: string) => (path.startsWith('inactivity.timeout') ? 'timeout' : path);
    const keys = Object.keys(state) as (keyof Managed)[];
    // Drift is exactly what the plan changes (Zendesk differs from the configuration), and a change is Zendesk's
    // ("outside") exactly where the state recorded another value than Zendesk holds.
    const planned = keys.filter((k) => zendesk[k] !== wants[k]);
    expect([...new Set(reported.map((a) => key(a.path)))].sort()).toEqual(planned.sort());
    expect([...new Set(reported.filter((a) => a.cause === 'outside').map((a) => key(a.path)))].sort()).toEqual(planned.filter((k) => state[k] !== zendesk[k]).sort());
    expect(report.code).toBe(planned.length ? 2 : 0);
    return { apply, state, zendesk, plan };
  }

  it('PUT answered 200 with a partial body, not applied: read back, "not kept" on each attribute, state = what Zendesk holds', async () => {
    const { apply, state, zendesk } = await applyThrough('partial-unapplied', [{ method: 'PUT', status: 200, body: { settings: { messaging: {} } } }]);
    expect(apply.code).toBe(1);
    expect(apply.output).toContain('Zendesk did not keep a setting');
    expect(apply.output).toContain('agents_can_end_sessions = false'); // the line the error points at
    expect(state).toEqual(zendesk);
    expect(zendesk).toEqual({ agents_can_end_sessions: true, agent_ended_session_routing: 'messaging', timeout: 5 });
  });

  it('PUT applied, answered 200 with missing sections: read back, the apply succeeds', async () => {
    const { apply, state } = await applyThrough('partial-applied', [{ method: 'PUT', status: 200, body: { settings: { routing: {} } }, afterHandling: true }]);
    expect(apply.code).toBe(0);
    expect(state).toEqual({ agents_can_end_sessions: false, agent_ended_session_routing: 'email', timeout: 9 });
  });

  it('PUT applied, answered with wrong types and then a truncated read-back: error, prior values kept, next plan and drift see the truth', async () => {
    const { apply, state, zendesk, plan } = await applyThrough('wrong-types', [
      { method: 'PUT', status: 200, afterHandling: true, body: { settings: { messaging: { messaging_end_session: 'false' }, routing: { transform_to_email_enabled: 1 }, messaging_inactivity: { timeout: '9' } } } },
      // skip: the configure-time GETs of the plan and apply processes pass; the read-back after the PUT is hit.
      { method: 'GET', status: 200, rawBody: '{"settings":{"messaging":{"messaging_end_sess' , skip: 2 },
    ]);
    expect(apply.code).toBe(1);
    expect(flat(apply.output)).toContain('was answered with HTTP 200 but without the settings it wrote, and reading them back failed');
    expect(state).toEqual({ agents_can_end_sessions: true, agent_ended_session_routing: 'messaging', timeout: 5 });
    expect(zendesk).toEqual({ agents_can_end_sessions: false, agent_ended_session_routing: 'email', timeout: 9 });
    expect(plan.output).toContain('No changes.'); // the refresh reads what Zendesk now holds, which is the configuration
  });

  it('PUT applied, read-back lacks a managed key: an error on that attribute, which keeps its prior value', async () => {
    const { apply, state } = await applyThrough('readback-missing', [
      { method: 'PUT', status: 200, afterHandling: true, body: {} },
      { method: 'GET', status: 200, body: { settings: { messaging: { messaging_end_session: false }, routing: { transform_to_email_enabled: true }, messaging_inactivity: {} } }, skip: 2 },
    ]);
    expect(apply.code).toBe(1);
    expect(apply.output).toContain("Zendesk's answer lacks a managed setting");
    expect(flat(apply.output)).toContain('settings.messaging_inactivity.timeout is missing');
    expect(state).toEqual({ agents_can_end_sessions: false, agent_ended_session_routing: 'email', timeout: 5 });
  });

  it.each([
    ['a missing key', { body: { settings: { messaging: { messaging_end_session: true }, routing: {}, messaging_inactivity: { timeout: 5 } } } }, 'settings.routing.transform_to_email_enabled is missing'],
    ['a wrong type', { body: { settings: { messaging: { messaging_end_session: 'true' }, routing: { transform_to_email_enabled: false }, messaging_inactivity: { timeout: 5 } } } }, 'holds "true", not true or false'],
    ['truncated JSON', { rawBody: '{"settings":{"rout' }, '200 OK with invalid or truncated JSON, not JSON with a "settings" object'],
  ])('a refresh answered with %s fails the plan and drift naming it, and changes nothing in state', async (name, fault, message) => {
    const account = `refresh-${name.toLowerCase().replace(/\W+/g, '-')}`;
    const ws = await applied(account);
    const before = await recorded(ws);
    // Every GET of this account answers the fault: the configure-time check and the refresh alike.
    await env.emulator.control.addFault({ account, method: 'GET', path: SETTINGS, status: 200, count: 10, ...fault });
    const plan = await ws.plan();
    const report = await drift(ws);
    await env.emulator.control.clearFaults();
    expect(plan.code).toBe(1);
    expect(flat(plan.output)).toContain(message);
    expect(plan.output).not.toMatch(CRASH);
    expect(report.code).toBe(1);
    expect(JSON.parse(report.stdout).directories[0].error).toContain(message);
    expect(await recorded(ws)).toEqual(before);
    expect((await ws.plan()).code).toBe(0);
  });
});
