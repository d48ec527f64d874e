import { chmodSync, copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROVIDER_ADDRESS, PROVIDER_TYPE } from '../provider/address';
import { DEFERRED_CA_CERTS_VARIABLE } from '../provider/deferred-ca-certificates';
import { VERSION } from '../version';
import { packageRoot } from './package-root';

export const PROVIDER_BUNDLE = 'terraform-provider-zendesk.js';
/**
 * Name of the bundle inside the mirror package. Terraform executes the first
 * file named `terraform-provider-zendesk*`, so the bundle must not share that prefix.
 */
const PACKAGED_BUNDLE = 'provider.js';
/** The lazily loaded admin API client chunk, next to the bundle (see scripts/build.mjs). */
const CLIENT_CHUNK = 'zendesk-client.js';

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
  const bundle = join(packageRoot(), 'dist', PROVIDER_BUNDLE);
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run \`npm run build\` first.`);

  const packageDir = join(mirrorDir, PROVIDER_ADDRESS, VERSION, platform());
  rmSync(packageDir, { recursive: true, force: true });
  mkdirSync(packageDir, { recursive: true });
  copyFileSync(bundle, join(packageDir, PACKAGED_BUNDLE));
  copyFileSync(join(packageRoot(), 'dist', CLIENT_CHUNK), join(packageDir, CLIENT_CHUNK));
  const executable = join(packageDir, `terraform-provider-${PROVIDER_TYPE}_v${VERSION}`);
  writeFileSync(executable, wrapperScript(process.execPath), { mode: 0o755 });
  chmodSync(executable, 0o755);

  const cliConfigPath = join(mirrorDir, 'terraformrc');
  writeFileSync(cliConfigPath, cliConfig(mirrorDir));
  return { mirrorDir, cliConfigPath, packageDir, version: VERSION };
}

/**
 * Terraform execs the provider directly, so the wrapper must `exec` node (a
 * child shell in between makes Terraform hang on shutdown). The node that ran
 * the installer is preferred; when it has moved or was removed by an upgrade
 * (nvm, Homebrew), `node` on PATH; with neither, a message that says so. Only
 * shell builtins are used, so the wrapper works whatever PATH terraform has.
 *
 * NODE_EXTRA_CA_CERTS is handed to the provider under {@link DEFERRED_CA_CERTS_VARIABLE} instead: Node reads that
 * file and builds its whole root store at every start (40–70 ms measured here), and of the 3–5 provider processes
 * terraform starts per command only the configured one talks to Zendesk; it loads the file when it builds its client,
 * so it trusts the same certificates. With `--use-openssl-ca`/`--use-system-ca` in NODE_OPTIONS the default store is
 * not Node's bundled one, which the provider could not rebuild, so the variable is left to Node.
 */
function wrapperScript(nodePath: string): string {
  return [
    '#!/bin/sh',
    '# terraform-provider-zendesk: a Terraform provider written in TypeScript (cdktf-zendesk-messaging).',
    `INSTALLED_WITH=${JSON.stringify(nodePath)}`,
    'NODE=$INSTALLED_WITH',
    'if [ ! -x "$NODE" ]; then',
    '  NODE=$(command -v node) || {',
    // On stdout: terraform shows the first line a plugin prints ("Unrecognized remote plugin message: …"), not its stderr.
    `    echo "terraform-provider-zendesk: no Node.js to run on: $INSTALLED_WITH, which installed it, is gone and no node is on PATH. Install Node.js 20 or later (or put it on PATH), then run npx zendesk-messaging install-provider again."`,
    '    exit 1',
    '  }',
    'fi',
    'case "${NODE_OPTIONS-}" in',
    '  *--use-openssl-ca*|*--use-system-ca*) ;;',
    '  *) if [ -n "${NODE_EXTRA_CA_CERTS-}" ]; then',
    `       ${DEFERRED_CA_CERTS_VARIABLE}=$NODE_EXTRA_CA_CERTS; export ${DEFERRED_CA_CERTS_VARIABLE}; unset NODE_EXTRA_CA_CERTS`,
    '     fi ;;',
    'esac',
    `exec "$NODE" "\${0%/*}/${PACKAGED_BUNDLE}" "$@"`,
    '',
  ].join('\n');
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
