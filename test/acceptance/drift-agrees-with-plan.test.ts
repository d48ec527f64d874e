/**
 * Drift's verdict is the plan's: for an out-of-band edit of every attribute of
 * every resource, with the attribute set in the configuration and left unset,
 * `zendesk-messaging drift` exits as `terraform plan -detailed-exitcode` does
 * and names exactly the attributes the plan would change. Before drift
 * followed the plan, a trigger deactivated (or given a description) in Admin
 * Center while the configuration left `active`/`description` at their
 * defaults was "in sync" although the plan set them back.
 */
import { join } from 'node:path';
import { createZendeskClient } from '../../src/client/client';
import { listQueues, reorderQueues } from '../../src/client/queues';
import { emulatorWithWorkspaces } from '../support/emulator-workspaces';
import { REQUIRED_PROVIDERS, providerBlock, settingsResource } from '../support/hcl';
import { run, type TerraformWorkspace } from '../support/terraform';
import { TOKEN, send } from '../emulator/http';

const CLI = join(__dirname, '..', '..', 'bin', 'zendesk-messaging.js');
// Its terraform commands reattach to a provider host (support/provider-hosts.ts): the subject is what the provider
// answers, not how it starts; its 59 cases took 53 s this way and 121 s with normal starts (2026-12-07).
// Its ~40 edits per account each refresh every resource several times, beyond Zendesk's 700 requests a minute once
// the routing objects joined: the provider then waits out the limit (Retry-After), which is not this file's subject.
const env = emulatorWithWorkspaces({ rateLimitPerMinute: 100_000 }, { providerHost: true });

const SETTINGS_SET = [
  'agents_can_end_sessions = true',
  'agent_ended_session_routing = "email"',
  'inactivity = {',
  '  enabled = true',
  '  timeout_minutes = 5',
  '  end_session = false',
  '  ticket_status_id = 8001424138749',
  '  reminders = [{ message = "Still there?", tags = ["reminder_1"] }]',
  '}',
];
const TRIGGER_SET = ['active = true', 'description = "Managed by Terraform"', 'position = 1'];
const STATUS_SET = ['end_user_label = "Waiting on vendor"', 'description = "Managed by Terraform"', 'active = true'];
const CAPACITY_RULE_SET = ['description = "Managed by Terraform"', 'capacities = { email = 2, messaging = 1, voice = 0 }', 'agent_ids = [data.zendesk_agent.sam.id]'];
const QUEUE_SET = ['priority = 3', 'description = "Managed by Terraform"'];
const SKILL_SET = ['conditions = { all = [{ field = "priority", operator = "is", value = "urgent" }] }'];
const ROUTING_SET = [
  'enabled = true',
  'autorouting_tag = "auto-routing"',
  'reassignment_messaging_enabled = true',
  'reassignment_messaging_timeout_seconds = 30',
  'reassignment_talk_timeout_seconds = 30',
  'auto_accept_messaging_enabled = false',
  'focus_mode_enabled = false',
  'count_inactive_conversations_enabled = false',
  'assignment_method = "highest_spare_capacity"',
  'reassignment_reopened_tickets_enabled = false',
  'reassignment_agent_status_change_enabled = false',
  'skills_timeout_enabled = false',
  'skills_timeout_support = 0',
  'skills_timeout_messaging = 0',
  'skills_timeout_talk = 0',
];

function configuration(baseUrl: string, managed: boolean): string {
  return (
    REQUIRED_PROVIDERS +
    providerBlock({ baseUrl }) +
    settingsResource('this', managed ? SETTINGS_SET : []) +
    `resource "zendesk_routing_configuration" "this" {\n${(managed ? ROUTING_SET : []).map((l) => `  ${l}\n`).join('')}}\n` +
    `resource "zendesk_custom_ticket_status" "s" {\n  status_category = "pending"\n  agent_label = "Waiting on vendor"\n${(managed ? STATUS_SET : []).map((l) => `  ${l}\n`).join('')}}\n` +
    `data "zendesk_agent" "sam" {\n  name = "Sam Agent"\n}\nresource "zendesk_capacity_rule" "r" {\n  name = "Front line"\n${(managed ? CAPACITY_RULE_SET : []).map((l) => `  ${l}\n`).join('')}}\n` +
    // Two queues and their order (required: restored either way); a skill whose conditions are set or left unset.
    `data "zendesk_group" "support" {\n  name = "Support"\n}\nresource "zendesk_omnichannel_queue" "q" {\n  name = "Urgent"\n  primary_group_ids = [data.zendesk_group.support.id]\n${(managed ? QUEUE_SET : []).map((l) => `  ${l}\n`).join('')}}\n` +
    `resource "zendesk_omnichannel_queue" "q2" {\n  name = "Billing"\n  primary_group_ids = [data.zendesk_group.support.id]\n}\n` +
    `resource "zendesk_omnichannel_queue_order" "o" {\n  queue_ids = [zendesk_omnichannel_queue.q.id, zendesk_omnichannel_queue.q2.id]\n}\n` +
    `resource "zendesk_routing_attribute" "a" {\n  name = "Language"\n}\nresource "zendesk_routing_attribute_value" "v" {\n  attribute_id = zendesk_routing_attribute.a.id\n  name = "German"\n${(managed ? SKILL_SET : []).map((l) => `  ${l}\n`).join('')}}\n` +
    `resource "zendesk_trigger" "t" {
  title = "Tag agent-ended sessions"
${(managed ? TRIGGER_SET : []).map((l) => `  ${l}`).join('\n')}
  conditions {
    all {
      field    = "status"
      operator = "changed"
    }
  }
  actions {
    field = "current_tags"
    value = "agent_ended"
  }
}
`
  );
}

