import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { installProvider } from '../../src/cli/install-provider';
import { makeTempDir } from './temp';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout + stderr, for assertions about what a user sees. */
  output: string;
}

/** Environment variables that would leak the developer's own setup into a test. */
const SCRUBBED_ENV = /^(TF_|ZENDESK_|CHECKPOINT_)/;

export function baseEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!SCRUBBED_ENV.test(k)) env[k] = v;
  return { ...env, CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1', TF_INPUT: '0', NO_COLOR: '1', ...extra };
}

export function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, timeoutMs = 120_000): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr, output: `${stdout}\n${stderr}` });
    });
  });
}

/**
 * A Terraform working directory in its own temp dir, with the provider
 * installed from a filesystem mirror written by our own installer (exactly
 * the path users take), the real `terraform` binary, and no network.
 */
export class TerraformWorkspace {
  readonly dir: string;
  readonly mirrorDir: string;
  readonly cliConfigPath: string;
  private readonly cleanupTemp: () => void;
  env: NodeJS.ProcessEnv;

  constructor(options: { env?: Record<string, string | undefined> } = {}) {
    const temp = makeTempDir('tf');
    this.cleanupTemp = temp.cleanup;
    this.dir = join(temp.dir, 'work');
    mkdirSync(this.dir);
    // The node wrapper, run by the node on PATH: hundreds of workspaces, each a copy of the ~150 MB standalone
    // executable otherwise. The standalone executable has its own acceptance tests (test/acceptance/standalone-*).
    let installed: ReturnType<typeof installProvider>;
    try {
      installed = installProvider(join(temp.dir, 'mirror'), 'wrapper');
    } catch (error) {
      temp.cleanup(); // no workspace to clean up later: leave nothing behind (e.g. dist/ not built)
      throw error;
    }
    this.mirrorDir = installed.mirrorDir;
    this.cliConfigPath = installed.cliConfigPath;
    this.env = baseEnv({ TF_CLI_CONFIG_FILE: this.cliConfigPath, ...options.env });
  }

  write(files: Record<string, string>): this {
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(dirname(join(this.dir, name)), { recursive: true });
      writeFileSync(join(this.dir, name), content);
    }
    return this;
  }

  terraform(args: string[], env: Record<string, string | undefined> = {}): Promise<RunResult> {
    return run('terraform', args, this.dir, { ...this.env, ...env });
  }

  async init(): Promise<RunResult> {
    const result = await this.terraform(['init', '-no-color', '-input=false']);
    if (result.code !== 0) throw new Error(`terraform init failed:\n${result.output}`);
    return result;
  }

  async applyOrThrow(extra: string[] = []): Promise<RunResult> {
    const result = await this.terraform(['apply', '-no-color', '-input=false', '-auto-approve', ...extra]);
    if (result.code !== 0) throw new Error(`terraform apply failed:\n${result.output}`);
    return result;
  }

  /** `plan -detailed-exitcode`: 0 = no changes, 2 = changes, 1 = error. */
  plan(extra: string[] = [], env: Record<string, string | undefined> = {}): Promise<RunResult> {
    return this.terraform(['plan', '-no-color', '-input=false', '-detailed-exitcode', ...extra], env);
  }

  async state(): Promise<Record<string, unknown>> {
    const result = await this.terraform(['show', '-json']);
    if (result.code !== 0) throw new Error(`terraform show failed:\n${result.output}`);
    return JSON.parse(result.stdout) as Record<string, unknown>;
  }

  cleanup(): void {
    this.cleanupTemp();
  }
}
