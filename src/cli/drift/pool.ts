import { type CheckOptions, type DirectoryResult, checkDirectory } from './check';
import { displayName } from './directories';

export interface CheckEvents {
  started?: (dir: string, running: number, total: number) => void;
  finished?: (result: DirectoryResult, done: number, total: number) => void;
}

/** Runs checks with at most `parallel` at a time; results come back in the order of `dirs`. */
export async function checkAll(
  dirs: string[],
  parallel: number,
  events: CheckEvents = {},
  env: NodeJS.ProcessEnv = process.env,
  options: CheckOptions = {},
): Promise<DirectoryResult[]> {
  const results: DirectoryResult[] = new Array(dirs.length);
  let next = 0;
  let done = 0;
  let running = 0;
  const worker = async () => {
    while (next < dirs.length) {
      const i = next++;
      events.started?.(dirs[i], ++running, dirs.length);
      // One directory's surprise (unreadable output, a crash) must not cost the report of all the others.
      results[i] = await checkDirectory(dirs[i], env, options).catch((err: unknown) => ({
        dir: dirs[i],
        name: displayName(dirs[i]),
        status: 'error' as const,
        error: `the drift check of ${dirs[i]} failed: ${err instanceof Error ? err.message : String(err)}`,
        durationMs: 0,
        checked: [],
        drifted: [],
        notes: [],
      }));
      running--;
      events.finished?.(results[i], ++done, dirs.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(parallel, dirs.length)) }, worker));
  return results;
}
