/**
 * zendesk_omnichannel_queue_order with the real terraform against the emulator: two queues and their order created
 * in one apply (the order names queues whose IDs are known only after apply), an unlisted queue warned about and kept
 * after them without a perpetual diff, a no-op plan, a reorder out of band reported by `zendesk-messaging drift` on
 * queue_ids and undone by the next apply, a reorder's plan summary, destroy forgetting the order; import by the
 * subdomain that plans clean (also with -generate-config-out); a wrong ID failing the plan with the queues named.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createZendeskClient } from '../../src/client/client';
import { listQueues, reorderQueues } from '../../src/client/queues';
import { EMULATOR_OAUTH_ENV, emulatorWithWorkspaces } from '../support/emulator-workspaces';
import { REQUIRED_PROVIDERS, providerBlock } from '../support/hcl';
import { run } from '../support/terraform';

const CLI = join(__dirname, '..', '..', 'bin', 'zendesk-messaging.js');
const env = emulatorWithWorkspaces();

const main = (account: string, body: string) => ({ 'main.tf': REQUIRED_PROVIDERS + providerBlock({ baseUrl: env.emulator.accountUrl(account) }) + body });
const oneLine = (text: string) => text.replace(/\s+/g, ' ');

/** The client the provider uses, as an admin's script would: for reading the order and changing it out of band. */
const clientOf = (account: string) =>
  createZendeskClient({
    baseUrl: env.emulator.accountUrl(account),
    auth: { kind: 'oauth-client', clientId: EMULATOR_OAUTH_ENV.ZENDESK_OAUTH_CLIENT_ID, clientSecret: EMULATOR_OAUTH_ENV.ZENDESK_OAUTH_CLIENT_SECRET },
  });
/** An admin's script with the admin's own API token: the audit log names the admin. */
const adminClientOf = (account: string, email: string) => createZendeskClient({ baseUrl: env.emulator.accountUrl(account), auth: { kind: 'api-token', email, token: 'emulator-token' } });
const orderOf = async (account: string) => (await listQueues(clientOf(account))).map((q) => q.name);
const idsOf = async (account: string) => Object.fromEntries((await listQueues(clientOf(account))).map((q) => [q.name, q.id]));

async function makeQueue(account: string, name: string): Promise<string> {
  const group = (await env.emulator.control.directory(account)).groups[0].id;
  const made = await env.emulator.control.createRouting<{ queue: { id: string } }>(account, 'queues', { queue: { name, primary_groups_id: [group] } });
  return made.queue.id;
}

const queuesAndOrder = (group: number, order: string) => `
resource "zendesk_omnichannel_queue" "urgent" {
  name              = "Urgent"
  conditions        = { all = [{ field = "priority", operator = "is", value = "urgent" }] }
  primary_group_ids = [${group}]
}

resource "zendesk_omnichannel_queue" "billing" {
  name              = "Billing"
  conditions        = { any = [{ field = "current_tags", operator = "includes", value = "billing" }] }
  primary_group_ids = [${group}]
}

resource "zendesk_omnichannel_queue_order" "this" {
  queue_ids = [${order}]
}
`;

