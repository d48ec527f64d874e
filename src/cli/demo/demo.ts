import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../../emulator';
// The title of the CSAT trigger the emulator seeds in every account, which the example app adopts.
import { MESSAGING_CSAT_TITLE as MESSAGING_CSAT_TRIGGER_TITLE } from '../../emulator/triggers/defaults';
import { defaultAttributionSince } from '../commands/drift';
import { checkDirectory } from '../drift/check';
import { renderText } from '../drift/render';
import { exitCodeFor } from '../drift/summary';
import { installProvider } from '../install-provider';
import { describeChange } from '../report/describe';
import { packageRoot } from '../package-root';
import { type ProviderHost, startProviderHost } from '../provider-host';
import { renderPlanSummary } from '../plan-summary/render';
import { Narrator } from './narrator';
import { markdownForTerminal } from './terminal-text';
import { expectCode, runCommand } from './run';

/** The admin who changes a setting in Admin Center (the emulator's control API records them in the audit log). */
const DEMO_ADMIN = { name: 'Dana Admin', email: 'dana@acme.example' };

/**
 * The main job, against the local emulator: the example CDKTF app
 * (examples/cdktf-app: two Zendesk accounts, the MessagingSessionPolicy L2 with
 * the CSAT recipe) synthesized with the real cdktf CLI, reviewed as a pull
 * request would show it, deployed, drifted by an admin, detected, healed.
 * Loopback only, no manual steps.
 */
