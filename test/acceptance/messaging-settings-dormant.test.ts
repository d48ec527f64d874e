/**
 * Dormant settings are warnings, never errors (CONTRACT): a routing treatment
 * while agents cannot end sessions, or while omnichannel routing is off, is
 * legal in Zendesk (the keys are independent), so validate, plan and apply
 * succeed, and every plan says on the attribute why the value has no effect.
 * Real terraform against the emulator.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emulatorWithWorkspaces } from '../support/emulator-workspaces';
import { run } from '../support/terraform';
import { REQUIRED_PROVIDERS, providerBlock, settingsResource } from '../support/hcl';

const CLI = join(__dirname, '..', '..', 'bin', 'zendesk-messaging.js');

const CANNOT_END = 'Routing treatment has no effect: agents cannot end messaging sessions';
const ROUTING_OFF = 'Routing treatment has no effect: omnichannel routing is off';
const TRIGGER = (title: string) =>
  `resource "zendesk_trigger" "unrelated" {\n  title = "${title}"\n  conditions {\n    all {\n      field = "status"\n      operator = "is"\n      value = "open"\n    }\n  }\n  actions {\n    field = "priority"\n    value = "high"\n  }\n}\n`;

describe('dormant settings are warnings (real terraform, emulator)', () => {
  const env = emulatorWithWorkspaces({}, { providerHost: true });
  const workspace = (account: string, resource: string[], extra = '') =>
    env.workspace({ 'main.tf': REQUIRED_PROVIDERS + providerBlock({ baseUrl: env.emulator.accountUrl(account) }) + settingsResource('this', resource) + extra });

  it('agents cannot end sessions + route as email: validate, plan and apply succeed with a warning on the attribute', async () => {
    const ws = await workspace('independent', ['agents_can_end_sessions = false', 'agent_ended_session_routing = "email"']);
    const validate = await ws.terraform(['validate', '-no-color']);
    expect(validate.code).toBe(0);
    const plan = await ws.plan();
    expect(plan.code).toBe(2);
    expect(plan.output).toContain(`Warning: ${CANNOT_END}`);
    expect(plan.output).toContain('agent_ended_session_routing = "email"'); // terraform quotes the line it points at
    expect(plan.output).not.toContain('Error:');
    await ws.applyOrThrow();
    const settings = await env.emulator.control.settings('independent');
    expect([settings.messaging.messaging_end_session, settings.routing.transform_to_email_enabled]).toEqual([false, true]);
    const again = await ws.plan();
    expect(again.code).toBe(0);
    expect(again.output).toContain(CANNOT_END);
  });

  it('a legacy account (agents cannot end sessions by default) takes a routing treatment with a warning', async () => {
    await env.emulator.control.createAccount({ name: 'legacy', legacy: true });
    const ws = await workspace('legacy', ['agent_ended_session_routing = "messaging"']);
    const plan = await ws.plan();
    expect(plan.code).toBe(2);
    expect(plan.output).toContain(CANNOT_END);
    await ws.applyOrThrow();
    expect((await ws.plan()).code).toBe(0);
  });

  it('omnichannel routing turned off in Admin Center: every plan still works, unrelated changes plan, and each says why', async () => {
    const ws = await workspace('routing', ['agents_can_end_sessions = true', 'agent_ended_session_routing = "email"'], TRIGGER('Escalate open'));
    await ws.applyOrThrow();
    await env.emulator.control.changeSettings('routing', { routing: { enabled: false } });

    const noop = await ws.plan();
    expect(noop.output).toContain('No changes.');
    expect(noop.code).toBe(0);
    expect(noop.output).toContain(`Warning: ${ROUTING_OFF}`);
    expect(noop.output.split(ROUTING_OFF).length - 1).toBe(1); // said once per plan, not once per RPC

    ws.write({ 'main.tf': REQUIRED_PROVIDERS + providerBlock({ baseUrl: env.emulator.accountUrl('routing') }) +
      settingsResource('this', ['agents_can_end_sessions = true', 'agent_ended_session_routing = "email"']) + TRIGGER('Escalate open tickets') });
    const unrelated = await ws.plan();
    expect(unrelated.code).toBe(2);
    expect(unrelated.output).toContain('~ title');
    await ws.applyOrThrow();

    const refreshOnly = await ws.terraform(['plan', '-refresh-only', '-no-color', '-input=false']);
    expect(refreshOnly.code).toBe(0);
    expect(refreshOnly.output).toContain(ROUTING_OFF);

    // The nightly drift report: in sync (nothing managed changed), exit 0, and the dormant setting as a note in every format.
    const drift = await run(process.execPath, [CLI, 'drift', '--dir', ws.dir, '--report', `json=${join(ws.dir, 'drift.json')}`], ws.dir, { ...ws.env, CI: '1' });
    expect(drift.code).toBe(0);
    expect(drift.stdout).toContain(`— in sync\n  note: zendesk_messaging_settings.this.agent_ended_session_routing: ${ROUTING_OFF}`);
    const report = JSON.parse(readFileSync(join(ws.dir, 'drift.json'), 'utf8'));
    expect(report.directories[0]).toMatchObject({ status: 'in_sync', drifted: [], notes: [{ subject: 'zendesk_messaging_settings.this', attribute: 'agent_ended_session_routing', summary: ROUTING_OFF }] });
  });
});
