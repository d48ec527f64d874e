/** Which CLI config files install-provider reads as terraform would, and what it takes from them. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { implicitMirrorDir } from '../../src/cli/install-provider';
import { readUserCliConfig, scanCliConfig } from '../../src/cli/user-cli-config';
import { makeTempDir } from '../support/temp';

describe('scanCliConfig', () => {
  it('finds the settings in HCL, with the plugin cache as written and the credentials hosts but no token', () => {
    const scanned = scanCliConfig(
      'rc',
      'plugin_cache_dir = "$HOME/.terraform.d/plugin-cache"\ncredentials "app.terraform.io" {\n  token = "secret"\n}\n' +
        'credentials "tfe.example-corp.com" { token = "other" }\nprovider_installation {\n  direct {}\n}\n',
    );
    expect(scanned).toEqual({
      path: 'rc',
      providerInstallation: true,
      pluginCacheDir: '$HOME/.terraform.d/plugin-cache',
      credentials: true,
      credentialsHosts: ['app.terraform.io', 'tfe.example-corp.com'],
      credentialsHelper: false,
      writtenByInstallProvider: false,
    });
    expect(JSON.stringify(scanned)).not.toContain('secret');
  });

  it('takes no commented-out setting for one (#, // and /* */), nor a word inside a string', () => {
    const scanned = scanCliConfig(
      'rc',
      '# provider_installation {\n// plugin_cache_dir = "/x"\n/* credentials "a.b" {\n} */\ndisable_checkpoint = true # "provider_installation {"\n' +
        'host "example.com" { services = { "provider_installation {" = "x" } }\n',
    );
    expect(scanned).toMatchObject({ providerInstallation: false, pluginCacheDir: undefined, credentials: false, credentialsHosts: [] });
  });

  it('reads the JSON spelling', () => {
    const scanned = scanCliConfig('rc.tfrc.json', '{"plugin_cache_dir": "/cache", "credentials": {"app.terraform.io": {"token": "t"}}, "provider_installation": {"direct": [{}]}}');
    expect(scanned).toMatchObject({ providerInstallation: true, pluginCacheDir: '/cache', credentials: true, credentialsHelper: false });
  });
});

describe('readUserCliConfig', () => {
  const temp = makeTempDir('user-cli-config');
  afterAll(() => temp.cleanup());
  const home = join(temp.dir, 'home');
  mkdirSync(join(home, '.terraform.d'), { recursive: true });
  writeFileSync(join(home, '.terraformrc'), 'plugin_cache_dir = "/cache"\n');
  writeFileSync(join(home, '.terraform.d', 'mirror.tfrc'), 'provider_installation {\n  direct {}\n}\n');
  writeFileSync(join(home, '.terraform.d', 'notes.txt'), 'provider_installation {}\n');

  it('reads ~/.terraformrc and ~/.terraform.d/*.tfrc under HOME', () => {
    const config = readUserCliConfig({ HOME: home }, 'linux');
    expect(config.override).toBeUndefined();
    expect(config.files.map((f) => [f.path, f.providerInstallation])).toEqual([
      [join(home, '.terraformrc'), false],
      [join(home, '.terraform.d', 'mirror.tfrc'), true],
    ]);
  });

  it('reads only the file TF_CLI_CONFIG_FILE names when it is set, as terraform does', () => {
    const own = join(temp.dir, 'ci.tfrc');
    writeFileSync(own, 'disable_checkpoint = true\n');
    const config = readUserCliConfig({ HOME: home, TF_CLI_CONFIG_FILE: own }, 'linux');
    expect(config.override).toEqual({ variable: 'TF_CLI_CONFIG_FILE', path: own });
    expect(config.files.map((f) => f.path)).toEqual([own]);
  });
});

describe('implicitMirrorDir', () => {
  it('is terraform.d/plugins under HOME, and under APPDATA on Windows', () => {
    expect(implicitMirrorDir({ HOME: '/home/dev' }, 'linux')).toBe(join('/home/dev', '.terraform.d', 'plugins'));
    expect(implicitMirrorDir({ HOME: '/Users/dev' }, 'darwin')).toBe(join('/Users/dev', '.terraform.d', 'plugins'));
    expect(implicitMirrorDir({ APPDATA: 'C:/Users/dev/AppData/Roaming' }, 'win32')).toBe(join('C:/Users/dev/AppData/Roaming', 'terraform.d', 'plugins'));
  });
});
