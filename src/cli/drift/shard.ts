import { relative } from 'node:path';

/** `--shard K/N`: the K-th of N shares of a fleet (1 ≤ K ≤ N). */
export interface Shard {
  index: number;
  count: number;
}

export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || index < 1 || index > count) throw new Error(`expected K/N with 1 ≤ K ≤ N (e.g. 2/4), got "${value}"`);
  return { index, count };
}

/** FNV-1a over the UTF-8 bytes: small, fast, and the same on every machine and Node version. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * The directories that belong to one shard. A directory's shard depends only
 * on its path relative to `base` (the working directory), so runners that
 * check out the same repository at different absolute paths agree, and adding
 * or removing a directory never moves the others to another shard.
 */
export function inShard(dirs: string[], shard: Shard, base: string = process.cwd()): string[] {
  return dirs.filter((dir) => fnv1a(relative(base, dir).split('\\').join('/')) % shard.count === shard.index - 1);
}
