/**
 * drift-merge: the JSON reports of a sharded drift run (`drift --shard K/N`
 * on N runners) as one run: every directory once, one summary, one status and
 * one exit code, renderable in any format.
 */
import { InputError } from '../report/input-shape';
import { readDriftReport } from '../report/validate-drift-report';
import type { DirectoryResult } from './check';

/** One report's directories, checked to be a drift report this version can read (versions 1 to 5) and to agree with itself. */
export function directoriesOf(report: unknown, source: string): DirectoryResult[] {
  return readDriftReport(report, source);
}

/** Every shard's directories in one list; a directory reported twice is an error (the shards overlap). */
export function mergeReports(reports: { source: string; report: unknown }[]): DirectoryResult[] {
  const seen = new Map<string, string>();
  const merged: DirectoryResult[] = [];
  for (const { source, report } of reports) {
    for (const directory of directoriesOf(report, source)) {
      const earlier = seen.get(directory.dir);
      if (earlier === source) throw new InputError(`${source}: ${directory.dir} is in this report twice; give drift-merge the JSON reports drift wrote, unedited.`);
      if (earlier) throw new InputError(`${directory.dir} is in two reports (${earlier} and ${source}): were the shards run with the same N?`);
      seen.set(directory.dir, source);
      merged.push(directory);
    }
  }
  return merged;
}
