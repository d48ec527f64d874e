import type { DirectoryResult } from './check';

/**
 * Progress while directories are checked: a bar redrawn in place on a
 * terminal, one plain line per finished directory in CI (no TTY, or CI set),
 * where carriage returns would garble the log.
 */
export function progressReporter(stream: NodeJS.WriteStream = process.stderr, env: NodeJS.ProcessEnv = process.env) {
  const interactive = stream.isTTY === true && !env.CI;
  return (result: DirectoryResult, done: number, total: number) => {
    const status = result.status === 'in_sync' ? 'in sync' : result.status;
    if (!interactive) {
      stream.write(`drift: [${done}/${total}] ${result.dir} — ${status} (${(result.durationMs / 1000).toFixed(1)} s)\n`);
      return;
    }
    const width = 30;
    const filled = Math.round((done / total) * width);
    stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${status.padEnd(8)}`);
    if (done === total) stream.write('\n');
  };
}
