import { PROVIDER_ADDRESS, PROVIDER_SOURCE } from '../provider/address';
import type { InstalledPackage, InstalledProvider } from './install-provider';
import type { CliConfigFile, UserCliConfig } from './user-cli-config';

/**
 * What `install-provider` tells the user: what it wrote, and whether terraform will find it as things stand. The
 * facts about which CLI config terraform reads are in docs/design/terraform-install.md.
 */

export function implicitInstallReport(installed: InstalledPackage, config: UserCliConfig): string {
  const lines = [...written(installed, `terraform's local plugin directory ${installed.mirrorDir}`), ''];
  const steps = stepsStillNeeded(installed, config);
  if (steps.length === 0) {
    const own = config.override ? [`${config.override.variable}=${config.override.path}`] : config.files.map((f) => f.path);
    lines.push(
      '`terraform init` now finds it with no configuration: no TF_CLI_CONFIG_FILE, no provider_installation block.',
      own.length > 0 ? `Your own Terraform CLI config stays in effect (${own.join(', ')}).` : 'A CLI config of your own (~/.terraformrc) applies as usual.',
    );
  } else {
    lines.push('terraform will not look there yet:', '', ...steps);
  }
  return `${lines.join('\n')}\n`;
}

export function outInstallReport(installed: InstalledProvider, config: UserCliConfig): string {
  const lines = [
    ...written(installed, `the filesystem mirror ${installed.mirrorDir}`),
    `  ${installed.cliConfigPath}`,
    `    a Terraform CLI config: ${PROVIDER_SOURCE} from this mirror, every other provider from its registry`,
    '',
    'Point terraform (and cdktf) at it, then run terraform init:',
    `  export TF_CLI_CONFIG_FILE=${installed.cliConfigPath}`,
    '',
    'TF_CLI_CONFIG_FILE replaces your own CLI config: terraform then reads neither ~/.terraformrc nor ~/.terraform.d/*.tfrc.',
    ...settingsThatWillNotApply(config.files.filter((f) => !f.writtenByInstallProvider), installed.cliConfigPath),
    'On your own machine, `zendesk-messaging install-provider` without --out needs no TF_CLI_CONFIG_FILE at all.',
  ];
  return `${lines.join('\n')}\n`;
}

function written(installed: InstalledPackage, where: string): string[] {
  return [
    `Installed ${PROVIDER_SOURCE} ${installed.version} into ${where}:`,
    `  ${installed.packageDir}${installed.packageDir.endsWith('/') ? '' : '/'}`,
    `    ${installed.files.join(', ')}`,
  ];
}

/** What stands between this install and a `terraform init` that finds it; empty when nothing does. */
function stepsStillNeeded(installed: InstalledPackage, config: UserCliConfig): string[] {
  const ours = config.override && config.files.find((f) => f.writtenByInstallProvider);
  if (config.override && ours) {
    return [
      `${config.override.variable}=${config.override.path} is a config \`install-provider --out\` wrote: terraform installs the`,
      'provider from that mirror, not from here, and reads none of your own CLI config. Unset it (and remove its export from',
      'your shell profile), then run terraform init:',
      `  unset ${config.override.variable}`,
    ];
  }
  const explicit = config.files.filter((f) => f.providerInstallation);
  if (explicit.length === 0) return [];
  return [
    `${explicit.map((f) => f.path).join(' and ')} ${explicit.length === 1 ? 'has' : 'have'} a provider_installation block, and with one terraform`,
    'ignores its local plugin directories. Add this method first inside that block:',
    '',
    '  filesystem_mirror {',
    `    path    = ${JSON.stringify(installed.mirrorDir)}`,
    `    include = ["${PROVIDER_ADDRESS}"]`,
    '  }',
    '',
    `and add "${PROVIDER_ADDRESS}" to the exclude list of its direct or network_mirror methods, so no`,
    'registry is asked for it. Then run terraform init.',
  ];
}

/** The user's plugin cache and credentials, which a TF_CLI_CONFIG_FILE of ours leaves out, and how to keep them. */
function settingsThatWillNotApply(files: CliConfigFile[], cliConfigPath: string): string[] {
  const cache = files.find((f) => f.pluginCacheDir !== undefined);
  const withCredentials = files.filter((f) => f.credentials || f.credentialsHelper);
  if (!cache && withCredentials.length === 0) {
    return ['A plugin cache or credentials you need there: add them to that file, or set TF_PLUGIN_CACHE_DIR and TF_TOKEN_<host>.'];
  }
  const lines = ['These settings of yours will not apply under it; the environment variables carry them whatever config is in effect:'];
  if (cache) lines.push(`  plugin_cache_dir (${cache.path}): export TF_PLUGIN_CACHE_DIR=${cache.pluginCacheDir}`);
  for (const file of withCredentials) {
    if (file.credentials) {
      const variables = file.credentialsHosts.length > 0 ? file.credentialsHosts.map((host) => `TF_TOKEN_${tokenVariableHost(host)}=…`) : ['TF_TOKEN_<host>=…'];
      lines.push(`  credentials (${file.path}): export ${variables.join(' ')} with the same token`);
    }
    if (file.credentialsHelper) lines.push(`  credentials_helper (${file.path}): no variable carries it; copy the block`);
  }
  lines.push(`Or copy those blocks into ${cliConfigPath} (install-provider copies none: credentials hold secrets).`);
  return lines;
}

/** TF_TOKEN_ variable names spell a host's dots as `_` and its hyphens as `__`. */
function tokenVariableHost(host: string): string {
  return host.replace(/-/g, '__').replace(/\./g, '_');
}
