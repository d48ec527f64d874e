import type { DirectoryResult } from './check';
import type { CheckEvents } from './pool';

const STATUS: Record<DirectoryResult['status'], string> = { in_sync: 'in sync', drift: 'drift', error: 'error' };

/**
 * Progress on stderr while directories are checked: a bar redrawn in place on
 * a terminal; in CI (no TTY, or CI set) one plain line per finished
 * directory, because carriage returns garble CI logs.
 */
export function progressReporter(stream: NodeJS.WriteStream = process.stderr, env: NodeJS.ProcessEnv = process.env): CheckEvents {
  const interactive = stream.isTTY === true && !env.CI;
  if (!interactive) {
    return {
      finished: (r, done, total) => stream.write(`drift: [${done}/${total}] ${r.dir} — ${STATUS[r.status]} (${(r.durationMs / 1000).toFixed(1)} s)\n`),
    };
  }
  let done = 0;
  let running = 0;
  const counts = { in_sync: 0, drift: 0, error: 0 };
  const draw = (total: number) => {
    const width = 30;
    const filled = Math.round((done / total) * width);
    const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} checked, ${running} running — ${counts.in_sync} in sync, ${counts.drift} drift, ${counts.error} error`;
    stream.write(`\r\u001b[2K${line}${done === total ? '\n' : ''}`);
  };
  return {
    started: (_dir, nowRunning, total) => {
      running = nowRunning;
      draw(total);
    },
    finished: (r, nowDone, total) => {
      done = nowDone;
      running = Math.max(0, running - 1);
      counts[r.status]++;
      draw(total);
    },
  };
}
