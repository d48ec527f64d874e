/**
 * examples/omnichannel-app end to end: synthesized by the real cdktf CLI, then planned, applied, re-planned, changed
 * out of band and destroyed by the real terraform against the emulator. The account has a queue of an admin's before
 * the apply, so the queue order the construct manages shows: its queues first, as listed, the admin's after them.
 * State and synthesized output live in this test's temp dir.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createZendeskClient } from '../../src/client/client';
import { listQueues } from '../../src/client/queues';
import { startEmulator, type EmulatorHandle } from '../../src/emulator';
import { installProvider } from '../../src/cli/install-provider';
import { EMULATOR_OAUTH_ENV } from '../support/emulator-workspaces';
import { baseEnv, run } from '../support/terraform';
import { makeTempDir } from '../support/temp';

const ROOT = join(__dirname, '..', '..');
const APP = join(ROOT, 'examples', 'omnichannel-app');
const CDKTF = join(ROOT, 'node_modules', 'cdktf-cli', 'bundle', 'bin', 'cdktf');

describe('examples/omnichannel-app', () => {
  let emulator: EmulatorHandle;
  const temp = makeTempDir('omnichannel-app');
  const out = join(temp.dir, 'cdktf.out');
  const stack = join(out, 'stacks', 'routing');
  let env: NodeJS.ProcessEnv;
  const terraform = (args: string[]) => run('terraform', [...args, '-no-color'], stack, env);
  /** The account's queues by name, first to last, as Zendesk lists them. */
  const queueOrder = async () => {
    const auth = { kind: 'oauth-client' as const, clientId: EMULATOR_OAUTH_ENV.ZENDESK_OAUTH_CLIENT_ID, clientSecret: EMULATOR_OAUTH_ENV.ZENDESK_OAUTH_CLIENT_SECRET };
    return (await listQueues(createZendeskClient({ baseUrl: emulator.accountUrl('acme'), auth }))).map((q) => q.name);
  };

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
    const installed = installProvider(join(temp.dir, 'mirror'));
    env = baseEnv({
      TF_CLI_CONFIG_FILE: installed.cliConfigPath,
      CI: '1',
      ZENDESK_API_ROOT: emulator.url,
      ZENDESK_OAUTH_CLIENT_ID: 'emulator-client',
      TF_VAR_acme_oauth_client_secret: 'emulator-secret',
      MESSAGING_STATE_DIR: temp.dir,
    });
  });
  afterAll(async () => {
    await emulator?.close();
    temp.cleanup();
  });

  it('synthesizes with cdktf synth: the configuration, two rules, a status, two queues and their order, agents and groups looked up', async () => {
    const synth = await run(process.execPath, [CDKTF, 'synth', '--output', out], APP, env, 180_000);
    expect(synth.code).toBe(0);
    const json = JSON.parse(readFileSync(join(stack, 'cdk.tf.json'), 'utf8'));
    const count = (block: Record<string, Record<string, unknown>>) => Object.fromEntries(Object.entries(block).map(([type, items]) => [type, Object.keys(items).length]));
    expect(count(json.resource)).toEqual({
      zendesk_routing_configuration: 1, zendesk_capacity_rule: 2, zendesk_custom_ticket_status: 1, zendesk_omnichannel_queue: 2, zendesk_omnichannel_queue_order: 1,
    }); // prettier-ignore
    expect(count(json.data)).toEqual({ zendesk_agent: 2, zendesk_group: 2 });
    // The order is the queues' ids as listed in main.ts: Urgent first, then Billing.
    const queues = json.resource.zendesk_omnichannel_queue as Record<string, { name: string }>;
    const keyOf = (name: string) => Object.keys(queues).find((key) => queues[key].name === name);
    const [order] = Object.values(json.resource.zendesk_omnichannel_queue_order) as { queue_ids: string[] }[];
    expect(order.queue_ids).toEqual([`\${zendesk_omnichannel_queue.${keyOf('Urgent')}.id}`, `\${zendesk_omnichannel_queue.${keyOf('Billing')}.id}`]);
  }, 180_000);

  it("plans and applies with terraform, its queues ahead of an admin's in the order listed, then plans no changes", async () => {
    const group = (await emulator.control.directory('acme')).groups[0].id;
    await emulator.control.createRouting('acme', 'queues', { queue: { name: 'Returns', primary_groups_id: [group] } });
    expect((await terraform(['init'])).code).toBe(0);
    const plan = await terraform(['plan', '-detailed-exitcode']);
    expect(plan.stdout).toContain('Plan: 7 to add, 0 to change, 0 to destroy.');
    expect(plan.code).toBe(2);
    const apply = await terraform(['apply', '-auto-approve']);
    expect(apply.stdout).toContain('Apply complete! Resources: 7 added, 0 changed, 0 destroyed.');
    expect(apply.code).toBe(0);
    expect((await emulator.control.settings('acme')).routing).toMatchObject({ enabled: true, reassignment_messaging_timeout: 60 });
    // Created last, they are first: the construct's queue order put them ahead of the admin's queue, as listed.
    expect(await queueOrder()).toEqual(['Urgent', 'Billing', 'Returns']);
    expect((await terraform(['plan', '-detailed-exitcode'])).code).toBe(0);
  }, 180_000);

  it('sees a capacity changed in Admin Center, and heals it', async () => {
    const state = JSON.parse((await terraform(['show', '-json'])).stdout);
    const rules = state.values.root_module.resources.filter((r: { type: string }) => r.type === 'zendesk_capacity_rule');
    const frontLine = rules.find((r: { values: { name: string } }) => r.values.name === 'Front line');
    await emulator.control.changeRouting('acme', 'capacity-rules', frontLine.values.id, { capacities: { email: 9 } });
    const plan = await terraform(['plan', '-detailed-exitcode']);
    expect(plan.code).toBe(2);
    expect(plan.stdout).toMatch(/email\s+= 9 -> 3/);
    expect((await terraform(['apply', '-auto-approve'])).code).toBe(0);
    expect((await terraform(['plan', '-detailed-exitcode'])).code).toBe(0);
  }, 180_000);

  it("destroys: rules and queues deleted, the status deactivated, the configuration retained, the admin's queue kept", async () => {
    const destroy = await terraform(['destroy', '-auto-approve']);
    expect(destroy.stdout).toContain('Destroy complete! Resources: 7 destroyed.');
    expect(destroy.code).toBe(0);
    expect((await emulator.control.settings('acme')).routing).toMatchObject({ enabled: true, reassignment_messaging_timeout: 60 });
    expect(await queueOrder()).toEqual(['Returns']);
  }, 180_000);
});
