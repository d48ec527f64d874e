/**
 * zendesk_omnichannel_queue with the real terraform against the emulator: create, no-op plan, an out-of-band change
 * named by `zendesk-messaging drift`, groups answered in another order being no change, an update that removes a
 * condition from the middle (the plan shows that condition removed, nothing shifted), deleted out of band =
 * re-planned, destroy; import with -generate-config-out that plans clean; plan-time checks of the conditions
 * (closest name suggested) and groups against the account; percentage subqueues, and their refusal naming the plan
 * on an account without Enterprise.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createZendeskClient } from '../../src/client/client';
import { type ApiQueue, listQueues } from '../../src/client/queues';
import { EMULATOR_OAUTH_ENV, emulatorWithWorkspaces } from '../support/emulator-workspaces';
import { REQUIRED_PROVIDERS, providerBlock } from '../support/hcl';
import { type TerraformWorkspace, run } from '../support/terraform';

const CLI = join(__dirname, '..', '..', 'bin', 'zendesk-messaging.js');
// queue-team is an account without Enterprise (the emulator refuses its Enterprise features, as Zendesk does).
const env = emulatorWithWorkspaces({ accountsWithoutAuditLogs: ['queue-team'] });

const URGENT = { field: 'priority', operator: 'is', value: 'urgent' };
const OPEN = { field: 'status_category', operator: 'is', value: 'open' };
const EMAIL = { field: 'via_id', operator: 'is', value: '4' };
const VIP = { field: 'current_tags', operator: 'includes', value: 'vip' };
type Condition = typeof URGENT;

const hclConditions = (items: Condition[]) => items.map((c) => `      { field = "${c.field}", operator = "${c.operator}", value = "${c.value}" },`).join('\n');

const urgentQueue = (groups: { primary: number[]; secondary: number[] }, { all = [URGENT, OPEN, EMAIL], priority = 2 } = {}) => `
resource "zendesk_omnichannel_queue" "urgent" {
  name        = "Urgent email"
  description = "Urgent tickets by email"
  priority    = ${priority}
  conditions = {
    all = [
${hclConditions(all)}
    ]
    any = [
${hclConditions([VIP])}
    ]
  }
  primary_group_ids   = [${groups.primary.join(', ')}]
  secondary_group_ids = [${groups.secondary.join(', ')}]
}
`;

const main = (account: string, body: string) => ({ 'main.tf': REQUIRED_PROVIDERS + providerBlock({ baseUrl: env.emulator.accountUrl(account) }) + body });
const workspace = (account: string, body: string): Promise<TerraformWorkspace> => env.workspace(main(account, body));

/** The account's queues as the API answers them, read with the client the provider uses. */
function queuesOf(account: string): Promise<ApiQueue[]> {
  const client = createZendeskClient({
    baseUrl: env.emulator.accountUrl(account),
    auth: { kind: 'oauth-client', clientId: EMULATOR_OAUTH_ENV.ZENDESK_OAUTH_CLIENT_ID, clientSecret: EMULATOR_OAUTH_ENV.ZENDESK_OAUTH_CLIENT_SECRET },
  });
  return listQueues(client);
}
const named = async (account: string, name: string) => (await queuesOf(account)).find((q) => q.name === name);
const groupIds = async (account: string) => (await env.emulator.control.directory(account)).groups.map((g) => g.id);
const oneLine = (text: string) => text.replace(/\s+/g, ' ');

