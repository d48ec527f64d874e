/**
 * The protocol layer against the real terraform binary: a test provider that
 * implements ProviderServer directly (fixtures/echo-provider.ts), bundled
 * with esbuild and installed from a filesystem mirror, offline, exactly as a
 * user would install a provider that is not on a registry.
 */
import { type ChildProcess, execFile, fork, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleEchoProvider, cleanEnv } from './helpers/bundle';
import { tempDir } from './helpers/temp';

jest.setTimeout(180_000);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  output: string;
}

const CONFIG = `
terraform {
  required_providers {
    echo = {
      source  = "example/echo"
      version = "0.0.1"
    }
  }
}

provider "echo" {
  prefix = "p-"
}

resource "echo_thing" "a" {
  value  = "hello"
  tags   = { team = "x" }
  size   = SIZE
  labels = ["b", "a"]
}

# "ref-" + an unknown id is an unknown string refined with a known prefix:
# terraform sends it as msgpack extension 12, and planning requires it back intact.
resource "echo_thing" "b" {
  value = "ref-\${echo_thing.a.id}"
}

import {
  to = echo_thing.imported
  id = "ext-1"
}

resource "echo_thing" "imported" {
  value = "imported ext-1"
}

data "echo_lookup" "l" {
  input = "abc"
}

output "lookup" {
  value = data.echo_lookup.l.output
}

output "a_id" {
  value = echo_thing.a.id
}

output "b_value" {
  value = echo_thing.b.value
}
`;

const BAD_CONFIG = `
terraform {
  required_providers {
    echo = { source = "example/echo", version = "0.0.1" }
  }
}
resource "echo_thing" "bad" {
  value = "no!"
  tags = {
    fine      = "1"
    forbidden = "2"
  }
}
`;

const PANIC_CONFIG = `
terraform {
  required_providers {
    echo = { source = "example/echo", version = "0.0.1" }
  }
}
resource "echo_thing" "boom" {
  value = "panic"
}
`;

/** Numbers no JS number holds, in every form cty sends them (int64/uint64 beyond 2^53, decimal text), and exact doubles. */
const NUMBERS = ['3.0000000000000001', '9007199254740993', '-9223372036854775809', '18446744073709551616', '1e400', '0.1'];
const NUMBER_CONFIG = (size: string) => `
terraform {
  required_providers {
    echo = { source = "example/echo", version = "0.0.1" }
  }
}
resource "echo_thing" "n" {
  value = "number"
  size  = ${size}
}
`;

