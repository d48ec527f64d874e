import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROVIDER_TYPE } from '../provider/address';
import { DEFERRED_CA_CERTS_VARIABLE } from '../provider/deferred-ca-certificates';
import { VERSION } from '../version';
import { packageRoot } from './package-root';
import { CLIENT_CHUNK, hasStandaloneExecutable, standaloneExecutable } from './release/standalone';

/**
 * What a provider package holds: the one definition that both the unpacked
 * filesystem mirror (`install-provider`) and the release zips (`package`) write,
 * so a zip installs exactly the files a local install runs.
 */

export const PROVIDER_BUNDLE = 'terraform-provider-zendesk.js';
/**
 * Name of the bundle inside the package. Terraform executes the first
 * file named `terraform-provider-zendesk*`, so the bundle must not share that prefix.
 */
const PACKAGED_BUNDLE = 'provider.js';

export interface PackageFile {
  /** The file's name at the package root. */
  name: string;
  /** The bytes, or `path`: the file holding them (the standalone executable, too large to hold twice in memory). */
  content?: Buffer;
  path?: string;
  /** Unix permission bits: the executable must stay executable, in a directory and in a zip alike. */
  mode: number;
}

/** A package file's bytes. */
export const packageFileContent = (file: PackageFile): Buffer => file.content ?? readFileSync(file.path!);

/** The executable Terraform runs: `terraform-provider-zendesk_vVERSION` (`.exe` on Windows, the only name it runs there). */
export const PROVIDER_EXECUTABLE = `terraform-provider-${PROVIDER_TYPE}_v${VERSION}`;
export const providerExecutableName = (platform: string) => `${PROVIDER_EXECUTABLE}${platform.startsWith('windows_') ? '.exe' : ''}`;

/**
 * How the provider runs: `standalone`, one self-contained executable (Node.js built in, see
 * src/cli/release/standalone.ts); `wrapper`, a `#!/bin/sh` script that runs the bundle on the `node` found on PATH.
 */
export type ProviderRuntime = 'standalone' | 'wrapper';

/** The standalone executable where one is built for the platform; the wrapper elsewhere (macOS: see the design notes). */
export const defaultRuntime = (platform: string): ProviderRuntime => (hasStandaloneExecutable(platform) ? 'standalone' : 'wrapper');

/**
 * The package's files for `platform`, in name order. Nothing in them depends on the machine or the node that asks:
 * every install and release zip of one version and platform has the same files, so one `h1:` lock hash.
 */
export function providerPackageFiles(platform: string, runtime: ProviderRuntime = defaultRuntime(platform)): PackageFile[] {
  if (runtime === 'standalone') return [{ name: providerExecutableName(platform), path: standaloneExecutable(platform), mode: 0o755 }];
  if (platform.startsWith('windows_')) {
    throw new Error(`${platform}: Terraform on Windows runs only a provider executable named *.exe, which the Node.js wrapper (a shell script) cannot be: use the standalone executable.`);
  }
  const dist = join(packageRoot(), 'dist');
  const read = (name: string) => {
    const file = join(dist, name);
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first.`);
    return readFileSync(file);
  };
  return [
    { name: PACKAGED_BUNDLE, content: read(PROVIDER_BUNDLE), mode: 0o644 },
    { name: PROVIDER_EXECUTABLE, content: Buffer.from(wrapperScript()), mode: 0o755 },
    { name: CLIENT_CHUNK, content: read(CLIENT_CHUNK), mode: 0o644 },
  ];
}

const NO_NODE_ADVICE = 'Install Node.js 20 or later (or put it on PATH)';

/**
 * Terraform execs the provider directly, so the wrapper must `exec` node (a child shell in between makes Terraform
 * hang on shutdown). It runs on the `node` found on the PATH terraform runs with, and names no path of the machine
 * that wrote it (which would give every install its own lock hash); with no node, a message that says so. Only shell
 * builtins are used, so the wrapper works whatever PATH terraform has. The message goes to stdout: terraform shows the
 * first line a plugin prints ("Unrecognized remote plugin message: …"), not its stderr.
 *
 * NODE_EXTRA_CA_CERTS is handed to the provider under {@link DEFERRED_CA_CERTS_VARIABLE} instead: Node reads that
 * file and builds its whole root store at every start (40–70 ms measured here), and of the 3–5 provider processes
 * terraform starts per command only the configured one talks to Zendesk; it loads the file when it builds its client,
 * so it trusts the same certificates. With `--use-openssl-ca`/`--use-system-ca` in NODE_OPTIONS the default store is
 * not Node's bundled one, which the provider could not rebuild, so the variable is left to Node.
 */
function wrapperScript(): string {
  const header = ['#!/bin/sh', '# terraform-provider-zendesk: a Terraform provider written in TypeScript (cdktf-zendesk-messaging).'];
  const findNode = [
    'NODE=$(command -v node) || {',
    `  echo "terraform-provider-zendesk: no Node.js to run on: no node is on the PATH terraform runs with. ${NO_NODE_ADVICE}, then run terraform again."`,
    '  exit 1',
    '}',
  ];
  const deferCaCertificates = [
    'case "${NODE_OPTIONS-}" in',
    '  *--use-openssl-ca*|*--use-system-ca*) ;;',
    '  *) if [ -n "${NODE_EXTRA_CA_CERTS-}" ]; then',
    `       ${DEFERRED_CA_CERTS_VARIABLE}=$NODE_EXTRA_CA_CERTS; export ${DEFERRED_CA_CERTS_VARIABLE}; unset NODE_EXTRA_CA_CERTS`,
    '     fi ;;',
    'esac',
  ];
  return [...header, ...findNode, ...deferCaCertificates, `exec "$NODE" "\${0%/*}/${PACKAGED_BUNDLE}" "$@"`, ''].join('\n');
}
