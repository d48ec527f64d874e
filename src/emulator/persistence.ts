import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Durable JSON files, one per account. A write goes to a temp file which is
 * fsynced, renamed over the old file, and then the directory is fsynced: the
 * rename is atomic, so after `kill -9` (or power loss) at any moment the file
 * holds either the old or the new state, never a torn one. We do this by hand
 * rather than with write-file-atomic because we also need the directory fsync
 * (without it a completed rename can be lost) and want the steps visible.
 */
export class JsonDirectory {
  private sequence = 0;

  constructor(readonly dir: string) {
    if (existsSync(dir) && !statSync(dir).isDirectory()) {
      throw new Error(`the data directory ${dir} is a file: give a directory (it is created when missing)`);
    }
    mkdirSync(dir, { recursive: true });
  }

  write(name: string, data: unknown): void {
    const target = join(this.dir, `${name}.json`);
    const temp = join(this.dir, `.${name}.json.${process.pid}.${++this.sequence}.tmp`);
    const fd = openSync(temp, 'w', 0o600);
    try {
      writeSync(fd, JSON.stringify(data));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
    const dirFd = openSync(this.dir, 'r');
    try {
      fsyncSync(dirFd);
    } finally {
      closeSync(dirFd);
    }
  }

  removeAll(): void {
    for (const file of readdirSync(this.dir)) if (file.endsWith('.json') || file.endsWith('.tmp')) unlinkSync(join(this.dir, file));
  }

  /** Every stored document; temp files left by an interrupted write are removed (their rename never happened). */
  readAll(): Map<string, unknown> {
    const out = new Map<string, unknown>();
    for (const file of readdirSync(this.dir)) {
      if (file.endsWith('.tmp')) {
        unlinkSync(join(this.dir, file));
        continue;
      }
      if (!file.endsWith('.json')) continue;
      out.set(file.slice(0, -'.json'.length), readDocument(join(this.dir, file)));
    }
    return out;
  }
}

/** One stored document; an unreadable one names its file, so that it can be fixed or removed. */
function readDocument(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`cannot read the emulator data file ${file}: ${(err as Error).message}. Fix it, or remove it to start that account afresh.`);
  }
}