describe('zendesk_omnichannel_queue (real terraform, emulator)', () => {
  it('lives its whole life: create, no-op, drift named by the CLI, update removing a middle condition, deleted out of band, destroy', async () => {
    const account = 'queue-life';
    const [support, billing, messaging] = await groupIds(account);
    const groups = { primary: [billing, support], secondary: [messaging] };
    const ws = await workspace(account, urgentQueue(groups));
    await ws.applyOrThrow();
    const created = (await named(account, 'Urgent email'))!;
    expect(created).toMatchObject({ description: 'Urgent tickets by email', priority: 2, definition: { all: [URGENT, OPEN, EMAIL], any: [VIP] }, secondaryGroupIds: [messaging] });
    expect([...created.primaryGroupIds].sort()).toEqual([support, billing].sort());
    expect((await ws.plan()).code).toBe(0);

    // An admin changes the priority in Admin Center: drift names the attribute, who changed it and where to change it back.
    // The admin also drops the email condition: drift names that one condition, not a shifted list.
    const oob = { priority: 7, definition: { all: [URGENT, OPEN], any: [VIP] } };
    await env.emulator.control.changeRouting(account, 'queues', created.id, { queue: oob }, { name: 'Lee Jones', email: 'lee@queue-life.test' });
    const drift = await run(process.execPath, [CLI, 'drift', '--dir', ws.dir], ws.dir, { ...ws.env, CI: '1' });
    expect(drift.code).toBe(2);
    expect(drift.stdout).toContain('Queue priority (1 is the highest): 2 → 7');
    expect(drift.stdout).toContain("Queue conditions (meet ALL): removed Via id is 4 ");
    expect(drift.stdout).not.toContain('Priority is Urgent');
    expect(drift.stdout).toMatch(/changed by Lee Jones at .* UTC/);
    expect(drift.stdout).toContain('Admin Center > Objects and rules > Omnichannel routing > Queues');
    await ws.applyOrThrow();
    expect((await named(account, 'Urgent email'))!).toMatchObject({ priority: 2, definition: { all: [URGENT, OPEN, EMAIL] } });

    // The same groups and conditions, answered in another order: sets, so no change.
    await env.emulator.control.changeRouting(account, 'queues', created.id, { queue: { primary_groups_id: [support, billing], definition: { all: [EMAIL, OPEN, URGENT], any: [VIP] } } });
    expect((await ws.plan()).code).toBe(0);

    // The middle condition goes: the plan shows that one condition removed, not the later one shifted into its place.
    ws.write(main(account, urgentQueue(groups, { all: [URGENT, EMAIL], priority: 3 })));
    const update = await ws.terraform(['plan', '-no-color', '-out=tfplan']);
    expect(update.code).toBe(0);
    expect(update.stdout).not.toContain('->  "via_id"');
    expect(update.stdout).not.toMatch(/field\s+= "[a-z_]+" -> "/);
    const removed = update.stdout.split('\n').filter((line) => /^\s+- \{$/.test(line));
    expect(removed).toHaveLength(1);
    expect(update.stdout).toMatch(/- \{\s+- field\s+= "status_category" -> null\s+- operator = "is" -> null\s+- value\s+= "open" -> null\s+\}/);
    expect(update.stdout).toContain('# (2 unchanged elements hidden)');
    const shown = JSON.parse((await ws.terraform(['show', '-json', 'tfplan'])).stdout) as { resource_changes: { change: { before: { conditions: { all: Condition[] } }; after: { conditions: { all: Condition[] } } } }[] };
    const { before, after } = shown.resource_changes[0].change;
    const keyOf = (c: Condition) => `${c.field} ${c.operator} ${c.value}`;
    expect(before.conditions.all.map(keyOf).filter((k) => !after.conditions.all.map(keyOf).includes(k))).toEqual([keyOf(OPEN)]);
    expect(after.conditions.all.map(keyOf).sort()).toEqual([URGENT, EMAIL].map(keyOf).sort());
    // The pull request's summary says what the new priority does to routing.
    const summary = await run(process.execPath, [CLI, 'plan-summary', '--dir', ws.dir, '--plan-file', 'tfplan'], ws.dir, ws.env);
    expect(summary.code).toBe(0);
    expect(summary.stdout).toContain('Queue priority');
    expect(summary.stdout).toContain('assigned tickets of the higher-priority queue first');
    await ws.applyOrThrow();
    expect((await named(account, 'Urgent email'))!.definition.all).toEqual([URGENT, EMAIL]);
    expect((await ws.plan()).code).toBe(0);

    await env.emulator.control.deleteRouting(account, 'queues', created.id);
    const replan = await ws.plan();
    expect(replan.code).toBe(2);
    expect(replan.stdout).toContain('zendesk_omnichannel_queue.urgent will be created');
    await ws.applyOrThrow();

    const destroy = await ws.terraform(['destroy', '-auto-approve', '-no-color']);
    expect(destroy.code).toBe(0);
    expect(await named(account, 'Urgent email')).toBeUndefined();
  });

  it('imports a queue found by name with -generate-config-out that plans clean', async () => {
    const account = 'queue-import';
    const [support, billing] = await groupIds(account);
    const made = await env.emulator.control.createRouting<{ queue: { id: string } }>(account, 'queues', {
      queue: {
        name: 'Billing',
        priority: 5,
        definition: { all: [{ field: 'current_tags', operator: 'includes', value: 'billing' }], any: [] },
        primary_groups_id: [billing],
        secondary_groups_id: [support],
      },
    });
    // Found by name with data "zendesk_omnichannel_queue", as the data source's example adopts a queue.
    const lookup = 'data "zendesk_omnichannel_queue" "billing" {\n  name = "Billing"\n}\n';
    const ws = await workspace(account, `${lookup}import {\n  to = zendesk_omnichannel_queue.billing\n  id = data.zendesk_omnichannel_queue.billing.id\n}\n`);
    const plan = await ws.terraform(['plan', '-no-color', '-generate-config-out=generated.tf']);
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain('1 to import');
    const generated = readFileSync(join(ws.dir, 'generated.tf'), 'utf8');
    expect(generated).toMatch(/name\s+= "Billing"/);
    expect(generated).toMatch(/priority\s+= 5/);
    expect(generated).toContain('"billing"');
    await ws.applyOrThrow();
    expect((await ws.plan()).code).toBe(0);
    const state = JSON.parse((await ws.terraform(['show', '-json'])).stdout) as { values: { root_module: { resources: { address: string; values: Record<string, unknown> }[] } } };
    const found = state.values.root_module.resources.find((r) => r.address === 'data.zendesk_omnichannel_queue.billing')!.values;
    expect(found).toMatchObject({ id: made.queue.id, priority: 5, primary_group_ids: [billing], secondary_group_ids: [support] });
  });

  it('fails the plan on a misspelt condition and an unknown group, suggesting the closest name', async () => {
    const account = 'queue-typos';
    const [support] = await groupIds(account);
    const body = `resource "zendesk_omnichannel_queue" "q" {
  name = "Typos"
  conditions = {
    all = [{ field = "priorty", operator = "is", value = "urgent" }]
    any = [{ field = "status_category", operator = "is", value = "opn" }]
  }
  primary_group_ids = [${support}, 424242]
}
`;
    const plan = await (await workspace(account, body)).plan();
    expect(plan.code).toBe(1);
    const said = oneLine(plan.output);
    expect(said).toContain('no ALL condition field "priorty"');
    expect(said).toContain('Did you mean "priority" (Priority)?');
    expect(said).toContain('has no value "opn"');
    expect(said).toContain('Did you mean "open"');
    expect(said).toContain('has no group with the ID 424242');
    expect(await queuesOf(account)).toEqual([]);
  });

  it('stays with the account it was created in: pointed at another account, the plan refuses to touch it', async () => {
    const home = 'queue-home';
    const away = 'queue-away';
    const queue = async (account: string) => `resource "zendesk_omnichannel_queue" "q" {\n  name = "Stays home"\n  primary_group_ids = [${(await groupIds(account))[0]}]\n}\n`;
    const ws = await workspace(home, await queue(home));
    await ws.applyOrThrow();
    ws.write(main(away, await queue(home)));
    const plan = await ws.plan();
    expect(plan.code).toBe(1);
    expect(oneLine(plan.output)).toContain('The provider is configured for another Zendesk account');
    expect(await queuesOf(away)).toEqual([]);
  });

  it('distributes a queue across percentage subqueues on Enterprise, and removes them again', async () => {
    const account = 'queue-split';
    const [support, billing, messaging] = await groupIds(account);
    const split = `resource "zendesk_omnichannel_queue" "split" {
  name = "Split"
  subqueues = [
    { name = "Tier 1", percentage = 70, primary_group_ids = [${support}, ${billing}] },
    { name = "Tier 2", percentage = 30, priority = 2, primary_group_ids = [${billing}], secondary_group_ids = [${messaging}] },
  ]
}
`;
    const ws = await workspace(account, split);
    await ws.applyOrThrow();
    const made = (await named(account, 'Split'))!;
    expect(made.subqueues!.map((s) => [s.name, s.percentage, s.priority])).toEqual([['Tier 1', 70, 1], ['Tier 2', 30, 2]]);
    expect((await ws.plan()).code).toBe(0);

    ws.write(main(account, `resource "zendesk_omnichannel_queue" "split" {\n  name = "Split"\n  primary_group_ids = [${support}]\n}\n`));
    await ws.applyOrThrow();
    expect((await named(account, 'Split'))!.subqueues).toBeUndefined();
    expect((await ws.plan()).code).toBe(0);
  });

  it('fails the apply of subqueues on an account without Enterprise, naming the plan', async () => {
    const account = 'queue-team';
    const [support] = await groupIds(account);
    const body = `resource "zendesk_omnichannel_queue" "split" {\n  name = "Split"\n  subqueues = [{ name = "All", percentage = 100, primary_group_ids = [${support}] }]\n}\n`;
    const apply = await (await workspace(account, body)).terraform(['apply', '-auto-approve', '-no-color']);
    expect(apply.code).toBe(1);
    const said = oneLine(apply.output);
    expect(said).toContain('Percentage subqueues need a Zendesk Enterprise plan');
    expect(said).toContain('leave subqueues out');
    expect(await queuesOf(account)).toEqual([]);
  });
});
