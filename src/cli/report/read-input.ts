/**
 * Reading a file a user names on the command line (a drift report, a plan's JSON, a plan's log), with an answer for
 * every way it can go wrong: missing, a directory, unreadable, empty, not JSON. Messages name the file and say what
 * to give instead; no JavaScript error text reaches the user.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from './input-shape';

const REASONS: Record<string, string> = {
  ENOENT: 'there is no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the path is too long',
};

/** The file's text; `what` says what it should be ("a JSON drift report (drift --format json --out FILE)"). */
export function readInputFile(file: string, what: string): string {
  const path = resolve(file);
  try {
    if (statSync(path).isDirectory()) throw new InputError(`${file} is a directory: give ${what}`);
    return readFileSync(path, 'utf8');
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code ?? '';
    throw new InputError(`cannot read ${file}: ${REASONS[code] ?? `the system says ${code || 'no more'}`}; give ${what}`);
  }
}

/** Where JSON.parse stopped, in a person's words: "at line 3, column 7", "it ends too early", or nothing when it does not say. */
function whereParsingStopped(text: string, message: string): string {
  const position = /position (\d+)/.exec(message);
  if (position) {
    const before = text.slice(0, Number(position[1]));
    const line = before.split('\n').length;
    return `at line ${line}, column ${before.length - before.lastIndexOf('\n')}`;
  }
  return /end of (JSON )?input/i.test(message) ? 'it ends too early' : '';
}

/** JSON text's value; `source` names where the text came from, `what` what it should be. */
export function parseJsonText(text: string, source: string, what: string): unknown {
  if (text.trim() === '') throw new InputError(`${source} is empty: give ${what}`);
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    const where = whereParsingStopped(text, err instanceof Error ? err.message : '');
    throw new InputError(`${source} is not JSON${where ? ` (${where})` : ''}: give ${what}`);
  }
}

/** The file's JSON value; `what` as for readInputFile. */
export function readJsonFile(file: string, what: string): unknown {
  return parseJsonText(readInputFile(file, what), file, what);
}