type Edit =
  | { settings: Record<string, Record<string, unknown>> }
  | { trigger: Record<string, unknown> }
  | { status: Record<string, unknown> }
  | { capacityRule: Record<string, unknown> }
  | { queue: Record<string, unknown> }
  | { skill: Record<string, unknown> }
  | { queueOrder: 'reversed' };

/**
 * One out-of-band edit per attribute, as an admin would make it in Admin Center, and whether the plan changes it back
 * when the configuration leaves it unset: an unset setting is not managed; a trigger's attributes other than its
 * position have a value the configuration implies (its default, or the whole rule), which the plan restores.
 */
const EDITS: [string, Edit, 'restored' | 'unmanaged'][] = [
  ['agents_can_end_sessions', { settings: { messaging: { messaging_end_session: false } } }, 'unmanaged'],
  ['agent_ended_session_routing', { settings: { routing: { transform_to_email_enabled: false } } }, 'unmanaged'],
  ['inactivity.enabled', { settings: { messaging_inactivity: { enabled: false } } }, 'unmanaged'],
  ['inactivity.timeout_minutes', { settings: { messaging_inactivity: { timeout: 17 } } }, 'unmanaged'],
  ['inactivity.end_session', { settings: { messaging_inactivity: { end_session: true } } }, 'unmanaged'],
  ['inactivity.ticket_status_id', { settings: { messaging_inactivity: { ticket_status_id: 8678123367037 } } }, 'unmanaged'],
  ['inactivity.reminders', { settings: { messaging_inactivity: { reminders: [{ message: 'Changed in Admin Center', tags: ['other'] }] } } }, 'unmanaged'],
  ['routing enabled', { settings: { routing: { enabled: false } } }, 'unmanaged'],
  ['routing autorouting_tag', { settings: { routing: { autorouting_tag: 'other-tag' } } }, 'unmanaged'],
  ['routing reassignment_messaging_enabled', { settings: { routing: { reassignment_messaging_enabled: false } } }, 'unmanaged'],
  ['routing reassignment_messaging_timeout_seconds', { settings: { routing: { reassignment_messaging_timeout: 90 } } }, 'unmanaged'],
  ['routing reassignment_talk_timeout_seconds', { settings: { routing: { reassignment_talk_timeout: 60 } } }, 'unmanaged'],
  ['routing auto_accept_messaging_enabled', { settings: { routing: { auto_accept_messaging_enabled: true } } }, 'unmanaged'],
  ['routing focus_mode_enabled', { settings: { routing: { focus_mode_enabled: true } } }, 'unmanaged'],
  ['routing count_inactive_conversations_enabled', { settings: { routing: { messaging_activity_routing_enabled: true } } }, 'unmanaged'],
  ['routing assignment_method', { settings: { routing: { assignment_method: 'round_robin' } } }, 'unmanaged'],
  ['routing reassignment_reopened_tickets_enabled', { settings: { routing: { reassignment_reopened_tickets_enabled: true } } }, 'unmanaged'],
  ['routing reassignment_agent_status_change_enabled', { settings: { routing: { reassignment_agent_status_change_enabled: true } } }, 'unmanaged'],
  ['routing skills_timeout_enabled', { settings: { routing: { skills_timeout_enabled: true } } }, 'unmanaged'],
  ['routing skills_timeout_support', { settings: { routing: { skills_timeout_support: 600 } } }, 'unmanaged'],
  ['routing skills_timeout_messaging', { settings: { routing: { skills_timeout_messaging: 300 } } }, 'unmanaged'],
  ['routing skills_timeout_talk', { settings: { routing: { skills_timeout_talk: 120 } } }, 'unmanaged'],
  ['trigger title', { trigger: { title: 'Renamed <b>in</b> Admin Center' } }, 'restored'],
  ['trigger active', { trigger: { active: false } }, 'restored'],
  ['trigger description', { trigger: { description: 'written in Admin Center' } }, 'restored'],
  ['trigger position', { trigger: { position: 7 } }, 'unmanaged'],
  ['trigger conditions', { trigger: { conditions: { all: [{ field: 'status', operator: 'is', value: 'open' }], any: [] } } }, 'restored'],
  ['trigger actions', { trigger: { actions: [{ field: 'current_tags', value: 'other_tag' }] } }, 'restored'],
  // A status's end-user label is Zendesk's to fill when unset; its other attributes have a value the configuration implies.
  ['status agent_label', { status: { agent_label: 'Renamed in Admin Center' } }, 'restored'],
  ['status end_user_label', { status: { end_user_label: 'Renamed for end users' } }, 'unmanaged'],
  ['status description', { status: { description: 'written in Admin Center' } }, 'restored'],
  ['status active', { status: { active: false } }, 'restored'],
  // A capacity rule's channels and agents left unset are not managed; KIM stands for Kim Agent's id.
  ['capacity rule name', { capacityRule: { name: 'Renamed in Admin Center' } }, 'restored'],
  ['capacity rule description', { capacityRule: { description: 'written in Admin Center' } }, 'restored'],
  ['capacity rule capacities', { capacityRule: { capacities: { messaging: 7 } } }, 'unmanaged'],
  ['capacity rule agent_ids', { capacityRule: { agent_ids: ['KIM'] } }, 'unmanaged'],
  // A queue's priority left unset is Zendesk's; a skill without conditions in the configuration has none; the order is required.
  ['queue priority', { queue: { priority: 9 } }, 'unmanaged'],
  ['skill conditions', { skill: { conditions: { all: [{ subject: 'priority', operator: 'is', value: 'low' }], any: [] } } }, 'restored'],
  ['queue order', { queueOrder: 'reversed' }, 'restored'],
];

