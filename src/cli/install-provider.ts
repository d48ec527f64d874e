import { chmodSync, copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROVIDER_ADDRESS } from '../provider/address';
import { VERSION } from '../version';
import { defaultRuntime, providerPackageFiles, type ProviderRuntime } from './provider-package';
import { terraformPlatform } from './release/platform';
import { terraformConfigDir, WRITTEN_BY_INSTALL_PROVIDER } from './user-cli-config';

export interface InstalledPackage {
  /** The directory holding `HOST/NAMESPACE/TYPE/VERSION/OS_ARCH/` (a filesystem mirror's `path`). */
  mirrorDir: string;
  /** The provider package directory inside the mirror. */
  packageDir: string;
  /** The names of the files written into it. */
  files: string[];
  version: string;
  /** What was installed: the standalone executable, or the node wrapper (docs/design/standalone-executable.md). */
  runtime: ProviderRuntime;
}

export interface InstalledProvider extends InstalledPackage {
  /** A Terraform CLI config that installs zendesk-iac/zendesk from the mirror; point TF_CLI_CONFIG_FILE at it. */
  cliConfigPath: string;
}

export const platform = (): string => terraformPlatform();

/**
 * The implicit local mirror directory terraform searches when the CLI config has no `provider_installation` block:
 * `~/.terraform.d/plugins` (`%APPDATA%/terraform.d/plugins` on Windows), under HOME as terraform resolves it
 * (docs/design/terraform-install.md).
 */
export function implicitMirrorDir(env: NodeJS.ProcessEnv = process.env, os: NodeJS.Platform = process.platform): string {
  return join(terraformConfigDir(env, os), 'plugins');
}

/**
 * `install-provider` with no flags: the provider goes where terraform finds it with no configuration at all, so the
 * user's own CLI config (plugin cache, credentials) stays the one terraform reads. Writes no CLI config.
 */
export function installIntoImplicitMirror(env: NodeJS.ProcessEnv = process.env, runtime?: ProviderRuntime): InstalledPackage {
  return writeProviderPackage(implicitMirrorDir(env), runtime);
}

/**
 * `install-provider --out DIR` (CI, tests, the demo): a filesystem mirror in DIR plus `DIR/terraformrc`, a CLI config
 * that installs the provider from it. The package directory is self-contained (the executable, or bundle + wrapper),
 * so the mirror keeps working if node_modules is reinstalled, and Terraform's h1 lock hash covers exactly what runs.
 */
export function installProvider(outDir: string, runtime?: ProviderRuntime): InstalledProvider {
  const installed = writeProviderPackage(resolve(outDir), runtime);
  const cliConfigPath = join(installed.mirrorDir, 'terraformrc');
  writeOrExplain(cliConfigPath, () => writeFileSync(cliConfigPath, cliConfig(installed.mirrorDir)));
  return { ...installed, cliConfigPath };
}

/**
 * The package in the unpacked layout `HOST/NAMESPACE/TYPE/VERSION/OS_ARCH/`, replacing an earlier install of it: for
 * this machine's platform, the same files the release zip of that platform holds (`runtime` defaults to its default).
 */
function writeProviderPackage(mirrorDir: string, runtime: ProviderRuntime = defaultRuntime(platform())): InstalledPackage {
  // Built (or taken from the cache) before anything is removed: a failed build leaves an earlier install in place.
  const files = providerPackageFiles(platform(), runtime);
  const packageDir = join(mirrorDir, PROVIDER_ADDRESS, VERSION, platform());
  writeOrExplain(packageDir, () => {
    rmSync(packageDir, { recursive: true, force: true });
    mkdirSync(packageDir, { recursive: true });
    for (const { name, content, path, mode } of files) {
      const target = join(packageDir, name);
      if (content) writeFileSync(target, content, { mode });
      else copyFileSync(path!, target); // the executable: copied by the kernel (a reflink where the filesystem can)
      chmodSync(target, mode); // the umask may have taken bits away
    }
  });
  return { mirrorDir, packageDir, files: files.map((f) => f.name), version: VERSION, runtime };
}

/** A file system failure (read-only home, a file where a directory should be) said with the path and what to do. */
function writeOrExplain(target: string, write: () => void): void {
  try {
    write();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(
      `could not write ${target}${code ? ` (${code})` : ''}. Check that the directory can be written by you, or install elsewhere with ` +
        '`zendesk-messaging install-provider --out DIR`.',
    );
  }
}

/**
 * The CLI config `--out` writes. It holds only the provider installation: Terraform's CLI config has no include, so
 * the user's own settings could only be copied in, and we copy none. `credentials` blocks hold tokens, which must not
 * land in a mirror directory that CI may cache or upload, and a copy of `plugin_cache_dir` would go stale unseen.
 * The command says instead which of them will not apply, and that TF_PLUGIN_CACHE_DIR and TF_TOKEN_<host> carry them
 * whatever config is in effect.
 */
export function cliConfig(mirrorDir: string): string {
  const hcl = JSON.stringify(mirrorDir);
  return [
    `${WRITTEN_BY_INSTALL_PROVIDER}: installs zendesk-iac/zendesk from the local mirror,`,
    '# everything else from its registry as usual. Pointed at by TF_CLI_CONFIG_FILE, this file replaces your own CLI',
    '# config: set TF_PLUGIN_CACHE_DIR and TF_TOKEN_<host> for a plugin cache and credentials, or add them here.',
    'provider_installation {',
    '  filesystem_mirror {',
    `    path    = ${hcl}`,
    `    include = ["${PROVIDER_ADDRESS}"]`,
    '  }',
    '  direct {',
    `    exclude = ["${PROVIDER_ADDRESS}"]`,
    '  }',
    '}',
    '',
  ].join('\n');
}
