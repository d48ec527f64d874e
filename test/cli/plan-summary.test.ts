/** zendesk-messaging plan-summary renders saved plans of the real terraform as the Markdown of a PR comment. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulator, type EmulatorHandle } from '../../src/emulator';
import { TerraformWorkspace, run } from '../support/terraform';
import { REQUIRED_PROVIDERS, providerBlock, settingsResource } from '../support/hcl';

const CLI = join(__dirname, '..', '..', 'bin', 'zendesk-messaging.js');

describe('zendesk-messaging plan-summary', () => {
  let emulator: EmulatorHandle;
  let ws: TerraformWorkspace;

  const config = (body: string[]) =>
    REQUIRED_PROVIDERS +
    providerBlock({ alias: 'acme', baseUrl: emulator.accountUrl('acme'), extra: ['oauth_client_id = "emulator-client"'] }) +
    settingsResource('acme', ['provider = zendesk.acme', ...body]);

  async function summary(planArgs: string[] = []): Promise<string> {
    const plan = await ws.terraform(['plan', '-no-color', '-out=tfplan', ...planArgs]);
    expect(plan.code).toBe(0);
    const shown = await ws.terraform(['show', '-json', 'tfplan']);
    writeFileSync(join(ws.dir, 'plan.json'), shown.stdout);
    const fromFile = await run(process.execPath, [CLI, 'plan-summary', '--plan', 'plan.json'], ws.dir, ws.env);
    const fromDir = await run(process.execPath, [CLI, 'plan-summary', '--dir', ws.dir, '--plan-file', 'tfplan'], ws.dir, ws.env);
    expect(fromFile.code).toBe(0);
    expect(fromDir.stdout).toBe(fromFile.stdout);
    return fromFile.stdout;
  }

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
    ws = new TerraformWorkspace({ env: { ZENDESK_OAUTH_CLIENT_SECRET: 'emulator-secret' } });
    ws.write({ 'main.tf': config(['agents_can_end_sessions = true', 'inactivity = { timeout = 7 }']) });
    await ws.init();
  });
  afterAll(async () => {
    ws?.cleanup();
    await emulator?.close();
  });

  it('describes a create per account, only with the settings it manages', async () => {
    const md = await summary();
    expect(md).toContain('**1 to create**');
    expect(md).toContain(`### Account acme (${emulator.accountUrl('acme')})`);
    expect(md).toContain('- **Messaging settings** (`zendesk_messaging_settings.acme`): create');
    expect(md).toContain('  - Agents can end messaging sessions: on');
    expect(md).toContain('  - Auto-release after inactivity: 7 minutes');
    expect(md).not.toContain('routed as');
  });

  it('describes an update in words', async () => {
    await ws.applyOrThrow();
    ws.write({ 'main.tf': config(['agents_can_end_sessions = false', 'inactivity = { timeout = 7 }']) });
    const md = await summary();
    expect(md).toContain('**1 to update**');
    expect(md).toContain('  - Agents can end messaging sessions: on → off');
  });

  it('says what destroying a singleton does', async () => {
    const md = await summary(['-destroy']);
    expect(md).toContain('**1 to destroy**');
    expect(md).toContain('Destroying it: Zendesk keeps the settings as they are; Terraform stops managing them.');
  });

  it('says when there is nothing to do', async () => {
    ws.write({ 'main.tf': config(['agents_can_end_sessions = true', 'inactivity = { timeout = 7 }']) });
    expect(await summary()).toContain('No changes: Zendesk already matches this configuration.');
  });

  it('explains how to call it', async () => {
    const bad = await run(process.execPath, [CLI, 'plan-summary'], ws.dir, ws.env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('give --plan FILE');
  });
});