/** The values of a resource in the workspace's state. */
async function stateOf(ws: TerraformWorkspace, address: string): Promise<Record<string, string>> {
  const state = (await ws.state()) as { values: { root_module: { resources: { address: string; values: Record<string, string> }[] } } };
  return state.values.root_module.resources.find((r) => r.address === address)!.values;
}

/** An out-of-band edit of the workspace's queue, skill or queue order (the order reversed, as an admin's drag would). */
async function changeRoutingObject(account: string, ws: TerraformWorkspace, edit: Edit): Promise<void> {
  if ('queue' in edit) await env.emulator.control.changeRouting(account, 'queues', (await stateOf(ws, 'zendesk_omnichannel_queue.q')).id, { queue: edit.queue });
  if ('skill' in edit) {
    const { attribute_id, value_id } = await stateOf(ws, 'zendesk_routing_attribute_value.v');
    await env.emulator.control.changeRouting(account, `attributes/${attribute_id}/values`, value_id, { attribute_value: edit.skill });
  }
  if ('queueOrder' in edit) {
    // The client the provider uses: it waits out the emulator's rate limit, which this file's many requests reach.
    const client = createZendeskClient({ baseUrl: env.emulator.accountUrl(account), auth: { kind: 'api-token', email: 'admin@acme.test', token: 'emulator-token' } });
    await reorderQueues(client, (await listQueues(client)).map((q) => q.id).reverse());
  }
}

/** An out-of-band edit of the workspace's capacity rule (found in state), with KIM replaced by Kim Agent's id. */
async function changeRule(account: string, ws: TerraformWorkspace, body: Record<string, unknown>): Promise<void> {
  const state = (await ws.state()) as { values: { root_module: { resources: { address: string; values: { id: string } }[] } } };
  const ruleId = state.values.root_module.resources.find((r) => r.address === 'zendesk_capacity_rule.r')!.values.id;
  const kim = (await env.emulator.control.directory(account)).agents.find((a) => a.name === 'Kim Agent')!.id;
  await env.emulator.control.changeRouting(account, 'capacity-rules', ruleId, JSON.parse(JSON.stringify(body).replace('"KIM"', String(kim))));
}

