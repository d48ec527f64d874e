import { accessSync, constants, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * What `install-provider` needs to know of the Terraform CLI configuration the user already has: the files terraform
 * 1.11 reads, and which of the settings that matter to an install they hold. Which files, in which order, is written
 * down in docs/design/terraform-install.md. Only the presence of a setting is read (and the plugin cache's path and the
 * credentials' host names, which are no secrets), never a token.
 */

export interface CliConfigFile {
  path: string;
  /** An explicit `provider_installation` block: terraform then ignores the implicit local mirror directories. */
  providerInstallation: boolean;
  /** `plugin_cache_dir`'s value as written (before terraform expands `$HOME` and the like). */
  pluginCacheDir?: string;
  /** Any `credentials` block. */
  credentials: boolean;
  /** Hosts of the `credentials "HOST" { … }` blocks (the HCL spelling; empty for JSON). */
  credentialsHosts: string[];
  credentialsHelper: boolean;
  /** The file `install-provider --out` writes: recognised by the first line it writes. */
  writtenByInstallProvider: boolean;
}

export interface UserCliConfig {
  /** TF_CLI_CONFIG_FILE (or the older TERRAFORM_CONFIG) when set: it replaces the default files. */
  override?: { variable: string; path: string };
  /** The files terraform reads, those that exist, in its order. */
  files: CliConfigFile[];
}

/** The first line of every CLI config `install-provider --out` writes. */
export const WRITTEN_BY_INSTALL_PROVIDER = '# Written by `zendesk-messaging install-provider`';

/** Where terraform keeps its per-user files (`~/.terraform.d`, `%APPDATA%/terraform.d` on Windows). */
export function terraformConfigDir(env: NodeJS.ProcessEnv = process.env, os: NodeJS.Platform = process.platform): string {
  return os === 'win32' ? join(appData(env), 'terraform.d') : join(home(env), '.terraform.d');
}

/** The CLI config file terraform reads when no variable overrides it. */
export function defaultCliConfigFile(env: NodeJS.ProcessEnv = process.env, os: NodeJS.Platform = process.platform): string {
  return os === 'win32' ? join(appData(env), 'terraform.rc') : join(home(env), '.terraformrc');
}

export function readUserCliConfig(env: NodeJS.ProcessEnv = process.env, os: NodeJS.Platform = process.platform): UserCliConfig {
  const variable = env.TF_CLI_CONFIG_FILE ? 'TF_CLI_CONFIG_FILE' : env.TERRAFORM_CONFIG ? 'TERRAFORM_CONFIG' : undefined;
  if (variable) {
    // With the variable set terraform reads that one file and skips the config directory.
    const path = env[variable]!;
    return { override: { variable, path }, files: readable([path]).map(scanFile) };
  }
  const dir = terraformConfigDir(env, os);
  const dirFiles = listDir(dir)
    .filter((name) => name.endsWith('.tfrc') || name.endsWith('.tfrc.json'))
    .map((name) => join(dir, name));
  return { files: readable([defaultCliConfigFile(env, os), ...dirFiles]).map(scanFile) };
}

export function scanCliConfig(path: string, text: string): CliConfigFile {
  const code = withoutComments(text);
  // HCL (`name = …`, `name {`, `name "label" {`) and JSON (`"name": …`) spellings alike.
  const key = (name: string, after: string) => new RegExp(`(^|[\\s{,])(?:${name}|"${name}")\\s*${after}`, 'm');
  const cacheDir = key('plugin_cache_dir', '[=:]\\s*"([^"]*)"').exec(code);
  const hosts = [...code.matchAll(/(?:^|[\s{,])(?:credentials|"credentials")\s+"([^"]+)"\s*\{/gm)].map((m) => m[1]!);
  const jsonCredentials = key('credentials', ':\\s*\\{').test(code);
  return {
    path,
    providerInstallation: key('provider_installation', '[{:=]').test(code),
    pluginCacheDir: cacheDir?.[2],
    credentials: hosts.length > 0 || jsonCredentials,
    credentialsHosts: hosts,
    credentialsHelper: key('credentials_helper', '("[^"]*"\\s*)?[{:=]').test(code),
    writtenByInstallProvider: text.startsWith(WRITTEN_BY_INSTALL_PROVIDER),
  };
}

/**
 * Blanks `#`, `//` and `/* … *\/` comments, keeping quoted strings, so a commented-out block is not taken for a
 * setting (a `provider_installation` left in a comment must not trigger the hint).
 */
function withoutComments(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"' && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (c === '#' || (c === '/' && text[i + 1] === '/')) {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 2;
      out += ' ';
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

function scanFile(path: string): CliConfigFile {
  return scanCliConfig(path, readFileSync(path, 'utf8'));
}

function readable(paths: string[]): string[] {
  return paths.filter((path) => {
    try {
      accessSync(path, constants.R_OK);
      return statSync(path).isFile();
    } catch {
      return false; // missing or unreadable: terraform does not read it either (or says so itself)
    }
  });
}

function listDir(dir: string): string[] {
  if (!existsSync(dir)) return [];
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

function home(env: NodeJS.ProcessEnv): string {
  // terraform prefers HOME over the password database, as Node's homedir() does; tests set HOME to a temp dir.
  return env.HOME || homedir();
}

function appData(env: NodeJS.ProcessEnv): string {
  return env.APPDATA || join(homedir(), 'AppData', 'Roaming');
}
