import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROVIDER_ADDRESS } from '../provider/address';
import { VERSION } from '../version';
import { providerPackageFiles } from './provider-package';

export interface InstalledProvider {
  /** The filesystem mirror directory (`filesystem_mirror { path = … }`). */
  mirrorDir: string;
  /** A Terraform CLI config that installs zendesk-iac/zendesk from the mirror; point TF_CLI_CONFIG_FILE at it. */
  cliConfigPath: string;
  /** The provider package directory inside the mirror. */
  packageDir: string;
  version: string;
}

export function platform(): string {
  const os = process.platform === 'win32' ? 'windows' : process.platform;
  const arch = process.arch === 'x64' ? 'amd64' : process.arch === 'ia32' ? '386' : process.arch;
  return `${os}_${arch}`;
}

/**
 * Writes a Terraform filesystem mirror holding this package's provider, in the
 * unpacked layout `HOST/NAMESPACE/TYPE/VERSION/OS_ARCH/`, plus `terraformrc`.
 * The package directory is self-contained (bundle + wrapper), so the mirror
 * keeps working if node_modules is reinstalled, and Terraform's h1 lock hash
 * covers exactly what runs.
 */
export function installProvider(outDir: string): InstalledProvider {
  const mirrorDir = resolve(outDir);
  const files = providerPackageFiles(process.execPath);
  const packageDir = join(mirrorDir, PROVIDER_ADDRESS, VERSION, platform());
  rmSync(packageDir, { recursive: true, force: true });
  mkdirSync(packageDir, { recursive: true });
  for (const { name, content, mode } of files) {
    writeFileSync(join(packageDir, name), content, { mode });
    chmodSync(join(packageDir, name), mode); // the umask may have taken bits away
  }

  const cliConfigPath = join(mirrorDir, 'terraformrc');
  writeFileSync(cliConfigPath, cliConfig(mirrorDir));
  return { mirrorDir, cliConfigPath, packageDir, version: VERSION };
}

export function cliConfig(mirrorDir: string): string {
  const hcl = JSON.stringify(mirrorDir);
  return [
    '# Written by `zendesk-messaging install-provider`: installs zendesk-iac/zendesk from the local mirror,',
    '# everything else from its registry as usual.',
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