describe('zendesk_omnichannel_queue_order (real terraform, emulator)', () => {
  it('orders queues made in the same apply, keeps an unlisted queue after them, reports an out-of-band reorder as drift and restores it', async () => {
    const account = 'order-life';
    await makeQueue(account, 'Returns'); // an admin's queue this configuration does not list
    const group = (await env.emulator.control.directory(account)).groups[0].id;
    const ws = await env.workspace(main(account, queuesAndOrder(group, 'zendesk_omnichannel_queue.billing.id, zendesk_omnichannel_queue.urgent.id')));

    const applied = await ws.applyOrThrow();
    const said = oneLine(applied.output);
    expect(said).toContain('1 queue of the account not listed: placed after the listed ones');
    expect(said).toMatch(/keep their relative order after the listed ones: "Returns" \(\w+\)/);
    expect(said).toContain('Apply complete! Resources: 3 added');
    expect(await orderOf(account)).toEqual(['Billing', 'Urgent', 'Returns']);
    // The state holds the listed queues only: the unlisted one after them is no change, plan after plan.
    expect((await ws.plan()).code).toBe(0);

    // A queue added later, last in the order: still no change.
    await makeQueue(account, 'Later');
    expect((await ws.plan()).code).toBe(0);

    // An admin's script puts Urgent first: drift names queue_ids, the reorder, and who made it.
    const ids = await idsOf(account);
    await reorderQueues(adminClientOf(account, 'dana.admin@order.test'), [ids.Urgent, ids.Billing, ids.Returns, ids.Later]);
    const drift = await run(process.execPath, [CLI, 'drift', '--dir', ws.dir], ws.dir, { ...ws.env, CI: '1' });
    expect(drift.code).toBe(2);
    // The queues are named by the queue resources the plan holds.
    expect(drift.stdout).toContain(`Queues' order (first to last): reordered: queue "Urgent" (${ids.Urgent}); queue "Billing" (${ids.Billing})`);
    expect(drift.stdout).toContain('Admin Center > Objects and rules > Omnichannel routing > Queues');
    // A reorder is logged on each queue it moved (two here), never under the subdomain: found on the listed queues,
    // one change by its author.
    expect(drift.stdout).toMatch(/changed by Dana Admin at [^\n]+: Changed order\n/);
    expect(drift.stdout).not.toContain('earlier change');
    expect(drift.stdout).not.toContain('who changed queue order');

    // The next apply puts it back, the admin's other queues after the listed ones as they were.
    const heal = await ws.terraform(['plan', '-no-color', '-detailed-exitcode']);
    expect(heal.code).toBe(2);
    expect(heal.stdout).toContain('zendesk_omnichannel_queue_order.this will be updated in-place');
    await ws.applyOrThrow();
    expect(await orderOf(account)).toEqual(['Billing', 'Urgent', 'Returns', 'Later']);
    expect((await ws.plan()).code).toBe(0);

    // A pull request putting Urgent first: the summary says what the order does to routing.
    ws.write(main(account, queuesAndOrder(group, 'zendesk_omnichannel_queue.urgent.id, zendesk_omnichannel_queue.billing.id')));
    expect((await ws.terraform(['plan', '-no-color', '-out=tfplan'])).code).toBe(0);
    const summary = await run(process.execPath, [CLI, 'plan-summary', '--dir', ws.dir, '--plan-file', 'tfplan'], ws.dir, ws.env);
    expect(summary.code).toBe(0);
    expect(summary.stdout).toContain('A new ticket enters the first of these 2 queues, in this order, whose conditions it meets');
    await ws.applyOrThrow();
    expect(await orderOf(account)).toEqual(['Urgent', 'Billing', 'Returns', 'Later']);

    // Destroy forgets the order (with a warning) and deletes the two queues; the admin's queues keep their order.
    const destroy = await ws.terraform(['destroy', '-auto-approve', '-no-color']);
    expect(destroy.code).toBe(0);
    expect(oneLine(destroy.output)).toContain('Destroying the queue order only forgets it');
    expect(await orderOf(account)).toEqual(['Returns', 'Later']);
  });

  it('imports the order by the subdomain and plans clean; a wrong ID fails the plan naming the queues', async () => {
    const account = 'order-import';
    const returns = await makeQueue(account, 'Returns');
    const billing = await makeQueue(account, 'Billing');
    const lookups = ['Returns', 'Billing'].map((n) => `data "zendesk_omnichannel_queue" "${n.toLowerCase()}" {\n  name = "${n}"\n}\n`).join('');
    const order = (ids: string) => `${lookups}resource "zendesk_omnichannel_queue_order" "this" {\n  queue_ids = [${ids}]\n}\n`;
    const importBlock = `import {\n  to = zendesk_omnichannel_queue_order.this\n  id = "${account}"\n}\n`;

    const ws = await env.workspace(main(account, order('data.zendesk_omnichannel_queue.returns.id, data.zendesk_omnichannel_queue.billing.id') + importBlock));
    const plan = await ws.terraform(['plan', '-no-color']);
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain('Plan: 1 to import, 0 to add, 0 to change, 0 to destroy.');
    await ws.applyOrThrow();
    expect((await ws.plan()).code).toBe(0);

    // With -generate-config-out: the generated list is every queue in Zendesk's order, which plans clean.
    const generated = await env.workspace(main(account, importBlock));
    const generating = await generated.terraform(['plan', '-no-color', '-generate-config-out=generated.tf']);
    expect(generating.code).toBe(0);
    expect(readFileSync(join(generated.dir, 'generated.tf'), 'utf8')).toContain(`"${returns}", "${billing}"`);
    await generated.applyOrThrow();
    expect((await generated.plan()).code).toBe(0);

    // Another account's subdomain is refused, saying which one this provider manages.
    const elsewhere = await env.workspace(main(account, `resource "zendesk_omnichannel_queue_order" "this" {\n  queue_ids = ["${returns}"]\n}\n`));
    const wrongImport = await elsewhere.terraform(['import', '-no-color', 'zendesk_omnichannel_queue_order.this', 'globex']);
    expect(wrongImport.code).toBe(1);
    expect(oneLine(wrongImport.output)).toContain(`This provider instance manages "${account}", not "globex"`);

    // A queue's name where its ID belongs, and a deleted queue's ID: errors on the element, the queues named.
    ws.write(main(account, order(`"Billing", "${returns.slice(0, -4)}ZZZZ"`)));
    const wrong = await ws.plan();
    expect(wrong.code).toBe(1);
    const said = oneLine(wrong.output);
    expect(said).toContain(`"Billing" is a queue's name: its ID is ${billing}`);
    expect(said).toContain(`Its queues are "Returns" (${returns}), "Billing" (${billing}).`);
    expect(await orderOf(account)).toEqual(['Returns', 'Billing']);
  });
});
