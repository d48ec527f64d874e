/**
 * The CSAT recipe must not depend on a name the emulator invented. The
 * emulator's API names for "Status category", "Messaging session ended
 * reason", "Ended by agent", the other messaging definitions and the native
 * messaging via id are assumptions (src/emulator/recorded/assumptions.ts);
 * here the emulator starts with all of them renamed, and both the HCL recipe
 * (examples/hcl, as checked in) and the L2 MessagingSessionPolicy with
 * csatOnSessionEnd still apply, edit the standard trigger with the renamed
 * names, and then plan clean.
 */
import { mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AssumptionOverrides } from '../../src/emulator';
import { installProvider } from '../../src/cli/install-provider';
import { emulatorWithWorkspaces } from '../support/emulator-workspaces';
import { baseEnv, run } from '../support/terraform';
import { makeTempDir } from '../support/temp';
import { TOKEN, send } from '../emulator/http';

const ROOT = join(__dirname, '..', '..');
const CSAT = 'Request customer satisfaction rating (messaging)';

/** Every assumed name, renamed to something no code of ours spells. */
const RENAMED: AssumptionOverrides = {
  subjects: {
    statusCategory: 'ticket.status_category_x',
    messagingSessionEndedReason: 'conversation_end_cause',
    messagingSessionState: 'conversation_state',
    messagingSessionInactiveReason: 'conversation_idle_cause',
    routingChannel: 'queue_channel',
    messagingSessionAction: 'conversation',
    setRoutingChannelAction: 'queue_channel_set',
  },
  values: { endedByAgent: 'agent_closed', endedByEndUser: 'user_closed', endedAfterInactivity: 'idle_closed', endSession: 'close' },
  nativeMessagingVia: { id: '90' },
};
/** Conditions in a stable order: they are a set, sent in the order Terraform keeps a set in. */
const unordered = (conditions: unknown[]) => conditions.map((c) => JSON.stringify(c)).sort();
const RECIPE_ANY = [
  { field: 'ticket.status_category_x', operator: 'value', value: 'solved' },
  { field: 'conversation_end_cause', operator: 'value', value: 'agent_closed' },
];

/** The L2 policy with Zendesk's CSAT recipe, synthesized with cdktf (as l1-apps-apply.test.ts does for L1). */
const POLICY_APP = `
const [outdir, baseUrl] = process.argv.slice(2);
const core = require('cdktf');
const lib = require('cdktf-zendesk-messaging');
const app = new core.App({ outdir });
const stack = new core.TerraformStack(app, 'policy');
const provider = new lib.ZendeskProvider(stack, 'zendesk', { baseUrl, oauthClientId: 'emulator-client', oauthClientSecret: 'emulator-secret' });
new lib.MessagingSessionPolicy(stack, 'Policy', { provider, agentsCanEndSessions: true, csatOnSessionEnd: true });
app.synth();
`;

type Trigger = { id: number; title: string; conditions: { all: { field: string }[]; any: unknown[] } };

describe('the CSAT recipe against an emulator whose assumed names are renamed (real terraform)', () => {
  // The recipe's credentials are its own variables: the workspace's environment holds no other.
  const env = emulatorWithWorkspaces({ assumptions: RENAMED }, { env: {} });
  const temp = makeTempDir('renamed');
  const csatOf = async (account: string) => ((await env.emulator.control.triggers(account)) as Trigger[]).filter((t) => t.title === CSAT);

  afterAll(() => {
    temp.cleanup();
  });

  it('answers the renamed names: the definitions and the standard CSAT trigger use them', async () => {
    const defs = (await send(`${env.emulator.accountUrl('probe')}/api/v2/triggers/definitions`, { auth: TOKEN })).json().definitions;
    const byTitle = (title: string) => defs.conditions_all.find((d: { title: string }) => d.title === title);
    expect(byTitle('Status category').subject).toBe('ticket.status_category_x');
    expect(byTitle('Messaging session ended reason').values).toContainEqual({ value: 'agent_closed', title: 'Ended by agent', enabled: true });
    expect(byTitle('Channel').values).toContainEqual({ value: '90', title: 'Messaging', enabled: true });
    const [csat] = await csatOf('probe');
    expect(csat.conditions.all).toContainEqual({ field: 'ticket.status_category_x', operator: 'value', value: 'solved' });
    expect(csat.conditions.all).toContainEqual({ field: 'via_id', operator: 'is', value: '90' });
  });

  it('applies the HCL recipe of examples/hcl, then plans clean', async () => {
    const example = join(ROOT, 'examples', 'hcl');
    const ws = await env.workspace(Object.fromEntries(readdirSync(example).filter((f) => f.endsWith('.tf')).map((f) => [f, readFileSync(join(example, f), 'utf8')])), {
      TF_VAR_api_root: env.emulator.url,
      TF_VAR_oauth_client_id: 'emulator-client',
      TF_VAR_acme_oauth_client_secret: 'emulator-secret',
      TF_VAR_globex_oauth_client_secret: 'emulator-secret',
    });
    const [original] = await csatOf('acme');
    await ws.applyOrThrow();
    const [adopted, ...duplicates] = await csatOf('acme');
    expect(duplicates).toEqual([]);
    expect(adopted.id).toBe(original.id);
    expect(unordered(adopted.conditions.all)).toEqual(unordered(original.conditions.all.filter((c) => c.field !== 'ticket.status_category_x')));
    expect(unordered(adopted.conditions.any)).toEqual(unordered(RECIPE_ANY));
    expect((await ws.plan()).code).toBe(0);
  });

  it('applies the L2 MessagingSessionPolicy with csatOnSessionEnd, then plans clean', async () => {
    mkdirSync(join(temp.dir, 'node_modules'));
    symlinkSync(ROOT, join(temp.dir, 'node_modules', 'cdktf-zendesk-messaging'), 'dir');
    for (const dep of ['cdktf', 'constructs']) symlinkSync(join(ROOT, 'node_modules', dep), join(temp.dir, 'node_modules', dep), 'dir');
    writeFileSync(join(temp.dir, 'app.js'), POLICY_APP);
    const cdktfEnv = baseEnv({ TF_CLI_CONFIG_FILE: installProvider(join(temp.dir, 'mirror')).cliConfigPath });
    const synth = await run(process.execPath, ['app.js', join(temp.dir, 'out'), env.emulator.accountUrl('l2')], temp.dir, cdktfEnv);
    expect(synth.stderr).toBe('');
    const stack = join(temp.dir, 'out', 'stacks', 'policy');
    const terraform = (args: string[]) => run('terraform', [...args, '-no-color', '-input=false'], stack, cdktfEnv);
    expect((await terraform(['init'])).code).toBe(0);
    const apply = await terraform(['apply', '-auto-approve']);
    expect(apply.output).toContain('Apply complete! Resources: 1 imported, 1 added, 1 changed, 0 destroyed.');
    const [adopted] = await csatOf('l2');
    expect(unordered(adopted.conditions.any)).toEqual(unordered(RECIPE_ANY));
    expect(adopted.conditions.all.map((c) => c.field)).not.toContain('ticket.status_category_x');
    expect((await terraform(['plan', '-detailed-exitcode'])).code).toBe(0);
  }, 120_000);
});