/** What `terraform plan -detailed-exitcode` says: its exit code and the top-level attributes its saved plan changes. */
async function planVerdict(ws: TerraformWorkspace): Promise<{ code: number; changed: string[] }> {
  const plan = await ws.terraform(['plan', '-detailed-exitcode', '-input=false', '-no-color', '-out=verdict.tfplan']);
  const shown = await ws.terraform(['show', '-json', 'verdict.tfplan']);
  const changes = (JSON.parse(shown.stdout).resource_changes ?? []) as { address: string; change: { actions: string[]; before: Record<string, unknown>; after: Record<string, unknown> } }[];
  const changed = changes
    .filter((c) => c.change.actions.includes('update'))
    .flatMap((c) => Object.keys(c.change.after).filter((k) => c.change.after[k] !== undefined && JSON.stringify(c.change.before[k]) !== JSON.stringify(c.change.after[k])).map((k) => `${c.address}.${k}`));
  return { code: plan.code, changed: [...new Set(changed)].sort() };
}

/** What drift says: its exit code and the top-level attributes it reports. */
async function driftVerdict(ws: TerraformWorkspace): Promise<{ code: number; changed: string[] }> {
  const result = await run(process.execPath, [CLI, 'drift', '--dir', ws.dir, '--format', 'json', '--no-attribution'], ws.dir, { ...ws.env, CI: '1' });
  if (result.code === 1) throw new Error(`drift failed: ${result.stdout}${result.stderr}`);
  const report = JSON.parse(result.stdout) as { directories: { drifted: { address: string; attributes: { path: string }[] }[] }[] };
  const changed = report.directories[0].drifted.flatMap((d) => d.attributes.map((a) => `${d.address}.${a.path.split('.')[0]}`));
  return { code: result.code, changed: [...new Set(changed)].sort() };
}

describe.each([
  ['set in the configuration', true],
  ['left unset', false],
])('drift agrees with the plan: every attribute %s', (_, managed) => {
  const account = managed ? 'managed' : 'unmanaged';
  let ws: TerraformWorkspace;
  let triggerId: number;
  let statusId: number;

  beforeAll(async () => {
    ws = await env.workspace({ 'main.tf': configuration(env.emulator.accountUrl(account), managed) });
    await ws.applyOrThrow();
    const triggers = await env.emulator.control.triggers(account);
    triggerId = Number(triggers.find((t) => t.title === 'Tag agent-ended sessions')?.id);
    const statuses = (await send(`${env.emulator.accountUrl(account)}/api/v2/custom_statuses`, { auth: TOKEN })).json().custom_statuses as { id: number; agent_label: string }[];
    statusId = Number(statuses.find((s) => s.agent_label === 'Waiting on vendor')?.id);
  });

  it.each(EDITS)('%s changed out of band', async (_name, edit, unset) => {
    if ('settings' in edit) await env.emulator.control.changeSettings(account, edit.settings);
    else if ('status' in edit) await env.emulator.control.changeRouting(account, 'custom-statuses', statusId, { custom_status: edit.status });
    else if ('capacityRule' in edit) await changeRule(account, ws, edit.capacityRule);
    else if ('queue' in edit || 'skill' in edit || 'queueOrder' in edit) await changeRoutingObject(account, ws, edit);
    else await env.emulator.control.changeTrigger(account, triggerId, edit.trigger);
    const plan = await planVerdict(ws);
    const drift = await driftVerdict(ws);
    expect(drift).toEqual(plan);
    expect(plan.code).toBe(managed || unset === 'restored' ? 2 : 0);
    // Put the configuration back for the next edit (when the plan changes anything).
    if (plan.code === 2) await ws.applyOrThrow();
  });

  it('in sync after every heal: both exit 0', async () => {
    expect(await driftVerdict(ws)).toEqual({ code: 0, changed: [] });
    expect((await planVerdict(ws)).code).toBe(0);
  });
});

it('a trigger deactivated and described in Admin Center is drift when the configuration leaves both at their defaults', async () => {
  const ws = await env.workspace({ 'main.tf': configuration(env.emulator.accountUrl('defaults'), false) });
  await ws.applyOrThrow();
  const trigger = (await env.emulator.control.triggers('defaults')).find((t) => t.title === 'Tag agent-ended sessions');
  await env.emulator.control.changeTrigger('defaults', Number(trigger?.id), { active: false, description: 'paused by an admin' });
  const result = await run(process.execPath, [CLI, 'drift', '--dir', ws.dir, '--no-attribution'], ws.dir, { ...ws.env, CI: '1' });
  expect(result.code).toBe(2);
  expect(result.stdout).toContain('Trigger active: on → off');
  expect(result.stdout).toContain('Trigger description: (not set) → "paused by an admin"');
});
