/**
 * `zendesk-messaging install-provider`, the built CLI and the real terraform, each case with HOME set to a temp dir
 * that holds the user's own ~/.terraformrc (a plugin cache and a credentials block): without flags the provider lands
 * where terraform finds it with no configuration and the user's CLI config stays in effect; with a provider_installation
 * block of theirs the command says what to add, and that works; --out says what it writes and what TF_CLI_CONFIG_FILE
 * leaves out, and that advice works.
 */
import { existsSync, mkdirSync, readdirSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { platform } from '../../src/cli/install-provider';
import { VERSION } from '../../src/version';
import { REQUIRED_PROVIDERS } from '../support/hcl';
import { makeTempDir } from '../support/temp';
import { baseEnv, run } from '../support/terraform';

const CLI = join(__dirname, '..', '..', 'bin', 'zendesk-messaging.js');
const PACKAGE_PATH = join('registry.terraform.io', 'zendesk-iac', 'zendesk', VERSION, platform());
const EXECUTABLE = `terraform-provider-zendesk_v${VERSION}`;
const TOKEN = 'user-token.atlasv1.never-printed';

const temp = makeTempDir('install-provider');
afterAll(() => temp.cleanup());

/** A home directory whose ~/.terraformrc has a plugin cache and credentials, plus `extra` lines. */
function userHome(name: string, extra = ''): { home: string; cache: string; env: NodeJS.ProcessEnv } {
  const home = join(temp.dir, name);
  const cache = join(home, 'plugin-cache');
  mkdirSync(cache, { recursive: true });
  writeFileSync(
    join(home, '.terraformrc'),
    `plugin_cache_dir = "$HOME/plugin-cache"\n\ncredentials "app.terraform.io" {\n  token = "${TOKEN}"\n}\n${extra}`,
  );
  return { home, cache, env: baseEnv({ HOME: home }) }; // baseEnv drops TF_CLI_CONFIG_FILE and every other TF_ variable
}

function freshWorkDir(home: string): string {
  const dir = join(home, 'work', String(readdirSafe(join(home, 'work')).length));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'main.tf'), REQUIRED_PROVIDERS);
  return dir;
}

function readdirSafe(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir) : [];
}

const installProvider = (env: NodeJS.ProcessEnv, args: string[] = []) => run(process.execPath, [CLI, 'install-provider', ...args], temp.dir, env);
const init = (dir: string, env: NodeJS.ProcessEnv) => run('terraform', ['init', '-no-color', '-input=false'], dir, env);

