/**
 * Writing a report where the user asked (--out, --report FORMAT=FILE), with an answer for a path that cannot take
 * it (a directory, no permission) instead of the system's error text.
 */
import { writeOutput } from '../options';
import { InputError } from './input-shape';

const REASONS: Record<string, string> = {
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is a file, not a directory',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  ENAMETOOLONG: 'the path is too long',
};

/** Writes `content` to `file` (creating its directory); `option` names where the path came from, e.g. "--out". */
export function writeReport(file: string, content: string, option: string): void {
  try {
    writeOutput(file, content);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    throw new InputError(`cannot write ${file} (${option}): ${REASONS[code] ?? `the system says ${code || 'no more'}`}; give the path of a file to write`);
  }
}