describe('the protocol layer with real terraform', () => {
  let root: string;
  let cleanup: () => void;
  let work: string;
  let bundle: string;
  let env: NodeJS.ProcessEnv;
  const debugProviders = new Set<ChildProcess>();

  const terraform = (args: string[], extraEnv: Record<string, string> = {}): Promise<Run> =>
    new Promise((resolve) => {
      execFile('terraform', [...args, '-no-color'], { cwd: work, env: { ...env, ...extraEnv }, timeout: 120_000, maxBuffer: 32 << 20 }, (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr, output: `${stdout}\n${stderr}` });
      });
    });
  const expectCode = (run: Run, code: number): Run => {
    if (run.code !== code) throw new Error(`expected exit code ${code}, got ${run.code}:\n${run.output}`);
    return run;
  };
  const writeConfig = (text: string) => writeFileSync(join(work, 'main.tf'), text);

  beforeAll(async () => {
    const temp = tempDir('terraform');
    root = temp.dir;
    cleanup = temp.cleanup;
    bundle = await bundleEchoProvider(root);

    // Unpacked filesystem-mirror layout: HOST/NAMESPACE/TYPE/VERSION/OS_ARCH/terraform-provider-TYPE_vVERSION.
    const mirror = join(root, 'mirror');
    const packageDir = join(mirror, 'registry.terraform.io', 'example', 'echo', '0.0.1', 'linux_amd64');
    mkdirSync(packageDir, { recursive: true });
    const executable = join(packageDir, 'terraform-provider-echo_v0.0.1');
    // `exec`, so terraform's signals and pipes reach node itself (a wrapper that stays in between hangs terraform).
    writeFileSync(executable, `#!/bin/sh\nexec '${process.execPath}' '${bundle}' "$@"\n`);
    chmodSync(executable, 0o755);

    const cliConfig = join(root, 'terraformrc');
    writeFileSync(
      cliConfig,
      `provider_installation {
  filesystem_mirror {
    path    = "${mirror}"
    include = ["example/echo"]
  }
  direct {
    exclude = ["example/echo"]
  }
}
`,
    );
    mkdirSync(join(root, 'plugin-cache'));
    work = join(root, 'work');
    mkdirSync(work);
    env = cleanEnv({
      TF_CLI_CONFIG_FILE: cliConfig,
      TF_PLUGIN_CACHE_DIR: join(root, 'plugin-cache'),
      CHECKPOINT_DISABLE: '1',
      TF_IN_AUTOMATION: '1',
      TF_INPUT: '0',
    });
  });

  afterAll(() => {
    for (const p of debugProviders) p.kill('SIGKILL');
    cleanup();
  });

  it('installs the provider from the filesystem mirror with terraform init', async () => {
    writeConfig(CONFIG.replace('SIZE', '3.5'));
    const init = expectCode(await terraform(['init', '-input=false']), 0);
    expect(init.output).toMatch(/Installing example\/echo v0\.0\.1/);
    expect(existsSync(join(work, '.terraform.lock.hcl'))).toBe(true);
  });

  it('plans a create, with refined unknowns round-tripped and providers shut down promptly', async () => {
    const logPath = join(root, 'plan.log');
    const plan = expectCode(await terraform(['plan', '-input=false', '-detailed-exitcode'], { TF_LOG: 'DEBUG', TF_LOG_PATH: logPath }), 2);
    expect(plan.output).toMatch(/Plan: 1 to import, 2 to add, 0 to change, 0 to destroy/);
    const log = readFileSync(logPath, 'utf8');
    // Our hclog lines are parsed and re-levelled by terraform (not dumped as raw text).
    // (go-plugin prints the key/value pairs in random order.)
    expect(log).toMatch(/\[DEBUG\] provider\.terraform-provider-echo_v0\.0\.1: echo: proposed value is a refined unknown: [^\n]*refinement_bytes=\d+/);
    expect(log).toMatch(/plugin exited/);
    expect(log).not.toMatch(/plugin failed to exit gracefully/);
  });

  it('applies: create, import, data source, computed id', async () => {
    const apply = expectCode(await terraform(['apply', '-input=false', '-auto-approve']), 0);
    expect(apply.output).toMatch(/Apply complete! Resources: 1 imported, 2 added, 0 changed, 0 destroyed/);
    const outputs = JSON.parse(expectCode(await terraform(['output', '-json']), 0).stdout);
    expect(outputs.lookup.value).toBe('p-ABC');
    expect(outputs.a_id.value).toMatch(/^p-[0-9a-f]{8}$/);
    expect(outputs.b_value.value).toBe(`ref-${outputs.a_id.value}`);

    const state = JSON.parse(expectCode(await terraform(['show', '-json']), 0).stdout);
    const resources = state.values.root_module.resources as { address: string; values: Record<string, unknown> }[];
    const a = resources.find((r) => r.address === 'echo_thing.a')!;
    expect(a.values).toEqual({ id: outputs.a_id.value, value: 'hello', tags: { team: 'x' }, size: 3.5, labels: ['a', 'b'] });
    const imported = resources.find((r) => r.address === 'echo_thing.imported')!;
    expect(imported.values).toMatchObject({ id: 'ext-1', value: 'imported ext-1' });
  });

  it('has no changes right after apply (plan -detailed-exitcode = 0)', async () => {
    expectCode(await terraform(['plan', '-input=false', '-detailed-exitcode']), 0);
    // Same, with the provider served through a factory built after the handshake.
    expectCode(await terraform(['plan', '-input=false', '-detailed-exitcode'], { ECHO_FACTORY: '1' }), 0);
    // The warm-up hook is for processes that serve many connections: never run in a process terraform started.
    const warmUpFile = join(root, 'warm-up-plugin');
    expectCode(await terraform(['plan', '-input=false', '-detailed-exitcode'], { ECHO_WARM_UP_FILE: warmUpFile }), 0);
    expect(existsSync(warmUpFile)).toBe(false);
  });

  it('updates in place and converges again', async () => {
    writeConfig(CONFIG.replace('SIZE', '4'));
    const plan = expectCode(await terraform(['plan', '-input=false', '-detailed-exitcode']), 2);
    expect(plan.output).toMatch(/~ size\s+= 3\.5 -> 4/);
    expectCode(await terraform(['apply', '-input=false', '-auto-approve']), 0);
    expectCode(await terraform(['plan', '-input=false', '-detailed-exitcode']), 0);
  });

  it('serves a provider started by hand in debug mode (TF_REATTACH_PROVIDERS)', async () => {
    const child = spawn(process.execPath, [bundle, '--debug'], { env: cleanEnv({ TF_LOG_PROVIDER: 'debug' }), stdio: ['ignore', 'pipe', 'pipe'] });
    debugProviders.add(child);
    let providerLog = '';
    child.stderr!.on('data', (chunk) => (providerLog += chunk));
    const reattach = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (chunk) => {
        out += chunk;
        const m = /TF_REATTACH_PROVIDERS='(.*)'/.exec(out);
        if (m) resolve(m[1]);
      });
      child.once('exit', () => reject(new Error('debug provider exited')));
    });
    try {
      // Two commands against one provider process: reattached providers outlive a terraform run.
      expectCode(await terraform(['plan', '-input=false', '-detailed-exitcode'], { TF_REATTACH_PROVIDERS: reattach }), 0);
      const second = expectCode(await terraform(['apply', '-input=false', '-auto-approve'], { TF_REATTACH_PROVIDERS: reattach }), 0);
      expect(second.output).toMatch(/Apply complete! Resources: 0 added, 0 changed, 0 destroyed/);
      expect(child.exitCode).toBeNull();
      // It really was this process that served both commands (not one terraform started from the mirror).
      const served = providerLog.split('\n').filter((l) => l.includes('"@message":"received request"') && l.includes('"tf_rpc":"PlanResourceChange"'));
      expect(served.length).toBeGreaterThanOrEqual(2 * 3);
    } finally {
      child.kill('SIGINT');
      debugProviders.delete(child);
    }
  });

  /** Two aliases with their own prefixes: a process that shared one provider instance would answer both with one of them. */
  const TWO_ALIASES = `
terraform {
  required_providers {
    echo = { source = "example/echo", version = "0.0.1" }
  }
}
provider "echo" {
  alias  = "a"
  prefix = "a-"
}
provider "echo" {
  alias  = "b"
  prefix = "b-"
}
data "echo_lookup" "a" {
  provider = echo.a
  input    = "one"
}
data "echo_lookup" "b" {
  provider = echo.b
  input    = "two"
}
output "a" { value = data.echo_lookup.a.output }
output "b" { value = data.echo_lookup.b.output }
`;

  it('host mode: one process on a private unix socket, an instance per connection, gone with its parent', async () => {
    const aliases = join(root, 'aliases');
    mkdirSync(aliases, { recursive: true });
    writeFileSync(join(aliases, 'main.tf'), TWO_ALIASES);
    const warmUpFile = join(root, 'warm-up-host');
    const host = fork(bundle, ['--host'], { env: cleanEnv({ ECHO_WARM_UP_FILE: warmUpFile }), stdio: ['ignore', 'ignore', 'pipe', 'ipc'], execArgv: [] });
    debugProviders.add(host);
    const ready = await new Promise<{ reattach: string; socketPath: string }>((resolve, reject) => {
      host.once('message', (m) => resolve(m as { reattach: string; socketPath: string }));
      host.once('exit', () => reject(new Error('host exited')));
    });
    const socketDir = join(ready.socketPath, '..');
    // Once listening, the host runs the warm-up hook (after the ready message, off the path to it).
    for (let i = 0; i < 100 && !existsSync(warmUpFile); i++) await new Promise((r) => setTimeout(r, 20));
    expect(readFileSync(warmUpFile, 'utf8')).toBe('host');
    expect(statSync(socketDir).mode & 0o777).toBe(0o700);
    expect(statSync(ready.socketPath).mode & 0o777).toBe(0o600);
    const inAliases = (args: string[]) =>
      new Promise<Run>((resolve) =>
        execFile('terraform', [`-chdir=${aliases}`, ...args, '-no-color'], { env: { ...env, TF_REATTACH_PROVIDERS: ready.reattach } }, (error, stdout, stderr) =>
          resolve({ code: error ? Number(error.code) || 1 : 0, stdout, stderr, output: `${stdout}\n${stderr}` }),
        ),
      );
    try {
      // init needs no mirror for a reattached provider; three plans run at once through the one process.
      expectCode(await inAliases(['init', '-input=false']), 0);
      const plans = await Promise.all([1, 2, 3].map(() => inAliases(['plan', '-input=false', '-lock=false'])));
      for (const plan of plans) {
        expectCode(plan, 0);
        expect(plan.output).toMatch(/\+ a = "a-ONE"/);
        expect(plan.output).toMatch(/\+ b = "b-TWO"/);
      }
      expect(host.exitCode).toBeNull();
    } finally {
      // The parent going away (here: its IPC channel closing) ends the host, which removes its socket directory.
      host.disconnect();
      await new Promise((resolve) => (host.exitCode !== null ? resolve(undefined) : host.once('exit', resolve)));
      debugProviders.delete(host);
    }
    expect(existsSync(socketDir)).toBe(false);
  });

  it('destroys everything', async () => {
    const destroy = expectCode(await terraform(['destroy', '-input=false', '-auto-approve']), 0);
    expect(destroy.output).toMatch(/Destroy complete! Resources: 3 destroyed/);
    expect(expectCode(await terraform(['state', 'list']), 0).stdout.trim()).toBe('');
  });

  it('points diagnostics at the attribute (and map key) in the configuration; a provider bug no provider answered is a gRPC error', async () => {
    writeConfig(BAD_CONFIG);
    const plan = expectCode(await terraform(['plan', '-input=false']), 1);
    const output = plan.output;
    // value: the attribute's own line is quoted under the error.
    expect(output).toMatch(/Error: Invalid value\s+with echo_thing\.bad,\s+on main\.tf line 8, in resource "echo_thing" "bad":\s+8:\s+value = "no!"\s+The value must not contain "!"\./);
    // tags["forbidden"]: the map element's line, not just the resource.
    expect(output).toMatch(/Error: Invalid tag\s+with echo_thing\.bad,\s+on main\.tf line 11, in resource "echo_thing" "bad":\s+11:\s+forbidden = "2"/);

    // A thrown error in PlanResourceChange that the (framework-less) echo provider does not turn into a diagnostic
    // itself: the protocol's last-resort gRPC error, as terraform-plugin-go answers a Go provider's returned error;
    // terraform reports it without the resource's address. Not a crashed plugin. (The framework's diagnostic for the
    // same throw, on the resource: test/framework/error-boundary.test.ts.)
    writeConfig(PANIC_CONFIG);
    const panic = expectCode(await terraform(['plan', '-input=false']), 1);
    expect(panic.output).toMatch(
      /Error: Plugin error\s+The\s+plugin\s+returned\s+an\s+unexpected\s+error\s+from\s+plugin6\.\(\*GRPCProvider\)\.PlanResourceChange:\s+rpc\s+error:\s+code\s+=\s+Unknown\s+desc\s+=\s+PlanResourceChange\s+failed:\s+the\s+echo\s+provider\s+was\s+asked\s+to\s+panic/,
    );
    expect(panic.output).not.toMatch(/plugin exited|crashed|panic: /i);
  });

  it('echoes numbers exactly: plan, apply, state and the next plan keep every digit', async () => {
    for (const size of NUMBERS) {
      writeConfig(NUMBER_CONFIG(size));
      const plan = expectCode(await terraform(['plan', '-input=false', '-detailed-exitcode']), 2);
      expect(plan.output).not.toMatch(/invalid plan|inconsistent/i);
      expectCode(await terraform(['apply', '-input=false', '-auto-approve']), 0);
      // The state file holds cty's decimal text; reading it back goes through UpgradeResourceState.
      const stored = JSON.parse(readFileSync(join(work, 'terraform.tfstate'), 'utf8').replace(/"size": (-?[\d.e+]+)/, '"size": "$1"'));
      expect(stored.resources[0].instances[0].attributes.size).toBe(size === '1e400' ? '1' + '0'.repeat(400) : size);
      expectCode(await terraform(['plan', '-input=false', '-detailed-exitcode']), 0);
    }
    expectCode(await terraform(['destroy', '-input=false', '-auto-approve']), 0);
  });
});