describe('install-provider', () => {
  it('with no flags installs into ~/.terraform.d/plugins, and terraform init then works with the user\'s own CLI config in effect', async () => {
    const user = userHome('plain');
    const installed = await installProvider(user.env);
    expect(installed.stderr).toBe('');
    expect(installed.code).toBe(0);
    const packageDir = join(user.home, '.terraform.d', 'plugins', PACKAGE_PATH);
    expect(existsSync(join(packageDir, EXECUTABLE))).toBe(true);
    expect(readdirSafe(join(user.home, '.terraform.d', 'plugins'))).toEqual(['registry.terraform.io']); // no CLI config written
    expect(installed.stdout).toContain(`${packageDir}/`);
    expect(installed.stdout).toContain('`terraform init` now finds it with no configuration: no TF_CLI_CONFIG_FILE');
    expect(installed.stdout).toContain(`Your own Terraform CLI config stays in effect (${join(user.home, '.terraformrc')})`);
    expect(installed.output).not.toContain(TOKEN);

    const dir = freshWorkDir(user.home);
    const result = await init(dir, user.env);
    expect(result.output).toContain(`Installed zendesk-iac/zendesk v${VERSION}`);
    expect(result.code).toBe(0);
    // The user's plugin_cache_dir was used: terraform put the package into it and linked the working directory to it.
    expect(existsSync(join(user.cache, PACKAGE_PATH, EXECUTABLE))).toBe(true);
    expect(realpathSync(join(dir, '.terraform', 'providers', PACKAGE_PATH))).toBe(realpathSync(join(user.cache, PACKAGE_PATH)));
  });

  it('says what to add when the user\'s CLI config has a provider_installation block, and what it says works', async () => {
    const companyMirror = (home: string) => `provider_installation {\n  filesystem_mirror {\n    path = ${JSON.stringify(join(home, 'company-mirror'))}\n  }\n}\n`;
    const user = userHome('explicit');
    writeFileSync(join(user.home, '.terraformrc'), `${companyMirror(user.home)}plugin_cache_dir = "$HOME/plugin-cache"\n`);
    mkdirSync(join(user.home, 'company-mirror'));

    const installed = await installProvider(user.env);
    expect(installed.code).toBe(0);
    expect(installed.stdout).toContain('terraform will not look there yet:');
    expect(installed.stdout).toContain(`${join(user.home, '.terraformrc')} has a provider_installation block, and with one terraform\nignores its local plugin directories.`);
    expect(installed.stdout).not.toContain('now finds it with no configuration');

    // As the message says: terraform does not find it as things stand ...
    const before = await init(freshWorkDir(user.home), user.env);
    expect(before.code).toBe(1);
    expect(before.output).toContain('Failed to query available provider packages');

    // ... and does once the method it prints is the block's first.
    const method = /^ {2}filesystem_mirror \{\n[\s\S]*?\n {2}\}$/m.exec(installed.stdout)![0];
    expect(method).toContain(JSON.stringify(join(user.home, '.terraform.d', 'plugins')));
    writeFileSync(join(user.home, '.terraformrc'), `${companyMirror(user.home).replace('provider_installation {\n', `provider_installation {\n${method}\n`)}plugin_cache_dir = "$HOME/plugin-cache"\n`);
    const after = await init(freshWorkDir(user.home), user.env);
    expect(after.output).toContain(`Installed zendesk-iac/zendesk v${VERSION}`);
    expect(after.code).toBe(0);
  });

  it('--out writes the mirror and a terraformrc into DIR, says so and what TF_CLI_CONFIG_FILE leaves out, and that advice works', async () => {
    const user = userHome('ci');
    const out = join(temp.dir, 'ci-mirror');
    const installed = await installProvider(user.env, ['--out', out]);
    expect(installed.stderr).toBe('');
    expect(installed.code).toBe(0);
    expect(existsSync(join(out, PACKAGE_PATH, EXECUTABLE))).toBe(true);
    expect(existsSync(join(user.home, '.terraform.d'))).toBe(false); // --out touches nothing in HOME
    expect(installed.stdout).toContain(`${join(out, PACKAGE_PATH)}/`);
    expect(installed.stdout).toContain(`  ${join(out, 'terraformrc')}\n    a Terraform CLI config`);
    expect(installed.stdout).toContain(`export TF_CLI_CONFIG_FILE=${join(out, 'terraformrc')}`);
    expect(installed.stdout).toContain('TF_CLI_CONFIG_FILE replaces your own CLI config');
    expect(installed.stdout).toContain(`plugin_cache_dir (${join(user.home, '.terraformrc')}): export TF_PLUGIN_CACHE_DIR=$HOME/plugin-cache`);
    expect(installed.stdout).toContain('credentials (' + join(user.home, '.terraformrc') + '): export TF_TOKEN_app_terraform_io=… with the same token');
    expect(installed.output).not.toContain(TOKEN);

    // With the config it wrote and the variable it names, terraform installs from DIR and keeps the user's cache.
    const dir = freshWorkDir(user.home);
    const result = await init(dir, { ...user.env, TF_CLI_CONFIG_FILE: join(out, 'terraformrc'), TF_PLUGIN_CACHE_DIR: user.cache });
    expect(result.code).toBe(0);
    expect(existsSync(join(user.cache, PACKAGE_PATH, EXECUTABLE))).toBe(true);
  });

  it('says which path it could not write and what to do, with no JavaScript error text', async () => {
    const user = userHome('blocked');
    writeFileSync(join(user.home, '.terraform.d'), 'a file where terraform keeps its directory\n');
    const installed = await installProvider(user.env);
    expect(installed.code).toBe(1);
    expect(installed.stderr).toBe(
      `zendesk-messaging: could not write ${join(user.home, '.terraform.d', 'plugins', PACKAGE_PATH)} (ENOTDIR). Check that the directory can be ` +
        'written by you, or install elsewhere with `zendesk-messaging install-provider --out DIR`.\n',
    );
  });

  it('with TF_CLI_CONFIG_FILE still pointing at an --out config, says to unset it', async () => {
    const user = userHome('migrating');
    const out = join(temp.dir, 'old-mirror');
    expect((await installProvider(user.env, ['--out', out])).code).toBe(0);
    const installed = await installProvider({ ...user.env, TF_CLI_CONFIG_FILE: join(out, 'terraformrc') });
    expect(installed.code).toBe(0);
    expect(installed.stdout).toContain(`TF_CLI_CONFIG_FILE=${join(out, 'terraformrc')} is a config \`install-provider --out\` wrote`);
    expect(installed.stdout).toContain('  unset TF_CLI_CONFIG_FILE');
  });
});
