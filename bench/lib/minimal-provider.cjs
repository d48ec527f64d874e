// The least a reattached Node provider can do: the same protocol layer and provider host as ours (plaintext gRPC
// over node:http2 on a unix socket, one provider instance per connection), serving one resource whose every RPC
// hands terraform's own bytes back (state in, state out; no decoding, no schema logic, no HTTP). What a drift check
// costs through it over a terraform_data check is what terraform's plugin client and a Node gRPC server cost,
// which no provider written in Node can go below. As a host it runs as a child with an IPC channel (see
// startMinimalHost); installed in a filesystem mirror (installMinimalProvider), terraform starts it as it starts ours.
const { fork } = require('node:child_process');
const { dirname, join } = require('node:path');
const { chmodSync, mkdirSync, rmSync, writeFileSync } = require('node:fs');

const ADDRESS = 'registry.terraform.io/bench/minimal';
const STRING = 'string'; // a cty type in its JSON form

const schema = Object.freeze({
  provider: { version: 0, block: { attributes: [], blockTypes: [] } },
  resourceSchemas: { minimal_thing: { version: 0, block: { attributes: [{ name: 'input', type: STRING, optional: true }], blockTypes: [] } } },
  dataSourceSchemas: {},
  serverCapabilities: { getProviderSchemaOptional: true },
  diagnostics: [],
});
const none = async () => ({ diagnostics: [] });

/** A ProviderServer (src/protocol/tfprotov6/types.ts) that decides nothing: every state is the one terraform sent. */
function minimalProvider() {
  return {
    getMetadata: async () => ({ serverCapabilities: schema.serverCapabilities, diagnostics: [], resources: [{ typeName: 'minimal_thing' }], dataSources: [] }),
    getProviderSchema: async () => schema,
    validateProviderConfig: none,
    validateResourceConfig: none,
    validateDataResourceConfig: none,
    configureProvider: none,
    upgradeResourceState: async (req) => ({ upgradedState: { json: req.rawState?.json }, diagnostics: [] }),
    readResource: async (req) => ({ newState: req.currentState, private: req.private, diagnostics: [] }),
    planResourceChange: async (req) => ({ plannedState: req.proposedNewState, requiresReplace: [], plannedPrivate: req.priorPrivate, diagnostics: [] }),
    applyResourceChange: async (req) => ({ newState: req.plannedState, private: req.plannedPrivate, diagnostics: [] }),
    importResourceState: async () => ({ importedResources: [], diagnostics: [{ severity: 1, summary: 'minimal_thing cannot be imported' }] }),
    moveResourceState: async () => ({ diagnostics: [{ severity: 1, summary: 'minimal_thing cannot be moved' }] }),
    readDataSource: async () => ({ diagnostics: [{ severity: 1, summary: 'no data sources' }] }),
    stopProvider: async () => ({ error: '' }),
  };
}

/** Starts the minimal provider's host; resolves to { pid, env (TF_REATTACH_PROVIDERS), stop() }. */
async function startMinimalHost(env) {
  const child = fork(__filename, ['--serve'], { env, stdio: ['ignore', 'ignore', 'inherit', 'ipc'], execArgv: [] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const ready = await new Promise((resolve, reject) => {
    child.on('message', (m) => m?.type === 'ready' && resolve(m));
    exited.then(() => reject(new Error('the minimal provider host exited before it was ready')));
  });
  child.unref();
  child.channel?.unref();
  return {
    pid: child.pid,
    env: { TF_REATTACH_PROVIDERS: ready.reattach },
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
      rmSync(dirname(ready.socketPath), { recursive: true, force: true });
    },
  };
}

const minimalConfig = `terraform {
  required_providers {
    minimal = { source = "bench/minimal" }
  }
}
resource "minimal_thing" "floor" {
  input = "same"
}
`;

/**
 * A filesystem mirror holding only the minimal provider, and a CLI config that installs it from there. Its wrapper
 * unsets NODE_EXTRA_CA_CERTS as ours defers it (a provider that makes no HTTPS call never needs it).
 */
function installMinimalProvider(dir) {
  const version = '0.0.1';
  const arch = { x64: 'amd64', arm64: 'arm64' }[process.arch] ?? process.arch;
  const packageDir = join(dir, 'registry.terraform.io', 'bench', 'minimal', version, `${process.platform}_${arch}`);
  mkdirSync(packageDir, { recursive: true });
  // One bundled file, as ours is: the floor should not pay for loading dist/protocol's modules one by one.
  const bundle = join(packageDir, 'minimal-provider.js');
  require('esbuild').buildSync({ entryPoints: [__filename], outfile: bundle, bundle: true, platform: 'node', target: 'node20', format: 'cjs', minify: true, external: ['esbuild'], logLevel: 'warning' });
  const wrapper = join(packageDir, `terraform-provider-minimal_v${version}`);
  writeFileSync(wrapper, `#!/bin/sh\nunset NODE_EXTRA_CA_CERTS\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(bundle)} "$@"\n`);
  chmodSync(wrapper, 0o755);
  const cliConfigPath = join(dir, 'terraformrc');
  writeFileSync(cliConfigPath, `provider_installation {\n  filesystem_mirror {\n    path    = ${JSON.stringify(dir)}\n    include = ["bench/minimal"]\n  }\n}\n`);
  return { cliConfigPath, bundle };
}

/**
 * `--exec -- COMMAND…`: the least an `exec` written in Node can do: one process serves the provider host and runs
 * the command reattached to it, then exits with its code (ours is a CLI that forks the host: two Node starts).
 */
async function execMinimal(argv) {
  const { spawn } = require('node:child_process');
  const { serveHost } = require('../../dist/protocol/plugin/host');
  const { getLogger } = require('../../dist/protocol');
  let reattach = '';
  await serveHost(async () => minimalProvider(), { providerAddress: ADDRESS, logger: getLogger(), writeStdout: (line) => (reattach = line.trim()) });
  const child = spawn(argv[0], argv.slice(1), { stdio: 'inherit', env: { ...process.env, TF_REATTACH_PROVIDERS: reattach } });
  child.once('exit', (code) => process.exit(code ?? 1));
}

// Run by terraform (plugin mode), forked by startMinimalHost (--serve) or run as `--exec`, as this file or its bundle.
if (require.main === module) {
  if (process.argv.includes('--exec')) void execMinimal(process.argv.slice(process.argv.indexOf('--') + 1));
  else {
    const { serve } = require('../../dist/protocol');
    void serve(async () => minimalProvider(), { providerAddress: ADDRESS, mode: process.argv.includes('--serve') ? 'host' : 'plugin' });
  }
}

module.exports = { startMinimalHost, installMinimalProvider, minimalConfig };
