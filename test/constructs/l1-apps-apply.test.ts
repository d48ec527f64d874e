/**
 * What a newcomer does: a small app with the L1 classes, on cdktf 0.21 and on
 * its fork cdktn 0.24, synthesized, then `terraform init` and `apply` against
 * the emulator with the provider installed from our mirror, and a clean plan.
 * The consumer project links the package as `npm install` would.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulator, type EmulatorHandle } from '../../src/emulator';
import { installProvider } from '../../src/cli/install-provider';
import { baseEnv, run } from '../support/terraform';
import { makeTempDir } from '../support/temp';

const ROOT = join(__dirname, '..', '..');

const APP = `
const [framework, outdir, apiRoot] = process.argv.slice(2);
const core = require(framework);
const lib = require(framework === 'cdktn' ? 'cdktf-zendesk-messaging/cdktn' : 'cdktf-zendesk-messaging');
const app = new core.App({ outdir });
const stack = new core.TerraformStack(app, 'l1');
const provider = new lib.ZendeskProvider(stack, 'zendesk', { baseUrl: apiRoot + '/' + framework, oauthClientId: 'emulator-client', oauthClientSecret: 'emulator-secret' });
new lib.MessagingSettings(stack, 'settings', {
  agentsCanEndSessions: true,
  agentEndedSessionRouting: 'email',
  inactivity: { enabled: true, timeout: 8, reminders: [{ message: 'Still there?' }, { message: 'Closing', timeoutSeconds: 240 }] },
});
new lib.Trigger(stack, 'tag', {
  title: 'Tag agent-ended sessions (' + framework + ')',
  conditions: { all: [{ fieldTitle: 'Messaging session ended reason', operator: 'value', valueTitle: 'Ended by agent' }] },
  actions: [{ field: 'current_tags', value: 'agent_ended' }],
});
const current = new lib.DataZendeskMessagingSettings(stack, 'current', { dependsOn: [stack.node.findChild('settings')] });
new core.TerraformOutput(stack, 'omnichannel', { value: current.omnichannelRoutingEnabled });
app.synth();
`;

describe.each(['cdktf', 'cdktn'] as const)('an L1 app on %s', (framework) => {
  let emulator: EmulatorHandle;
  const temp = makeTempDir(`l1-${framework}`);
  const stack = join(temp.dir, 'out', 'stacks', 'l1');
  let env: NodeJS.ProcessEnv;
  const terraform = (args: string[]) => run('terraform', [...args, '-no-color'], stack, env);

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
    mkdirSync(join(temp.dir, 'node_modules'));
    symlinkSync(ROOT, join(temp.dir, 'node_modules', 'cdktf-zendesk-messaging'), 'dir');
    for (const dep of ['cdktf', 'cdktn', 'constructs']) symlinkSync(join(ROOT, 'node_modules', dep), join(temp.dir, 'node_modules', dep), 'dir');
    writeFileSync(join(temp.dir, 'app.js'), APP);
    env = baseEnv({ TF_CLI_CONFIG_FILE: installProvider(join(temp.dir, 'mirror')).cliConfigPath });
  });
  afterAll(async () => {
    await emulator?.close();
    temp.cleanup();
  });

  it('synthesizes, applies against the emulator, and then plans no changes', async () => {
    const synth = await run(process.execPath, ['app.js', framework, join(temp.dir, 'out'), emulator.url], temp.dir, env);
    expect(synth.stderr).toBe('');
    expect((await terraform(['init', '-input=false'])).code).toBe(0);
    const apply = await terraform(['apply', '-auto-approve', '-input=false']);
    expect(apply.output).toContain('Apply complete! Resources: 2 added, 0 changed, 0 destroyed.');
    expect(apply.stdout).toContain('omnichannel = true');
    const settings = await emulator.control.settings(framework);
    expect(settings.routing.transform_to_email_enabled).toBe(true);
    expect((settings.messaging_inactivity as { timeout: number }).timeout).toBe(8);
    const triggers = await emulator.control.triggers(framework);
    expect(triggers.some((t) => t.title === `Tag agent-ended sessions (${framework})`)).toBe(true);
    expect((await terraform(['plan', '-detailed-exitcode', '-input=false'])).code).toBe(0);
  }, 120_000);
});