export async function runDemo(): Promise<void> {
  const say = new Narrator(9);
  const root = packageRoot();
  const app = join(root, 'examples', 'cdktf-app');
  const work = mkdtempSync(join(tmpdir(), 'zendesk-messaging-demo-'));
  const emulator = await startEmulator({ port: 0, dataDir: join(work, 'emulator-data') });
  let host: ProviderHost | undefined;
  try {
    say.begin('Start the Zendesk admin API emulator');
    say.detail(`${emulator.url} — accounts "acme" and "globex" at ${emulator.accountUrl('acme')} and ${emulator.accountUrl('globex')}`);
    const before = await emulator.control.settings('acme');
    say.detail(
      `a new account's defaults: agents can end sessions = ${before.messaging.messaging_end_session}, ` +
        `agent-ended sessions routed as email = ${before.routing.transform_to_email_enabled}`,
    );

    say.begin('Install the Terraform provider from a local filesystem mirror');
    const installed = installProvider(join(work, 'mirror'));
    say.detail(`zendesk-iac/zendesk ${installed.version} → ${installed.mirrorDir}\nTF_CLI_CONFIG_FILE=${installed.cliConfigPath}`);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      TF_CLI_CONFIG_FILE: installed.cliConfigPath,
      CHECKPOINT_DISABLE: '1',
      TF_IN_AUTOMATION: '1',
      CI: '1', // cdktf prints plain lines instead of redrawing spinners
      ZENDESK_API_ROOT: emulator.url,
      ZENDESK_OAUTH_CLIENT_ID: 'emulator-client',
      TF_VAR_acme_oauth_client_secret: 'emulator-secret',
      TF_VAR_globex_oauth_client_secret: 'emulator-secret',
      MESSAGING_STATE_DIR: work,
    };
    // One warm provider for every terraform run below, as `zendesk-messaging exec` gives it (init runs without it,
    // so the lock file records the provider).
    host = await startProviderHost(env);
    const warm = { ...env, ...host.env };
    say.detail(`one provider host (pid ${host.pid}) serves every terraform run below (TF_REATTACH_PROVIDERS, as zendesk-messaging exec does)`);
    const out = join(work, 'cdktf.out');
    const stack = join(out, 'stacks', 'messaging');
    const cdktf = (args: string[]) => runCommand(process.execPath, [join(root, 'node_modules', 'cdktf-cli', 'bundle', 'bin', 'cdktf'), ...args, '--output', out], app, warm);
    const terraform = (args: string[], runEnv = warm) => runCommand('terraform', [...args, '-no-color'], stack, runEnv);

    say.begin('Synthesize the example CDKTF app (cdktf synth)');
    expectCode(await cdktf(['synth']), [0], 'cdktf synth');
    say.detail(`examples/cdktf-app → ${stack}/cdk.tf.json: two aliased providers, two MessagingSessionPolicy constructs`);

    say.begin('Review the change as a pull request would (terraform plan + zendesk-messaging plan-summary)');
    expectCode(await terraform(['init', '-input=false'], env), [0], 'terraform init');
    expectCode(await terraform(['plan', '-input=false', '-out=pr.tfplan']), [0], 'terraform plan');
    const shown = expectCode(await runCommand('terraform', ['show', '-json', 'pr.tfplan'], stack, warm), [0], 'terraform show');
    say.detail(markdownForTerminal(renderPlanSummary(JSON.parse(shown.output), { marker: false })));

    say.begin('Deploy through the Zendesk admin API (cdktf deploy)');
    await emulator.control.resetRequests();
    expectCode(await cdktf(['deploy', '--auto-approve', '--skip-synth', '--skip-provider-lock']), [0], 'cdktf deploy');
    const calls = await emulator.control.callsByRoute();
    say.detail(`API calls: ${Object.entries(calls).map(([k, v]) => `${v}× ${k}`).join(', ')}`);
    const acme = await emulator.control.settings('acme');
    const csat = (await emulator.control.triggers('acme')).filter((t) => t.title === MESSAGING_CSAT_TRIGGER_TITLE) as { conditions: { any: unknown[] } }[];
    say.detail(
      `acme now: agents can end sessions = ${acme.messaging.messaging_end_session}, routed as email = ${acme.routing.transform_to_email_enabled}, ` +
        `auto-release after ${(acme.messaging_inactivity as { timeout: number }).timeout} minutes\n` +
        `acme's "${MESSAGING_CSAT_TRIGGER_TITLE}" trigger: ${csat.length} (adopted, not duplicated), ANY conditions: ${csat[0]?.conditions.any.length}`,
    );
    expectCode(await terraform(['plan', '-input=false', '-detailed-exitcode']), [0], 'the no-op plan');
    say.detail('a second plan shows no changes (exit code 0)');

    say.begin('An admin changes settings in Admin Center (out of band)');
    await emulator.control.changeSettings('acme', { routing: { transform_to_email_enabled: false } }, DEMO_ADMIN);
    say.detail(`acme: ${DEMO_ADMIN.name} switched "Route agent-ended messaging sessions as email tickets" off`);

    say.begin('Nightly drift check (zendesk-messaging drift)');
    // Who made the drift comes from the account's audit log, as `zendesk-messaging drift` looks it up by default.
    const drift = await checkDirectory(stack, env, { reattach: host.env, attributionSince: defaultAttributionSince() });
    if (drift.status !== 'drift') throw new Error(`expected drift, got ${drift.status}: ${drift.error ?? ''}`);
    say.detail(renderText([drift]));
    say.detail(`exit code ${exitCodeFor([drift])}: drift (0 = in sync, 1 = a check failed), what a nightly job alerts on`);

    say.begin('Heal the drift (cdktf deploy)');
    await emulator.control.resetRequests();
    expectCode(await cdktf(['deploy', '--auto-approve', '--skip-synth', '--skip-provider-lock']), [0], 'healing deploy');
    const writes = Object.entries(await emulator.control.callsByRoute()).filter(([route]) => !route.startsWith('GET') && !route.includes('/oauth/'));
    for (const resource of drift.drifted) {
      for (const a of resource.attributes) {
        // The drift read backwards (found → configured), in the reports' own words: what the deploy wrote.
        const healed = describeChange(resource.type, { path: a.path, before: a.after, after: a.before, sensitive: a.sensitive, unknown: false });
        say.detail(`${healed} again (the configuration's value)`);
      }
    }
    say.detail(`API writes: ${writes.map(([route, n]) => `${n}× ${route}`).join(', ') || 'none'}; acme: routed as email = ${(await emulator.control.settings('acme')).routing.transform_to_email_enabled}`);

    say.begin('Check again');
    const after = await checkDirectory(stack, env, { reattach: host.env });
    if (after.status !== 'in_sync') throw new Error(`expected in sync, got ${after.status}: ${after.error ?? renderText([after])}`);
    say.detail(renderText([after]));
    say.finish('in sync');
  } finally {
    await host?.stop();
    await emulator.close();
    rmSync(work, { recursive: true, force: true });
  }
}
