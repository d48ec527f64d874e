import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const isDirectory = (p: string) => existsSync(p) && statSync(p).isDirectory();

/** Synthesized stacks under a cdktf.out directory, sorted; none when it holds none. */
function stacksIn(out: string): string[] {
  const stacks = join(out, 'stacks');
  if (!isDirectory(stacks)) return [];
  return readdirSync(stacks)
    .sort()
    .map((s) => join(stacks, s))
    .filter(isDirectory);
}

/**
 * Directories to check: a CDKTF app directory (holding cdktf.out/stacks/*)
 * or a cdktf.out directory stands for all its synthesized stacks; anything
 * else is taken as given (and reported if it is not a working directory).
 * Duplicates are checked once.
 */
export function expandDirectories(dirs: string[]): string[] {
  const expanded = dirs.flatMap((dir) => {
    const stacks = stacksIn(join(dir, 'cdktf.out'));
    if (stacks.length) return stacks;
    const own = existsSync(join(dir, 'manifest.json')) ? stacksIn(dir) : [];
    return own.length ? own : [dir];
  });
  return [...new Set(expanded)];
}

/** A short name for reports: the stack name of cdktf.out/stacks/NAME, else the directory's own name. */
export function displayName(dir: string): string {
  return basename(dirname(dir)) === 'stacks' && basename(dirname(dirname(dir))) === 'cdktf.out' ? basename(dir) : basename(dir) || dir;
}

/** Why a path cannot be checked, or undefined when it holds Terraform configuration. */
export function notAWorkingDirectory(dir: string): string | undefined {
  if (!existsSync(dir)) return `${dir} does not exist: pass a Terraform working directory, a cdktf.out/stacks/<stack> directory or a CDKTF app directory.`;
  if (!statSync(dir).isDirectory()) return `${dir} is not a directory: pass the directory that holds the configuration.`;
  const files = readdirSync(dir);
  if (files.some((f) => f.endsWith('.tf') || f.endsWith('.tf.json'))) return undefined;
  if (files.includes('cdktf.json')) return `${dir} is a CDKTF app without synthesized stacks: run \`cdktf synth\` first.`;
  return `${dir} holds no Terraform configuration (*.tf or *.tf.json).`;
}
