/**
 * When terraform cannot install zendesk-iac/zendesk (it is on no public registry), `exec` and `plan-summary` say how
 * to fix it, as `drift` does (drift.test.ts): the built CLI and the real terraform, on workspaces whose CLI config has
 * no mirror for the provider. The hint's wording per terraform error is also checked here, on the output terraform
 * printed, not on copies of it.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installHint } from '../../src/cli/terraform-exec';
import { EMULATOR_OAUTH_ENV, emulatorWithWorkspaces } from '../support/emulator-workspaces';
import { REQUIRED_PROVIDERS, providerBlock, settingsResource } from '../support/hcl';
import { run } from '../support/terraform';

const CLI = join(__dirname, '..', '..', 'bin', 'zendesk-messaging.js');

describe('install hints of exec and plan-summary', () => {
  const env = emulatorWithWorkspaces();
  const config = () => REQUIRED_PROVIDERS + providerBlock({ baseUrl: env.emulator.accountUrl('hints') }) + settingsResource('this', ['agents_can_end_sessions = true']);
  /** A CLI config whose only installation method is an empty mirror: what a runner without install-provider has. */
  const withoutMirror = (dir: string) => {
    const file = join(dir, 'no-mirror.tfrc');
    writeFileSync(file, `provider_installation {\n  filesystem_mirror {\n    path = ${JSON.stringify(join(dir, 'no-mirror'))}\n  }\n}\n`);
    return file;
  };

  it('exec: a command that fails to install the provider gets the fix after its own output; other failures get none', async () => {
    const ws = env.uninitialisedWorkspace({ 'main.tf': config() });
    const cliConfig = withoutMirror(ws.dir);
    const exec = (args: string[]) => run(process.execPath, [CLI, 'exec', '--', ...args], ws.dir, { ...ws.env, TF_CLI_CONFIG_FILE: cliConfig });

    // The runs under exec are reattached and install nothing, but `providers lock` asks the registry whatever happens.
    const lock = await exec(['terraform', 'providers', 'lock', '-no-color']);
    expect(lock.code).toBe(1);
    expect(lock.stderr).toContain('Error: Could not retrieve providers for locking');
    const hint = 'zendesk-messaging exec: Hint: `terraform providers lock` and `terraform providers mirror` fetch zendesk-iac/zendesk from its origin registry';
    expect(lock.stderr.indexOf(hint)).toBeGreaterThan(lock.stderr.indexOf('Error: Could not retrieve providers for locking'));
    expect(lock.stderr).toContain('`terraform providers lock -fs-mirror=DIR`');
    expect(installHint(lock.stderr)).toBe(lock.stderr.trimEnd().split('\n').at(-1)!.replace('zendesk-messaging exec: ', ''));

    // The fix it gives works: locking from the mirror install-provider writes.
    const locked = await exec(['terraform', 'providers', 'lock', '-no-color', `-fs-mirror=${ws.mirrorDir}`]);
    expect(locked.stderr).toBe('');
    expect(locked.code).toBe(0);

    const other = await exec(['sh', '-c', 'echo "Error: Failed to install provider example/other" >&2; exit 3']);
    expect(other).toMatchObject({ code: 3, stderr: 'Error: Failed to install provider example/other\n' }); // passed on as it was, no hint
  });

  it('plan-summary --no-host: a plan from a directory without the provider installed gets the fix; with its host it needs none', async () => {
    const ws = await env.workspace({ 'main.tf': config() });
    const plan = await ws.plan(['-out=tfplan']);
    expect(plan.code).toBe(2);
    // Another job's checkout: the saved plan and the lock file, no .terraform, no mirror.
    rmSync(join(ws.dir, '.terraform'), { recursive: true });
    const summary = (args: string[]) =>
      run(process.execPath, [CLI, 'plan-summary', '--dir', ws.dir, '--plan-file', 'tfplan', ...args], ws.dir, { ...ws.env, ...EMULATOR_OAUTH_ENV, TF_CLI_CONFIG_FILE: withoutMirror(ws.dir) });

    const failed = await summary(['--no-host']);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain(`terraform show -json tfplan failed in ${ws.dir}:`);
    expect(failed.stderr).toContain('there is no package for registry.terraform.io/zendesk-iac/zendesk');
    expect(failed.stderr).toContain(
      'Hint: The zendesk-iac/zendesk provider is not installed in this working directory (nothing in .terraform/providers). Run `npx zendesk-messaging install-provider`',
    );
    expect(failed.stderr).toContain("Or leave out --no-host: plan-summary's provider host needs no provider installed.");

    const hosted = await summary([]);
    expect(hosted.stderr).toBe('');
    expect(hosted.stdout).toContain('**1 to create**');
    expect(hosted.code).toBe(0);
  });
});
