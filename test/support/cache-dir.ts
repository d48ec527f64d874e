import { renameSync, rmSync } from 'node:fs';

/**
 * Puts a download that is complete in `from` at `to`, the cache entry, in one rename, so a run killed mid-download
 * leaves no half entry. When another test file (jest runs two at once) got there first with a complete entry, theirs
 * stays: it may be running, and replacing it would pull files from under it. Anything else at `to` (not complete:
 * `isComplete` says) is replaced.
 */
export function moveIntoPlace(from: string, to: string, isComplete: () => boolean): void {
  try {
    renameSync(from, to);
  } catch (err) {
    if (isComplete()) return;
    if ((err as NodeJS.ErrnoException).code !== 'ENOTEMPTY' && (err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    rmSync(to, { recursive: true, force: true });
    renameSync(from, to);
  }
}
