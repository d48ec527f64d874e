import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../../emulator';
import { installProvider } from '../install-provider';
import { Narrator } from './narrator';
import { expectCode, runCommand } from './run';

const ACCOUNT = 'acme';

const CONFIG = (baseUrl: string) => `terraform {
  required_providers {
    zendesk = {
      source = "zendesk-iac/zendesk"
    }
  }
}

provider "zendesk" {
  base_url        = "${baseUrl}"
  oauth_client_id = "emulator-client" # the secret comes from ZENDESK_OAUTH_CLIENT_SECRET
}

resource "zendesk_messaging_settings" "acme" {
  agents_can_end_sessions     = true
  agent_ended_session_routing = "email"

  inactivity = {
    enabled = true
    timeout = 10
  }
}
`;

/** Lines of terraform's plan output a reviewer reads. */
const planLines = (line: string) => /^\s*[~+-] |^\s+\w+\s+=|Plan:|No changes|will be|must be|has changed|Note:|Apply complete/.test(line);

/**
 * The main job, against the local emulator: everything a platform team does
 * with the product, on loopback only, in well under a minute.
 */
export async function runDemo(): Promise<void> {
  const say = new Narrator(8);
  const work = mkdtempSync(join(tmpdir(), 'zendesk-messaging-demo-'));
  const emulator = await startEmulator({ port: 0, dataDir: join(work, 'emulator-data') });
  try {
    say.begin('Start the Zendesk admin API emulator');
    say.detail(`${emulator.url} — account "${ACCOUNT}" has its API root at ${emulator.accountUrl(ACCOUNT)}`);
    const before = await emulator.control.settings(ACCOUNT);
    say.detail(
      `a new account's defaults: agents can end sessions = ${before.messaging.messaging_end_session}, ` +
        `agent-ended sessions routed as email = ${before.routing.transform_to_email_enabled}, ` +
        `auto-release after ${(before.messaging_inactivity as { timeout: number }).timeout} minutes`,
    );

    say.begin('Install the Terraform provider from a local filesystem mirror');
    const installed = installProvider(join(work, 'mirror'));
    say.detail(`zendesk-iac/zendesk ${installed.version} → ${installed.mirrorDir}\nTF_CLI_CONFIG_FILE=${installed.cliConfigPath}`);
    const dir = join(work, 'workspace');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      TF_CLI_CONFIG_FILE: installed.cliConfigPath,
      CHECKPOINT_DISABLE: '1',
      TF_IN_AUTOMATION: '1',
      ZENDESK_OAUTH_CLIENT_SECRET: 'emulator-secret',
    };
    const terraform = (args: string[]) => runCommand('terraform', [...args, '-no-color'], dir, env);
    (await import('node:fs')).mkdirSync(dir);
    writeFileSync(join(dir, 'main.tf'), CONFIG(emulator.accountUrl(ACCOUNT)));
    expectCode(await terraform(['init', '-input=false']), [0], 'terraform init');

    say.begin('Review the change (terraform plan)');
    say.excerpt(expectCode(await terraform(['plan', '-input=false', '-detailed-exitcode']), [2], 'terraform plan').output, planLines);

    say.begin('Apply it through the Zendesk admin API');
    await emulator.control.resetRequests();
    expectCode(await terraform(['apply', '-input=false', '-auto-approve']), [0], 'terraform apply');
    const calls = await emulator.control.callsByRoute();
    say.detail(`API calls: ${Object.entries(calls).map(([k, v]) => `${v}× ${k}`).join(', ')}`);
    const applied = await emulator.control.settings(ACCOUNT);
    say.detail(
      `Zendesk now says: agents can end sessions = ${applied.messaging.messaging_end_session}, routed as email = ` +
        `${applied.routing.transform_to_email_enabled}, auto-release after ${(applied.messaging_inactivity as { timeout: number }).timeout} minutes`,
    );
    expectCode(await terraform(['plan', '-input=false', '-detailed-exitcode']), [0], 'the no-op plan');
    say.detail('a second plan shows no changes (exit code 0)');

    say.begin('An admin changes a setting in Admin Center (out of band)');
    await emulator.control.changeSettings(ACCOUNT, { routing: { transform_to_email_enabled: false } });
    say.detail('Route agent-ended messaging sessions as email tickets: on → off');

    say.begin('Nightly drift check (terraform plan -detailed-exitcode)');
    const drift = expectCode(await terraform(['plan', '-input=false', '-detailed-exitcode']), [2], 'drift check');
    say.excerpt(drift.output, (l) => /agent_ended_session_routing|Objects have changed|Plan:/.test(l));
    say.detail('drift detected (exit code 2)');

    say.begin('Heal the drift (terraform apply)');
    say.excerpt(expectCode(await terraform(['apply', '-input=false', '-auto-approve']), [0], 'healing apply').output, (l) =>
      /agent_ended_session_routing|Apply complete/.test(l),
    );

    say.begin('Check again');
    expectCode(await terraform(['plan', '-input=false', '-detailed-exitcode']), [0], 'final drift check');
    say.detail('in sync: Zendesk matches the configuration');
    say.finish('in sync');
  } finally {
    await emulator.close();
    rmSync(work, { recursive: true, force: true });
  }
}
