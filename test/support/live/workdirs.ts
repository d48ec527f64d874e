/**
 * The terraform side of a live run: the provider installed with the CLI's `install-provider` (as a team installs
 * it), working directories under one temp dir, and the real terraform and `zendesk-messaging drift` run in them.
 * Credentials reach the provider through its ZENDESK_* variables, never the HCL.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REQUIRED_PROVIDERS, providerBlock, settingsResource } from '../hcl';
import { makeTempDir } from '../temp';
import { type RunResult, baseEnv, run } from '../terraform';

export const CLI = join(__dirname, '..', '..', '..', 'bin', 'zendesk-messaging.js');
export const RESOURCE = 'zendesk_messaging_settings.live';

/** What the run manages: flipped from what the account holds, so that apply writes. */
export interface ManagedValues {
  agentsCanEndSessions: boolean;
  /** Managed only when the account has the inactivity settings. */
  inactivityTimeoutMinutes?: number;
}

/**
 * The configuration of the run's resource. `reset`: destroy restores Zendesk's defaults (the apply directory's); an
 * import leaves it out, because on_destroy lives only in configuration and state (an import records the default,
 * "retain", so a configured "reset" would plan an in-place update of it: not clean).
 */
export function configFor(baseUrl: string, managed: ManagedValues, { reset }: { reset: boolean }): string {
  const body = [`agents_can_end_sessions = ${managed.agentsCanEndSessions}`];
  if (managed.inactivityTimeoutMinutes !== undefined) body.push(`inactivity = { timeout_minutes = ${managed.inactivityTimeoutMinutes} }`);
  if (reset) body.push('on_destroy = "reset"');
  return REQUIRED_PROVIDERS + providerBlock({ baseUrl }) + settingsResource('live', body);
}

/** A failed command, with the end of what it printed (what a person needs to see; the caller redacts it). */
export class CommandFailed extends Error {}

const tail = (text: string, lines = 30) => text.trim().split('\n').slice(-lines).join('\n');

export class LiveWorkdirs {
  readonly root: string;
  private readonly cleanupTemp: () => void;
  private env: NodeJS.ProcessEnv = {};

  constructor(
    private readonly providerEnv: Record<string, string>,
    private readonly timeoutMs: number,
  ) {
    const temp = makeTempDir('live');
    this.root = temp.dir;
    this.cleanupTemp = temp.cleanup;
  }

  /** `zendesk-messaging install-provider --out DIR`, then terraform reads the CLI config it wrote. */
  async installProvider(): Promise<string> {
    const mirror = join(this.root, 'mirror');
    const result = await run(process.execPath, [CLI, 'install-provider', '--out', mirror], this.root, baseEnv(), this.timeoutMs);
    const cliConfig = join(mirror, 'terraformrc');
    if (result.code !== 0 || !existsSync(cliConfig)) throw new CommandFailed(`zendesk-messaging install-provider exited ${result.code}:\n${tail(result.output)}`);
    this.env = baseEnv({ TF_CLI_CONFIG_FILE: cliConfig, ...this.providerEnv });
    return result.stdout.split('\n')[0];
  }

  /** A working directory holding `main.tf`, initialised. */
  async workdir(name: string, mainTf: string): Promise<string> {
    const dir = join(this.root, name);
    mkdirSync(dir);
    writeFileSync(join(dir, 'main.tf'), mainTf);
    await this.expect(dir, ['init', '-input=false'], [0]);
    return dir;
  }

  terraform(dir: string, args: string[]): Promise<RunResult> {
    return run('terraform', [...args, '-no-color'], dir, this.env, this.timeoutMs);
  }

  /** Runs terraform and fails unless it exits with one of `codes`. */
  async expect(dir: string, args: string[], codes: number[]): Promise<RunResult> {
    const result = await this.terraform(dir, args);
    if (!codes.includes(result.code)) throw new CommandFailed(`terraform ${args.join(' ')} exited ${result.code} (expected ${codes.join(' or ')}):\n${tail(result.output)}`);
    return result;
  }

  /** `zendesk-messaging drift --dir DIR --format json`: its exit code and report. */
  async drift(dir: string): Promise<{ code: number; report: DriftReport; output: string }> {
    const result = await run(process.execPath, [CLI, 'drift', '--dir', dir, '--format', 'json'], dir, { ...this.env, CI: '1' }, this.timeoutMs);
    try {
      return { code: result.code, report: JSON.parse(result.stdout) as DriftReport, output: result.output };
    } catch {
      throw new CommandFailed(`zendesk-messaging drift exited ${result.code} without a JSON report:\n${tail(result.output)}`);
    }
  }

  cleanup(): void {
    this.cleanupTemp();
  }
}

/** The parts of drift's JSON report (docs/design/drift.md#the-json-report) a live run reads. */
export interface DriftReport {
  status: string;
  directories: {
    drifted: { address: string; attributes: { path: string; before: unknown; after: unknown; changedBy?: { actor: string; at: string } | null }[] }[];
    /** Why who changed it is not known, per account (version 3 on). */
    attribution?: { account: string; note: string }[];
  }[];
}
