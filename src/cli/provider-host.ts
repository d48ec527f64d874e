/**
 * Starting the provider host (src/protocol/plugin/host.ts) for the commands
 * of one CLI run: `exec`, `drift` and the demo. The host is this package's own
 * provider bundle run with `--host`, a child of this process with an IPC
 * channel: when this process exits, however it exits (kill -9 too), the
 * channel closes and the host exits and removes its socket.
 *
 * The provider then reads its environment variables (ZENDESK_* credentials,
 * TF_LOG) from the environment given here, once, not from each terraform
 * command: terraform passes no environment to a provider it reattaches to.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PROVIDER_BUNDLE } from './provider-package';
import { packageRoot } from './package-root';

export interface ProviderHost {
  readonly pid: number;
  /** `TF_REATTACH_PROVIDERS` for terraform, merged with any other provider the environment already reattaches. */
  readonly env: Record<string, string>;
  /** Set once the host has exited; a host that exits before `stop()` is a failure worth reporting. */
  readonly exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  /** Resolves when the host exits, for whatever reason. */
  readonly exited: Promise<void>;
  /** Stops the host (SIGTERM, then SIGKILL after a grace period) and waits for it to exit. */
  stop(): Promise<void>;
  /** A sentence for users when the host died under them. */
  describeExit(): string;
}

const READY_TIMEOUT_MS = 15_000;

/** Merges our provider into an existing TF_REATTACH_PROVIDERS value (other providers a user reattaches stay). */
export function mergeReattach(existing: string | undefined, ours: string): string {
  if (!existing?.trim()) return ours;
  let parsed: unknown;
  try {
    parsed = JSON.parse(existing);
  } catch {
    throw new Error('TF_REATTACH_PROVIDERS is set but is not JSON; unset it or fix it before using the provider host.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('TF_REATTACH_PROVIDERS is set but is not a JSON object.');
  return JSON.stringify({ ...parsed, ...JSON.parse(ours) });
}

export async function startProviderHost(env: NodeJS.ProcessEnv = process.env): Promise<ProviderHost> {
  const bundle = join(packageRoot(), 'dist', PROVIDER_BUNDLE);
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run \`npm run build\` first.`);
  // stderr is shared: the provider logs there at TF_LOG levels, as terraform would show them.
  const child: ChildProcess = fork(bundle, ['--host'], { env, stdio: ['ignore', 'ignore', 'inherit', 'ipc'], execArgv: [] });
  let exit: ProviderHost['exit'];
  const exited = new Promise<void>((resolve) => child.once('exit', (code, signal) => ((exit = { code, signal }), resolve())));

  const ready = await new Promise<{ reattach: string; socketPath: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the provider host did not start within ${READY_TIMEOUT_MS / 1000} s`)), READY_TIMEOUT_MS);
    child.on('message', (message: { type?: string; reattach?: string; socketPath?: string }) => {
      if (message?.type === 'ready' && typeof message.reattach === 'string' && typeof message.socketPath === 'string') {
        clearTimeout(timer);
        resolve({ reattach: message.reattach, socketPath: message.socketPath });
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`the provider host exited before it was ready (${describe(exit)}); run with TF_LOG=debug to see why`));
    });
  }).catch(async (err: unknown) => {
    child.kill('SIGKILL');
    await exited;
    throw err;
  });
  // The host never keeps this process alive: when this process exits, the IPC channel closes and the host follows.
  child.unref();
  child.channel?.unref();
  // A host that could not clean up (kill -9) leaves its private directory: remove it for it.
  void exited.then(() => rmSync(dirname(ready.socketPath), { recursive: true, force: true }));

  const stop = async () => {
    if (exit) return;
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(killer);
  };
  return {
    pid: child.pid!,
    env: { TF_REATTACH_PROVIDERS: mergeReattach(env.TF_REATTACH_PROVIDERS, ready.reattach) },
    get exit() {
      return exit;
    },
    exited,
    stop,
    describeExit: () => `the provider host (pid ${child.pid}) exited unexpectedly (${describe(exit)})`,
  };
}

function describe(exit: ProviderHost['exit']): string {
  if (!exit) return 'still running';
  return exit.signal ? `killed by ${exit.signal}` : `exit code ${exit.code}`;
}
