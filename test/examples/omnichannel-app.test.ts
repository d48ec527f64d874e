/**
 * examples/omnichannel-app end to end: synthesized by the real cdktf CLI, then planned, applied, re-planned, changed
 * out of band (seen by `zendesk-messaging drift`) and destroyed by the real terraform against the emulator. The
 * account (Enterprise, so it has skills-based routing) has a queue and a Language skill type of an admin's before the
 * apply: the queue order the construct manages shows (its queues first, as listed, the admin's after them), and the
 * app adopts the skill type with an import block (LANGUAGE_SKILL_TYPE_ID), in the same apply that creates the rest.
 * State and synthesized output live in this test's temp dir.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createZendeskClient } from '../../src/client/client';
import { listQueues } from '../../src/client/queues';
import { listAttributeValues, listRoutingAttributes } from '../../src/client/routing-attributes';
import { startEmulator, type EmulatorHandle } from '../../src/emulator';
import { installProvider } from '../../src/cli/install-provider';
import { EMULATOR_OAUTH_ENV } from '../support/emulator-workspaces';
import { baseEnv, run } from '../support/terraform';
import { makeTempDir } from '../support/temp';

const ROOT = join(__dirname, '..', '..');
const APP = join(ROOT, 'examples', 'omnichannel-app');
const CDKTF = join(ROOT, 'node_modules', 'cdktf-cli', 'bundle', 'bin', 'cdktf');
const CLI = join(ROOT, 'dist', 'cli.js');

describe('examples/omnichannel-app', () => {
  let emulator: EmulatorHandle;
  const temp = makeTempDir('omnichannel-app');
  const out = join(temp.dir, 'cdktf.out');
  const stack = join(out, 'stacks', 'routing');
  let env: NodeJS.ProcessEnv;
  const terraform = (args: string[]) => run('terraform', [...args, '-no-color'], stack, env);
  const client = () => {
    const auth = { kind: 'oauth-client' as const, clientId: EMULATOR_OAUTH_ENV.ZENDESK_OAUTH_CLIENT_ID, clientSecret: EMULATOR_OAUTH_ENV.ZENDESK_OAUTH_CLIENT_SECRET };
    return createZendeskClient({ baseUrl: emulator.accountUrl('acme'), auth });
  };
  /** The account's queues by name, first to last, as Zendesk lists them. */
  const queueOrder = async () => (await listQueues(client())).map((q) => q.name);
  /** The account's skill types (id and name), each with its skills' names. */
  const skillTypes = async () =>
    Promise.all((await listRoutingAttributes(client())).map(async (a) => ({ id: a.id, name: a.name, skills: (await listAttributeValues(client(), a.id)).map((v) => v.name).sort() })));
  /** The Language skill type an admin made in Admin Center before the app existed: the app adopts it. */
  let adoptedLanguageId: string;

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
    adoptedLanguageId = (await emulator.control.createRouting<{ attribute: { id: string } }>('acme', 'attributes', { attribute: { name: 'Language' } })).attribute.id;
    const installed = installProvider(join(temp.dir, 'mirror'));
    env = baseEnv({
      TF_CLI_CONFIG_FILE: installed.cliConfigPath,
      CI: '1',
      ZENDESK_API_ROOT: emulator.url,
      ZENDESK_OAUTH_CLIENT_ID: 'emulator-client',
      TF_VAR_acme_oauth_client_secret: 'emulator-secret',
      MESSAGING_STATE_DIR: temp.dir,
      LANGUAGE_SKILL_TYPE_ID: adoptedLanguageId,
    });
  });
  afterAll(async () => {
    await emulator?.close();
    temp.cleanup();
  });

  it('synthesizes with cdktf synth: the configuration, two rules, a status, two queues and their order, two skill types and three skills, agents and groups looked up', async () => {
    const synth = await run(process.execPath, [CDKTF, 'synth', '--output', out], APP, env, 180_000);
    expect(synth.code).toBe(0);
    const json = JSON.parse(readFileSync(join(stack, 'cdk.tf.json'), 'utf8'));
    const count = (block: Record<string, Record<string, unknown>>) => Object.fromEntries(Object.entries(block).map(([type, items]) => [type, Object.keys(items).length]));
    expect(count(json.resource)).toEqual({
      zendesk_routing_configuration: 1, zendesk_capacity_rule: 2, zendesk_custom_ticket_status: 1, zendesk_omnichannel_queue: 2, zendesk_omnichannel_queue_order: 1,
      zendesk_routing_attribute: 2, zendesk_routing_attribute_value: 3,
    }); // prettier-ignore
    expect(count(json.data)).toEqual({ zendesk_agent: 2, zendesk_group: 2 });
    // The order is the queues' ids as listed in main.ts: Urgent first, then Billing.
    const queues = json.resource.zendesk_omnichannel_queue as Record<string, { name: string }>;
    const keyOf = (name: string) => Object.keys(queues).find((key) => queues[key].name === name);
    const [order] = Object.values(json.resource.zendesk_omnichannel_queue_order) as { queue_ids: string[] }[];
    expect(order.queue_ids).toEqual([`\${zendesk_omnichannel_queue.${keyOf('Urgent')}.id}`, `\${zendesk_omnichannel_queue.${keyOf('Billing')}.id}`]);
    // The admin's Language skill type is adopted by an import block into the construct's resource for it.
    const types = json.resource.zendesk_routing_attribute as Record<string, { name: string }>;
    const language = Object.keys(types).find((key) => types[key].name === 'Language');
    expect(json.import).toEqual([{ to: `zendesk_routing_attribute.${language}`, id: adoptedLanguageId, provider: 'zendesk' }]);
  }, 180_000);

  it("plans and applies with terraform: the admin's skill type imported, its queues ahead of an admin's in the order listed; then plans no changes", async () => {
    const group = (await emulator.control.directory('acme')).groups[0].id;
    await emulator.control.createRouting('acme', 'queues', { queue: { name: 'Returns', primary_groups_id: [group] } });
    expect((await terraform(['init'])).code).toBe(0);
    const plan = await terraform(['plan', '-detailed-exitcode']);
    expect(plan.stdout).toContain('Plan: 1 to import, 11 to add, 0 to change, 0 to destroy.');
    expect(plan.code).toBe(2);
    const apply = await terraform(['apply', '-auto-approve']);
    expect(apply.stdout).toContain('Apply complete! Resources: 1 imported, 11 added, 0 changed, 0 destroyed.');
    expect(apply.code).toBe(0);
    expect((await emulator.control.settings('acme')).routing).toMatchObject({ enabled: true, reassignment_messaging_timeout: 60 });
    // Created last, they are first: the construct's queue order put them ahead of the admin's queue, as listed.
    expect(await queueOrder()).toEqual(['Urgent', 'Billing', 'Returns']);
    // One Language skill type, the admin's, now with the app's skills; Tier created.
    expect(await skillTypes()).toEqual([
      { id: adoptedLanguageId, name: 'Language', skills: ['German', 'Spanish'] },
      { id: expect.any(String), name: 'Tier', skills: ['VIP'] },
    ]);
    expect((await terraform(['plan', '-detailed-exitcode'])).code).toBe(0);
  }, 180_000);

  it('sees a capacity and a skill changed in Admin Center, named by zendesk-messaging drift, and heals them', async () => {
    const state = JSON.parse((await terraform(['show', '-json'])).stdout);
    const rules = state.values.root_module.resources.filter((r: { type: string }) => r.type === 'zendesk_capacity_rule');
    const frontLine = rules.find((r: { values: { name: string } }) => r.values.name === 'Front line');
    await emulator.control.changeRouting('acme', 'capacity-rules', frontLine.values.id, { capacities: { email: 9 } });
    const german = (await listAttributeValues(client(), adoptedLanguageId)).find((v) => v.name === 'German')!;
    await emulator.control.changeRouting('acme', `attributes/${adoptedLanguageId}/values`, german.id, { attribute_value: { name: 'Deutsch' } });
    const drift = await run(process.execPath, [CLI, 'drift', '--dir', stack], stack, env);
    expect(drift.code).toBe(2);
    // Each attribute in Admin Center's words, who changed it (the audit log) and where to change it back.
    expect(drift.stdout).toContain('(2 resources, 2 attributes changed outside Terraform)');
    expect(drift.stdout).toContain('Email capacity: 3 → 9');
    expect(drift.stdout).toContain('Skill name: "German" → "Deutsch"');
    expect(drift.stdout).toMatch(/changed by Acme Admin at .*: Changed name\s+change it back in Admin Center > Objects and rules > Business rules > Skills/);
    expect((await terraform(['apply', '-auto-approve'])).code).toBe(0);
    expect((await skillTypes()).find((t) => t.id === adoptedLanguageId)?.skills).toEqual(['German', 'Spanish']);
    expect((await terraform(['plan', '-detailed-exitcode'])).code).toBe(0);
  }, 180_000);

  it("destroys: rules, queues and skills deleted (the adopted skill type too: it is managed now), the status deactivated, the configuration retained, the admin's queue kept", async () => {
    const destroy = await terraform(['destroy', '-auto-approve']);
    expect(destroy.stdout).toContain('Destroy complete! Resources: 12 destroyed.');
    expect(destroy.code).toBe(0);
    expect((await emulator.control.settings('acme')).routing).toMatchObject({ enabled: true, reassignment_messaging_timeout: 60 });
    expect(await queueOrder()).toEqual(['Returns']);
    expect(await skillTypes()).toEqual([]);
  }, 180_000);
});
